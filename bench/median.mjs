/** The middle of `values` once sorted (of an even count, the upper middle one): every bench reports medians. */
export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

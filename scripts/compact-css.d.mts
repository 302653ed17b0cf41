/** CSS without comments and runs of white space. */
export function compactCss(text: string): string;

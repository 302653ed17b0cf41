/** Hosted datasets as data: URLs: a copy of the default with a change, or any JSON text. */
import { DEFAULT_DATASET } from '../../src/data/default-dataset.js';
import type { Dataset } from '../../src/core/dataset.js';

let unique = 0;

/** A JSON data: URL; each call is a distinct URL, so the per-URL cache does not mix tests. */
export function jsonUrl(text: string, type = 'application/json'): string {
  return `data:${type};n=${++unique},${encodeURIComponent(text)}`;
}

export function datasetUrl(change: (data: Dataset) => void): string {
  const data = structuredClone(DEFAULT_DATASET) as Dataset;
  change(data);
  return jsonUrl(JSON.stringify(data));
}

/** The most a hosted dataset may weigh: the widgets, the check command and the data page all refuse more. */
export const MAX_DATASET_BYTES = 256 * 1024;

/** How long the widgets wait for a hosted dataset (headers and body), unless an application sets otherwise. */
export const DEFAULT_TIMEOUT_MS = 10_000;

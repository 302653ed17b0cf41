/** Runs `nmt-widgets` as a real process through the test server (the nmt-cli command of web-test-runner.config.mjs). */
import { executeServerCommand } from '@web/test-runner-commands';
import type { Dataset } from '../../src/core/dataset.js';
import { DEFAULT_DATASET } from '../../src/data/default-dataset.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliPayload {
  /** The arguments; `{dir}` names the scratch folder the files are written to. */
  args: string[];
  /** Files to write first: text, or bytes written "base64:...". */
  files?: Record<string, string>;
  /** FIFOs to make in the scratch folder. */
  fifos?: string[];
  /** Symbolic links to make: name -> target. */
  links?: Record<string, string>;
  /** Read only this many lines of the output, then stop reading (as `| head -3`). */
  headLines?: number;
}

export const runCli = (payload: CliPayload) => executeServerCommand<CliRun, CliPayload>('nmt-cli', payload);

/** The default dataset with a change, as pretty JSON. */
export function datasetJson(change: (data: Dataset) => void = () => undefined): string {
  const data = structuredClone(DEFAULT_DATASET) as Dataset;
  change(data);
  return JSON.stringify(data, null, 2);
}

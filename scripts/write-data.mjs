/**
 * Publishes the embedded default dataset as dist/nmt-data.json, with its JSON
 * Schema (derived from the valibot schema) beside it, so an organisation can
 * copy, edit and host its own and point `src` at it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { toJsonSchema } from '@valibot/to-json-schema';
import { importTypeScript } from './import-typescript.mjs';

const { DEFAULT_DATASET, DatasetSchema, parseDataset } = await importTypeScript(
  'data',
  `export { DEFAULT_DATASET } from './src/data/default-dataset.ts';
export { DatasetSchema, parseDataset } from './src/core/dataset.ts';`,
);

const check = parseDataset(DEFAULT_DATASET);
if (!check.ok) throw new Error(`The embedded dataset is invalid:\n${check.errors.join('\n')}`);

// Checks that need code (hours syntax, time zones, phone numbers) are described, not enforced, in JSON Schema.
const schema = {
  ...toJsonSchema(DatasetSchema, { errorMode: 'ignore' }),
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'nmt-data.schema.json',
  title: 'nmt-widgets dataset',
  description: 'Content for the nmt-widgets elements. Localised text is { "sv": "...", "en": "..." }.',
};
mkdirSync('dist', { recursive: true });
writeFileSync('dist/nmt-data.schema.json', `${JSON.stringify(schema, null, 2)}\n`);
writeFileSync(
  'dist/nmt-data.json',
  `${JSON.stringify({ $schema: './nmt-data.schema.json', ...DEFAULT_DATASET }, null, 2)}\n`,
);
console.log('dist/nmt-data.json and dist/nmt-data.schema.json written');

/**
 * Editor completion from custom-elements.json, written at build beside the
 * modules: VS Code's custom HTML data (dist/vscode.html-custom-data.json) and
 * JetBrains' web-types (dist/web-types.json), so `<nmt-hotline heading-level>`
 * completes with its description in both. One source: the elements' JSDoc.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const { name: packageName, version } = JSON.parse(readFileSync('package.json', 'utf8'));
const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement && declaration.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));

const isBoolean = (attribute) => attribute.type?.text === 'boolean';
const summary = (text = '') => text.replace(/\s*\n\s*/g, ' ').trim();

const vscode = {
  $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
  version: 1.1,
  tags: elements.map((element) => ({
    name: element.tagName,
    description: summary(element.description),
    attributes: (element.attributes ?? []).map((attribute) => ({
      name: attribute.name,
      description: summary(attribute.description),
      ...(isBoolean(attribute) ? { valueSet: 'v' } : {}),
    })),
  })),
};

const webTypes = {
  $schema: 'https://json.schemastore.org/web-types',
  name: packageName,
  version,
  'description-markup': 'markdown',
  contributions: {
    html: {
      elements: elements.map((element) => ({
        name: element.tagName,
        description: summary(element.description),
        attributes: (element.attributes ?? []).map((attribute) => ({
          name: attribute.name,
          description: summary(attribute.description),
          ...(attribute.default ? { default: attribute.default } : {}),
          value: isBoolean(attribute)
            ? { type: 'boolean', required: false }
            : { type: attribute.type?.text ?? 'string' },
        })),
        events: (element.events ?? []).map((event) => ({ name: event.name, description: summary(event.description) })),
        slots: (element.slots ?? []).map((slot) => ({
          name: slot.name || 'default',
          description: summary(slot.description),
        })),
        css: {
          parts: (element.cssParts ?? []).map((part) => ({ name: part.name, description: summary(part.description) })),
          properties: (element.cssProperties ?? []).map((property) => ({
            name: property.name,
            description: summary(property.description),
          })),
        },
      })),
    },
  },
};

mkdirSync('dist', { recursive: true });
writeFileSync('dist/vscode.html-custom-data.json', `${JSON.stringify(vscode, null, 2)}\n`);
writeFileSync('dist/web-types.json', `${JSON.stringify(webTypes, null, 2)}\n`);
console.log(`dist/vscode.html-custom-data.json and dist/web-types.json written: ${elements.length} elements`);

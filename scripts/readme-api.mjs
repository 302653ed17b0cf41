/**
 * Writes the element reference in docs/developer.md from custom-elements.json,
 * between the api markers. With --check, fails instead when it is not current.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as prettier from 'prettier';

const START = '<!-- api:start (generated from custom-elements.json by npm run docs) -->';
const END = '<!-- api:end -->';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const cell = (text = '') =>
  String(text)
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ');
const table = (head, rows) =>
  rows.length === 0
    ? ''
    : [
        `| ${head.join(' | ')} |`,
        `|${head.map(() => '---').join('|')}|`,
        ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
      ].join('\n') + '\n';

const sections = [];
for (const module of manifest.modules) {
  for (const d of module.declarations ?? []) {
    if (!d.customElement || !d.tagName) continue; // (a base class, such as NmtElement, is no element of its own)
    const fields = new Map((d.members ?? []).map((m) => [m.name, m]));
    const attributes = (d.attributes ?? []).map((a) => {
      const field = fields.get(a.fieldName);
      return [
        `\`${a.name}\``,
        a.type?.text ?? field?.type?.text ?? '',
        field?.default ?? '',
        a.description ?? field?.description ?? '',
      ];
    });
    const readonly = (d.members ?? []).filter(
      (m) => m.kind === 'field' && m.readonly && (m.privacy ?? 'public') === 'public',
    );
    sections.push(
      [
        `### \`<${d.tagName}>\``,
        '',
        d.description ?? '',
        '',
        table(['attribute', 'type', 'default', 'description'], attributes),
        table(
          ['read-only property', 'type', 'description'],
          readonly.map((m) => [`\`${m.name}\``, m.type?.text ?? '', m.description ?? '']),
        ),
        table(
          ['event', 'description'],
          (d.events ?? []).map((e) => [`\`${e.name}\``, e.description ?? '']),
        ),
        table(
          ['CSS part', 'description'],
          (d.cssParts ?? []).map((p) => [`\`${p.name}\``, p.description ?? '']),
        ),
        table(
          ['CSS custom property', 'default', 'description'],
          (d.cssProperties ?? []).map((p) => [`\`${p.name}\``, p.default ?? '', p.description ?? '']),
        ),
      ]
        .filter((block) => block !== '')
        .join('\n'),
    );
  }
}
const generated = `${START}\n\n${sections.join('\n')}\n${END}`;
const DOC = 'docs/developer.md';
const readme = readFileSync(DOC, 'utf8');
const pattern = new RegExp(`${START.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[\\s\\S]*?${END}`);
if (!pattern.test(readme)) throw new Error(`${DOC} has no api markers`);
const options = { ...(await prettier.resolveConfig(DOC)), filepath: DOC };
const updated = await prettier.format(readme.replace(pattern, generated), options);
if (process.argv.includes('--check')) {
  if (updated !== readme) {
    console.error(`The element reference in ${DOC} is out of date: run npm run docs and commit it.`);
    process.exit(1);
  }
} else {
  writeFileSync(DOC, updated);
}

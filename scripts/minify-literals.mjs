/**
 * A Vite plugin for the CDN bundles: the white space and comments in Lit's
 * css`` and html`` templates are text the minifier may not touch (it cannot
 * know what they mean), about a tenth of the bundle. This takes them out where
 * they mean nothing: in CSS, comments and runs of white space; in HTML, runs of
 * white space that span lines, which render as one space. Template
 * expressions are left as they are. The templates are found with TypeScript's
 * own parser, so a backtick in a string or a nested template cannot mislead it.
 */
import MagicString from 'magic-string';
import ts from 'typescript';
import { compactCss } from './compact-css.mjs';

const compactHtml = (text) => text.replace(/\s*\n\s*/g, ' ');

/** The literal parts of a tagged template: [start, end) of each piece of raw text between the backticks and `${`. */
function textParts(template, source) {
  if (ts.isNoSubstitutionTemplateLiteral(template)) return [[template.getStart(source) + 1, template.end - 1]];
  const parts = [[template.head.getStart(source) + 1, template.head.end - 2]];
  for (const span of template.templateSpans) {
    const literal = span.literal;
    const tail = ts.isTemplateTail(literal);
    parts.push([literal.getStart(source) + 1, literal.end - (tail ? 1 : 2)]);
  }
  return parts;
}

export function minifyLiterals() {
  return {
    name: 'nmt-minify-literals',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(css|html)`/.test(code)) return null;
      const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true);
      const out = new MagicString(code);
      const visit = (node) => {
        if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag)) {
          const compact = node.tag.text === 'css' ? compactCss : node.tag.text === 'html' ? compactHtml : null;
          if (compact) {
            for (const [start, end] of textParts(node.template, source)) {
              const text = code.slice(start, end);
              const small = compact(text);
              if (small !== text && end > start) out.overwrite(start, end, small);
            }
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
      return out.hasChanged() ? { code: out.toString(), map: out.generateMap({ hires: true, source: id }) } : null;
    },
  };
}

/**
 * Registers elements, safely: a tag already defined is left alone (another
 * copy, or another version, was first: one warning names both versions), and
 * nothing is defined where the page's Trusted Types refused Lit's policy (one
 * error says which directive to add; the fallback content stays). Returns
 * whether the widgets run on this page.
 */
import { litPolicyRefused } from './trusted-types-guard.js';
import { VERSION } from './version.js';

declare global {
  interface Window {
    /** Versions of nmt-widgets loaded on this page, first wins. */
    __nmtWidgetsVersions?: string[];
  }
}

export function register(elements: ReadonlyArray<readonly [string, CustomElementConstructor]>): boolean {
  const policyRefused = litPolicyRefused();
  const alreadyDefined = elements.some(([tag]) => customElements.get(tag));
  if (policyRefused && !alreadyDefined) {
    console.error(
      'nmt-widgets: this page\'s Content-Security-Policy does not allow the Trusted Types policy "lit-html", ' +
        'so the widgets were not started and their fallback content stays. Add it to the trusted-types ' +
        'directive, e.g. "trusted-types lit-html".',
    );
    return false;
  }
  const versions = (window.__nmtWidgetsVersions ??= []);
  if (versions.length > 0 && !versions.includes(VERSION)) {
    console.warn(
      `nmt-widgets ${VERSION} loaded on a page that already has ${versions[0]}; the elements of ${versions[0]} stay in use.`,
    );
  }
  if (!versions.includes(VERSION)) versions.push(VERSION);
  // A second copy on a page that allows "lit-html" once finds the name taken: it defines nothing of its own.
  if (!policyRefused) {
    for (const [tag, element] of elements) if (!customElements.get(tag)) customElements.define(tag, element);
  }
  return true;
}

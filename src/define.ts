/**
 * The script-tag entry: registers every element and mounts CMS placeholders.
 * Safe to load twice, even two versions on one page: a tag that is already
 * defined is left alone (with one warning when the versions differ).
 */
// First: it must be in place before Lit loads.
import { litPolicyRefused } from './trusted-types-guard.js';
import { mountPlaceholders } from './cms-mount.js';
import { rememberScript, scriptWithUrl } from './controllers/site-source.js';
import { NmtContactList } from './elements/contact-list/contact-list.js';
import { NmtHotline } from './elements/hotline/hotline.js';
import { NmtMemberAgencies } from './elements/member-agencies/member-agencies.js';
import { NmtOpenStatus } from './elements/open-status/open-status.js';
import { VERSION } from './version.js';

const ELEMENTS: ReadonlyArray<[string, CustomElementConstructor]> = [
  ['nmt-hotline', NmtHotline],
  ['nmt-open-status', NmtOpenStatus],
  ['nmt-contact-list', NmtContactList],
  ['nmt-member-agencies', NmtMemberAgencies],
];

declare global {
  interface Window {
    /** Versions of nmt-widgets loaded on this page, first wins. */
    __nmtWidgetsVersions?: string[];
  }
  interface HTMLElementTagNameMap {
    'nmt-hotline': NmtHotline;
    'nmt-open-status': NmtOpenStatus;
    'nmt-contact-list': NmtContactList;
    'nmt-member-agencies': NmtMemberAgencies;
  }
}

// The script tag's data-src is the site's data source; a classic script is document.currentScript while it runs.
rememberScript(document.currentScript ?? scriptWithUrl(import.meta.url));

const policyRefused = litPolicyRefused();
const alreadyDefined = ELEMENTS.some(([tag]) => customElements.get(tag));

if (policyRefused && !alreadyDefined) {
  console.error(
    'nmt-widgets: this page\'s Content-Security-Policy does not allow the Trusted Types policy "lit-html", ' +
      'so the widgets were not started and their fallback content stays. Add it to the trusted-types ' +
      'directive, e.g. "trusted-types lit-html".',
  );
} else {
  const versions = (window.__nmtWidgetsVersions ??= []);
  if (versions.length > 0 && !versions.includes(VERSION)) {
    console.warn(
      `nmt-widgets ${VERSION} loaded on a page that already has ${versions[0]}; the elements of ${versions[0]} stay in use.`,
    );
  }
  versions.push(VERSION);
  // A second copy on a page that allows "lit-html" once finds the name taken: it defines nothing of its own.
  if (!policyRefused) {
    for (const [tag, element] of ELEMENTS) {
      if (!customElements.get(tag)) customElements.define(tag, element);
    }
  }
  mountPlaceholders();
}

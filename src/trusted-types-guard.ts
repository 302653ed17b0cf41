/**
 * Lit creates a Trusted Types policy named "lit-html" while it loads. Where a
 * page's Content-Security-Policy does not allow that name (`trusted-types
 * 'none'`, or a list without it), creating it throws, and the whole script
 * would stop with an error that names neither the widgets nor the fix.
 *
 * Imported first by the registering entry, this module watches that one call:
 * if the policy is refused, Lit gets a stand-in so that loading completes, and
 * the entry then registers nothing (the fallback content stays) and says which
 * directive is missing. The factory is put back as soon as Lit has loaded.
 */
interface PolicyFactory {
  createPolicy(name: string, rules: object): unknown;
}

const factory = (globalThis as { trustedTypes?: PolicyFactory }).trustedTypes;
const patched = factory !== undefined && Object.prototype.hasOwnProperty.call(factory, 'createPolicy') === false;
let refused = false;

if (factory && patched) {
  const original = factory.createPolicy;
  factory.createPolicy = function createPolicy(name: string, rules: object): unknown {
    if (name !== 'lit-html') return original.call(factory, name, rules);
    try {
      return original.call(factory, name, rules);
    } catch {
      refused = true;
      return { createHTML: (html: string) => html };
    }
  };
}

/** Puts the factory back and tells whether the page refused Lit's policy. */
export function litPolicyRefused(): boolean {
  if (factory && patched) delete (factory as Partial<PolicyFactory>).createPolicy;
  return refused;
}

/**
 * One console warning per distinct message per page: a widget re-rendering,
 * or a hundred widgets with the same mistake, still say it once. A warning
 * may be keyed by what it is about instead of its words (one per dataset URL,
 * whatever the reason), and a group of keys forgotten (a page that clears its
 * datasets hears of them again).
 */
const said = new Set<string>();
const MAX_REMEMBERED = 200;

export function warnOnce(message: string, key = message): void {
  if (said.has(key)) return;
  if (said.size >= MAX_REMEMBERED) said.delete(said.values().next().value as string);
  said.add(key);
  console.warn(`nmt-widgets: ${message}`);
}

/** Forgets the warnings whose keys start with `prefix`, so that they are said again. */
export function forgetWarnings(prefix: string): void {
  for (const key of said) if (key.startsWith(prefix)) said.delete(key);
}

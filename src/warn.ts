/**
 * One console warning per distinct message per page: a widget re-rendering,
 * or a hundred widgets with the same mistake, still say it once.
 */
const said = new Set<string>();
const MAX_REMEMBERED = 200;

export function warnOnce(message: string): void {
  if (said.has(message)) return;
  if (said.size >= MAX_REMEMBERED) said.delete(said.values().next().value as string);
  said.add(message);
  console.warn(`nmt-widgets: ${message}`);
}

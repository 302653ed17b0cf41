/** `application/json` or a `+json` type such as `application/schema+json`, parameters aside; nothing else is read as JSON. */
export function isJsonMediaType(contentType: string): boolean {
  const essence = contentType.split(';')[0].trim().toLowerCase();
  return essence === 'application/json' || /^application\/[a-z0-9!#$&^_.-]+\+json$/.test(essence);
}

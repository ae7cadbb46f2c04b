/**
 * jsonb values travel as JSON text: `pg` would send a JS array as a PostgreSQL array
 * (STACK.md), so every jsonb write goes through here and both backends see the same bytes.
 */
export function jsonb(value: unknown): string {
  return JSON.stringify(value);
}

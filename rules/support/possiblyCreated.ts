import picomatch from 'picomatch';
import { splitTableKey, type Schema } from '../../src/facts.js';

const matchers = new WeakMap<string[], ((name: string) => boolean)[]>();

/**
 * Whether unevaluated migration code may have created this table: code that could create exactly
 * it (a create_table in a loop or an undecided branch), or a create_table whose name ormlint could
 * not evaluate but whose literal parts it matches (`f"{table_prefix}users"` and `users`).
 */
export function possiblyCreated(schema: Schema, key: string): boolean {
  if (schema.possibleTables?.has(key)) return true;
  const patterns = schema.possibleTablePatterns;
  if (!patterns?.length) return false;
  let compiled = matchers.get(patterns);
  if (!compiled) {
    compiled = patterns.map((p) => picomatch(p, { dot: true }));
    matchers.set(patterns, compiled);
  }
  const { name } = splitTableKey(key);
  return compiled.some((matches) => matches(name));
}

/**
 * TypeORM's DefaultNamingStrategy constraint names (typeorm/src/naming-strategy/
 * DefaultNamingStrategy.ts): a prefix and the start of the SHA-1 of `<table>_<sorted columns>`,
 * the table without its schema and with `.` as `_`. Deterministic, so a migration's
 * `DROP CONSTRAINT "PK_…"` finds what the Table API created unnamed.
 */
import { createHash } from 'node:crypto';

/**
 * TypeORM's RandomGenerator.sha1 hashes `encodeURIComponent(text)` (its `unescape` is commented
 * out), so a key with a space, `=` or `"` (a partial index's WHERE) hashes its percent-escapes.
 */
function sha1(text: string): string {
  return createHash('sha1').update(encodeURIComponent(text)).digest('hex');
}

function key(table: string, columns: string[]): string {
  const name = table.split('.').pop()!.replace('.', '_');
  return `${name}_${[...columns].sort().join('_')}`;
}

export const typeormNames = {
  primaryKey: (table: string, columns: string[]) => `PK_${sha1(key(table, columns)).slice(0, 27)}`,
  unique: (table: string, columns: string[]) => `UQ_${sha1(key(table, columns)).slice(0, 27)}`,
  foreignKey: (table: string, columns: string[]) => `FK_${sha1(key(table, columns)).slice(0, 27)}`,
  index: (table: string, columns: string[], where?: string | null) => `IDX_${sha1(`${key(table, columns)}${where ? `_${where}` : ''}`).slice(0, 26)}`,
};

/**
 * Reads a real Postgres catalog (PGlite) into ormlint's Schema IR: the oracle the replay is
 * compared with. Types come from format_type(), defaults from pg_get_expr(), so they are in the
 * exact spelling Postgres prints.
 */
import type { PGlite } from '@electric-sql/pglite';
import { parseSync } from 'libpg-query';
import { renderExpression, type PgNode } from '../../src/frontends/sql/expr.js';
import { emptySchema, tableKey, type Schema, type Table } from '../../src/facts.js';
import { newTable, syncColumnMirrors } from '../../src/schema/tables.js';

export interface ReadCatalogOptions {
  /** Schemas to skip besides pg_catalog, information_schema and pg_toast. */
  excludeSchemas?: string[];
}

const FK_ACTIONS: Record<string, string | null> = { a: null, r: 'RESTRICT', c: 'CASCADE', n: 'SET NULL', d: 'SET DEFAULT' };

/** Everything the replay models, read back from pg_catalog. */
export async function readCatalog(db: PGlite, opts: ReadCatalogOptions = {}): Promise<Schema> {
  const excluded = ['pg_catalog', 'information_schema', 'pg_toast', ...(opts.excludeSchemas ?? [])];
  const schema = emptySchema();
  const rows = async <T>(sql: string): Promise<T[]> => (await db.query<T>(sql, [excluded])).rows;

  const tables = await rows<{ oid: number; schema: string; name: string; comment: string | null }>(`
    SELECT c.oid, n.nspname AS schema, c.relname AS name, obj_description(c.oid, 'pg_class') AS comment
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'p') AND NOT n.nspname = ANY($1) AND n.nspname NOT LIKE 'pg_temp%'
    ORDER BY n.nspname, c.relname`);
  const byOid = new Map<number, Table>();
  for (const t of tables) {
    const table = newTable(t.schema, t.name);
    if (t.comment !== null) table.comment = t.comment;
    byOid.set(t.oid, table);
    schema.tables.set(tableKey(t.schema, t.name), table);
  }

  const columns = await rows<{ relid: number; name: string; type: string; notnull: boolean; def: string | null; identity: string; serial: boolean }>(`
    SELECT a.attrelid AS relid, a.attname AS name,
      CASE WHEN t.typtype = 'e' THEN t.typname
           WHEN et.typtype = 'e' THEN et.typname || '[]'
           ELSE format_type(a.atttypid, a.atttypmod) END AS type,
      a.attnotnull AS notnull,
      CASE WHEN a.attgenerated = '' THEN pg_get_expr(d.adbin, d.adrelid) END AS def,
      a.attidentity AS identity,
      EXISTS (SELECT 1 FROM pg_depend dep JOIN pg_class s ON s.oid = dep.objid AND s.relkind = 'S'
              WHERE dep.refobjid = a.attrelid AND dep.refobjsubid = a.attnum AND dep.deptype = 'a') AS serial
    FROM pg_attribute a
    JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    JOIN pg_type t ON t.oid = a.atttypid LEFT JOIN pg_type et ON et.oid = t.typelem AND t.typcategory = 'A'
    LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
    WHERE c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped AND NOT n.nspname = ANY($1)
    ORDER BY a.attrelid, a.attnum`);
  for (const c of columns) {
    const table = byOid.get(c.relid);
    if (!table) continue;
    table.columns.push({
      name: c.name,
      type: c.type,
      nullable: !c.notnull,
      primaryKey: false,
      unique: false,
      index: false,
      foreignKey: null,
      default: c.def,
      generated: c.identity !== '' ? 'identity' : c.serial && c.def?.startsWith('nextval(') ? 'serial' : null,
    });
  }

  const constraints = await rows<{ relid: number; name: string; type: string; columns: string[]; refrelid: number; refcolumns: string[] | null; del: string; upd: string; expr: string | null }>(`
    SELECT con.conrelid AS relid, con.conname AS name, con.contype AS type,
      ARRAY(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY k(num, ord)
            JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.num ORDER BY k.ord)::text[] AS columns,
      con.confrelid AS refrelid,
      ARRAY(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY k(num, ord)
            JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.num ORDER BY k.ord)::text[] AS refcolumns,
      con.confdeltype AS del, con.confupdtype AS upd,
      CASE WHEN con.contype = 'c' THEN pg_get_expr(con.conbin, con.conrelid) END AS expr
    FROM pg_constraint con JOIN pg_namespace n ON n.oid = con.connamespace
    WHERE con.conrelid <> 0 AND con.contype IN ('p', 'u', 'f', 'c') AND NOT n.nspname = ANY($1)
    ORDER BY con.conrelid, con.conname`);
  for (const c of constraints) {
    const table = byOid.get(c.relid);
    if (!table) continue;
    if (c.type === 'p') table.primaryKey = { name: c.name, columns: c.columns };
    else if (c.type === 'u') table.uniques.push({ name: c.name, columns: c.columns });
    else if (c.type === 'c') table.checks.push({ name: c.name, expression: c.expr ?? '' });
    else if (c.type === 'f') {
      const ref = byOid.get(c.refrelid);
      table.foreignKeys.push({
        name: c.name,
        columns: c.columns,
        refTable: ref ? tableKey(ref.schema, ref.name) : String(c.refrelid),
        refColumns: c.refcolumns ?? [],
        onDelete: FK_ACTIONS[c.del] ?? null,
        onUpdate: FK_ACTIONS[c.upd] ?? null,
      });
    }
  }

  // Indexes that back no constraint (constraint indexes are the PK / UNIQUE above).
  const indexes = await rows<{ relid: number; name: string; unique: boolean; columns: string[]; exprs: boolean[]; options: number[]; pred: string | null }>(`
    SELECT i.indrelid AS relid, ic.relname AS name, i.indisunique AS unique,
      ARRAY(SELECT CASE WHEN i.indkey[k.ord - 1] = 0 THEN pg_get_indexdef(i.indexrelid, k.ord::int, true)
                        ELSE (SELECT a.attname::text FROM pg_attribute a WHERE a.attrelid = i.indrelid AND a.attnum = i.indkey[k.ord - 1]) END
            FROM generate_series(1, i.indnkeyatts) k(ord) ORDER BY k.ord) AS columns,
      ARRAY(SELECT i.indkey[k.ord - 1] = 0 FROM generate_series(1, i.indnkeyatts) k(ord) ORDER BY k.ord) AS exprs,
      ARRAY(SELECT i.indoption[k.ord - 1]::int FROM generate_series(1, i.indnkeyatts) k(ord) ORDER BY k.ord) AS options,
      pg_get_expr(i.indpred, i.indrelid) AS pred
    FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_namespace n ON n.oid = ic.relnamespace
    WHERE NOT n.nspname = ANY($1)
      AND NOT EXISTS (SELECT 1 FROM pg_constraint con WHERE con.conindid = i.indexrelid AND con.contype IN ('p', 'u', 'x'))
    ORDER BY i.indrelid, ic.relname`);
  for (const i of indexes) {
    const table = byOid.get(i.relid);
    if (!table) continue;
    table.indexes.push({
      name: i.name,
      // indoption: 1 = DESC, 2 = NULLS FIRST; only what differs from the default is written.
      columns: i.columns.map((c, k) => `${i.exprs[k] ? `(${c})` : c}${indexOrder(i.options[k] ?? 0)}`),
      unique: i.unique,
      where: i.pred,
    });
  }

  const enums = await rows<{ schema: string; name: string; values: string[] }>(`
    SELECT n.nspname AS schema, t.typname AS name,
      ARRAY(SELECT e.enumlabel::text FROM pg_enum e WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder) AS values
    FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
    WHERE t.typtype = 'e' AND NOT n.nspname = ANY($1)
    ORDER BY n.nspname, t.typname`);
  for (const e of enums) schema.enums.set(tableKey(e.schema, e.name), { schema: e.schema, name: e.name, values: e.values });

  for (const table of schema.tables.values()) syncColumnMirrors(table);
  return schema;
}

/**
 * Expressions compared modulo casts and parentheses: Postgres prints `(status)::text = 'a'::text`
 * where the migration wrote `status = 'a'`, and without a catalog the replay cannot know which
 * implicit casts the operator resolution added. Both sides go through the real parser
 * (await loadSqlParser() first).
 */
export function normalizeExpression(text: string | null | undefined): string | null {
  if (text === null || text === undefined) return null;
  try {
    const tree = parseSync(`SELECT ${text}`) as { stmts: { stmt: unknown }[] };
    const strip = (node: unknown): unknown => {
      if (Array.isArray(node)) return node.map(strip);
      if (!node || typeof node !== 'object') return node;
      const obj = node as Record<string, unknown>;
      if ('TypeCast' in obj) return strip((obj.TypeCast as { arg: unknown }).arg);
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(obj)) if (k !== 'location' && !k.startsWith('rexpr_list')) out[k] = strip(v);
      return out;
    };
    const stripped = strip(tree.stmts[0]!.stmt) as { SelectStmt: { targetList: { ResTarget: { val: PgNode } }[] } };
    const expr = stripped.SelectStmt.targetList[0]!.ResTarget.val;
    return renderExpression(expr) ?? JSON.stringify(expr);
  } catch {
    return `unparsable: ${text}`;
  }
}

/** A comparable, order-independent view of a schema (locations, notes and mirrors left out). */
export function comparableSchema(schema: Schema): Record<string, unknown> {
  const tables: Record<string, unknown> = {};
  for (const [key, t] of [...schema.tables].sort(([a], [b]) => a.localeCompare(b))) {
    const byName = <T extends { name: string | null }>(items: T[]): T[] => [...items].sort((a, b) => String(a.name).localeCompare(String(b.name)));
    tables[key] = {
      columns: t.columns.map((c) => `${c.name} ${c.type}${c.nullable ? '' : ' NOT NULL'}${c.default !== null ? ` DEFAULT ${c.default}` : ''}${c.generated ? ` [${c.generated}]` : ''}`),
      primaryKey: t.primaryKey ? `${t.primaryKey.name} (${t.primaryKey.columns.join(', ')})` : null,
      uniques: byName(t.uniques).map((u) => `${u.name} (${u.columns.join(', ')})`),
      indexes: byName(t.indexes.map((i) => ({ ...i, name: i.name ?? '' }))).map(
        (i) => `${i.unique ? 'UNIQUE ' : ''}${i.name} (${i.columns.map((c) => (c.startsWith('(') ? `expr:${normalizeExpression(c)}` : c)).join(', ')})${i.where ? ` WHERE ${normalizeExpression(i.where)}` : ''}`,
      ),
      foreignKeys: byName(t.foreignKeys).map(
        (f) => `${f.name} (${f.columns.join(', ')}) -> ${f.refTable} (${f.refColumns.join(', ')})${f.onDelete ? ` ON DELETE ${f.onDelete}` : ''}${f.onUpdate ? ` ON UPDATE ${f.onUpdate}` : ''}`,
      ),
      checks: byName(t.checks).map((c) => `${c.name} ${normalizeExpression(c.expression)}`),
      comment: t.comment ?? null,
    };
  }
  const enums: Record<string, string[]> = {};
  for (const [key, e] of [...schema.enums].sort(([a], [b]) => a.localeCompare(b))) enums[key] = e.values;
  return { tables, enums };
}

/** The order of an index column as the SQL frontend writes it: ` DESC`, ` NULLS FIRST`, ` DESC NULLS LAST`. */
function indexOrder(option: number): string {
  const descending = (option & 1) === 1;
  const nullsFirst = (option & 2) === 2;
  return `${descending ? ' DESC' : ''}${nullsFirst && !descending ? ' NULLS FIRST' : !nullsFirst && descending ? ' NULLS LAST' : ''}`;
}

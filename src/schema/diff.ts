import picomatch from 'picomatch';
import { displayTableName, type Column, type ForeignKey, type Index, type Schema, type SourceLocation, type Table, type UniqueConstraint } from '../facts.js';
import { indexElementKey, predicateKey, type IndexedTable } from './sqlExpressions.js';
import { typesEquivalent } from '../dialect/postgres/types.js';

/** The aspects of a column or table that drift checking compares (option `checks`). */
export const DRIFT_CHECKS = ['type', 'nullable', 'primaryKey', 'unique', 'default', 'index', 'foreignKey'] as const;
export type DriftCheck = (typeof DRIFT_CHECKS)[number];

export interface DiffOptions {
  defaultSchema: string;
  /** Globs on `table.column` (also matched as `schema.table.column`). */
  ignoreColumns?: string[];
  /** Globs on the table name (also matched as `schema.table`). */
  ignoreTables?: string[];
  /** Groups of canonical types treated as equal, e.g. `[["json", "jsonb"]]`. */
  typeEquivalences?: string[][];
  /** Which aspects to compare; all when left out. */
  checks?: DriftCheck[];
}

/** One way the model schema and the migrated schema disagree. */
export type SchemaDifference =
  | {
      kind: 'column-only-in-models' | 'column-only-in-migrations';
      tableKey: string;
      /** Display name: unqualified in the default schema, else `schema.table`. */
      table: string;
      column: string;
      /** The column on the side that has it. */
      present: Column;
      modelTable: Table;
      migratedTable: Table;
    }
  | {
      kind: 'column-mismatch';
      check: DriftCheck;
      tableKey: string;
      table: string;
      column: string;
      modelValue: string;
      migratedValue: string;
      modelColumn: Column;
      migratedColumn: Column;
      modelTable: Table;
      migratedTable: Table;
    }
  | {
      /** A multi-column index, unique constraint or foreign key present on one side only. */
      kind: 'constraint-only-in-models' | 'constraint-only-in-migrations';
      check: 'index' | 'unique' | 'foreignKey';
      tableKey: string;
      table: string;
      /** The constraint's name, or `table(col, col)` when it has none. */
      name: string;
      description: string;
      location: SourceLocation | undefined;
      modelTable: Table;
      migratedTable: Table;
    }
  | {
      /** One name, two definitions (other columns, unique or not). */
      kind: 'constraint-mismatch';
      check: 'index' | 'unique' | 'foreignKey';
      tableKey: string;
      table: string;
      name: string;
      modelValue: string;
      migratedValue: string;
      modelLocation: SourceLocation | undefined;
      migratedLocation: SourceLocation | undefined;
      modelTable: Table;
      migratedTable: Table;
    };

/** Qualifies a table reference as written (`leads`, `crm.leads`) into a table key. */
function qualifyTable(ref: string, defaultSchema: string): string {
  return ref.includes('.') ? ref : `${defaultSchema}.${ref}`;
}

/**
 * Compares the tables both schemas have, column by column and constraint by constraint.
 * Tables marked uncertain on either side are skipped: something we could not evaluate touched
 * them, and guessing would produce noise. Pure: no I/O, no reporting.
 */
export function diffSchemas(models: Schema, migrated: Schema, options: DiffOptions): SchemaDifference[] {
  const checks = new Set<DriftCheck>(options.checks ?? DRIFT_CHECKS);
  const ignoreTable = globMatcher(options.ignoreTables ?? []);
  const ignoreColumn = globMatcher(options.ignoreColumns ?? []);
  const out: SchemaDifference[] = [];
  for (const [key, modelTable] of models.tables) {
    const migratedTable = migrated.tables.get(key);
    if (!migratedTable || modelTable.uncertain || migratedTable.uncertain) continue;
    const table = displayTableName(key, options.defaultSchema);
    if (ignoreTable(table) || ignoreTable(key)) continue;
    const base = { tableKey: key, table, modelTable, migratedTable };
    const skipColumn = (column: string) => ignoreColumn(`${table}.${column}`) || ignoreColumn(`${key}.${column}`);

    const migratedColumns = new Map(migratedTable.columns.map((c) => [c.name, c]));
    const modelColumns = new Map(modelTable.columns.map((c) => [c.name, c]));
    for (const column of modelTable.columns) {
      if (skipColumn(column.name)) continue;
      const other = migratedColumns.get(column.name);
      if (!other) {
        if (migratedTable.openColumns) continue;
        out.push({ kind: 'column-only-in-models', ...base, column: column.name, present: column });
        continue;
      }
      for (const mismatch of compareColumns(column, other, checks, options)) {
        // A side whose table arguments ormlint cannot read may index the column there.
        const openSideSaysNo = (mismatch.check === 'index' || mismatch.check === 'unique') &&
          ((modelTable.openConstraints && !column[mismatch.check]) || (migratedTable.openConstraints && !other[mismatch.check]));
        if (openSideSaysNo) continue;
        out.push({ kind: 'column-mismatch', ...base, column: column.name, ...mismatch, modelColumn: column, migratedColumn: other });
      }
    }
    for (const column of migratedTable.columns) {
      if (skipColumn(column.name) || modelColumns.has(column.name)) continue;
      // A model whose column set is open (an unreadable mixin) may well declare it.
      if (modelTable.openColumns) continue;
      out.push({ kind: 'column-only-in-migrations', ...base, column: column.name, present: column });
    }
    const comparable = (names: string[]) => names.every((c) => modelColumns.has(c) && migratedColumns.has(c) && !skipColumn(c));
    const before = out.length;
    // Where the ORM does not tell a unique constraint from a unique index, both sides' unique
    // constraints are compared as the unique indexes they are backed by.
    const asIndexes = (t: Table): Index[] => (modelTable.uniqueFormsEquivalent ? [...t.indexes, ...t.uniques.map((u) => ({ name: u.name, columns: u.columns, unique: true, location: u.location }))] : t.indexes);
    const uniquesOf = (t: Table): UniqueConstraint[] => (modelTable.uniqueFormsEquivalent ? [] : t.uniques);
    const indexed: IndexedTable = { schema: migratedTable.schema, name: migratedTable.name };
    const tableLevel = (index: Index) => tableLevelIndex(index, indexed);
    if (checks.has('index')) out.push(...compareConstraints('index', base, asIndexes(modelTable).filter(tableLevel), asIndexes(migratedTable).filter(tableLevel), describeIndex, comparable, (i) => indexKey(i, indexed), (a, b) => sameIndex(a, b, indexed)));
    // Postgres keeps one index per column list in CREATE TABLE: a UNIQUE on the primary key's
    // columns is dropped there, whether the models (create_all) or a migration write it.
    // And a UNIQUE over the other side's primary key columns asks for nothing that key does not
    // already enforce.
    const modelUniques = uniquesOf(modelTable)
      .filter(multiColumn)
      .filter((u) => !sameColumns(u.columns, modelTable.primaryKey?.columns) && !sameColumnSet(u.columns, migratedTable.primaryKey?.columns));
    const migratedUniques = uniquesOf(migratedTable).filter(multiColumn).filter((u) => !sameColumnSet(u.columns, modelTable.primaryKey?.columns));
    if (checks.has('unique')) out.push(...compareConstraints('unique', base, modelUniques, migratedUniques, describeUnique, comparable));
    if (checks.has('foreignKey')) out.push(...compareConstraints('foreignKey', base, modelTable.foreignKeys.filter(multiColumn), migratedTable.foreignKeys.filter(multiColumn), (fk) => describeForeignKey(fk, options.defaultSchema), comparable));
    // A side whose constraints are not all known cannot say the other side has one too many.
    const constraintFindings = out.splice(before);
    for (const d of constraintFindings) {
      if (d.kind === 'constraint-only-in-migrations' && modelTable.openConstraints) continue;
      if (d.kind === 'constraint-only-in-models' && migratedTable.openConstraints) continue;
      out.push(d);
    }
  }
  return out;
}

function sameColumnSet(a: string[], b: string[] | undefined): boolean {
  return b !== undefined && a.length === b.length && a.every((c) => b.includes(c));
}

function sameColumns(a: string[], b: string[] | undefined): boolean {
  return b !== undefined && a.length === b.length && a.every((c, i) => c === b[i]);
}

/** Single-column indexes, uniques and foreign keys are compared on the column instead. */
function multiColumn(item: { columns: string[] }): boolean {
  return item.columns.length > 1;
}

/**
 * An index compared as itself: several columns, a predicate (a partial index), or an element that
 * is more than a plain column (`lower(email)`, `created_at DESC`). A plain one-column index is the
 * column's `index` flag instead (syncColumnMirrors), as SQLAlchemy's `index=True` writes it.
 */
function tableLevelIndex(index: Index, table: IndexedTable): boolean {
  return multiColumn(index) || !!index.where || index.columns.some((c) => !indexElementKey(c, table).startsWith('column:') || indexElementKey(c, table).includes(' '));
}

/** What makes two indexes of `table` the same: uniqueness, elements and predicate as Postgres reads them. */
function indexKey(index: Index, table: IndexedTable): string {
  return `${index.unique ? 'unique' : 'plain'}(${index.columns.map((c) => indexElementKey(c, table)).join(', ')})${predicateKey(index.where, table)}`;
}

/** Two indexes agree when their keys do, or when one's definition is not known (then only presence counts). */
function sameIndex(a: Index, b: Index, table: IndexedTable): boolean {
  return a.definitionUnknown || b.definitionUnknown || indexKey(a, table) === indexKey(b, table);
}

function compareColumns(model: Column, migrated: Column, checks: Set<DriftCheck>, options: DiffOptions): { check: DriftCheck; modelValue: string; migratedValue: string }[] {
  const out: { check: DriftCheck; modelValue: string; migratedValue: string }[] = [];
  // A fact either side could not evaluate is not compared; the column's other facts still are.
  const unknown = new Set([...(model.unknown ?? []), ...(migrated.unknown ?? [])]);
  const add = (check: DriftCheck, modelValue: string, migratedValue: string) => {
    if (!unknown.has(check)) out.push({ check, modelValue, migratedValue });
  };
  if (checks.has('type') && model.type && migrated.type && !typesEquivalent(model.type, migrated.type, options.typeEquivalences)) {
    add('type', model.type, migrated.type);
  }
  // A primary key column is NOT NULL whatever the source says about nullability.
  const bothPrimary = model.primaryKey && migrated.primaryKey;
  if (checks.has('nullable') && !bothPrimary && model.nullable !== migrated.nullable) {
    add('nullable', nullability(model.nullable), nullability(migrated.nullable));
  }
  if (checks.has('primaryKey') && model.primaryKey !== migrated.primaryKey) {
    add('primaryKey', yesNo(model.primaryKey, 'primary key'), yesNo(migrated.primaryKey, 'primary key'));
  }
  if (checks.has('unique') && model.unique !== migrated.unique && !(bothPrimary && (model.unique || migrated.unique))) {
    add('unique', yesNo(model.unique, 'unique'), yesNo(migrated.unique, 'unique'));
  }
  // A unique index and a unique constraint both index the column; only a plain index is compared.
  if (checks.has('index') && !(model.unique && migrated.unique) && model.index !== migrated.index) {
    add('index', yesNo(model.index, 'indexed'), yesNo(migrated.index, 'indexed'));
  }
  // A default written with code that cannot be evaluated is unknown: nothing to compare.
  if (checks.has('default') && !defaultsEqual(model, migrated)) {
    // `default=0` lives in Python only: say so, since a database made from the models (create_all)
    // then lacks the DEFAULT the migrations give the column.
    const pythonOnly = model.default === null && model.pyDefault ? ` (default=${model.pyDefault} is set in Python only)` : '';
    add('default', model.default ?? `no server default${pythonOnly}`, migrated.default ?? 'no server default');
  }
  if (checks.has('foreignKey')) {
    const a = describeColumnForeignKey(model, options.defaultSchema);
    const b = describeColumnForeignKey(migrated, options.defaultSchema);
    if (a !== b) add('foreignKey', a, b);
  }
  return out;
}

function nullability(nullable: boolean): string {
  return nullable ? 'nullable' : 'NOT NULL';
}

function yesNo(value: boolean, what: string): string {
  return value ? what : `not ${what}`;
}

function describeColumnForeignKey(column: Column, defaultSchema: string): string {
  const fk = column.foreignKey;
  if (!fk) return 'no foreign key';
  const target = displayTableName(qualifyTable(fk.table, defaultSchema), defaultSchema);
  return `references ${target}.${fk.column}${referentialAction('ON DELETE', fk.onDelete)}${referentialAction('ON UPDATE', fk.onUpdate)}`;
}

/** NO ACTION is what an unspecified action means, so it prints as nothing. */
function referentialAction(label: string, action: string | null | undefined): string {
  const normalized = (action ?? '').trim().toUpperCase();
  return normalized === '' || normalized === 'NO ACTION' ? '' : ` ${label} ${normalized}`;
}

function defaultsEqual(model: Column, migrated: Column): boolean {
  const boolean = model.type === 'boolean' || migrated.type === 'boolean';
  const spell = (value: string | null | undefined): string | null => {
    if (value === null || value === undefined) return null;
    const normalized = normalizeDefault(value);
    return boolean ? (BOOLEAN_LITERALS[normalized.toLowerCase()] ?? normalized) : normalized;
  };
  // No server default on the model, but a Python-side default of the same literal value: rows
  // get that value either way (`default=False` in the model, `server_default=sa.false()` in the
  // migration), so the two agree on what a new row holds.
  const a = spell(model.default);
  const b = spell(migrated.default);
  if (a === b) return true;
  // A serial column's nextval() default is the database's business; the model rarely spells it.
  const isSequence = (v: string | null) => v !== null && v.startsWith('nextval(');
  if ((a === null && isSequence(b)) || (b === null && isSequence(a))) return true;
  if (isSequence(a) && isSequence(b)) return true;
  return false;
}

/**
 * What Postgres' boolean input accepts for true and false (`server_default="0"` on a Boolean is
 * stored as `false`), in normalizeDefault's spelling (quoted numbers come out unquoted).
 */
const BOOLEAN_LITERALS: Record<string, string> = {
  '0': 'false', '1': 'true', "'t'": 'true', "'f'": 'false', "'true'": 'true', "'false'": 'false',
  "'y'": 'true', "'n'": 'false', "'yes'": 'true', "'no'": 'false', "'on'": 'true', "'off'": 'false',
  true: 'true', false: 'false',
};

/** Word tokens that continue a type name after `::` (`character varying`, `timestamp with time zone`). */
const TYPE_CONTINUATIONS = new Set(['varying', 'precision', 'with', 'without', 'time', 'zone']);
/** Spellings Postgres stores as the same default expression. */
const DEFAULT_SYNONYMS: Record<string, string> = {
  current_timestamp: 'now()',
  'now()': 'now()',
  'current_timestamp()': 'now()',
  'transaction_timestamp()': 'now()',
  true: 'true',
  false: 'false',
  "'t'": 'true',
  "'f'": 'false',
};

/**
 * A server default in a comparable spelling: casts dropped (`'x'::character varying` is `'x'`),
 * keywords lower-cased, `CURRENT_TIMESTAMP` and `now()` one spelling, a quoted number or boolean
 * unquoted (`'0'` is `0`, as Postgres prints an integer default), redundant parentheses removed.
 * Works on tokens, so text inside string literals is never touched.
 */
export function normalizeDefault(sql: string): string {
  // Pure in its text, and a project writes the same few defaults on column after column.
  let normalized = normalizedDefaults.get(sql);
  if (normalized === undefined) normalizedDefaults.set(sql, (normalized = normalizeDefaultText(sql)));
  return normalized;
}

const normalizedDefaults = new Map<string, string>();

function normalizeDefaultText(sql: string): string {
  const tokens = tokenizeExpression(sql);
  const kept: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token === '::') {
      i = skipTypeName(tokens, i + 1) - 1;
      continue;
    }
    kept.push(isWord(token) ? token.toLowerCase() : token);
  }
  let joined = joinTokens(kept);
  while (joined.startsWith('(') && joined.endsWith(')') && balanced(joined.slice(1, -1))) joined = joined.slice(1, -1);
  if (joined.startsWith("'") && joined.endsWith("'") && joined.length >= 2) {
    const inner = joined.slice(1, -1);
    if (inner !== '' && !Number.isNaN(Number(inner)) && inner.trim() === inner) joined = String(Number(inner));
    else if (inner === 'true' || inner === 'false') joined = inner;
  }
  return DEFAULT_SYNONYMS[joined] ?? joined;
}

/**
 * The index just past the type name starting at `start`. A name part is a word or a quoted
 * identifier: Postgres prints a mixed-case enum's default as `'USER'::"Role"` (`"app"."Role"`
 * in another schema), and the model side may spell the same type unquoted.
 */
function skipTypeName(tokens: string[], start: number): number {
  let i = start;
  const namePart = (token: string | undefined) => token !== undefined && (isWord(token) || token.startsWith('"'));
  if (namePart(tokens[i])) i++;
  while (tokens[i] === '.' && namePart(tokens[i + 1])) i += 2;
  while (i < tokens.length && isWord(tokens[i]!) && TYPE_CONTINUATIONS.has(tokens[i]!.toLowerCase())) i++;
  if (tokens[i] === '(') {
    let depth = 0;
    for (; i < tokens.length; i++) {
      if (tokens[i] === '(') depth++;
      else if (tokens[i] === ')' && --depth === 0) {
        i++;
        break;
      }
    }
  }
  while (tokens[i] === '[' && tokens[i + 1] === ']') i += 2;
  return i;
}

function isWord(token: string): boolean {
  const c = token[0]!;
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_';
}

function joinTokens(tokens: string[]): string {
  let out = '';
  for (let i = 0; i < tokens.length; i++) {
    const prev = tokens[i - 1];
    const needsSpace = prev !== undefined && /[\w'"]$/.test(prev) && /^[\w'"]/.test(tokens[i]!);
    out += (needsSpace ? ' ' : '') + tokens[i];
  }
  return out;
}

function balanced(text: string): boolean {
  let depth = 0;
  let quoted = false;
  for (const c of text) {
    if (c === "'") quoted = !quoted;
    if (quoted) continue;
    if (c === '(') depth++;
    if (c === ')' && --depth < 0) return false;
  }
  return depth === 0;
}

/** Splits a default expression into literals, words, numbers, `::` and single characters. */
function tokenizeExpression(sql: string): string[] {
  const tokens: string[] = [];
  let i = 0;
  while (i < sql.length) {
    const c = sql[i]!;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
    } else if (c === "'" || c === '"') {
      let j = i + 1;
      while (j < sql.length) {
        if (sql[j] === c && sql[j + 1] === c) j += 2;
        else if (sql[j] === c) break;
        else j++;
      }
      tokens.push(sql.slice(i, j + 1));
      i = j + 1;
    } else if (c === ':' && sql[i + 1] === ':') {
      tokens.push('::');
      i += 2;
    } else if (isWord(c) || (c >= '0' && c <= '9')) {
      let j = i + 1;
      while (j < sql.length && /[\w$.]/.test(sql[j]!) && !(sql[j] === '.' && isWord(c))) j++;
      tokens.push(sql.slice(i, j));
      i = j;
    } else {
      tokens.push(c);
      i++;
    }
  }
  return tokens;
}

function describeIndex(index: Index): string {
  return `${index.unique ? 'unique index' : 'index'} on (${index.columns.join(', ')})${index.where ? ` WHERE ${index.where}` : ''}`;
}

/**
 * A unique constraint says which combinations may not repeat: the order of its columns changes
 * nothing about that (Alembic's autogenerate compares them as column sets too).
 */
function describeUnique(unique: UniqueConstraint): string {
  const columns = [...unique.columns].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return `unique constraint on (${columns.join(', ')})`;
}

function describeForeignKey(fk: ForeignKey, defaultSchema: string): string {
  const target = displayTableName(fk.refTable, defaultSchema);
  return `foreign key (${fk.columns.join(', ')}) references ${target}(${fk.refColumns.join(', ')})${referentialAction('ON DELETE', fk.onDelete)}${referentialAction('ON UPDATE', fk.onUpdate)}`;
}

type Named = { name: string | null; columns: string[]; location?: SourceLocation };

/**
 * Matches table-level constraints by name when both sides name them, else by column list, and
 * reports the ones only one side has and the named ones whose definitions differ.
 */
function compareConstraints<T extends Named>(
  check: 'index' | 'unique' | 'foreignKey',
  base: { tableKey: string; table: string; modelTable: Table; migratedTable: Table },
  modelItems: T[],
  migratedItems: T[],
  describe: (item: T) => string,
  comparable: (columns: string[]) => boolean,
  /** What two items must share to be the same; how they are described by default. */
  key: (item: T) => string = describe,
  /** Whether a model item and the migrated one matched with it agree. */
  same: (model: T, migrated: T) => boolean = (a, b) => key(a) === key(b),
): SchemaDifference[] {
  const out: SchemaDifference[] = [];
  const unmatched = new Set(migratedItems);
  const nameOf = (item: T) => item.name ?? `${base.table}(${item.columns.join(', ')})`;
  for (const item of modelItems) {
    const byName = item.name ? migratedItems.find((m) => m.name === item.name && unmatched.has(m)) : undefined;
    const match = byName ?? migratedItems.find((m) => unmatched.has(m) && key(m) === key(item));
    if (match) {
      unmatched.delete(match);
      if (!same(item, match)) {
        out.push({ kind: 'constraint-mismatch', check, ...base, name: nameOf(item), modelValue: describe(item), migratedValue: describe(match), modelLocation: item.location, migratedLocation: match.location });
      }
    } else if (comparable(item.columns)) {
      out.push({ kind: 'constraint-only-in-models', check, ...base, name: nameOf(item), description: describe(item), location: item.location });
    }
  }
  for (const item of unmatched) {
    if (!comparable(item.columns)) continue;
    out.push({ kind: 'constraint-only-in-migrations', check, ...base, name: nameOf(item), description: describe(item), location: item.location });
  }
  return out;
}

function globMatcher(globs: string[]): (value: string) => boolean {
  if (globs.length === 0) return () => false;
  const matchers = globs.map((g) => picomatch(g, { dot: true }));
  return (value) => matchers.some((m) => m(value));
}

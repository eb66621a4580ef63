import type { Config } from '../../src/config/types.js';
import type { Diagnostic, Report } from '../../src/engine/diagnostic.js';
import type { RuleDefinition, RuleSettings } from '../../src/engine/rule.js';
import { fillTemplate } from '../../src/engine/messages.js';
import { emptySchema, type Column, type ModelClass, type ProjectFacts, type Registry, type Schema, type SourceLocation, type Table } from '../../src/facts.js';
import { syncColumnMirrors } from '../../src/schema/tables.js';
import { loadRules, runRules } from '../../src/engine/runner.js';

// ---------------------------------------------------------------------------------------------
// Hand-built facts for fast unit tests of rules (no parser involved).
// ---------------------------------------------------------------------------------------------

export function loc(file: string, line: number, column = 1): SourceLocation {
  return { file, line, column };
}

/** A column with every mirror off; override what the case needs. */
export function column(name: string, type: string | null, extra: Partial<Column> = {}): Column {
  return { name, type, nullable: true, primaryKey: false, unique: false, index: false, foreignKey: null, default: null, ...extra };
}

/**
 * A table in `public` (or the schema in `schema.table`). Its primary key is taken from the
 * columns marked primaryKey; pass `sync: true` to derive the mirrors from constraints instead.
 */
export function table(name: string, columns: Column[], extra: Partial<Table> & { sync?: boolean } = {}): Table {
  const [schema, bare] = name.includes('.') ? (name.split('.') as [string, string]) : ['public', name];
  const { sync, ...rest } = extra;
  const pk = columns.filter((c) => c.primaryKey).map((c) => c.name);
  const t: Table = {
    schema,
    name: bare,
    columns,
    primaryKey: pk.length > 0 ? { name: null, columns: pk } : null,
    indexes: [],
    foreignKeys: [],
    uniques: [],
    checks: [],
    uncertain: false,
    ...rest,
  };
  if (sync) syncColumnMirrors(t);
  return t;
}

export function schemaOf(...tables: Table[]): Schema {
  const schema = emptySchema();
  for (const t of tables) schema.tables.set(`${t.schema}.${t.name}`, t);
  return schema;
}

export function model(className: string, file: string, line: number, tableName: string | null, extra: Partial<ModelClass> = {}): ModelClass {
  return {
    className,
    module: file.replace(/\.py$/, '').split('/').join('.'),
    location: { file, line, column: 7, endLine: line, endColumn: 7 + className.length },
    table: tableName === null ? null : tableName.includes('.') ? tableName : `public.${tableName}`,
    tableSource: tableName === null ? 'none' : 'tablename',
    base: 'app.models.base.Base',
    bases: ['Base'],
    abstract: false,
    columns: [],
    relationships: [],
    ...extra,
  };
}

export function registry(reachableFiles: string[], extra: Partial<Registry> = {}): Registry {
  return { roots: ['app/models/__init__.py'], reachableFiles, reachable: [], bindings: [], ...extra };
}

export function facts(partial: Partial<ProjectFacts> = {}): ProjectFacts {
  return {
    models: null,
    registry: null,
    modelSchema: null,
    migrations: null,
    migrationKind: null,
    migrationGraph: null,
    migratedSchema: null,
    problems: [],
    defaultSchema: 'public',
    ...partial,
  };
}

/** A finding as a unit test sees it: the report plus its filled message. */
export interface CheckedReport extends Report {
  message: string;
}

/** Runs one rule's check directly (no engine) with its default options merged with `options`. */
export function check<O extends Record<string, unknown>>(
  rule: RuleDefinition<O>,
  input: ProjectFacts,
  options: Partial<O> = {},
  settings: RuleSettings = { modelBases: [] },
): CheckedReport[] {
  const reports: CheckedReport[] = [];
  rule.check(
    { facts: input, settings, report: (r) => reports.push({ ...r, message: fillTemplate(rule.messages[r.messageId] ?? r.messageId, r.data) }) },
    { ...(rule.defaultOptions ?? {}), ...options } as O,
  );
  return reports;
}

/** `file:line:col subject` of each report, sorted: what most rule unit tests assert. */
export function where(reports: Report[]): string[] {
  return reports.map((r) => `${r.location.file}:${r.location.line}:${r.location.column} ${r.subject}`).sort();
}


/** Loads the config's rules (built-in, plugins, `extra`) and runs them over the facts: the engine without the frontends. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function lint(input: ProjectFacts, config: Config, extra: RuleDefinition<any, any>[] = []): Promise<Diagnostic[]> {
  return runRules(input, config, await loadRules(config, extra));
}

import type { Column, ModelClass, Schema, Table } from '../facts.js';
import type { RunResult } from '../run.js';
import { logSafeJson } from './logSafe.js';
import { VERSION } from '../version.js';

/**
 * `ormlint inspect`: the facts ormlint read, as JSON (DESIGN.md "inspect"). Meant for humans
 * debugging a finding and for scripts; Maps become plain objects, keys in a stable order.
 */
export function formatInspect(result: RunResult): string {
  const { facts } = result;
  const out = {
    tool: 'ormlint',
    version: VERSION,
    models: facts.models?.map(inspectModel) ?? null,
    registry: facts.registry
      ? {
          roots: facts.registry.roots,
          reachable: facts.registry.reachable.map((r) => ({ class: r.className, file: r.file })),
          reachableFiles: facts.registry.reachableFiles,
          bindings: facts.registry.bindings.map((b) => ({
            name: b.name,
            class: b.className,
            file: b.file,
            line: b.importLocation.line,
            shadowed: b.shadowed.map((s) => ({ class: s.className, file: s.file, line: s.importLocation.line })),
          })),
        }
      : null,
    migrations:
      facts.migrations?.map((m) => ({
        id: m.id,
        file: m.file,
        parents: m.parents,
        ...(m.dependsOn?.length ? { dependsOn: m.dependsOn } : {}),
        ...(m.branchLabels?.length ? { branchLabels: m.branchLabels } : {}),
        order: m.order,
      })) ?? null,
    migrationGraph: facts.migrationGraph,
    modelSchema: facts.modelSchema ? inspectSchema(facts.modelSchema) : null,
    migratedSchema: facts.migratedSchema ? inspectSchema(facts.migratedSchema) : null,
    problems: facts.problems.map((p) => ({ kind: p.kind, message: p.message, file: p.location.file, line: p.location.line, column: p.location.column })),
  };
  return `${logSafeJson(JSON.stringify(out, null, 2))}\n`;
}

function inspectModel(model: ModelClass) {
  return {
    class: model.className,
    file: model.location.file,
    line: model.location.line,
    table: model.table,
    base: model.base,
    abstract: model.abstract,
    ...(model.inheritsTableFrom ? { inheritsTableFrom: model.inheritsTableFrom } : {}),
    columns: model.columns.map(inspectColumn),
    relationships: model.relationships.map((r) => ({ name: r.name, target: r.target, line: r.location.line })),
  };
}

function inspectColumn(column: Column) {
  return {
    name: column.name,
    type: column.type,
    nullable: column.nullable,
    primaryKey: column.primaryKey,
    unique: column.unique,
    index: column.index,
    foreignKey: column.foreignKey ? `${column.foreignKey.table}.${column.foreignKey.column}` : null,
    default: column.default,
    ...(column.location ? { file: column.location.file, line: column.location.line } : {}),
  };
}

function inspectTable(table: Table) {
  return {
    columns: table.columns.map(inspectColumn),
    primaryKey: table.primaryKey,
    indexes: table.indexes.map((i) => ({ name: i.name, columns: i.columns, unique: i.unique, ...(i.where ? { where: i.where } : {}) })),
    foreignKeys: table.foreignKeys.map((f) => ({
      name: f.name,
      columns: f.columns,
      refTable: f.refTable,
      refColumns: f.refColumns,
      ...(f.onDelete ? { onDelete: f.onDelete } : {}),
      ...(f.onUpdate ? { onUpdate: f.onUpdate } : {}),
    })),
    uniques: table.uniques.map((u) => ({ name: u.name, columns: u.columns })),
    ...(table.checks.length ? { checks: table.checks.map((c) => ({ name: c.name, expression: c.expression })) } : {}),
    ...(table.uncertain ? { uncertain: true, uncertainReasons: table.uncertainReasons ?? [] } : {}),
    ...(table.location ? { file: table.location.file, line: table.location.line } : {}),
  };
}

function inspectSchema(schema: Schema) {
  const tables: Record<string, ReturnType<typeof inspectTable>> = {};
  for (const key of [...schema.tables.keys()].sort()) tables[key] = inspectTable(schema.tables.get(key)!);
  const enums: Record<string, string[]> = {};
  for (const key of [...schema.enums.keys()].sort()) enums[key] = schema.enums.get(key)!.values;
  // Only a view's name is known: its columns come from a query, so nothing compares them.
  const views: Record<string, { materialized: boolean; file: string; line: number }> = {};
  for (const key of [...(schema.views?.keys() ?? [])].sort()) {
    const view = schema.views!.get(key)!;
    views[key] = { materialized: view.materialized, file: view.location.file, line: view.location.line };
  }
  const possibleTables = [...(schema.possibleTables ?? [])].filter((key) => !schema.tables.has(key)).sort();
  return {
    tables,
    enums,
    ...(Object.keys(views).length > 0 ? { views } : {}),
    ...(possibleTables.length > 0 ? { possibleTables } : {}),
  };
}

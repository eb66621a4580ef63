/**
 * The Prisma model frontend (`models.orm: prisma`): reads `schema.prisma` (or the multi-file
 * `prismaSchemaFolder`) and writes, model by model, the DDL Prisma Migrate would generate for a
 * Postgres datasource — its type mapping, defaults and constraint names — which the SQL frontend
 * turns into schema operations and the shared builder into the model schema. Locations are then
 * pointed back at the Prisma source (the model, the field, the `@@index`).
 *
 * Prisma has no registry (every model in the schema is the client's) and no declarative bases.
 */
import type { BlockAttribute, Enum, Field, Model, Value } from '@mrleebo/prisma-ast';
import type { Config } from '../../config/types.js';
import type { FrontendProblem, ModelClass, Relationship, SourceLocation } from '../../facts.js';
import { tableKey } from '../../facts.js';
import { buildModelSchema, ModelDdl } from '../modelSchema.js';
import { loadSqlParser } from '../sql/translate.js';
import type { ModelFacts, ModelFrontend, SourceFile } from '../types.js';
import { defaultConstraintName, nativeType, qualified, quoted, quoteLiteral, REFERENTIAL_ACTIONS, SCALAR_TYPES, serialType } from './ddl.js';
import { attrArg, blockAttrs, fieldAttr, fieldRef, fields, isFunc, listValue, readPrismaFile, stringValue, toLocation, type PrismaFile } from './schemaFile.js';

export const prismaFrontend: ModelFrontend = {
  async extract(files: SourceFile[], config: Config): Promise<ModelFacts> {
    await loadSqlParser();
    return extractPrisma(files, config);
  },
};

const HINTS = { generateMigration: 'npx prisma migrate dev', tableNameKey: '@@map', tableWithoutModel: 'the join table of an implicit many-to-many relation' };

/** One model as Prisma Migrate sees it. */
interface ModelInfo {
  model: Model;
  file: string;
  location: SourceLocation;
  table: string;
  schema: string | null;
  /** Prisma field name → database column name, for scalar fields. */
  columns: Map<string, string>;
}

function extractPrisma(files: SourceFile[], config: Config): ModelFacts {
  const problems: FrontendProblem[] = [];
  const parsed: PrismaFile[] = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)).map((f) => readPrismaFile(f.path, f.text, problems));
  const datasource = parsed.find((f) => f.datasource)?.datasource ?? null;
  const provider = stringValue(datasource?.get('provider'));
  const facts = (models: ModelClass[], schema = buildModelSchema([], config.defaultSchema).schema): ModelFacts => ({
    models,
    registry: null,
    schema,
    problems,
    capabilities: { orm: 'prisma', declarativeBases: false, lastBindingWins: false },
    fixHints: HINTS,
    comments: new Map(parsed.map((f) => [f.path, f.comments.map((c) => ({ text: c.text, line: c.location.line, column: c.location.column, endLine: c.location.endLine ?? c.location.line, endColumn: c.location.endColumn ?? c.location.column + c.text.length }))])),
  });
  if (provider !== null && provider !== 'postgresql' && provider !== 'postgres') {
    problems.push({ kind: 'unresolved', message: `The datasource provider is "${provider}": ormlint checks Postgres schemas only, so the Prisma models were not read`, location: { file: parsed.find((f) => f.datasource)!.path, line: 1, column: 1 } });
    return facts([]);
  }
  // relationMode = "prisma" (formerly referentialIntegrity): the client emulates relations, no FKs.
  const mode = stringValue(datasource?.get('relationMode')) ?? stringValue(datasource?.get('referentialIntegrity'));
  const foreignKeys = mode !== 'prisma';

  const enums = new Map<string, { enum: Enum; file: string; dbName: string; schema: string | null; values: Map<string, string> }>();
  for (const { enum: e, file } of parsed.flatMap((f) => f.enums)) {
    const values = new Map<string, string>();
    for (const v of e.enumerators) {
      if (v.type !== 'enumerator') continue;
      const map = v.attributes?.find((a) => a.name === 'map');
      values.set(v.name, (map && stringValue(attrArg(map, 'name', 0) as Value)) ?? v.name);
    }
    const blockAttr = (name: string): BlockAttribute | undefined => e.enumerators.find((x): x is BlockAttribute => x.type === 'attribute' && (x as BlockAttribute).name === name && (x as BlockAttribute).kind === 'object');
    const mapAttr = blockAttr('map');
    const schemaAttr = blockAttr('schema');
    enums.set(e.name, { enum: e, file, dbName: (mapAttr && stringValue(attrArg(mapAttr, 'name', 0) as Value)) ?? e.name, schema: (schemaAttr && stringValue(attrArg(schemaAttr, 'name', 0) as Value)) ?? null, values });
  }

  const infos = new Map<string, ModelInfo>();
  for (const { model, file } of parsed.flatMap((f) => f.models)) {
    const mapAttr = blockAttrs(model, 'map')[0];
    const schemaAttr = blockAttrs(model, 'schema')[0];
    const columns = new Map<string, string>();
    for (const field of fields(model)) {
      if (isRelationField(field)) continue;
      const map = fieldAttr(field, 'map');
      columns.set(field.name, (map && stringValue(attrArg(map, 'name', 0) as Value)) ?? field.name);
    }
    infos.set(model.name, {
      model,
      file,
      location: toLocation(model.location, file),
      table: (mapAttr && stringValue(attrArg(mapAttr, 'name', 0) as Value)) ?? model.name,
      schema: (schemaAttr && stringValue(attrArg(schemaAttr, 'name', 0) as Value)) ?? null,
      columns,
    });
  }

  /** True for a field whose type is another model (a relation, no column of its own). */
  function isRelationField(field: Field): boolean {
    return typeof field.fieldType === 'string' && parsed.some((f) => f.models.some((m) => m.model.name === field.fieldType));
  }

  const ddl = new ModelDdl(problems);
  /** Translates one statement of generated DDL and points its operations at `location`. */
  const emit = ddl.emit.bind(ddl);

  const schemas = new Set<string>();
  for (const info of enums.values()) if (info.schema) schemas.add(info.schema);
  for (const info of infos.values()) if (info.schema) schemas.add(info.schema);
  for (const name of [...schemas].sort()) emit(`CREATE SCHEMA IF NOT EXISTS ${quoted(name)};`, { file: parsed[0]!.path, line: 1, column: 1 });
  for (const e of enums.values()) {
    emit(`CREATE TYPE ${qualified(e.schema, e.dbName)} AS ENUM (${[...e.values.values()].map(quoteLiteral).join(', ')});`, toLocation(e.enum.location, e.file));
  }

  /** The SQL type Prisma Migrate writes for a scalar or enum field (without `[]`), or null. */
  function columnType(field: Field, location: SourceLocation): string | null {
    const type = field.fieldType;
    const native = (field.attributes ?? []).find((a) => a.group === 'db');
    if (native) {
      const args = (native.args ?? []).map((a) => String(a.value));
      const sql = nativeType(native.name, args);
      if (sql) return sql;
      problems.push({ kind: 'unresolved', message: `Unknown native type @db.${native.name}: the column's type is not compared`, location, cause: 'unknown-type', item: `@db.${native.name}` });
      return null;
    }
    if (isFunc(type) && type.name === 'Unsupported') return stringValue((type.params ?? [])[0]) ?? null;
    if (typeof type !== 'string') return null;
    if (SCALAR_TYPES[type]) return SCALAR_TYPES[type]!;
    const e = enums.get(type);
    if (e) return qualified(e.schema, e.dbName);
    problems.push({ kind: 'unresolved', message: `Unknown field type ${type}: the column's type is not compared`, location, cause: 'unknown-type', item: type });
    return null;
  }

  /** `@default(...)` as Prisma Migrate writes it; undefined when the database has none (uuid(), cuid()), 'unknown' when ormlint cannot tell. */
  function defaultSql(field: Field, sqlType: string): string | undefined | 'unknown' {
    const attr = fieldAttr(field, 'default');
    if (!attr) return undefined;
    const value = attrArg(attr, 'value', 0);
    const arrayCast = field.array ? `::${sqlType}[]` : '';
    const scalar = (v: Value): string | null => {
      const text = stringValue(v);
      if (text !== null) {
        if (field.fieldType === 'DateTime' || field.fieldType === 'Bytes') return null;
        return quoteLiteral(text);
      }
      if (typeof v === 'number' || typeof v === 'boolean') return String(v);
      if (typeof v === 'string') {
        if (v === 'true' || v === 'false' || /^-?\d+(\.\d+)?$/.test(v)) return v;
        const e = typeof field.fieldType === 'string' ? enums.get(field.fieldType) : undefined;
        const dbValue = e?.values.get(v);
        if (dbValue !== undefined) return quoteLiteral(dbValue);
      }
      return null;
    };
    if (isFunc(value)) {
      switch (value.name) {
        case 'now':
          return 'CURRENT_TIMESTAMP';
        case 'autoincrement':
          return undefined; // the SERIAL type carries it
        case 'uuid':
        case 'cuid':
        case 'nanoid':
        case 'ulid':
          return undefined; // filled in by the client, not the database
        case 'dbgenerated': {
          const text = stringValue((value.params ?? [])[0]);
          return text === null || text === '' ? 'unknown' : text;
        }
        default:
          return 'unknown';
      }
    }
    if (field.array) {
      const items = listValue(value as Value).map(scalar);
      if (items.some((i) => i === null)) return 'unknown';
      return `ARRAY[${items.join(', ')}]${arrayCast}`;
    }
    return value === undefined ? 'unknown' : scalar(value as Value) ?? 'unknown';
  }

  const models: ModelClass[] = [];
  for (const info of infos.values()) {
    const { model, file } = info;
    const lines: string[] = [];
    const columnLocations = new Map<string, SourceLocation>();
    const relationships: Relationship[] = [];
    let primaryKey: { columns: string[]; name: string | null } | null = null;
    const indexes: string[] = [];
    for (const field of fields(model)) {
      const location = toLocation(field.location, file);
      if (isRelationField(field)) {
        relationships.push({ name: field.name, target: field.fieldType as string, location });
        continue;
      }
      const column = info.columns.get(field.name)!;
      columnLocations.set(column, location);
      let sqlType = columnType(field, location);
      if (sqlType === null) {
        ddl.unknown({ schema: info.schema ?? null, table: info.table, column, facts: ['type', 'default'] });
        sqlType = 'TEXT';
      }
      const isAuto = isFunc(attrArg(fieldAttr(field, 'default') ?? { type: 'attribute', kind: 'field', name: 'default' }, 'value', 0)) && (attrArg(fieldAttr(field, 'default')!, 'value', 0) as { name: string }).name === 'autoincrement';
      const serial = isAuto ? serialType(sqlType) : null;
      let def = defaultSql(field, sqlType);
      if (def === 'unknown') {
        ddl.unknown({ schema: info.schema ?? null, table: info.table, column, facts: ['default'] });
        def = undefined;
      }
      const type = serial ?? (field.array ? `${sqlType}[]` : sqlType);
      const notNull = !field.optional && !field.array;
      lines.push(`${quoted(column)} ${type}${notNull ? ' NOT NULL' : ''}${def !== undefined ? ` DEFAULT ${def}` : ''}`);
      const id = fieldAttr(field, 'id');
      if (id) primaryKey = { columns: [column], name: stringValue(attrArg(id, 'map') as Value) };
      const unique = fieldAttr(field, 'unique');
      if (unique) {
        const name = stringValue(attrArg(unique, 'map') as Value) ?? defaultConstraintName(info.table, [column], 'key');
        indexes.push(`CREATE UNIQUE INDEX ${quoted(name)} ON ${qualified(info.schema, info.table)}(${quoted(column)});`);
      }
    }
    const columnsOf = (value: Value | undefined, at: SourceLocation): { sql: string; names: string[] } | null => {
      const refs = listValue(value).map(fieldRef);
      if (refs.some((r) => r === null || !info.columns.has(r.name))) {
        problems.push({ kind: 'unresolved', message: `A field list in model ${model.name} names a field that is not a scalar field of it`, location: at });
        return null;
      }
      const names = refs.map((r) => info.columns.get(r!.name)!);
      return { names, sql: refs.map((r, i) => `${quoted(names[i]!)}${r!.desc ? ' DESC' : ''}`).join(',') };
    };
    for (const attr of blockAttrs(model, 'id')) {
      const cols = columnsOf(attrArg(attr, 'fields', 0) as Value, toLocation(attr.location, file));
      if (cols) primaryKey = { columns: cols.names, name: stringValue(attrArg(attr, 'map') as Value) };
    }
    if (primaryKey) lines.push(`CONSTRAINT ${quoted(primaryKey.name ?? defaultConstraintName(info.table, [], 'pkey'))} PRIMARY KEY (${primaryKey.columns.map(quoted).join(',')})`);
    const tableSql = qualified(info.schema, info.table);
    emit(`CREATE TABLE ${tableSql} (\n    ${lines.join(',\n    ')}\n);`, info.location, columnLocations);
    for (const sql of indexes) emit(sql, info.location);
    for (const attr of [...blockAttrs(model, 'unique'), ...blockAttrs(model, 'index')]) {
      const at = toLocation(attr.location, file);
      const cols = columnsOf(attrArg(attr, 'fields', 0) as Value, at);
      if (!cols) continue;
      const unique = attr.name === 'unique';
      // @@unique's `name` is the client's name; @@index's `name` is the old spelling of `map`.
      const name = stringValue(attrArg(attr, 'map') as Value) ?? (unique ? null : stringValue(attrArg(attr, 'name') as Value)) ?? defaultConstraintName(info.table, cols.names, unique ? 'key' : 'idx');
      const using = attrArg(attr, 'type');
      const method = typeof using === 'string' && using !== 'BTree' ? ` USING ${using.toUpperCase()} ` : '';
      emit(`CREATE ${unique ? 'UNIQUE ' : ''}INDEX ${quoted(name)} ON ${tableSql}${method}(${cols.sql});`, at);
    }
    models.push({
      className: model.name,
      module: null,
      location: info.location,
      table: tableKey(info.schema ?? config.defaultSchema, info.table),
      tableSource: blockAttrs(model, 'map').length > 0 ? 'tablename' : 'naming-convention',
      base: null,
      bases: [],
      abstract: false,
      columns: [],
      relationships,
    });
  }

  // Foreign keys: the side of a relation that holds `fields:`; then implicit many-to-many tables.
  const joinTables = new Set<string>();
  for (const info of infos.values()) {
    for (const field of fields(info.model)) {
      if (!isRelationField(field)) continue;
      const relation = fieldAttr(field, 'relation');
      const target = infos.get(field.fieldType as string)!;
      const location = toLocation(field.location, info.file);
      const fieldList = relation ? attrArg(relation, 'fields') : undefined;
      if (fieldList !== undefined) {
        if (!foreignKeys) continue;
        const names = listValue(fieldList as Value).map((v) => fieldRef(v)?.name ?? '');
        const refs = listValue(attrArg(relation!, 'references') as Value).map((v) => fieldRef(v)?.name ?? '');
        const columns = names.map((n) => info.columns.get(n));
        const refColumns = refs.map((n) => target.columns.get(n));
        if (columns.some((c) => c === undefined) || refColumns.some((c) => c === undefined)) {
          problems.push({ kind: 'unresolved', message: `@relation on ${info.model.name}.${field.name} names fields that are not scalar fields`, location, tables: [tableKey(info.schema ?? config.defaultSchema, info.table)] });
          continue;
        }
        const optional = fields(info.model).some((f) => names.includes(f.name) && f.optional);
        const onDelete = REFERENTIAL_ACTIONS[String(attrArg(relation!, 'onDelete') ?? '')] ?? (optional ? 'SET NULL' : 'RESTRICT');
        const onUpdate = REFERENTIAL_ACTIONS[String(attrArg(relation!, 'onUpdate') ?? '')] ?? 'CASCADE';
        const name = stringValue(attrArg(relation!, 'map') as Value) ?? defaultConstraintName(info.table, columns as string[], 'fkey');
        emit(
          `ALTER TABLE ${qualified(info.schema, info.table)} ADD CONSTRAINT ${quoted(name)} FOREIGN KEY (${(columns as string[]).map(quoted).join(', ')}) REFERENCES ${qualified(target.schema, target.table)}(${(refColumns as string[]).map(quoted).join(', ')}) ON DELETE ${onDelete} ON UPDATE ${onUpdate};`,
          location,
        );
        continue;
      }
      if (!field.array) continue;
      // An implicit many-to-many: both sides are lists and neither holds the keys.
      const relationName = relation ? stringValue(attrArg(relation, 'name', 0) as Value) : null;
      const back = fields(target.model).find((f) => f.array && f.fieldType === info.model.name && f !== field && (relationName === null || stringValue(attrArg(fieldAttr(f, 'relation') ?? { type: 'attribute', kind: 'field', name: 'relation' }, 'name', 0) as Value) === relationName));
      if (!back) continue;
      const [a, b] = [info, target].sort((x, y) => (x.model.name < y.model.name ? -1 : x.model.name > y.model.name ? 1 : 0)) as [ModelInfo, ModelInfo];
      const name = `_${relationName ?? `${a.model.name}To${b.model.name}`}`;
      if (joinTables.has(name)) continue;
      joinTables.add(name);
      const idOf = (m: ModelInfo): { column: string; type: string } | null => {
        const id = fields(m.model).find((f) => fieldAttr(f, 'id'));
        if (!id) return null;
        const type = columnType(id, location);
        return type ? { column: m.columns.get(id.name)!, type } : null;
      };
      const ida = idOf(a);
      const idb = idOf(b);
      if (!ida || !idb) {
        problems.push({ kind: 'unresolved', message: `The many-to-many relation ${name.slice(1)} joins models without a single @id field: its join table is not checked`, location });
        continue;
      }
      const schema = a.schema;
      const join = qualified(schema, name);
      emit(`CREATE TABLE ${join} ("A" ${ida.type} NOT NULL, "B" ${idb.type} NOT NULL);`, location);
      // Prisma 6 keys the join table with a primary key, Prisma 5 and before with a unique index
      // `_AB_unique`: either may be in a project's migrations, so that part is left open.
      ddl.unknown({ schema: null, table: name, column: 'A', facts: ['primaryKey', 'unique', 'index'], opensConstraints: true });
      ddl.unknown({ schema: null, table: name, column: 'B', facts: ['primaryKey', 'unique', 'index'], opensConstraints: true });
      emit(`CREATE INDEX ${quoted(`${name}_B_index`)} ON ${join}("B");`, location);
      if (foreignKeys) {
        emit(`ALTER TABLE ${join} ADD CONSTRAINT ${quoted(`${name}_A_fkey`)} FOREIGN KEY ("A") REFERENCES ${qualified(a.schema, a.table)}(${quoted(ida.column)}) ON DELETE CASCADE ON UPDATE CASCADE;`, location);
        emit(`ALTER TABLE ${join} ADD CONSTRAINT ${quoted(`${name}_B_fkey`)} FOREIGN KEY ("B") REFERENCES ${qualified(b.schema, b.table)}(${quoted(idb.column)}) ON DELETE CASCADE ON UPDATE CASCADE;`, location);
      }
    }
  }

  const built = ddl.build(config.defaultSchema);
  problems.push(...built.problems);
  // Prisma's @@unique is met by a unique index (what Migrate writes) or a UNIQUE constraint (what
  // hand-written migrations often write, and what introspection reads back as @@unique alike).
  for (const table of built.schema.tables.values()) table.uniqueFormsEquivalent = true;
  for (const model of models) model.columns = model.table ? built.schema.tables.get(model.table)?.columns ?? [] : [];
  return facts(models, built.schema);
}

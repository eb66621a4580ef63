import type { SyntaxNode } from './syntaxTree.js';
import type { Config } from '../../config/types.js';
import { COLUMN_FACTS, type Column, type ColumnFact, type FrontendProblem, type ModelClass, type Schema, type SourceLocation, type Table, emptySchema, splitTableKey, tableKey } from '../../facts.js';
import { mixinEffect } from '../../catalog/libraries.js';
import type { ConstraintSpec, SchemaOperation } from '../../operations.js';
import { newTable, syncColumnMirrors } from '../../schema/tables.js';
import { buildModelSchema } from '../modelSchema.js';
import { type ClassAnalyzer, type ClassInfo, plainClassInfo } from './classes.js';
import { type ColumnDraft, readColumnCall } from './columns.js';
import { DEFAULT_CONVENTION, type NamingConvention, constraintName, readMetadataSchema, readNamingConvention } from './naming.js';
import type { PyModule } from './namespace.js';
import { type Sym, isSqlalchemyName, lastPart } from './resolve.js';
import { type TableArgs, emptyTableArgs, readConstraint, readTableArgs, indexDefinitionKnown, reflectedNote, whereText } from './tableArgs.js';
import { callArguments, nodeLocation, staticValue, stringValue, unwrap, shortenSource } from './syntax.js';

/** What a `Table(...)` positional argument can be besides its MetaData. */
const TABLE_ITEMS = new Set(['Column', 'PrimaryKeyConstraint', 'ForeignKeyConstraint', 'UniqueConstraint', 'CheckConstraint', 'Index']);

/**
 * The model schema: the tables mapped classes declare, as SQLAlchemy's declarative machinery
 * would build them — table names (declared, inherited, by convention), columns copied from
 * mixins, single-table children joining their parent's table, constraints and their generated
 * names, foreign keys resolved once every table exists.
 */

/** One mapped class while it is being built. */
export interface ModelDraft {
  info: ClassInfo;
  model: ModelClass;
  drafts: ColumnDraft[];
  tableArgs: TableArgs;
  /** The model whose table a single-table-inheritance child shares. */
  parent: ModelDraft | null;
  schemaName: string;
  tableName: string | null;
  /** The class body or a mixin may make columns / constraints nobody can list (see Table.openColumns). */
  openColumns?: boolean;
  openConstraints?: boolean;
}

/**
 * Flask-SQLAlchemy's automatic table name (`camel_to_snake_case`): `UserRole` → `user_role`,
 * `HTTPRequest` → `http_request`.
 */
export function snakeCase(name: string): string {
  return name.replace(/((?<=[a-z0-9])[A-Z]|(?!^)[A-Z](?=[a-z]))/gu, '_$1').toLowerCase().replace(/^_+/u, '');
}

/**
 * The few `@declared_attr def __tablename__(cls)` bodies that are plain string arithmetic on the class
 * name — `return cls.__name__.lower()`, `cls.__name__.lower() + "s"`, `f"{cls.__name__.lower()}s"` — evaluated for
 * one class; null for anything else (a helper call, a regex), which stays unresolved.
 */
function evaluateDeclaredTablename(definition: SyntaxNode, className: string): string | null {
  const parameters = definition.childForFieldName('parameters')?.namedChildren ?? [];
  const self = parameters[0]?.type === 'identifier' ? parameters[0].text : null;
  const block = definition.childForFieldName('body');
  const statements = (block?.namedChildren ?? []).filter((n): n is SyntaxNode => !!n && n.type !== 'comment' && !(n.type === 'expression_statement' && n.namedChild(0)?.type === 'string'));
  if (!self || statements.length !== 1 || statements[0]!.type !== 'return_statement') return null;
  const value = (input: SyntaxNode | null): string | null => {
    const node = input ? unwrap(input) : null;
    if (!node) return null;
    const literal = stringValue(node);
    if (literal !== null) return literal;
    if (node.type === 'string') {
      // f"{cls.__name__.lower()}s": literal parts and evaluable interpolations only.
      let text = '';
      for (const part of node.namedChildren) {
        if (!part || part.type === 'string_start' || part.type === 'string_end') continue;
        const piece = part.type === 'string_content' ? part.text : part.type === 'interpolation' && part.namedChildCount === 1 ? value(part.namedChild(0)) : null;
        if (piece === null) return null;
        text += piece;
      }
      return text;
    }
    if (node.type === 'attribute' && node.childForFieldName('attribute')?.text === '__name__' && node.childForFieldName('object')?.text === self) return className;
    if (node.type === 'binary_operator' && node.childForFieldName('operator')?.type === '+') {
      const left = value(node.childForFieldName('left'));
      const right = value(node.childForFieldName('right'));
      return left !== null && right !== null ? left + right : null;
    }
    if (node.type === 'call' && callArguments(node).positional.length === 0 && callArguments(node).keywords.size === 0) {
      const fn = node.childForFieldName('function');
      const method = fn?.type === 'attribute' ? fn.childForFieldName('attribute')?.text : null;
      const object = fn?.type === 'attribute' ? value(fn.childForFieldName('object')) : null;
      if (object === null) return null;
      if (method === 'lower') return object.toLowerCase();
      if (method === 'upper') return object.toUpperCase();
    }
    return null;
  };
  return value(statements[0]!.namedChild(0));
}

export class SchemaBuilder {
  /**
   * The tables as SQLAlchemy's declarative machinery declares them (names, columns, constraints
   * resolved the SQLAlchemy way): extraction only. finish() turns them into schema operations and
   * the shared model schema builder (src/frontends/modelSchema.ts) gives them Postgres' semantics.
   */
  private readonly drafted: Schema = emptySchema();
  private built: Schema | null = null;
  private readonly byClass = new Map<ClassInfo, ModelDraft>();
  /** Column drafts per table, to fill foreign-key-typed columns once every table exists. */
  private readonly pending: { table: Table; draft: ColumnDraft }[] = [];
  private readonly conventions = new Map<Table, NamingConvention>();
  /** Tables whose MetaData has `schema=`: their unqualified foreign-key targets live there. */
  private readonly metadataSchemas = new Map<Table, string>();
  /** Module-level `x = Table(...)` by `file:offset` of the call, for `x.c.column` references. */
  private readonly moduleTableAt = new Map<string, Table>();
  private readonly draftOfColumn = new Map<Column, ColumnDraft>();

  constructor(
    private readonly analyzer: ClassAnalyzer,
    private readonly config: Config,
    private readonly problems: FrontendProblem[],
  ) {}

  /** The model schema: built by finish(); before that (or if it failed) the tables as declared. */
  get schema(): Schema {
    return this.built ?? this.drafted;
  }

  /** Where a model table that names no schema lives (models.defaultSchema, else the top-level one). */
  private get defaultSchema(): string {
    return this.config.models?.defaultSchema ?? this.config.defaultSchema;
  }

  draftModel(info: ClassInfo): ModelDraft {
    const known = this.byClass.get(info);
    if (known) return known;
    const own = this.analyzer.body(info.cls, info);
    const location = nodeLocation(info.cls.nameNode, info.cls.file);
    const model: ModelClass = {
      className: info.cls.name,
      module: info.cls.module,
      location,
      table: null,
      tableSource: 'none',
      base: info.base,
      bases: info.cls.superclasses.map((s) => s.text),
      abstract: own.abstract,
      columns: [],
      relationships: [...own.relationships],
      inheritsTableFrom: null,
    };
    const draft: ModelDraft = { info, model, drafts: [], tableArgs: emptyTableArgs(), parent: null, schemaName: this.analyzer.metadataSchema(info) ?? this.defaultSchema, tableName: null };
    this.byClass.set(info, draft);
    draft.drafts = this.collectColumns(info);
    if (!own.abstract) this.resolveTable(draft);
    // An attribute ormlint cannot read (here or in a mixin) may be a column of this table: its
    // column set is open, and every column it does declare is still compared.
    const bodies = [...this.analyzer.inheritedSources(info, this.isMappedWithTable).map((source) => this.analyzer.body(source.cls, info)), own];
    for (const body of bodies) {
      for (const note of body.unresolved) {
        this.problems.push({ kind: 'unresolved', message: note.message, location: note.location, cause: note.cause, ...(note.item ? { item: note.item } : {}), ...(draft.model.table ? { about: draft.model.table } : {}) });
        if (note.scope === 'columns') draft.openColumns = true;
        else draft.openConstraints = true;
      }
    }
    for (const column of draft.drafts) this.noteColumn(column, draft.model.table);
    for (const source of [info, ...this.analyzer.inheritedSources(info, this.isMappedWithTable)]) {
      source.superSyms.forEach((sym, i) => {
        const unreadable = unreadableSuperclass(sym);
        if (!unreadable) return;
        // authlib's OAuth2ClientMixin, a mixin from a star import: it may add columns.
        draft.openColumns = true;
        this.problems.push({
          kind: 'unresolved',
          message: `${source.cls.name} derives from ${unreadable}, which ormlint cannot read: columns it may add are not known, so columns found only in the migrations are not reported for ${info.cls.name}`,
          location: nodeLocation(source.cls.superclasses[i]!, source.cls.file),
          cause: 'unknown-base',
          item: unreadable,
          ...(draft.model.table ? { about: draft.model.table } : {}),
        });
      });
    }
    return draft;
  }

  /** A column's unreadable facts: each becomes unknown on the column alone, with its notice. */
  private noteColumn(column: ColumnDraft, about?: string | null): void {
    for (const note of [...column.unresolved, ...column.unresolvedType]) {
      this.problems.push({ kind: 'unresolved', message: note.message, location: column.column.location!, cause: note.cause, ...(note.item ? { item: note.item } : {}), ...(about ? { about } : {}) });
      markUnknown(column.column, note.facts);
    }
  }

  private mappedParent(info: ClassInfo): ClassInfo | null {
    for (const parent of info.supers) {
      if (!parent || parent.kind !== 'model') continue;
      const body = this.analyzer.body(parent.cls, parent);
      if (!body.abstract) return parent;
      const deeper = this.mappedParent(parent);
      if (deeper) return deeper;
    }
    return null;
  }

  private isMappedWithTable = (c: ClassInfo): boolean => c.kind === 'model' && !this.analyzer.body(c.cls, c).abstract;

  /** Own columns plus those inherited from mixins and abstract bases, base-most first. */
  private collectColumns(info: ClassInfo): ColumnDraft[] {
    const sources = [...this.analyzer.inheritedSources(info, this.isMappedWithTable), info];
    const byAttr = new Map<string, ColumnDraft>();
    const declared: ColumnDraft[] = [];
    for (const source of sources) {
      const body = this.analyzer.body(source.cls, info);
      // A subclass attribute (column or not) hides the inherited one of the same name.
      for (const name of body.names) byAttr.delete(name);
      for (const column of body.columns) {
        if (column.declaredAttr) declared.push(column);
        else byAttr.set(column.attr, column);
      }
    }
    const ordered = [...byAttr.values(), ...declared.filter((d) => !byAttr.has(d.attr))];
    // Mixin columns are copied into every table that uses them.
    return ordered.map((d) => ({ ...d, column: { ...d.column }, foreignKeys: [...d.foreignKeys] }));
  }

  private resolveTable(draft: ModelDraft): void {
    const { info, model } = draft;
    const own = this.analyzer.body(info.cls, info);
    const naming = this.config.models?.tableNaming ?? 'as-declared';
    const argsNode = own.tableArgs ?? this.inheritedTableArgs(info);
    const columnName = (ref: string): string | null => (draft.drafts.some((d) => d.column.name === ref) ? ref : (draft.drafts.find((d) => d.attr === ref)?.column.name ?? null));
    if (argsNode) draft.tableArgs = readTableArgs(argsNode, info.cls.file, columnName);
    if (draft.tableArgs.schema) draft.schemaName = draft.tableArgs.schema;

    if (own.tableObject) {
      this.readTableObject(draft, own.tableObject);
      return;
    }
    const parentInfo = this.mappedParent(info);
    const hasOwnPrimaryKey = own.columns.some((c) => c.primaryKey);
    // Flask-SQLAlchemy's __table_cls__: a subclass of a mapped model with no primary key column of
    // its own gets no table even when it names one (`class Admins(Users): __tablename__ = "admins"`):
    // it is single-table inheritance on the parent's table.
    const flaskSingleTable = info.flavor === 'flask' && parentInfo !== null && !hasOwnPrimaryKey;
    if (own.tablename?.kind === 'string' && !flaskSingleTable) {
      this.setTable(draft, own.tablename.value, 'tablename');
      return;
    }
    if (own.tablename?.kind === 'computed') {
      this.unresolvedTable(draft, `__tablename__ = ${shortenSource(own.tablename.node.text)} cannot be evaluated statically`);
      return;
    }
    if (own.tablename?.kind === 'declared') {
      this.conventionTable(draft, own.tablename.node, naming);
      return;
    }
    if (parentInfo && !(info.flavor === 'flask' && hasOwnPrimaryKey)) {
      const parent = this.draftModel(parentInfo);
      draft.parent = parent;
      draft.schemaName = parent.schemaName;
      model.tableSource = 'inherited';
      model.table = parent.model.table;
      model.inheritsTableFrom = parent.model.table;
      draft.tableName = parent.tableName;
      return;
    }
    const inherited = this.inheritedTablename(info);
    if (inherited?.kind === 'string') {
      this.setTable(draft, inherited.value, 'tablename');
      return;
    }
    if (inherited?.kind === 'declared') {
      this.conventionTable(draft, inherited.node, naming);
      return;
    }
    if (info.flavor === 'flask') {
      this.setTable(draft, snakeCase(info.cls.name), 'naming-convention');
      return;
    }
    if (info.flavor === 'sqlmodel') {
      // SQLModel's default __tablename__ is the class name lower-cased.
      this.setTable(draft, info.cls.name.toLowerCase(), 'naming-convention');
      return;
    }
    if (inherited?.kind === 'computed') {
      this.unresolvedTable(draft, `the inherited __tablename__ cannot be evaluated statically`);
      return;
    }
    this.unresolvedTable(draft, `the model ${info.cls.name} declares no __tablename__ or __table__`);
  }

  private conventionTable(draft: ModelDraft, declared: SyntaxNode, naming: 'as-declared' | 'snake_case'): void {
    const evaluated = evaluateDeclaredTablename(declared, draft.info.cls.name);
    if (evaluated !== null) {
      this.setTable(draft, evaluated, 'naming-convention');
      return;
    }
    if (naming === 'snake_case') {
      this.setTable(draft, snakeCase(draft.info.cls.name), 'naming-convention');
      return;
    }
    this.unresolvedTable(draft, `the table name of ${draft.info.cls.name} is computed by a @declared_attr __tablename__; set models.tableNaming (snake_case) to resolve it`);
  }

  private unresolvedTable(draft: ModelDraft, message: string): void {
    draft.model.tableSource = 'unresolved';
    draft.model.table = null;
    this.problems.push({ kind: 'unresolved', message, location: draft.model.location });
  }

  private setTable(draft: ModelDraft, name: string, source: ModelClass['tableSource']): void {
    draft.tableName = name;
    draft.model.table = tableKey(draft.schemaName, name);
    draft.model.tableSource = source;
  }

  private inheritedTablename(info: ClassInfo): ReturnType<ClassAnalyzer['body']>['tablename'] {
    const sources = this.analyzer.inheritedSources(info, this.isMappedWithTable).reverse();
    for (const source of sources) {
      const body = this.analyzer.body(source.cls, info);
      if (body.tablename) return body.tablename;
    }
    if (info.baseClass) return this.analyzer.body(info.baseClass.cls, info).tablename;
    return null;
  }

  private inheritedTableArgs(info: ClassInfo): SyntaxNode | null {
    const sources = this.analyzer.inheritedSources(info, this.isMappedWithTable).reverse();
    for (const source of sources) {
      const body = this.analyzer.body(source.cls, info);
      if (body.tableArgs) return body.tableArgs;
    }
    return null;
  }

  /** `__table__ = Table("name", metadata, Column(...), ..., schema=...)`. */
  private readTableObject(draft: ModelDraft, node: SyntaxNode): void {
    const call = unwrap(node);
    const read = call.type === 'call' ? this.readTableCall(call, draft.info) : null;
    if (!read) {
      this.unresolvedTable(draft, `__table__ = ${shortenSource(node.text)} cannot be evaluated statically`);
      return;
    }
    draft.drafts = read.columns;
    draft.tableArgs = read.args;
    draft.schemaName = read.args.schema ?? read.metadataSchema ?? this.defaultSchema;
    this.setTable(draft, read.name, 'table-object');
  }

  /** Reads a `Table(...)` call: its name, columns and constraints. */
  private readTableCall(call: SyntaxNode, info: ClassInfo): { name: string; columns: ColumnDraft[]; args: TableArgs; metadataSchema: string | null } | null {
    const args = callArguments(call);
    const name = stringValue(args.positional[0]);
    if (name === null) return null;
    const mod = info.mod;
    const ctx = { resolver: this.analyzer.resolver, mod, typeMap: new Map(), sqlmodel: false, isEnumClass: this.analyzer.isEnumClass };
    const columns: ColumnDraft[] = [];
    const tableArgs = emptyTableArgs();
    for (const arg of args.positional.slice(this.tableMetadataArgument(call, mod) ? 2 : 1)) {
      const value = unwrap(arg);
      const fn = value.type === 'call' ? value.childForFieldName('function') : null;
      const sym = fn ? this.analyzer.resolver.resolveExpr(mod, fn) : null;
      if (sym?.kind === 'external' && isSqlalchemyName(sym.qualified) && lastPart(sym.qualified) === 'Column') {
        const attrName = stringValue(callArguments(value).positional[0]) ?? value.text;
        const attrNode = callArguments(value).positional[0] ?? value;
        const draft = readColumnCall(value, attrName, nodeLocation(attrNode, info.cls.file), null, ctx);
        this.noteColumn(draft);
        columns.push(draft);
      } else {
        readConstraint(value, tableArgs, info.cls.file, (attr) => attr);
      }
    }
    const schema = stringValue(args.keywords.get('schema'));
    if (schema !== null) tableArgs.schema = schema;
    for (const key of ['autoload_with', 'autoload']) {
      const reflected = args.keywords.get(key);
      if (reflected && staticValue(reflected) !== false) tableArgs.unresolved.push(reflectedNote(nodeLocation(reflected.parent ?? reflected, info.cls.file)));
    }
    const metadata = this.tableMetadataArgument(call, mod);
    return { name, columns, args: tableArgs, metadataSchema: metadata ? readMetadataSchema(this.analyzer.resolver, mod, metadata) : null };
  }

  /**
   * The MetaData argument of `Table("name", metadata, ...)`, or null when there is none: Flask-SQLAlchemy's
   * `db.Table("name", db.Column(...))` inserts `db.metadata` itself unless its second argument is a MetaData,
   * so a second argument that is a Column or constraint call is already the first table item.
   */
  private tableMetadataArgument(call: SyntaxNode, mod: PyModule): SyntaxNode | null {
    const second = callArguments(call).positional[1];
    const value = second ? unwrap(second) : null;
    if (!value) return null;
    const fn = value.type === 'call' ? value.childForFieldName('function') : null;
    const sym = fn ? this.analyzer.resolver.resolveExpr(mod, fn) : null;
    if (sym?.kind === 'external' && isSqlalchemyName(sym.qualified) && TABLE_ITEMS.has(lastPart(sym.qualified))) return null;
    return second!;
  }

  /** Module-level `x = Table("name", Base.metadata, ...)`: association tables SQLAlchemy creates too. */
  addModuleTables(mod: PyModule): void {
    for (const binding of mod.timeline) {
      if (binding.kind !== 'assign') continue;
      const value = unwrap(binding.value);
      if (value.type !== 'call') continue;
      const fn = value.childForFieldName('function');
      const sym = fn ? this.analyzer.resolver.resolveExpr(mod, fn) : null;
      if (sym?.kind !== 'external' || !isSqlalchemyName(sym.qualified) || lastPart(sym.qualified) !== 'Table') continue;
      const tableCall = { name: binding.name, file: mod.file, module: mod.module, node: value, nameNode: value, decorators: [], superclasses: [], keywords: new Map(), body: null };
      const pseudo = plainClassInfo(tableCall, mod, binding.name);
      const read = this.readTableCall(value, pseudo);
      if (!read) {
        this.problems.push({ kind: 'unresolved', message: `the table ${binding.name} = Table(...) has a name ormlint cannot evaluate`, location: binding.location });
        continue;
      }
      const schemaName = read.args.schema ?? read.metadataSchema ?? this.defaultSchema;
      const key = tableKey(schemaName, read.name);
      const existing = this.drafted.tables.get(key);
      if (existing) {
        this.moduleTableAt.set(`${mod.file}:${value.startIndex}`, existing);
        continue;
      }
      const table = newTable(schemaName, read.name);
      this.moduleTableAt.set(`${mod.file}:${value.startIndex}`, table);
      table.location = binding.location;
      this.drafted.tables.set(key, table);
      const metadata = this.tableMetadataArgument(value, mod);
      this.conventions.set(table, (metadata && readNamingConvention(this.analyzer.resolver, mod, metadata)) ?? DEFAULT_CONVENTION);
      if (read.metadataSchema) this.metadataSchemas.set(table, read.metadataSchema);
      this.fillTable(table, read.columns, read.args);
      this.noteTableArgs(read.args, table);
    }
  }

  /**
   * `Index("ix_x", User.email)` written after the class: SQLAlchemy attaches it to the table of
   * the columns it names.
   */
  addModuleIndexes(mod: PyModule): void {
    const calls = [...mod.calls, ...mod.timeline.flatMap((b) => (b.kind === 'assign' && unwrap(b.value).type === 'call' ? [unwrap(b.value)] : []))];
    for (const call of calls) {
      const fn = call.childForFieldName('function');
      const sym = fn ? this.analyzer.resolver.resolveExpr(mod, fn) : null;
      if (sym?.kind !== 'external' || !isSqlalchemyName(sym.qualified)) continue;
      const kind = lastPart(sym.qualified);
      if (kind !== 'Index' && kind !== 'UniqueConstraint') continue;
      const args = callArguments(call);
      const columnNodes = kind === 'Index' ? args.positional.slice(1) : args.positional;
      let table: Table | null = null;
      const columns: string[] = [];
      for (const node of columnNodes) {
        const value = unwrap(node);
        // `roles_users.c.user_id`: a column of a module-level Table().
        const ofTable = this.moduleTableColumn(mod, value);
        if (ofTable) {
          if (table && table !== ofTable.table) {
            table = null;
            break;
          }
          table = ofTable.table;
          columns.push(ofTable.column);
          continue;
        }
        const object = value.type === 'attribute' ? value.childForFieldName('object') : null;
        const attr = value.childForFieldName('attribute')?.text;
        const owner = object ? this.analyzer.resolver.resolveExpr(mod, object) : null;
        const draft = owner?.kind === 'class' ? [...this.byClass.values()].find((d) => d.info.cls === owner.cls) : undefined;
        const columnName = draft?.drafts.find((d) => d.attr === attr)?.column.name;
        const target = draft?.model.table ? this.drafted.tables.get(draft.model.table) : undefined;
        if (!target || !columnName || (table && table !== target)) {
          table = null;
          break;
        }
        table = target;
        columns.push(columnName);
      }
      const location = nodeLocation(call, mod.file);
      if (!table) {
        this.problems.push({ kind: 'unresolved', message: `\`${shortenSource(call.text)}\` names columns ormlint cannot tie to one model table`, location });
        continue;
      }
      const convention = this.conventions.get(table) ?? DEFAULT_CONVENTION;
      const parts = { table: table.name, schema: table.schema !== this.defaultSchema ? table.schema : null, columns };
      const name = stringValue(kind === 'Index' ? args.positional[0] : args.keywords.get('name'));
      // A partial index (postgresql_where=) is a named index of its own, never a column flag.
      const where = args.keywords.get('postgresql_where');
      if (kind === 'Index') table.indexes.push({ name: constraintName(convention, 'ix', name, parts), columns, unique: staticValue(args.keywords.get('unique')) === true, where: where ? whereText(where) : null, ...(where && !indexDefinitionKnown([], where, () => null) ? { definitionUnknown: true } : {}), location });
      else table.uniques.push({ name: constraintName(convention, 'uq', name, parts), columns, location });
    }
  }

  /** `x.c.name` / `x.columns.name` where `x` is a module-level `Table(...)` with that column. */
  private moduleTableColumn(mod: PyModule, value: SyntaxNode): { table: Table; column: string } | null {
    if (value.type !== 'attribute') return null;
    const collection = value.childForFieldName('object');
    const column = value.childForFieldName('attribute')?.text;
    if (!column || collection?.type !== 'attribute' || !['c', 'columns'].includes(collection.childForFieldName('attribute')?.text ?? '')) return null;
    const owner = collection.childForFieldName('object');
    const sym = owner ? this.analyzer.resolver.resolveExpr(mod, owner) : null;
    if (sym?.kind !== 'value') return null;
    const table = this.moduleTableAt.get(`${sym.module.file}:${unwrap(sym.value).startIndex}`);
    return table && table.columns.some((c) => c.name === column) ? { table, column } : null;
  }

  /** Creates the tables: own-table models first, then single-table children join their parent's. */
  build(drafts: ModelDraft[]): void {
    for (const draft of drafts) {
      if (draft.model.abstract || !draft.model.table || draft.parent) continue;
      const key = draft.model.table;
      let table = this.drafted.tables.get(key);
      if (table) {
        // Two classes, one table: duplicate-table-name reports it; the first one builds it.
        draft.model.columns = draft.drafts.map((d) => d.column);
        continue;
      }
      table = newTable(draft.schemaName, draft.tableName!);
      table.location = draft.model.location;
      if (draft.tableArgs.comment) table.comment = draft.tableArgs.comment;
      this.drafted.tables.set(key, table);
      this.conventions.set(table, this.analyzer.namingConvention(draft.info));
      const metadataSchema = this.analyzer.metadataSchema(draft.info);
      if (metadataSchema) this.metadataSchemas.set(table, metadataSchema);
      this.fillTable(table, draft.drafts, draft.tableArgs);
      this.noteUnresolved(draft, table);
      if (this.analyzer.reflectsFromDatabase(draft.info)) this.problems.push({ kind: 'unresolved', ...reflectedNote(draft.model.location), tables: [key] });
      const bindKey = this.bindKey(draft.info);
      if (bindKey !== null) {
        this.problems.push({
          kind: 'unresolved',
          message: `the model ${draft.info.cls.name} is bound to the "${bindKey}" database (__bind_key__), whose migrations ormlint is not reading; its table is not checked against them`,
          location: draft.model.location,
          tables: [key],
        });
      }
      draft.model.columns = draft.drafts.map((d) => d.column);
    }
    for (const draft of drafts) {
      if (!draft.parent || !draft.model.table) continue;
      const table = this.drafted.tables.get(draft.model.table);
      if (!table) continue;
      const added = draft.drafts.filter((d) => !table.columns.some((c) => c.name === d.column.name));
      this.fillTable(table, added, draft.tableArgs);
      this.noteUnresolved(draft, table);
      draft.model.columns = added.map((d) => d.column);
    }
    // Abstract classes and those whose table is unknown still show what they declare.
    for (const draft of drafts) if (draft.model.abstract || !draft.model.table) draft.model.columns = draft.drafts.map((d) => d.column);
  }

  /** `__bind_key__` on the model, a mixin or a parent model (SQLAlchemy reads it through the MRO). */
  private bindKey(info: ClassInfo, seen = new Set<ClassInfo>()): string | null {
    if (seen.has(info)) return null;
    seen.add(info);
    const own = this.analyzer.body(info.cls, info).bindKey;
    if (own !== undefined) return own;
    for (const parent of info.supers) {
      const inherited = parent ? this.bindKey(parent, seen) : null;
      if (inherited !== null) return inherited;
    }
    return null;
  }

  private noteUnresolved(draft: ModelDraft, table: Table): void {
    this.noteTableArgs(draft.tableArgs, table);
    if (draft.openColumns) table.openColumns = true;
    if (draft.openConstraints) table.openConstraints = true;
  }

  /** Unreadable table arguments leave the constraints open; a reflected table or schema leaves everything unknown. */
  private noteTableArgs(args: TableArgs, table: Table): void {
    for (const note of args.unresolved) {
      const wholeTable = note.scope === 'table';
      this.problems.push({ kind: 'unresolved', message: note.message, location: note.location, ...(wholeTable ? { tables: [tableKey(table.schema, table.name)] } : { cause: 'computed-table-args' }) });
      if (!wholeTable) table.openConstraints = true;
    }
  }

  private fillTable(table: Table, drafts: ColumnDraft[], args: TableArgs): void {
    for (const draft of drafts) {
      table.columns.push(draft.column);
      this.pending.push({ table, draft });
      this.draftOfColumn.set(draft.column, draft);
      if (draft.enumType) {
        const enumKey = tableKey(table.schema, draft.enumType.name);
        if (!this.drafted.enums.has(enumKey)) {
          this.drafted.enums.set(enumKey, { schema: table.schema, name: draft.enumType.name, values: draft.enumType.values ?? [], location: draft.column.location });
        }
      }
    }
    const convention = this.conventions.get(table) ?? DEFAULT_CONVENTION;
    const named = (key: string, written: string | null, columns: string[], referred?: { table: string; columns: string[] }): string | null =>
      constraintName(convention, key, written, {
        table: table.name,
        schema: table.schema !== this.defaultSchema ? table.schema : null,
        columns,
        referredTable: referred ? splitTableKey(referred.table).name : undefined,
        referredColumns: referred?.columns,
      });
    const pkColumns = args.primaryKey?.columns ?? [...(table.primaryKey?.columns ?? []), ...drafts.filter((d) => d.primaryKey).map((d) => d.column.name)];
    if (pkColumns.length > 0) table.primaryKey = { name: args.primaryKey ? named('pk', args.primaryKey.name, pkColumns) : (table.primaryKey?.name ?? named('pk', null, pkColumns)), columns: pkColumns };
    for (const draft of drafts) {
      const name = draft.column.name;
      // index=True (with unique=True: a unique index) is named by the "ix" convention.
      if (draft.index) table.indexes.push({ name: named('ix', null, [name]), columns: [name], unique: draft.unique, where: null, location: draft.column.location });
      else if (draft.unique) table.uniques.push({ name: named('uq', null, [name]), columns: [name], location: draft.column.location });
    }
    table.indexes.push(...args.indexes.map((i) => ({ ...i, name: named('ix', i.name, i.columns) })));
    table.uniques.push(...args.uniques.map((u) => ({ ...u, name: named('uq', u.name, u.columns) })));
    table.checks.push(...args.checks.map((c) => ({ ...c, name: c.name === null ? null : named('ck', c.name, []) })));
    for (const fk of args.foreignKeys) {
      const targets = fk.targets.map((t) => this.splitTarget(t, table));
      table.foreignKeys.push({
        name: named('fk', fk.name, fk.columns, { table: targets[0]?.table ?? '', columns: targets.map((t) => t.column) }),
        columns: fk.columns,
        refTable: targets[0]?.table ?? '',
        refColumns: targets.map((t) => t.column),
        onDelete: fk.onDelete,
        onUpdate: fk.onUpdate,
        location: fk.location,
      });
    }
  }

  /** `schema.table.column` / `table.column` → qualified table key and column. */
  /** `table.column` / `schema.table.column`; an unqualified table is in the metadata's schema (SQLAlchemy's ForeignKey does the same). */
  private splitTarget(target: string, from: Table): { table: string; column: string } {
    const parts = target.split('.');
    const column = parts.pop() ?? '';
    const table = parts.length >= 2 ? tableKey(parts.slice(0, -1).join('.'), parts[parts.length - 1]!) : tableKey(this.metadataSchemas.get(from) ?? this.defaultSchema, parts[0] ?? '');
    return { table, column };
  }

  /** Foreign keys (which may name classes), types taken from them, serial columns; then the model schema (buildSchema). */
  finish(): void {
    const tableOfClass = new Map<string, string>();
    for (const draft of this.byClass.values()) if (draft.model.table) tableOfClass.set(`${draft.info.cls.file}:${draft.info.cls.name}`, draft.model.table);
    for (const { table, draft } of this.pending) {
      for (const fk of draft.foreignKeys) {
        let target: { table: string; column: string } | null = null;
        if (fk.target) target = this.splitTarget(fk.target, table);
        else if (fk.classRef) {
          const key = tableOfClass.get(`${fk.classRef.cls.file}:${fk.classRef.cls.name}`);
          const model = [...this.byClass.values()].find((d) => d.info.cls === fk.classRef!.cls);
          const column = model?.drafts.find((d) => d.attr === fk.classRef!.attr)?.column.name ?? fk.classRef.attr;
          if (key) target = { table: key, column };
        }
        if (!target) {
          this.problems.push({ kind: 'unresolved', message: `the foreign key of "${draft.column.name}" names its target with an expression ormlint does not evaluate`, location: fk.location, cause: 'computed-foreign-key', about: tableKey(table.schema, table.name) });
          markUnknown(draft.column, ['foreignKey']);
          continue;
        }
        const convention = this.conventions.get(table) ?? DEFAULT_CONVENTION;
        const name = constraintName(convention, 'fk', fk.name, {
            table: table.name,
            schema: table.schema !== this.defaultSchema ? table.schema : null,
            columns: [draft.column.name],
            referredTable: splitTableKey(target.table).name,
            referredColumns: [target.column],
          });
        table.foreignKeys.push({ name, columns: [draft.column.name], refTable: target.table, refColumns: [target.column], onDelete: fk.onDelete, onUpdate: fk.onUpdate, location: fk.location });
      }
    }
    for (const { table, draft } of this.pending) {
      if (!draft.typeFromForeignKey || draft.column.type !== null) continue;
      const fk = table.foreignKeys.find((f) => f.columns.length === 1 && f.columns[0] === draft.column.name);
      const target = fk ? this.drafted.tables.get(fk.refTable)?.columns.find((c) => c.name === fk.refColumns[0]) : undefined;
      if (target?.type) draft.column.type = target.type;
      // Only the type is unknown: the column is still compared without it, the table stays certain.
      else this.problems.push({ kind: 'unresolved', message: `the column "${draft.column.name}" takes its type from its foreign key target, which is not among the models`, location: draft.column.location! });
    }
    for (const table of this.drafted.tables.values()) this.markSerial(table);
    this.buildSchema();
  }

  /**
   * The declared tables as schema operations (as SQLAlchemy's `metadata.create_all()` would emit
   * them), replayed by the shared model schema builder in its model mode; the model-only facts the
   * operation language does not carry (Python defaults, unknown facts, serial columns, open column
   * sets, where each object is declared) stay on the declared objects, and the schema's tables hold
   * the very Column objects the ModelClasses list.
   */
  private buildSchema(): void {
    const operations: SchemaOperation[] = [];
    const at = (location: SourceLocation | undefined): SourceLocation => location ?? { file: '', line: 0, column: 0 };
    for (const type of this.drafted.enums.values()) operations.push({ op: 'createEnum', name: { schema: type.schema, name: type.name }, values: [...type.values], location: at(type.location) });
    for (const table of this.drafted.tables.values()) {
      const name = { schema: table.schema, name: table.name };
      const constraints: ConstraintSpec[] = [
        ...(table.primaryKey ? [{ kind: 'primaryKey' as const, name: table.primaryKey.name, columns: [...table.primaryKey.columns] }] : []),
        ...table.uniques.map((u) => ({ kind: 'unique' as const, name: u.name, columns: [...u.columns], ...(u.location ? { location: u.location } : {}) })),
        ...table.checks.map((c) => ({ kind: 'check' as const, name: c.name, expression: c.expression, ...(c.location ? { location: c.location } : {}) })),
      ];
      const columns = table.columns.map((c) => ({ name: c.name, type: c.type, nullable: c.nullable, default: c.default, ...(c.location ? { location: c.location } : {}) }));
      operations.push({ op: 'createTable', table: name, columns, constraints, location: at(table.location) });
      if (table.comment !== undefined) operations.push({ op: 'comment', table: name, text: table.comment, location: at(table.location) });
      for (const index of table.indexes) operations.push({ op: 'createIndex', table: name, name: index.name, columns: [...index.columns], unique: index.unique, where: index.where ?? null, location: at(index.location) });
      for (const fk of table.foreignKeys) {
        const { schema: refSchema, name: refName } = splitTableKey(fk.refTable);
        const constraint: ConstraintSpec = { kind: 'foreignKey', name: fk.name, columns: [...fk.columns], refTable: { schema: refSchema || null, name: refName }, refColumns: [...fk.refColumns], onDelete: fk.onDelete, onUpdate: fk.onUpdate, ...(fk.location ? { location: fk.location } : {}) };
        operations.push({ op: 'addConstraint', table: name, constraint, location: at(fk.location) });
      }
    }
    const built = buildModelSchema(operations, this.defaultSchema, { models: true });
    this.problems.push(...built.problems);
    for (const [key, table] of built.schema.tables) {
      const declared = this.drafted.tables.get(key);
      if (declared) keepModelFacts(table, declared);
    }
    for (const [key, type] of built.schema.enums) {
      const declared = this.drafted.enums.get(key);
      if (declared && declared.location === undefined) delete type.location;
    }
    this.built = built.schema;
  }

  /** SQLAlchemy's autoincrement="auto": a lone integer primary key without a foreign key is SERIAL. */
  private markSerial(table: Table): void {
    const pk = table.primaryKey?.columns ?? [];
    if (pk.length !== 1) return;
    const column: Column | undefined = table.columns.find((c) => c.name === pk[0]);
    if (!column || !['integer', 'bigint', 'smallint'].includes(column.type ?? '')) return;
    const draft = this.draftOfColumn.get(column);
    if (!draft || draft.autoincrement === false || draft.foreignKeys.length > 0) return;
    column.generated = draft.identity ? 'identity' : 'serial';
  }
}

/**
 * Carries what the replay does not know onto the built table: the declared Column objects (so
 * ModelClass.columns and the schema share them), their NOT NULL as the replay decided it, and the
 * model-only facts of the table and its indexes, keys and constraints.
 */
function keepModelFacts(table: Table, declared: Table): void {
  const replayed = new Map(table.columns.map((c) => [c.name, c]));
  for (const column of declared.columns) {
    const built = replayed.get(column.name);
    if (built) column.nullable = built.nullable;
  }
  table.columns = declared.columns;
  if (declared.location === undefined) delete table.location;
  else table.location = declared.location;
  for (const key of ['comment', 'uncertain', 'uncertainReasons', 'openColumns', 'openConstraints', 'notes'] as const) {
    if (declared[key] !== undefined) (table as unknown as Record<string, unknown>)[key] = declared[key];
  }
  table.indexes.forEach((index, i) => {
    if (declared.indexes[i]?.definitionUnknown) index.definitionUnknown = true;
  });
  // The replay places a key the model declares nowhere in particular at its table; keep it unplaced.
  const unplaced = <T extends { location?: SourceLocation }>(built: T[], source: T[]): void =>
    built.forEach((item, i) => {
      if (source[i] && source[i]!.location === undefined) delete item.location;
    });
  unplaced(table.indexes, declared.indexes);
  unplaced(table.foreignKeys, declared.foreignKeys);
  unplaced(table.uniques, declared.uniques);
  unplaced(table.checks, declared.checks);
  syncColumnMirrors(table);
}

/** Marks facts of a column as unknown (`all`: every fact but its existence). */
function markUnknown(column: Column, facts: ColumnFact[] | 'all'): void {
  const add = facts === 'all' ? COLUMN_FACTS : facts;
  column.unknown = [...new Set([...(column.unknown ?? []), ...add])];
}

/** The name of a superclass that may add columns ormlint cannot see, or null. */
function unreadableSuperclass(sym: Sym): string | null {
  if (sym.kind === 'external') {
    const known = mixinEffect(sym.qualified);
    if (known?.effect === 'no-columns') return null;
    return known ? `${sym.qualified} (${known.library})` : sym.qualified;
  }
  if (sym.kind === 'unknown' && !sym.unbound) return `a class that cannot be resolved (${sym.reason})`;
  return null;
}

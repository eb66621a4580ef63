/**
 * SQL DDL → schema operations, through the real Postgres parser (libpg-query).
 *
 * One file (or one Alembic `op.execute` literal) goes in; the operations the replay applies come
 * out, each with the file location of the statement that made it. A statement that does not parse
 * becomes a `parse-error` problem at the parser's cursor and the statements after it still count.
 */
import { loadModule, parseSync, scanSync, type ScanToken } from 'libpg-query';
import type { FrontendProblem, SourceLocation } from '../../facts.js';
import type { ColumnSpec, ConstraintSpec, ObjectName, SchemaOperation } from '../../operations.js';
import { isBuiltinType } from '../../dialect/postgres/defaults.js';
import { analyzeDoBlock } from './doBlocks.js';
import { nodeKind, referencedColumns, renderDefault, renderExpression, stringList, type PgNode } from './expr.js';
import { dottedName, quoteIdent, rangeVarName, serialBase, typeNameToCanonical } from './names.js';
import { SqlText, type SqlOrigin } from './source.js';

let loaded: Promise<void> | null = null;

/** Must be awaited once before sqlToOperations (loads the libpg-query wasm). */
export async function loadSqlParser(): Promise<void> {
  loaded ??= loadModule();
  return loaded;
}

export interface SqlTranslation {
  operations: SchemaOperation[];
  problems: FrontendProblem[];
}

/**
 * Translates SQL text (one file, or the literal of an Alembic `op.execute`) into schema operations.
 * `origin` is where the text starts in its file, so locations point into that file.
 */
export function sqlToOperations(sql: string, origin: SqlOrigin): SqlTranslation {
  const source = new SqlText(sql, origin);
  const out: SqlTranslation = { operations: [], problems: [] };
  // The whole text is scanned only when something needs its tokens (a broken statement, a DO
  // block, an expression the renderer does not cover): scanning costs twice what parsing does.
  let scanned: ScanToken[] | null = null;
  const tokens = (): ScanToken[] => (scanned ??= scanTokens(sql));
  const translator = new StatementTranslator(source, tokens, out);
  try {
    const parsed = parseSync(sql) as { stmts?: PgNode[] };
    for (const raw of parsed.stmts ?? []) {
      const start = (raw.stmt_location as number | undefined) ?? 0;
      const len = (raw.stmt_len as number | undefined) ?? Buffer.byteLength(sql) - start;
      translator.statement(raw.stmt as PgNode, start, start + len);
    }
    return out;
  } catch {
    // Some statement is broken: go statement by statement so the others still count.
  }
  for (const piece of splitStatements(sql, tokens())) {
    const pieceText = source.sliceBytes(piece.start, piece.end);
    let parsed: { stmts?: PgNode[] };
    try {
      parsed = parseSync(pieceText) as { stmts?: PgNode[] };
    } catch (error) {
      const details = (error as { sqlDetails?: { cursorPosition?: number; message?: string } }).sqlDetails;
      const cursor = details?.cursorPosition ?? 0;
      const at = source.locationOfChar(source.charOffset(piece.start) + Math.max(0, Math.min(cursor, pieceText.length)));
      out.problems.push({
        kind: 'parse-error',
        message: `SQL does not parse: ${details?.message ?? (error as Error).message}`,
        location: { file: origin.file, line: at.line, column: at.column },
      });
      continue;
    }
    // Node locations inside the piece are byte offsets from the piece start.
    const pieceTranslator = new StatementTranslator(source, tokens, out, piece.start);
    for (const raw of parsed.stmts ?? []) {
      const start = (raw.stmt_location as number | undefined) ?? 0;
      const len = (raw.stmt_len as number | undefined) ?? Buffer.byteLength(pieceText) - start;
      pieceTranslator.statement(raw.stmt as PgNode, start, start + len);
    }
  }
  return out;
}

/**
 * The scanner's tokens. An unterminated string or comment makes the scanner give up on the whole
 * text, so then the text before it is scanned alone (the broken rest becomes the last piece).
 */
export function scanTokens(sql: string): ScanToken[] {
  try {
    return scanSync(sql).tokens;
  } catch {
    let cursor = sql.length;
    try {
      parseSync(sql);
    } catch (error) {
      cursor = (error as { sqlDetails?: { cursorPosition?: number } }).sqlDetails?.cursorPosition ?? sql.length;
    }
    try {
      return scanSync(sql.slice(0, cursor)).tokens;
    } catch {
      return [];
    }
  }
}

/** Byte ranges of the top-level statements, split on `;` tokens (the scanner knows `$$` and comments). */
function splitStatements(sql: string, tokens: ScanToken[]): { start: number; end: number }[] {
  const total = Buffer.byteLength(sql);
  const pieces: { start: number; end: number }[] = [];
  let start = 0;
  // No parenthesis depth: a broken statement often has an unclosed one, and must not swallow the rest.
  for (const token of tokens) {
    if (token.text === ';') {
      pieces.push({ start, end: token.end });
      start = token.end;
    }
  }
  if (start < total) pieces.push({ start, end: total });
  // A piece with nothing but comments and whitespace is no statement; the unscanned tail (an
  // unterminated string) is one, broken.
  const scannedBytes = tokens.length > 0 ? tokens[tokens.length - 1]!.end : 0;
  const tailUnscanned = Buffer.from(sql, 'utf8').subarray(scannedBytes).toString('utf8').trim() !== '';
  return pieces.filter(
    (p) =>
      (tailUnscanned && p.end === total) ||
      tokens.some((t) => t.start >= p.start && t.end <= p.end && !t.tokenName.endsWith('COMMENT') && t.text !== ';'),
  );
}

/** The characters Postgres' scanner treats as whitespace (`space` in scan.l). */
const POSTGRES_SPACE = new Set([0x20, 0x09, 0x0a, 0x0d, 0x0c, 0x0b]);

const FK_ACTIONS: Record<string, string | null> = { a: null, r: 'RESTRICT', c: 'CASCADE', n: 'SET NULL', d: 'SET DEFAULT' };

class StatementTranslator {
  private stmtStart = 0;
  private stmtEnd = 0;

  constructor(
    private readonly source: SqlText,
    private readonly scan: () => ScanToken[],
    private readonly out: SqlTranslation,
    /** Byte offset of the parsed text within the file's SQL (non-zero for split pieces). */
    private readonly base = 0,
  ) {}

  /** The whole text's tokens, scanned on first use. */
  private get tokens(): ScanToken[] {
    return this.scan();
  }

  statement(stmt: PgNode, start: number, end: number): void {
    this.stmtStart = this.firstTokenAt(this.base + start, this.base + end);
    this.stmtEnd = this.base + end;
    try {
      this.translate(stmt);
    } catch (error) {
      // A statement shape this translator does not expect must not cost the rest of the file.
      const location = this.here();
      this.out.problems.push({ kind: 'unresolved', message: `ormlint could not translate this statement (${(error as Error).message}); its effect is not replayed`, location });
    }
  }

  private translate(stmt: PgNode): void {
    const [kind, body] = nodeKind(stmt);
    switch (kind) {
      case 'CreateStmt': return this.createTable(body);
      case 'AlterTableStmt': return this.alterTable(body);
      case 'RenameStmt': return this.rename(body);
      case 'AlterObjectSchemaStmt': return this.setSchema(body);
      case 'DropStmt': return this.drop(body);
      case 'IndexStmt': return this.createIndex(body);
      case 'CreateEnumStmt':
        return this.emit({ op: 'createEnum', name: dottedName(stringList(body.typeName)), values: stringList(body.vals) });
      case 'AlterEnumStmt': return this.alterEnum(body);
      case 'CreateSchemaStmt':
        if (body.schemaname) this.emit({ op: 'createSchema', name: body.schemaname, ifNotExists: body.if_not_exists === true });
        return;
      case 'VariableSetStmt': return this.setVariable(body);
      case 'SelectStmt': return this.select(body);
      case 'CommentStmt': return this.comment(body);
      case 'CreateTableAsStmt': return this.createTableAs(body);
      case 'ViewStmt':
        // A temporary view is gone when the migration's session ends.
        if (body.view?.relpersistence === 't') return;
        return this.emit({ op: 'createView', view: rangeVarName(body.view), materialized: false, orReplace: body.replace === true });
      case 'DoStmt': return this.doBlock(body);
      case 'ExecuteStmt':
        return this.uncertain([], `EXECUTE ${body.name ?? ''} runs a prepared statement that cannot be evaluated statically`);
      default:
        // Transactions, other SETs, DML, functions, triggers, grants, extensions,
        // sequences: nothing that changes a table's shape.
        return;
    }
  }

  // --- statements ------------------------------------------------------------------------------

  private createTable(body: PgNode): void {
    const table = rangeVarName(body.relation);
    const columns: ColumnSpec[] = [];
    const constraints: ConstraintSpec[] = [];
    const like: ObjectName[] = [];
    const likeOptions: { defaults: boolean; constraints: boolean; indexes: boolean }[] = [];
    const notes: string[] = [];
    for (const element of (body.tableElts ?? []) as PgNode[]) {
      const [kind, el] = nodeKind(element);
      if (kind === 'ColumnDef') {
        const { column, constraints: own } = this.columnDef(el);
        columns.push(column);
        constraints.push(...own);
      } else if (kind === 'Constraint') {
        const c = this.constraint(el, null);
        if (c) constraints.push(c);
      } else if (kind === 'TableLikeClause') {
        like.push(rangeVarName(el.relation));
        // TableLikeOption bits: CONSTRAINTS 1<<2, DEFAULTS 1<<3, INDEXES 1<<6.
        const options = (el.options as number | undefined) ?? 0;
        likeOptions.push({ constraints: (options & (1 << 2)) !== 0, defaults: (options & (1 << 3)) !== 0, indexes: (options & (1 << 6)) !== 0 });
      }
    }
    const parents = ((body.inhRelations ?? []) as PgNode[]).map((r) => rangeVarName(nodeKind(r)[1]));
    const partitionOf = body.partbound && parents.length > 0 ? parents[0]! : null;
    if (partitionOf) notes.push(`PARTITION OF ${this.nameText(partitionOf)}`);
    else if (parents.length > 0) notes.push(`INHERITS (${parents.map((n) => this.nameText(n)).join(', ')})`);
    if (body.partspec) notes.push(`PARTITION BY ${String(body.partspec.strategy ?? '').replace('PARTITION_STRATEGY_', '')}`);
    this.emit({
      op: 'createTable',
      table,
      columns,
      constraints,
      ifNotExists: body.if_not_exists === true,
      ...(like.length > 0 ? { like, likeOptions } : {}),
      ...(partitionOf ? { partitionOf } : parents.length > 0 ? { inherits: parents } : {}),
      ...(notes.length > 0 ? { notes } : {}),
    });
  }

  private createTableAs(body: PgNode): void {
    const table = rangeVarName(body.into?.rel);
    if (body.objtype === 'OBJECT_MATVIEW') {
      this.emit({ op: 'createView', view: table, materialized: true, ifNotExists: body.if_not_exists === true });
      return;
    }
    if (body.objtype && body.objtype !== 'OBJECT_TABLE') return;
    this.emit({ op: 'createTable', table, columns: [], constraints: [], ifNotExists: body.if_not_exists === true, notes: ['CREATE TABLE AS'] });
    this.uncertain([table], 'CREATE TABLE ... AS takes its columns from a query that cannot be evaluated statically');
  }

  private alterTable(body: PgNode): void {
    if (body.objtype && body.objtype !== 'OBJECT_TABLE') return;
    const table = rangeVarName(body.relation);
    const ifTableExists = body.missing_ok === true ? { ifTableExists: true } : {};
    for (const raw of (body.cmds ?? []) as PgNode[]) {
      const cmd = nodeKind(raw)[1];
      const location = this.here();
      switch (cmd.subtype as string) {
        case 'AT_AddColumn': {
          const { column, constraints } = this.columnDef(nodeKind(cmd.def)[1]);
          this.emit({ ...ifTableExists, op: 'addColumn', table, column, ifNotExists: cmd.missing_ok === true }, location);
          for (const constraint of constraints) this.emit({ ...ifTableExists, op: 'addConstraint', table, constraint }, constraint.location ?? location);
          break;
        }
        case 'AT_DropColumn':
          this.emit({ ...ifTableExists, op: 'dropColumn', table, column: cmd.name, ifExists: cmd.missing_ok === true, cascade: cmd.behavior === 'DROP_CASCADE' }, location);
          break;
        case 'AT_AlterColumnType': {
          const def = nodeKind(cmd.def)[1];
          this.emit({ ...ifTableExists, op: 'alterColumn', table, column: cmd.name, type: typeNameToCanonical(def.typeName) }, location);
          break;
        }
        case 'AT_SetNotNull':
          this.emit({ ...ifTableExists, op: 'alterColumn', table, column: cmd.name, nullable: false }, location);
          break;
        case 'AT_DropNotNull':
          this.emit({ ...ifTableExists, op: 'alterColumn', table, column: cmd.name, nullable: true }, location);
          break;
        case 'AT_ColumnDefault':
          this.emit({ ...ifTableExists, op: 'alterColumn', table, column: cmd.name, default: cmd.def ? this.defaultText(cmd.def, null) : null }, location);
          break;
        case 'AT_AddIdentity':
          this.emit({ ...ifTableExists, op: 'alterColumn', table, column: cmd.name, generated: 'identity' }, location);
          break;
        case 'AT_DropIdentity':
          this.emit({ ...ifTableExists, op: 'alterColumn', table, column: cmd.name, generated: null }, location);
          break;
        case 'AT_AddConstraint': {
          const constraint = this.constraint(nodeKind(cmd.def)[1], null);
          if (constraint) this.emit({ ...ifTableExists, op: 'addConstraint', table, constraint }, location);
          break;
        }
        case 'AT_DropConstraint':
          this.emit({ ...ifTableExists, op: 'dropConstraint', table, name: cmd.name, ifExists: cmd.missing_ok === true, cascade: cmd.behavior === 'DROP_CASCADE' }, location);
          break;
        default:
          break;
      }
    }
  }

  private rename(body: PgNode): void {
    switch (body.renameType as string) {
      case 'OBJECT_COLUMN':
        if (body.relationType !== 'OBJECT_TABLE') return;
        return this.emit({ op: 'renameColumn', table: rangeVarName(body.relation), column: body.subname, newName: body.newname, ...(body.missing_ok ? { ifTableExists: true } : {}) });
      case 'OBJECT_TABLE':
        return this.emit({ op: 'renameTable', table: rangeVarName(body.relation), newName: body.newname, ...(body.missing_ok ? { ifTableExists: true } : {}) });
      case 'OBJECT_INDEX':
        return this.emit({ op: 'renameIndex', index: rangeVarName(body.relation), newName: body.newname, ...(body.missing_ok ? { ifExists: true } : {}) });
      case 'OBJECT_VIEW':
      case 'OBJECT_MATVIEW':
        return this.emit({ op: 'renameView', view: rangeVarName(body.relation), newName: body.newname, ...(body.missing_ok ? { ifExists: true } : {}) });
      case 'OBJECT_TYPE': {
        const [kind, value] = nodeKind(body.object);
        const names = kind === 'List' ? stringList(value.items) : kind === 'TypeName' ? stringList(value.names) : [];
        return this.emit({ op: 'renameEnum', name: dottedName(names), newName: body.newname });
      }
      case 'OBJECT_TABCONSTRAINT':
        return this.emit({ op: 'renameConstraint', table: rangeVarName(body.relation), name: body.subname, newName: body.newname, ...(body.missing_ok ? { ifTableExists: true } : {}) });
      default:
        return;
    }
  }

  private setSchema(body: PgNode): void {
    if (body.objectType !== 'OBJECT_TABLE') return;
    this.emit({ op: 'setTableSchema', table: rangeVarName(body.relation), newSchema: body.newschema, ...(body.missing_ok ? { ifTableExists: true } : {}) });
  }

  private drop(body: PgNode): void {
    const ifExists = body.missing_ok === true;
    const cascade = body.behavior === 'DROP_CASCADE';
    for (const object of (body.objects ?? []) as PgNode[]) {
      const [kind, value] = nodeKind(object);
      const names = kind === 'List' ? stringList(value.items) : kind === 'TypeName' ? stringList(value.names) : kind === 'String' ? [value.sval as string] : [];
      const name = dottedName(names);
      switch (body.removeType as string) {
        case 'OBJECT_TABLE':
          this.emit({ op: 'dropTable', table: name, ifExists, cascade });
          break;
        case 'OBJECT_INDEX':
          this.emit({ op: 'dropIndex', index: name, ifExists });
          break;
        case 'OBJECT_VIEW':
        case 'OBJECT_MATVIEW':
          this.emit({ op: 'dropView', view: name, materialized: body.removeType === 'OBJECT_MATVIEW', ifExists, cascade });
          break;
        case 'OBJECT_TYPE':
          this.emit({ op: 'dropEnum', name, ifExists });
          break;
        case 'OBJECT_SCHEMA':
          this.emit({ op: 'dropSchema', name: names[0] ?? '', ifExists, cascade });
          break;
        default:
          break;
      }
    }
  }

  private createIndex(body: PgNode): void {
    const table = rangeVarName(body.relation);
    const columns: string[] = [];
    for (const param of (body.indexParams ?? []) as PgNode[]) {
      const elem = nodeKind(param)[1];
      // `created DESC`: the order is part of the index (an index on `created` is another one).
      // NULLS LAST is the default ascending, NULLS FIRST descending: only the other one is written.
      const descending = elem.ordering === 'SORTBY_DESC';
      const nulls = elem.nulls_ordering === 'SORTBY_NULLS_FIRST' && !descending ? ' NULLS FIRST' : elem.nulls_ordering === 'SORTBY_NULLS_LAST' && descending ? ' NULLS LAST' : '';
      const order = `${descending ? ' DESC' : ''}${nulls}`;
      if (elem.name) {
        columns.push(`${elem.name as string}${order}`);
      } else {
        const text = renderExpression(elem.expr) ?? this.sourceText(this.exprStart(elem.expr));
        // An expression column is written in parentheses so no rule mistakes it for a column name.
        columns.push(`(${text})${order}`);
      }
    }
    const where = body.whereClause ? renderExpression(body.whereClause) ?? this.sourceText(this.exprStart(body.whereClause)) : null;
    this.emit({
      op: 'createIndex',
      table,
      name: (body.idxname as string | undefined) ?? null,
      columns,
      unique: body.unique === true,
      where,
      ifNotExists: body.if_not_exists === true,
      schema: table.schema,
    });
  }

  private alterEnum(body: PgNode): void {
    const name = dottedName(stringList(body.typeName));
    if (body.oldVal) {
      this.emit({ op: 'alterEnumRenameValue', name, from: body.oldVal, to: body.newVal });
      return;
    }
    const neighbor = (body.newValNeighbor as string | undefined) ?? null;
    this.emit({
      op: 'alterEnumAddValue',
      name,
      value: body.newVal,
      before: neighbor && !body.newValIsAfter ? neighbor : null,
      after: neighbor && body.newValIsAfter ? neighbor : null,
      ifNotExists: body.skipIfNewValExists === true,
    });
  }

  private setVariable(body: PgNode): void {
    if ((body.name as string | undefined)?.toLowerCase() !== 'search_path') return;
    if (body.kind === 'VAR_SET_VALUE') {
      const schemas = ((body.args ?? []) as PgNode[]).map((a) => {
        const [kind, value] = nodeKind(a);
        if (kind === 'A_Const') return String(value.sval?.sval ?? '');
        if (kind === 'ColumnRef') return stringList(value.fields).join('.');
        return '';
      });
      this.emit({ op: 'setSearchPath', schemas: schemas.flatMap(splitSearchPath) });
    } else if (body.kind === 'VAR_SET_DEFAULT' || body.kind === 'VAR_RESET') {
      this.emit({ op: 'setSearchPath', schemas: [] });
    }
  }

  /** pg_dump writes `SELECT pg_catalog.set_config('search_path', '', false);`. */
  private select(body: PgNode): void {
    for (const target of (body.targetList ?? []) as PgNode[]) {
      const [kind, call] = nodeKind(nodeKind(target)[1].val);
      if (kind !== 'FuncCall') continue;
      const names = stringList(call.funcname);
      if (names[names.length - 1] !== 'set_config') continue;
      const [setting, value] = ((call.args ?? []) as PgNode[]).map((a) => nodeKind(a)[1].sval?.sval as string | undefined);
      if (setting === 'search_path' && value !== undefined) this.emit({ op: 'setSearchPath', schemas: splitSearchPath(value) });
    }
  }

  private comment(body: PgNode): void {
    const text = (body.comment as string | undefined) ?? null;
    const [kind, value] = nodeKind(body.object);
    const names = kind === 'List' ? stringList(value.items) : [];
    if (body.objtype === 'OBJECT_TABLE' && names.length > 0) {
      this.emit({ op: 'comment', table: dottedName(names), column: null, text });
    } else if (body.objtype === 'OBJECT_COLUMN' && names.length >= 2) {
      this.emit({ op: 'comment', table: dottedName(names.slice(0, -1)), column: names[names.length - 1]!, text });
    }
  }

  /**
   * A DO block: its embedded statements are translated where they are written. A create-if-missing
   * block is replayed as is; any other is replayed too but its tables are marked uncertain.
   */
  private doBlock(body: PgNode): void {
    const options = new Map(((body.args ?? []) as PgNode[]).map((a) => [nodeKind(a)[1].defname as string, nodeKind(a)[1].arg?.String?.sval as string | undefined]));
    const code = options.get('as') ?? '';
    const analysis = analyzeDoBlock(code, options.get('language') ?? 'plpgsql');
    if (!analysis) return this.uncertain([], 'a DO block runs procedural code that cannot be evaluated statically');
    if ('syntaxError' in analysis) {
      const at = this.here();
      this.out.problems.push({ kind: 'parse-error', message: `the DO block's PL/pgSQL does not parse: ${analysis.syntaxError}`, location: { file: at.file, line: at.line, column: at.column } });
      return;
    }
    const bodyStart = this.bodyOffset(code);
    const operations: SchemaOperation[] = [];
    for (const embedded of analysis.statements) {
      const at = bodyStart === null ? this.here() : this.source.locationOfChar(bodyStart + embedded.offset);
      const nested = sqlToOperations(embedded.query, { file: this.source.origin.file, line: at.line, column: at.column });
      operations.push(...(embedded.guarded ? nested.operations.map(tolerateExisting) : nested.operations));
      this.out.problems.push(...nested.problems);
    }
    this.out.operations.push(...operations);
    if (analysis.certain) return;
    const touched = new Map<string, ObjectName>();
    for (const op of operations) {
      const table = (op as { table?: ObjectName }).table;
      if (op.op !== 'uncertain' && table) touched.set(this.nameText(table), table);
    }
    if (analysis.dynamic) return this.uncertain([...touched.values()], 'a DO block runs SQL built at run time (EXECUTE), which cannot be evaluated statically');
    if (touched.size > 0) this.uncertain([...touched.values()], 'a DO block changes these tables under conditions that cannot be evaluated statically');
  }

  /** Character offset in the file where a DO block's body text starts; null when it was escaped. */
  private bodyOffset(code: string): number | null {
    for (let i = this.tokenIndexAt(this.stmtStart); i < this.tokens.length && this.tokens[i]!.start < this.stmtEnd; i++) {
      const token = this.tokens[i]!;
      if (token.tokenName !== 'SCONST') continue;
      const inner = token.text.indexOf(code);
      // A quoted body with escapes ('it''s') differs from its value and is not found: no location then.
      if (inner >= 0) return this.source.charOffset(token.start) + inner;
    }
    return null;
  }

  // --- pieces ----------------------------------------------------------------------------------

  /** A column definition: the column and the constraints written on it (as table constraints). */
  private columnDef(def: PgNode): { column: ColumnSpec; constraints: ConstraintSpec[] } {
    const name = def.colname as string;
    const serial = serialBase(def.typeName);
    const type = serial ?? typeNameToCanonical(def.typeName);
    const column: ColumnSpec = { name, type, location: this.at(def.location) };
    const constraints: ConstraintSpec[] = [];
    if (def.is_not_null) column.nullable = false;
    if (serial) {
      column.nullable = false;
      column.generated = 'serial';
      // The replay qualifies the sequence once it knows the table's schema and name.
      column.default = null;
    }
    for (const raw of (def.constraints ?? []) as PgNode[]) {
      const c = nodeKind(raw)[1];
      switch (c.contype as string) {
        case 'CONSTR_NOTNULL':
          column.nullable = false;
          break;
        case 'CONSTR_NULL':
          column.nullable = true;
          break;
        case 'CONSTR_DEFAULT':
          // Enum and domain literals are labelled by the replay, which knows which schema the type is in.
          column.default = this.defaultText(c.raw_expr, type && isBuiltinType(type) ? type : null);
          break;
        case 'CONSTR_IDENTITY':
          column.generated = 'identity';
          column.nullable = false;
          break;
        case 'CONSTR_GENERATED':
          // A stored generated column: no default in the catalog.
          break;
        default: {
          const constraint = this.constraint(c, name);
          if (constraint) constraints.push(constraint);
        }
      }
    }
    return { column, constraints };
  }

  /** A PK / UNIQUE / CHECK / FOREIGN KEY constraint; `column` is set for column constraints. */
  private constraint(c: PgNode, column: string | null): ConstraintSpec | null {
    const name = (c.conname as string | undefined) ?? null;
    const location = this.at(c.location);
    const keys = column ? [column] : stringList(c.keys);
    switch (c.contype as string) {
      case 'CONSTR_PRIMARY':
        return { kind: 'primaryKey', name, columns: keys, ...usingIndex(c), location };
      case 'CONSTR_UNIQUE':
        return { kind: 'unique', name, columns: keys, ...usingIndex(c), location };
      case 'CONSTR_CHECK': {
        const expression = renderExpression(c.raw_expr) ?? this.sourceText(this.exprStart(c.raw_expr));
        return { kind: 'check', name, expression, columns: referencedColumns(c.raw_expr), location };
      }
      case 'CONSTR_FOREIGN':
        return {
          kind: 'foreignKey',
          name,
          columns: column ? [column] : stringList(c.fk_attrs),
          refTable: rangeVarName(c.pktable),
          refColumns: stringList(c.pk_attrs),
          onDelete: FK_ACTIONS[c.fk_del_action as string] ?? null,
          onUpdate: FK_ACTIONS[c.fk_upd_action as string] ?? null,
          location,
        };
      default:
        return null;
    }
  }

  /** A default in catalog form when we can reproduce it, else the source text. */
  /** Null for `DEFAULT NULL` (also cast): Postgres stores no default for a null constant. */
  private defaultText(expr: PgNode, columnType: string | null): string | null {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const node = expr as any;
    const constant = node?.TypeCast ? node.TypeCast.arg : node;
    if (constant?.A_Const?.isnull === true) return null;
    return renderDefault(expr, columnType) ?? this.sourceText(this.exprStart(expr));
  }

  // --- locations and source text ---------------------------------------------------------------

  private uncertain(tables: ObjectName[], reason: string): void {
    const location = this.here();
    this.emit({ op: 'uncertain', tables, reason });
    this.out.problems.push({ kind: 'unresolved', message: reason, location, tables: tables.map((t) => this.nameText(t)) });
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  private emit(op: any, location?: SourceLocation): void {
    this.out.operations.push({ ...op, location: location ?? this.here() } as SchemaOperation);
  }

  private here(): SourceLocation {
    return this.source.location(this.stmtStart, this.stmtEnd);
  }

  private at(byteOffset: number | undefined): SourceLocation {
    return byteOffset === undefined || byteOffset < 0 ? this.here() : this.source.location(this.base + byteOffset);
  }

  /**
   * The first non-comment token of a statement (stmt_location includes leading whitespace and
   * comments). Whitespace alone is skipped here; when a comment follows, the scanner reads the
   * statement's head, a growing window of it, rather than the whole file.
   */
  private firstTokenAt(start: number, end: number): number {
    const text = this.source.text;
    const from = this.source.charOffset(start);
    const to = this.source.charOffset(end);
    let at = from;
    while (at < to && POSTGRES_SPACE.has(text.charCodeAt(at))) at++;
    if (!(text.startsWith('--', at) || text.startsWith('/*', at))) return start + (at - from);
    for (let window = 256; ; window *= 4) {
      const headEnd = Math.min(end, start + window);
      const head = this.source.sliceBytes(start, headEnd);
      let headTokens: ScanToken[] | null = null;
      try {
        headTokens = scanSync(head).tokens;
      } catch {
        // An unterminated comment or string: the window cut it, or the text is broken.
      }
      const headBytes = Buffer.byteLength(head);
      // A token that ends at the window's edge may be cut (`-` of a `--`): only trusted at the end.
      const first = headTokens?.find((t) => !t.tokenName.endsWith('COMMENT'));
      if (first && (first.end < headBytes || headEnd >= end)) return start + first.start;
      if (headTokens && !first && headEnd >= end) return start;
      if (headEnd >= end) break;
    }
    return this.firstTokenFromAll(start, end);
  }

  private firstTokenFromAll(start: number, end: number): number {
    for (let i = this.tokenIndexAt(start); i < this.tokens.length && this.tokens[i]!.start < end; i++) {
      if (!this.tokens[i]!.tokenName.endsWith('COMMENT')) return this.tokens[i]!.start;
    }
    return start;
  }

  /** Index of the first token starting at or after `byte` (binary search: dumps have many). */
  private tokenIndexAt(byte: number): number {
    let lo = 0;
    let hi = this.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.tokens[mid]!.start < byte) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Smallest location inside an expression: where its source text starts. */
  private exprStart(expr: PgNode): number {
    let min = Number.POSITIVE_INFINITY;
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) return value.forEach(walk);
      if (!value || typeof value !== 'object') return;
      for (const [key, v] of Object.entries(value as PgNode)) {
        if (key === 'location' && typeof v === 'number' && v >= 0) min = Math.min(min, v);
        else walk(v);
      }
    };
    walk(expr);
    return Number.isFinite(min) ? this.base + min : this.stmtStart;
  }

  /**
   * Source text of an expression starting at `start`: tokens up to the first top-level `,`,
   * unbalanced `)`, `;` or constraint keyword. Used only when the renderer does not cover a form.
   */
  private sourceText(start: number): string {
    const stopWords = new Set(['CONSTRAINT', 'NOT', 'NULL_P', 'PRIMARY', 'UNIQUE', 'REFERENCES', 'CHECK', 'DEFAULT', 'GENERATED', 'COLLATE']);
    let depth = 0;
    let end = start;
    // An opening parenthesis just before the start belongs to the expression (`(a + b) * c`).
    const startIndex = this.tokenIndexAt(start);
    let first = start;
    for (let i = startIndex - 1; i >= 0 && this.tokens[i]!.start >= this.stmtStart && this.tokens[i]!.text === '('; i--) {
      first = this.tokens[i]!.start;
      depth++;
    }
    for (let i = startIndex; i < this.tokens.length; i++) {
      const token = this.tokens[i]!;
      if (token.start >= this.stmtEnd) break;
      if (token.text === '(' || token.text === '[') depth++;
      else if (token.text === ')' || token.text === ']') {
        if (depth === 0) break;
        depth--;
      } else if (depth === 0 && (token.text === ',' || token.text === ';' || stopWords.has(token.tokenName))) break;
      end = token.end;
    }
    return this.source.sliceBytes(first, end).replace(/\s+/g, ' ').trim();
  }

  private nameText(name: ObjectName): string {
    return name.schema ? `${quoteIdent(name.schema)}.${quoteIdent(name.name)}` : quoteIdent(name.name);
  }
}

/** A create-if-missing guard around an operation: an object that already exists is no problem. */
function tolerateExisting(op: SchemaOperation): SchemaOperation {
  switch (op.op) {
    case 'createTable':
    case 'createIndex':
    case 'createEnum':
    case 'createSchema':
    case 'addColumn':
    case 'addConstraint':
    case 'alterEnumAddValue':
      return { ...op, ifNotExists: true };
    default:
      return op;
  }
}

/** `ADD CONSTRAINT ... UNIQUE USING INDEX i`: the constraint adopts an existing index. */
function usingIndex(c: PgNode): { usingIndex?: string } {
  return typeof c.indexname === 'string' ? { usingIndex: c.indexname } : {};
}

/** `'a, b'` in one literal (set_config) lists several schemas. */
function splitSearchPath(value: string): string[] {
  return value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
    .map((s) => (s.startsWith('"') && s.endsWith('"') ? s.slice(1, -1) : s));
}

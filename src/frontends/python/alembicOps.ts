import { parseSync } from 'libpg-query';
import type { SyntaxNode } from './syntaxTree.js';
import type { ColumnFact, FrontendProblem, SourceLocation } from '../../facts.js';
import type { ColumnSpec, ConstraintSpec, ObjectName, SchemaOperation } from '../../operations.js';
import { tableKey } from '../../facts.js';
import { sqlToOperations } from '../sql/translate.js';
import { expressionSql } from './tableArgs.js';
import { type ConditionContext, evaluateCondition, sqlalchemyDialectName } from './conditions.js';
import { type NameScope, evaluateConstant, evaluateString, iterationItems, resolveName } from './constants.js';
import { shortenSource } from './syntax.js';
import { columnArgumentKind, readAutoincrement, readFlag, readForeignKeyArguments, readServerDefault, referentialAction as fkAction, renderStringDefault } from './columnArgs.js';
import { type PythonImports, qualifyName, sqlalchemyType } from './sqlalchemyTypes.js';
import { NOT_STATIC, callArguments, dottedName, lastSegment, nodeLocation, staticValue, stringGlob, stringParts, stringValue, unwrap } from './syntax.js';

/**
 * Reads the body of an Alembic `upgrade()` into schema operations, with the DDL Alembic and
 * SQLAlchemy would emit on Postgres in mind (serial primary keys, `ix_<table>_<col>` indexes,
 * enums created with their table). Anything that cannot be evaluated statically becomes an
 * `uncertain` operation plus an `unresolved` problem; data fixes and non-table entities are
 * skipped without a word. Nothing is executed.
 */

export interface AlembicFileContext {
  file: string;
  imports: PythonImports;
  defaultSchema: string;
  /** Top-level `def`s of the module: helpers that upgrade() may call. */
  functions: Map<string, SyntaxNode>;
  /** Top-level `name = <expression>` assignments (shared enum types and the like). */
  moduleValues: Map<string, SyntaxNode>;
  /** The configured dialect (`postgres`): decides `if url.startswith("mysql")`-style branches. */
  dialect?: string;
}

export interface OperationsResult {
  operations: SchemaOperation[];
  problems: FrontendProblem[];
  /** Columns whose type ormlint does not know, by type: one notice per type, not per column. */
  unknownTypes: UnknownType[];
}

/** A column type the migration uses that is not one ormlint knows (a project TypeDecorator). */
export interface UnknownType {
  /** The type as its module binds it (`app.db.types.UUID`), the key notices are grouped by. */
  type: string;
  reason: string;
  column: string;
  location: SourceLocation;
}

/** Alembic's positional parameters per operation (keywords bind by the same names). */
const PARAMETERS: Record<string, string[]> = {
  drop_table: ['table_name'],
  rename_table: ['old_table_name', 'new_table_name'],
  add_column: ['table_name', 'column'],
  drop_column: ['table_name', 'column_name'],
  alter_column: ['table_name', 'column_name'],
  create_index: ['index_name', 'table_name', 'columns'],
  drop_index: ['index_name', 'table_name'],
  create_foreign_key: ['constraint_name', 'source_table', 'referent_table', 'local_cols', 'remote_cols'],
  create_unique_constraint: ['constraint_name', 'table_name', 'columns'],
  create_primary_key: ['constraint_name', 'table_name', 'columns'],
  create_check_constraint: ['constraint_name', 'table_name', 'condition'],
  drop_constraint: ['constraint_name', 'table_name', 'type_'],
  create_table_comment: ['table_name', 'comment'],
  drop_table_comment: ['table_name'],
  execute: ['sqltext'],
};

/** Operations that change no table Alembic or ormlint models: skipped quietly. */
const QUIET_OPERATIONS = new Set([
  'get_bind', 'bulk_insert', 'create_entity', 'replace_entity', 'drop_entity', 'get_context', 'inline_literal',
  'invoke', 'run_async', 'f', 'implementation_for', 'register_operation', 'create_exclude_constraint',
  'create_sequence', 'drop_sequence', 'batch_alter_table',
]);

/**
 * SQL constants of well-known libraries that migrations execute and that create no table (a small
 * catalog: their text lives in site-packages, which ormlint never reads).
 */
const LIBRARY_SQL_WITHOUT_TABLES = new Set([
  // SQLAlchemy-Searchable: the search functions and text search configuration (sql_expressions.sql).
  'sqlalchemy_searchable.sql_expressions',
]);

/** Thrown by argument readers when something is not static; the caller turns it into `uncertain`. */
class NotStatic extends Error {
  constructor(readonly reason: string, readonly node: SyntaxNode) {
    super(reason);
  }
}

interface Scope {
  /** `with op.batch_alter_table("t") as batch_op:` aliases. */
  batch: Map<string, ObjectName>;
  /** Helper-function inlining depth (one level only). */
  depth: number;
  /** Locals of the function being read: name → every value assigned to it. */
  locals: Map<string, SyntaxNode[]>;
  /** The helpers being read on the way here (recursion and runaway call chains end on them). */
  helperChain?: readonly SyntaxNode[];
}

/** How many helper calls deep the reader follows (each helper at most once on a chain). */
const MAX_HELPER_CHAIN = 8;

/** Reads one `def upgrade():` (its body statements, in order). */
export function upgradeOperations(upgrade: SyntaxNode, ctx: AlembicFileContext): OperationsResult {
  const reader = new UpgradeReader(ctx);
  const body = upgrade.childForFieldName('body');
  if (body) reader.block(body, { batch: new Map(), depth: 0, locals: collectLocals(body) });
  return { operations: reader.operations, problems: reader.problems, unknownTypes: reader.unknownTypes };
}

class UpgradeReader {
  readonly operations: SchemaOperation[] = [];
  readonly problems: FrontendProblem[] = [];
  readonly unknownTypes: UnknownType[] = [];

  /** A `return` was reached on the path being replayed: the rest of the function does not run. */
  private returned = false;

  /** The scope of the block being read: names in arguments are evaluated in it. */
  private scope: Scope = { batch: new Map(), depth: 0, locals: new Map() };

  constructor(private readonly ctx: AlembicFileContext) {}

  block(body: SyntaxNode, scope: Scope): void {
    const outer = this.scope;
    this.scope = scope;
    try {
      for (const statement of body.namedChildren) {
        if (this.returned) break;
        if (statement) this.statement(statement, scope);
      }
    } finally {
      this.scope = outer;
    }
  }

  /** Where names in the current block resolve: its function's locals, then the module. */
  /**
   * An ON DELETE / ON UPDATE action: a literal, or a constant expression (`"CASCADE" if
   * HAS_ONDELETE[table] else None` in a loop over tables). Undefined when it cannot be evaluated.
   */
  private action(node: SyntaxNode | undefined): string | null | undefined {
    if (!node) return null;
    const value = evaluateConstant(node, this.names());
    if (value === null) return null;
    if (typeof value !== 'string') return undefined;
    const upper = value.trim().toUpperCase().split(/\s+/u).join(' ');
    return upper === '' || upper === 'NO ACTION' ? null : upper;
  }

  private names(scope: Scope = this.scope): NameScope {
    return { locals: scope.locals, module: this.ctx.moduleValues };
  }

  private statement(node: SyntaxNode, scope: Scope, brokenOk = false): void {
    if (!brokenOk && node.hasError && node.type !== 'if_statement' && node.type !== 'with_statement' && node.type !== 'try_statement') {
      // The parse error is reported already; what the broken statement does is unknown.
      const reader = new UpgradeReader(this.ctx);
      reader.statement(node, scope, true);
      const touched = tablesOf(reader.operations);
      if (touched.length > 0) this.uncertainOnly(node, touched, 'this statement has a syntax error', createdBy(reader.operations));
      return;
    }
    switch (node.type) {
      case 'expression_statement': {
        for (const child of node.namedChildren) {
          if (!child) continue;
          const expression = child.type === 'assignment' ? child.childForFieldName('right') : child;
          const call = expression ? unwrapAwait(expression) : null;
          if (call?.type === 'call') this.call(call, scope);
        }
        return;
      }
      case 'return_statement':
        this.returned = true;
        return;
      case 'with_statement':
        this.withStatement(node, scope);
        return;
      case 'if_statement':
        this.ifStatement(node, scope);
        return;
      case 'for_statement':
      case 'while_statement':
        this.loop(node, scope);
        return;
      case 'try_statement': {
        // The try body is what runs when all goes well; handlers are fallbacks we do not guess at.
        const body = node.childForFieldName('body');
        if (body) this.block(body, scope);
        for (const child of node.namedChildren) {
          if (child?.type === 'finally_clause') {
            const finallyBody = child.namedChildren.find((c) => c?.type === 'block');
            if (finallyBody) this.block(finallyBody, scope);
          }
        }
        return;
      }
      default:
        return;
    }
  }

  private withStatement(node: SyntaxNode, scope: Scope): void {
    const batch = new Map(scope.batch);
    const clause = node.namedChildren.find((c) => c?.type === 'with_clause');
    for (const item of clause?.namedChildren ?? []) {
      const value = item?.childForFieldName('value');
      if (!value) continue;
      // `with op.batch_alter_table("t") as batch_op` parses as an `as_pattern` value.
      const call = value.type === 'as_pattern' ? value.namedChildren[0] : value;
      const alias = value.type === 'as_pattern' ? value.childForFieldName('alias')?.namedChildren[0] ?? value.namedChildren[1] : null;
      if (!call || call.type !== 'call') continue;
      const name = dottedName(call.childForFieldName('function'));
      if (!name || !this.isOp(name.split('.')[0]!) || name.split('.').length !== 2 || lastSegment(name) !== 'batch_alter_table') continue;
      const args = callArguments(call);
      const table = this.readTable(args.positional[0] ?? args.keywords.get('table_name'), args.keywords.get('schema'));
      if (!table) {
        this.uncertain(call, [], 'the table of this batch_alter_table() is not a literal');
        continue;
      }
      if (alias?.type === 'identifier') batch.set(alias.text, table);
    }
    const body = node.childForFieldName('body');
    if (body) this.block(body, { ...scope, batch });
  }

  /**
   * `if` / `elif` / `else`: a condition decided by the configured dialect or a constant picks its
   * branch; from the first condition that cannot be decided on, that branch is replayed as if it
   * held and the later ones are only marked (they might have run instead).
   */
  private ifStatement(node: SyntaxNode, scope: Scope): void {
    const clauses: { node: SyntaxNode; condition: SyntaxNode | null; body: SyntaxNode | null }[] = [
      { node, condition: node.childForFieldName('condition'), body: node.childForFieldName('consequence') },
    ];
    for (const alternative of node.childrenForFieldName('alternative')) {
      if (!alternative) continue;
      const body = alternative.childForFieldName('consequence') ?? alternative.childForFieldName('body') ?? alternative.namedChildren.find((c) => c?.type === 'block') ?? null;
      clauses.push({ node: alternative, condition: alternative.type === 'elif_clause' ? alternative.childForFieldName('condition') : null, body });
    }
    const conditions: ConditionContext = { names: this.names(scope), dialect: sqlalchemyDialectName(this.ctx.dialect ?? 'postgres') };
    for (const [i, clause] of clauses.entries()) {
      const holds = clause.condition ? evaluateCondition(clause.condition, conditions) : true;
      if (holds === false) continue;
      if (holds === true) {
        if (clause.body) this.block(clause.body, scope);
        return;
      }
      this.undecidedIf(clause, clauses.slice(i + 1), scope);
      return;
    }
  }

  private undecidedIf(first: { node: SyntaxNode; condition: SyntaxNode | null; body: SyntaxNode | null }, rest: { node: SyntaxNode; body: SyntaxNode | null }[], scope: Scope): void {
    const before = this.operations.length;
    if (first.body) this.block(first.body, scope);
    // Replayed "as if the condition held", but a `return` in it does not end the replay: the
    // statements after the `if` run whenever the condition does not hold.
    this.returned = false;
    const branches = rest.map((clause) => ({ alternative: clause.node, operations: clause.body ? this.dryRun(clause.body, scope) : [] }));
    // An `if` that changes no table either way (logging, offline-mode checks) is not worth a word.
    if (this.operations.length === before && branches.every((b) => b.operations.length === 0)) return;
    this.problems.push({
      kind: 'unresolved',
      message: 'The condition of this `if` in upgrade() cannot be evaluated statically; its body is replayed as if the condition held',
      location: this.location(first.node),
      // One cause however many there are: counted by the condition as written.
      cause: 'undecided-condition',
      item: shortenSource(first.condition?.text ?? 'if', 60),
    });
    for (const { alternative, operations } of branches) {
      if (operations.length > 0) this.uncertainOnly(alternative, tablesOf(operations), 'an `elif`/`else` branch of upgrade() is not replayed: its condition cannot be evaluated', createdBy(operations));
    }
  }

  private loop(node: SyntaxNode, scope: Scope): void {
    const body = node.childForFieldName('body');
    if (!body) return;
    if (this.unrolled(node, body, scope)) return;
    const dry = this.dryRun(body, scope);
    if (dry.length === 0) return;
    this.uncertain(node, tablesOf(dry), 'migration operations inside a loop cannot be replayed statically', createdBy(dry));
  }

  /**
   * `for name in INDEXES:` over a constant collection (a list/tuple literal, a dict's keys or
   * `.items()`, directly or through a name bound once) runs its body once per item, with the loop
   * variable bound to that item: replayed exactly so. Loops that may stop early are not.
   */
  private unrolled(node: SyntaxNode, body: SyntaxNode, scope: Scope): boolean {
    if (node.type !== 'for_statement' || node.namedChildren.some((c) => c?.type === 'else_clause') || mayLeaveEarly(body)) return false;
    const right = node.childForFieldName('right');
    const left = node.childForFieldName('left');
    if (!right || !left) return false;
    const targets = left.type === 'identifier' ? [left] : left.type === 'pattern_list' || left.type === 'tuple_pattern' ? left.namedChildren.filter((c): c is SyntaxNode => c?.type === 'identifier') : [];
    if (targets.length === 0 || (left.type !== 'identifier' && targets.length !== left.namedChildCount)) return false;
    const items = iterationItems(right, this.names(scope));
    if (!items || items.length > MAX_UNROLLED_ITEMS) return false;
    const bindings: SyntaxNode[][] = [];
    for (const item of items) {
      if (item.length === targets.length) bindings.push(item);
      else if (targets.length > 1 && item.length === 1 && ['tuple', 'list'].includes(unwrap(item[0]!).type)) bindings.push(unwrap(item[0]!).namedChildren.filter((c): c is SyntaxNode => !!c && c.type !== 'comment'));
      else return false;
      if (bindings[bindings.length - 1]!.length !== targets.length) return false;
    }
    for (const binding of bindings) {
      const locals = new Map(scope.locals);
      targets.forEach((target, i) => locals.set(target.text, [binding[i]!]));
      this.block(body, { ...scope, locals });
    }
    return true;
  }

  /** Reads a block into a throw-away reader: which operations (and tables) it would produce. */
  private dryRun(body: SyntaxNode, scope: Scope): SchemaOperation[] {
    const reader = new UpgradeReader(this.ctx);
    reader.block(body, scope);
    return reader.operations;
  }

  private call(call: SyntaxNode, scope: Scope): void {
    const fn = call.childForFieldName('function');
    const name = dottedName(fn);
    if (name) {
      const dot = name.indexOf('.');
      const head = dot === -1 ? name : name.slice(0, dot);
      const method = name.slice(dot + 1);
      if (dot !== -1 && !method.includes('.') && this.isOp(head)) return this.operation(method, call, null, scope);
      if (dot !== -1 && !method.includes('.') && scope.batch.has(head)) return this.operation(method, call, scope.batch.get(head)!, scope);
      if (dot === -1 && this.ctx.functions.has(name)) return this.helperCall(call, this.ctx.functions.get(name)!, scope);
    }
    // `ENUM(...).create(bind)`, `status_enum.create(op.get_bind())`.
    if (fn?.type === 'attribute') {
      const method = fn.childForFieldName('attribute')?.text;
      if (method === 'create' || method === 'drop') this.enumDdl(call, fn.childForFieldName('object')!, method, scope);
    }
  }

  private helperCall(call: SyntaxNode, helper: SyntaxNode, scope: Scope): void {
    const params = helper.childForFieldName('parameters');
    const body = helper.childForFieldName('body');
    if (!body) return;
    const chain = scope.helperChain ?? [];
    const fnName = helper.childForFieldName('name')?.text ?? 'helper';
    // A helper calling itself (directly or through others) would be read forever: the outer
    // call's dry run already records what one pass touches.
    if (chain.some((outer) => outer.equals(helper))) return;
    if (chain.length >= MAX_HELPER_CHAIN) {
      this.uncertain(call, [], `${fnName}() is called through more than ${MAX_HELPER_CHAIN} nested helpers; ormlint does not follow it`);
      return;
    }
    const helperChain = [...chain, helper];
    const simple = scope.depth === 0 && (params?.namedChildCount ?? 0) === 0 && callArguments(call).positional.length === 0;
    if (simple) {
      this.block(body, { batch: new Map(), depth: scope.depth + 1, locals: collectLocals(body), helperChain });
      // A `return` in the helper ends the helper, not upgrade().
      this.returned = false;
      return;
    }
    const dry = this.dryRun(body, { batch: new Map(), depth: 99, locals: collectLocals(body), helperChain });
    if (dry.length === 0) return;
    this.uncertain(call, tablesOf(dry), `the helper ${fnName}() takes arguments (or calls further helpers), so its migration operations cannot be replayed statically`, createdBy(dry));
  }

  // --- one op.xxx() call -------------------------------------------------------------------------

  private operation(method: string, call: SyntaxNode, batchTable: ObjectName | null, scope: Scope): void {
    if (QUIET_OPERATIONS.has(method)) return;
    if (method === 'create_table' && !batchTable) return this.createTable(call, scope);
    const params = PARAMETERS[method];
    if (!params) {
      this.problems.push({ kind: 'unresolved', message: `op.${method}() is not an operation ormlint understands; its effect on the schema is not replayed`, location: this.location(call), cause: 'unknown-operation', item: `op.${method}()` });
      return;
    }
    const tableParam = method === 'create_foreign_key' ? 'source_table' : method === 'rename_table' ? 'old_table_name' : 'table_name';
    const args = callArguments(call);
    const bound = new Map<string, SyntaxNode>(args.keywords);
    const positional = batchTable ? params.filter((p) => p !== tableParam) : params;
    args.positional.forEach((node, i) => {
      if (positional[i]) bound.set(positional[i]!, node);
    });
    const schemaNode = bound.get(method === 'create_foreign_key' ? 'source_schema' : 'schema');
    let table = batchTable;
    if (!table && method !== 'execute' && method !== 'drop_index') {
      table = this.readTable(bound.get(tableParam), schemaNode);
      if (!table) {
        this.uncertain(call, [], `the table name of op.${method}() is not a literal`);
        return;
      }
    }
    if (args.hasSplat) {
      this.uncertain(call, table ? [table] : [], `op.${method}() is called with *args/**kwargs`);
      return;
    }
    this.guard(call, table, () => this.tableOperation(method, call, bound, table, schemaNode, scope));
  }

  /** Runs a reader; a NotStatic it throws becomes an `uncertain` operation on the table. */
  private guard(call: SyntaxNode, table: ObjectName | null, read: () => void): void {
    const operations = this.operations.length;
    const problems = this.problems.length;
    try {
      read();
    } catch (error) {
      if (!(error instanceof NotStatic)) throw error;
      this.operations.length = operations;
      this.problems.length = problems;
      this.uncertain(call, table ? [table] : [], error.reason);
    }
  }

  private tableOperation(method: string, call: SyntaxNode, bound: Map<string, SyntaxNode>, table: ObjectName | null, schemaNode: SyntaxNode | undefined, scope: Scope): void {
    const loc = this.location(call);
    const t = table!;
    switch (method) {
      case 'drop_table':
        this.emit({ op: 'dropTable', table: t, ...(staticValue(bound.get('if_exists')) === true ? { ifExists: true } : {}), location: loc });
        return;
      case 'rename_table':
        this.emit({ op: 'renameTable', table: t, newName: this.requiredName(bound.get('new_table_name'), call, 'new table name'), location: loc });
        return;
      case 'add_column':
        this.addColumn(call, t, bound.get('column'), scope);
        return;
      case 'drop_column':
        this.emit({ op: 'dropColumn', table: t, column: this.requiredName(bound.get('column_name'), call, 'column name'), location: loc });
        return;
      case 'alter_column':
        this.alterColumn(call, t, bound, scope);
        return;
      case 'create_index': {
        const where = bound.get('postgresql_where');
        this.emit({
          op: 'createIndex',
          table: t,
          name: this.optionalName(bound.get('index_name')),
          columns: this.indexColumns(bound.get('columns'), call),
          unique: staticValue(bound.get('unique')) === true,
          where: where ? this.sqlExpression(where) : null,
          schema: t.schema,
          // Alembic 1.12: CREATE INDEX IF NOT EXISTS / DROP INDEX IF EXISTS.
          ...(staticValue(bound.get('if_not_exists')) === true ? { ifNotExists: true } : {}),
          location: loc,
        });
        return;
      }
      case 'drop_index': {
        const schema = schemaNode ? this.requiredName(schemaNode, call, 'schema') : table?.schema ?? null;
        const ifExists = staticValue(bound.get('if_exists')) === true;
        this.emit({ op: 'dropIndex', index: { schema, name: this.requiredName(bound.get('index_name'), call, 'index name') }, ...(ifExists ? { ifExists } : {}), location: loc });
        return;
      }
      case 'create_foreign_key': {
        const referentSchema = bound.get('referent_schema');
        this.emit({
          op: 'addConstraint',
          table: t,
          constraint: {
            kind: 'foreignKey',
            name: this.optionalName(bound.get('constraint_name')),
            columns: this.nameList(bound.get('local_cols'), call, 'local columns'),
            refTable: {
              schema: referentSchema ? this.optionalName(referentSchema) : null,
              name: this.requiredName(bound.get('referent_table'), call, 'referenced table'),
            },
            refColumns: this.nameList(bound.get('remote_cols'), call, 'referenced columns'),
            onDelete: this.action(bound.get('ondelete')) ?? null,
            onUpdate: this.action(bound.get('onupdate')) ?? null,
            location: loc,
          },
          location: loc,
        });
        // An action ormlint cannot evaluate leaves only these columns' foreign key unknown.
        if (this.action(bound.get('ondelete')) === undefined || this.action(bound.get('onupdate')) === undefined) {
          for (const column of this.nameList(bound.get('local_cols'), call, 'local columns')) {
            this.emit({ op: 'alterColumn', table: t, column, unknown: ['foreignKey'], location: loc });
          }
        }
        return;
      }
      case 'create_unique_constraint':
      case 'create_primary_key':
        this.emit({
          op: 'addConstraint',
          table: t,
          constraint: {
            kind: method === 'create_primary_key' ? 'primaryKey' : 'unique',
            name: this.optionalName(bound.get('constraint_name')),
            columns: this.nameList(bound.get('columns'), call, 'columns'),
            location: loc,
          },
          location: loc,
        });
        return;
      case 'create_check_constraint': {
        const condition = bound.get('condition');
        if (!condition) throw new NotStatic('op.create_check_constraint() without a condition', call);
        this.emit({
          op: 'addConstraint',
          table: t,
          constraint: { kind: 'check', name: this.optionalName(bound.get('constraint_name')), expression: this.sqlExpression(condition), location: loc },
          location: loc,
        });
        return;
      }
      case 'drop_constraint':
        this.emit({ op: 'dropConstraint', table: t, name: this.requiredName(bound.get('constraint_name'), call, 'constraint name'), location: loc });
        return;
      case 'create_table_comment':
        this.emit({ op: 'comment', table: t, column: null, text: this.requiredName(bound.get('comment'), call, 'comment'), location: loc });
        return;
      case 'drop_table_comment':
        this.emit({ op: 'comment', table: t, column: null, text: null, location: loc });
        return;
      case 'execute':
        this.execute(call, bound.get('sqltext'), scope);
        return;
    }
  }

  // --- create_table / columns ------------------------------------------------------------------

  private createTable(call: SyntaxNode, scope: Scope): void {
    const args = callArguments(call);
    const nameNode = args.positional[0] ?? args.keywords.get('table_name');
    const table = this.readTable(nameNode, args.keywords.get('schema'));
    if (!table) {
      // `f"{table_prefix}users"`: whatever it creates is named like its literal parts.
      const glob = stringGlob(nameNode);
      const matching = glob !== null && glob.replace(/\*/gu, '') !== '' ? [glob] : [];
      this.uncertain(call, [], 'the table name of op.create_table() is not a literal', [], matching);
      return;
    }
    if (args.hasSplat) {
      this.uncertain(call, [table], 'op.create_table() takes its columns from *args');
      return;
    }
    const columns: { spec: ColumnSpec; info: ColumnInfo }[] = [];
    const constraints: ConstraintSpec[] = [];
    const indexes: { name: string | null; columns: string[]; unique: boolean }[] = [];
    let primaryKey: ConstraintSpec | null = null;
    const skipped: NotStatic[] = [];
    const partialIndexes: { name: string | null; columns: string[]; unique: boolean; where: string; location: SourceLocation }[] = [];
    for (const item of args.positional.slice(1)) {
      try {
        const element = this.resolveLocal(unwrap(item), scope);
        const kind = element.type === 'call' ? this.sqlalchemyName(element) : null;
        const loc = this.location(element);
        const itemArgs = element.type === 'call' ? callArguments(element) : null;
        const name = itemArgs ? this.optionalName(itemArgs.keywords.get('name')) : null;
        switch (kind) {
          case 'Column':
            columns.push(this.column(element, table, scope));
            break;
          case 'PrimaryKeyConstraint':
            primaryKey = { kind: 'primaryKey', name, columns: itemArgs!.positional.map((n) => this.requiredName(n, element, 'column')), location: loc };
            break;
          case 'UniqueConstraint':
            constraints.push({ kind: 'unique', name, columns: itemArgs!.positional.map((n) => this.requiredName(n, element, 'column')), location: loc });
            break;
          case 'CheckConstraint': {
            const condition = itemArgs!.positional[0] ?? itemArgs!.keywords.get('sqltext');
            if (!condition) throw new NotStatic('a CheckConstraint without a condition', element);
            constraints.push({ kind: 'check', name, expression: this.sqlExpression(condition), location: loc });
            break;
          }
          case 'ForeignKeyConstraint': {
            // SQLAlchemy leaves a use_alter constraint out of CREATE TABLE on Postgres (it supports
            // ALTER); create_all adds it after the tables, a migration with op.create_foreign_key.
            if (staticValue(itemArgs!.keywords.get('use_alter')) === true) break;
            const refs = this.nameList(itemArgs!.positional[1] ?? itemArgs!.keywords.get('refcolumns'), element, 'referenced columns').map(splitReference);
            const refTable = refs[0]?.table;
            if (!refTable) throw new NotStatic('a ForeignKeyConstraint whose referenced columns are not written `table.column`', element);
            constraints.push({
              kind: 'foreignKey',
              name,
              columns: this.nameList(itemArgs!.positional[0] ?? itemArgs!.keywords.get('columns'), element, 'columns'),
              refTable,
              refColumns: refs.map((r) => r.column),
              onDelete: fkAction(itemArgs!.keywords.get('ondelete')),
              onUpdate: fkAction(itemArgs!.keywords.get('onupdate')),
              location: loc,
            });
            break;
          }
          case 'Index': {
            const where = itemArgs!.keywords.get('postgresql_where');
            const index = {
              name: this.optionalName(itemArgs!.positional[0] ?? itemArgs!.keywords.get('name')),
              columns: itemArgs!.positional.slice(1).map((n) => this.indexColumn(n, element)),
              unique: staticValue(itemArgs!.keywords.get('unique')) === true,
            };
            // createTable's index list has no predicate: a partial index follows as its own operation.
            if (where) partialIndexes.push({ ...index, where: this.sqlExpression(where), location: loc });
            else indexes.push(index);
            break;
          }
          default:
            throw new NotStatic(`\`${shortenSource(element.text, 60)}\` in op.create_table() cannot be evaluated statically`, element);
        }
      } catch (error) {
        // The table is still created with what could be read, and marked uncertain below.
        if (!(error instanceof NotStatic)) throw error;
        skipped.push(error);
      }
    }

    // SQLAlchemy: columns flagged primary_key=True form the key unless a PrimaryKeyConstraint does.
    const flagged = columns.filter((c) => c.info.primaryKey).map((c) => c.spec.name);
    if (!primaryKey && flagged.length > 0) primaryKey = { kind: 'primaryKey', name: null, columns: flagged };
    const keyColumns = primaryKey?.kind === 'primaryKey' ? primaryKey.columns : [];
    if (keyColumns.length === 1) {
      const only = columns.find((c) => c.spec.name === keyColumns[0]);
      // A key column that is also a foreign key (joined-table inheritance) is not autoincrementing.
      const tableLevelFk = constraints.some((c) => c.kind === 'foreignKey' && c.columns.includes(keyColumns[0]!));
      if (only && isSerial(only) && !(tableLevelFk && only.info.autoincrement !== true)) {
        // SQLAlchemy's autoincrement="auto": a lone Integer key becomes SERIAL on Postgres.
        only.spec.generated = 'serial';
        only.spec.nullable = false;
        only.spec.default = null;
      }
    }
    for (const { spec } of columns) if (keyColumns.includes(spec.name)) spec.nullable = false;

    // SQLAlchemy creates each enum type once per table, however many columns use it.
    const enumsCreated = new Set<string>();
    for (const { spec } of columns) {
      if (!spec.createsEnum) continue;
      const id = `${spec.createsEnum.name.schema ?? ''}.${spec.createsEnum.name.name}`;
      if (enumsCreated.has(id)) delete spec.createsEnum;
      enumsCreated.add(id);
    }

    const columnConstraints: ConstraintSpec[] = [];
    for (const { spec, info } of columns) {
      if (info.unique && !info.index) columnConstraints.push({ kind: 'unique', name: null, columns: [spec.name], location: spec.location });
      if (info.references && !info.useAlter) columnConstraints.push(info.references);
      if (info.index) indexes.push({ name: `ix_${table.name}_${spec.name}`, columns: [spec.name], unique: info.unique });
    }
    const loc = this.location(call);
    this.emit({
      op: 'createTable',
      table,
      columns: columns.map((c) => c.spec),
      constraints: [...(primaryKey ? [primaryKey] : []), ...columnConstraints, ...constraints],
      ...(indexes.length > 0 ? { indexes } : {}),
      location: loc,
    });
    for (const index of partialIndexes) this.emit({ op: 'createIndex', table, schema: table.schema, ...index });
    const comment = stringValue(args.keywords.get('comment'));
    if (comment !== null) this.emit({ op: 'comment', table, column: null, text: comment, location: loc });
    for (const { spec, info } of columns) {
      if (info.comment !== null) this.emit({ op: 'comment', table, column: spec.name, text: info.comment, location: loc });
    }
    for (const error of skipped) this.uncertain(error.node, [table], error.reason);
  }

  private addColumn(call: SyntaxNode, table: ObjectName, columnNode: SyntaxNode | undefined, scope: Scope): void {
    if (!columnNode) throw new NotStatic('op.add_column() without a column', call);
    const element = this.resolveLocal(unwrap(columnNode), scope);
    if (element.type !== 'call' || this.sqlalchemyName(element) !== 'Column') throw new NotStatic(`the column \`${shortenSource(columnNode.text, 60)}\` cannot be evaluated statically`, columnNode);
    const { spec, info } = this.column(element, table, scope);
    // Alembic's add_column creates no enum type (unlike create_table): Postgres needs it to exist.
    delete spec.createsEnum;
    if (info.primaryKey) spec.nullable = false;
    const loc = this.location(call);
    this.emit({ op: 'addColumn', table, column: spec, location: loc });
    // Alembic then adds the column's constraints and indexes, as separate statements.
    if (info.references) this.emit({ op: 'addConstraint', table, constraint: info.references, location: loc });
    if (info.unique && !info.index) this.emit({ op: 'addConstraint', table, constraint: { kind: 'unique', name: null, columns: [spec.name], location: spec.location }, location: loc });
    if (info.index) this.emit({ op: 'createIndex', table, name: `ix_${table.name}_${spec.name}`, columns: [spec.name], unique: info.unique, where: null, schema: table.schema, location: loc });
    if (info.comment !== null) this.emit({ op: 'comment', table, column: spec.name, text: info.comment, location: loc });
  }

  private alterColumn(call: SyntaxNode, table: ObjectName, bound: Map<string, SyntaxNode>, scope: Scope): void {
    const loc = this.location(call);
    const column = this.requiredName(bound.get('column_name'), call, 'column name');
    const change: { type?: string | null; nullable?: boolean; default?: string | null; unknown?: ColumnFact[] } = {};
    const typeNode = bound.get('type_');
    let labelType: string | null = null;
    if (typeNode && staticValue(typeNode) !== null) {
      const result = this.columnType(this.resolveLocal(typeNode, scope), table, column);
      change.type = result.type;
      labelType = result.labelType;
    }
    const nullable = bound.get('nullable');
    if (nullable) {
      const value = staticValue(nullable);
      if (typeof value === 'boolean') change.nullable = value;
      else if (value !== null) throw new NotStatic('the nullable= of op.alter_column() is not a literal', nullable);
    }
    const serverDefault = bound.get('server_default');
    // Alembic's own default is False, meaning "leave the default alone"; None drops it.
    if (serverDefault && staticValue(serverDefault) === null) {
      change.default = null;
    } else if (serverDefault && staticValue(serverDefault) !== false) {
      const typeFor = labelType ?? (bound.get('existing_type') ? this.columnType(this.resolveLocal(bound.get('existing_type')!, scope), table, column, true).labelType : null);
      Object.assign(change, this.serverDefault(serverDefault, typeFor ?? null, table, column));
    }
    if (Object.keys(change).length > 0) this.emit({ op: 'alterColumn', table, column, ...change, location: loc });
    const newName = bound.get('new_column_name');
    if (newName && staticValue(newName) !== null) {
      this.emit({ op: 'renameColumn', table, column, newName: this.requiredName(newName, call, 'new column name'), location: loc });
    }
  }

  /** One `sa.Column(...)`: its spec, plus what SQLAlchemy turns into separate DDL. */
  private column(call: SyntaxNode, table: ObjectName, scope: Scope): { spec: ColumnSpec; info: ColumnInfo } {
    const args = callArguments(call);
    if (args.hasSplat) throw new NotStatic('a Column with *args/**kwargs', call);
    const nameNode = args.positional[0] ?? args.keywords.get('name');
    const name = evaluateString(nameNode, this.names());
    if (name === null) throw new NotStatic(`the column name \`${shortenSource(nameNode?.text ?? call.text, 60)}\` is not a literal`, nameNode ?? call);
    const spec: ColumnSpec = { name, type: null, location: this.location(call) };
    const info: ColumnInfo = { primaryKey: false, unique: false, index: false, references: null, autoincrement: null, hasServerDefault: false, identity: false, comment: stringValue(args.keywords.get('comment')) };
    let typeNode: SyntaxNode | undefined = args.keywords.get('type_');
    /** `sa.DefaultClause(x)` given positionally: the same as `server_default=x`. */
    let positionalDefault: SyntaxNode | undefined;
    for (const arg of args.positional.slice(nameNode === args.positional[0] ? 1 : 0)) {
      const element = this.resolveLocal(unwrap(arg), scope);
      const kind = element.type === 'call' ? columnArgumentKind(this.sqlalchemyName(element) ?? '') : null;
      if (element.type === 'call' && this.sqlalchemyName(element) === 'DefaultClause') positionalDefault ??= callArguments(element).positional[0];
      if (kind === 'foreignKey') {
        const fk = readForeignKeyArguments(element);
        info.useAlter = staticValue(callArguments(element).keywords.get('use_alter')) === true;
        const target = this.requiredName(fk.targetNode, element, 'foreign key target');
        const ref = splitReference(target);
        if (!ref.table) throw new NotStatic(`the foreign key target "${target}" is not written \`table.column\``, element);
        info.references = {
          kind: 'foreignKey',
          name: this.optionalName(callArguments(element).keywords.get('name')),
          columns: [name],
          refTable: ref.table,
          refColumns: [ref.column],
          onDelete: fk.onDelete,
          onUpdate: fk.onUpdate,
          location: this.location(element),
        };
      } else if (kind === 'identity') {
        info.identity = true;
        spec.generated = 'identity';
        spec.nullable = false;
      } else if (kind === 'other') {
        // Not part of the column shape ormlint compares.
      } else if (!typeNode) {
        typeNode = arg;
      }
    }
    let labelType: string | null = null;
    if (typeNode) {
      const result = this.columnType(this.resolveLocal(unwrap(typeNode), scope), table, name);
      spec.type = result.type;
      labelType = result.labelType;
      if (result.createsEnum) spec.createsEnum = result.createsEnum;
    }
    const flag = (key: string): boolean | null => {
      const value = readFlag(args.keywords.get(key));
      if (value === NOT_STATIC) throw new NotStatic(`the ${key}= of column "${name}" is not a literal`, args.keywords.get(key)!);
      return value;
    };
    info.primaryKey = flag('primary_key') === true;
    info.unique = flag('unique') === true;
    info.index = flag('index') === true;
    info.autoincrement = readAutoincrement(args.keywords.get('autoincrement'));
    const nullable = flag('nullable');
    if (nullable !== null) spec.nullable = nullable;
    else if (info.primaryKey) spec.nullable = false;
    const serverDefault = args.keywords.get('server_default') ?? positionalDefault;
    if (serverDefault && staticValue(serverDefault) !== null) {
      info.hasServerDefault = true;
      Object.assign(spec, this.serverDefault(serverDefault, labelType, table, name));
    }
    return { spec, info };
  }

  /**
   * The column type, plus the spelling Postgres labels a literal default with: an enum outside the
   * search path is printed schema-qualified (`'low'::crm.priority`).
   */
  private columnType(node: SyntaxNode, table: ObjectName, column: string, quiet = false): { type: string | null; labelType: string | null; createsEnum?: ColumnSpec['createsEnum'] } {
    const result = sqlalchemyType(node, this.ctx.imports, (n) => evaluateConstant(n, this.names()));
    if (result.type === null && !quiet) {
      // Only the type is unknown (left null, which the comparison skips): the table stays certain.
      const callee = unwrap(node).type === 'call' ? unwrap(node).childForFieldName('function') : unwrap(node);
      const name = dottedName(callee);
      this.unknownTypes.push({
        type: name ? qualifyName(name, this.ctx.imports) : shortenSource(unwrap(node).text, 60),
        reason: result.unresolved ?? 'not a SQLAlchemy type',
        column: `${table.name}.${column}`,
        location: this.location(node),
      });
    }
    const enumSpec = result.createsEnum ? { name: { schema: result.createsEnum.schema ?? null, name: result.createsEnum.name }, values: result.createsEnum.values } : null;
    const labelType = result.type && result.enumSchema && result.enumSchema !== this.ctx.defaultSchema ? `${result.enumSchema}.${result.type}` : result.type;
    return { type: result.type, labelType, ...(enumSpec ? { createsEnum: enumSpec } : {}) };
  }

  // --- op.execute / enum DDL ------------------------------------------------------------------

  private execute(call: SyntaxNode, argument: SyntaxNode | undefined, scope: Scope): void {
    if (!argument) throw new NotStatic('op.execute() without SQL', call);
    const library = dottedName(argument);
    if (library && !scope.locals.has(library.split('.')[0]!) && LIBRARY_SQL_WITHOUT_TABLES.has(qualifyName(library, this.ctx.imports))) return;
    // A name bound once (in the function or the module) stands for its value.
    let node = this.resolveLocal(unwrap(argument), scope);
    if (node.type === 'call') {
      const fn = node.childForFieldName('function');
      const name = dottedName(fn);
      const qualified = name ? qualifyName(name, this.ctx.imports) : null;
      const method = fn?.type === 'attribute' ? fn.childForFieldName('attribute')?.text ?? null : name;
      if (qualified && (method === 'text' || method === 'DDL' || method === 'literal_column') && qualified.startsWith('sqlalchemy')) {
        node = this.resolveLocal(unwrap(callArguments(node).positional[0] ?? node), scope);
      } else if (method === 'format') {
        throw new NotStatic('op.execute() of a string built with .format() cannot be read statically', argument);
      } else {
        // `table.insert().values(...)`, `sa.update(t)...`: SQLAlchemy data statements, no DDL.
        return;
      }
    }
    const sql = evaluateString(node, this.names(scope));
    if (sql === null) {
      // UPDATE/INSERT/DELETE with values filled in at run time change data, never the schema.
      if (isDataStatementTemplate(node)) return;
      if (node.type === 'identifier') throw new NotStatic(`op.execute(${node.text}) runs SQL held in a variable, which cannot be read statically`, argument);
      const how = node.type === 'binary_operator' ? 'a string built with an operator' : isFString(node) ? 'an f-string' : `\`${shortenSource(node.text, 60)}\``;
      throw new NotStatic(`op.execute() of ${how} cannot be read statically`, argument);
    }
    // A literal's statements are located inside it; an evaluated f-string's at its start.
    const origin = stringValue(node) !== null ? stringOrigin(node, this.ctx.file) : { file: this.ctx.file, line: node.startPosition.row + 1, column: node.startPosition.column + 1 };
    const translated = sqlToOperations(sql, origin);
    for (const operation of translated.operations) this.operations.push(operation);
    this.problems.push(...translated.problems);
  }

  private enumDdl(call: SyntaxNode, object: SyntaxNode, method: 'create' | 'drop', scope: Scope): void {
    const target = this.resolveLocal(unwrap(object), scope);
    if (target.type !== 'call') return;
    const kind = this.sqlalchemyName(target);
    if (kind !== 'Enum' && kind !== 'ENUM') return;
    const result = sqlalchemyType(target, this.ctx.imports, (n) => evaluateConstant(n, this.names()));
    const enumArgs = callArguments(target);
    const name = stringValue(enumArgs.keywords.get('name'));
    if (!name) {
      this.uncertain(call, [], `the enum name in ${shortenSource(target.text, 60)} is not a literal`);
      return;
    }
    const schemaNode = enumArgs.keywords.get('schema');
    const enumName: ObjectName = { schema: schemaNode ? stringValue(schemaNode) : null, name };
    // postgresql.ENUM.create() checks first by default; sa.Enum.create() does not.
    const checkfirstNode = callArguments(call).keywords.get('checkfirst');
    const checkfirst = checkfirstNode ? staticValue(checkfirstNode) === true : kind === 'ENUM';
    const loc = this.location(call);
    if (method === 'create') {
      this.emit({ op: 'createEnum', name: enumName, values: result.createsEnum?.values ?? enumLabels(enumArgs), ...(checkfirst ? { ifNotExists: true } : {}), location: loc });
    } else {
      this.emit({ op: 'dropEnum', name: enumName, ...(checkfirst ? { ifExists: true } : {}), location: loc });
    }
  }

  // --- value readers --------------------------------------------------------------------------

  /** A table argument plus `schema=`; null when the name is not a literal. */
  private readTable(node: SyntaxNode | undefined, schemaNode: SyntaxNode | undefined): ObjectName | null {
    const name = node ? nameValue(node, this.names()) : NOT_STATIC;
    if (typeof name !== 'string') return null;
    const schema = schemaNode ? nameValue(schemaNode, this.names()) : null;
    if (schema === NOT_STATIC) return null;
    return { schema: schema ?? null, name };
  }

  private requiredName(node: SyntaxNode | undefined, call: SyntaxNode, what: string): string {
    const value = node ? nameValue(node, this.names()) : NOT_STATIC;
    if (typeof value !== 'string') throw new NotStatic(`the ${what} ${node ? `\`${shortenSource(node.text, 60)}\` ` : ''}is not a literal`, node ?? call);
    return value;
  }

  private optionalName(node: SyntaxNode | undefined): string | null {
    if (!node) return null;
    const value = nameValue(node, this.names());
    if (value === NOT_STATIC) throw new NotStatic(`the name \`${shortenSource(node.text, 60)}\` is not a literal`, node);
    return value;
  }

  private nameList(node: SyntaxNode | undefined, call: SyntaxNode, what: string): string[] {
    const value = node ? evaluateConstant(node, this.names()) : NOT_STATIC;
    if (typeof value === 'string') return [value];
    if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value as string[];
    throw new NotStatic(`the ${what} ${node ? `\`${shortenSource(node.text, 60)}\` ` : ''}are not a literal list`, node ?? call);
  }

  private indexColumns(node: SyntaxNode | undefined, call: SyntaxNode): string[] {
    if (!node) throw new NotStatic('op.create_index() without columns', call);
    // A name bound to a list of column names (a loop over a dict of indexes).
    const constant = unwrap(node).type === 'identifier' ? evaluateConstant(node, this.names()) : NOT_STATIC;
    if (typeof constant === 'string') return [constant];
    if (Array.isArray(constant) && constant.every((c) => typeof c === 'string')) return constant as string[];
    let inner = unwrap(node);
    // A name bound to a list that holds expressions (`[sa.text("lower(name)"), "state"]`, a loop
    // over a constant tuple of indexes): its items are read one by one.
    if (inner.type === 'identifier') {
      const bound = resolveName(inner.text, this.names());
      if (bound && (unwrap(bound.value).type === 'list' || unwrap(bound.value).type === 'tuple')) inner = unwrap(bound.value);
    }
    if (inner.type === 'list' || inner.type === 'tuple') return inner.namedChildren.filter((c): c is SyntaxNode => !!c && c.type !== 'comment').map((c) => this.indexColumn(c, call));
    return [this.indexColumn(inner, call)];
  }

  /** A column name, or an expression (`sa.text("lower(email)")`) written in parentheses as SQL does. */
  private indexColumn(node: SyntaxNode, call: SyntaxNode): string {
    const name = evaluateString(node, this.names());
    if (name !== null) return name;
    const expression = unwrap(node);
    // sa.text("lower(email)"), sa.func.lower(sa.column("email")), sa.column("x").desc().
    if (expression.type === 'call') return `(${this.sqlText(expression) ?? expressionSql(expression, () => null) ?? expression.text})`;
    throw new NotStatic(`the index column \`${shortenSource(node.text, 60)}\` is not a literal`, node ?? call);
  }

  /**
   * A SQL expression given as a string or `sa.text(...)`, kept as written: Alembic hands it to
   * Postgres verbatim, and comparisons normalise expressions through the SQL parser anyway.
   * A SQLAlchemy expression (`sa.column("x") > 5`) stays Python source text.
   */
  private sqlExpression(node: SyntaxNode): string {
    return this.sqlText(node) ?? unwrap(node).text;
  }

  private sqlText(node: SyntaxNode): string | null {
    const inner = unwrap(node);
    const direct = evaluateString(inner, this.names());
    if (direct !== null) return direct;
    if (inner.type === 'call' && ['text', 'literal_column'].includes(lastSegment(dottedName(inner.childForFieldName('function')) ?? ''))) {
      return evaluateString(callArguments(inner).positional[0], this.names());
    }
    return null;
  }

  /**
   * A `server_default=` as `pg_get_expr` prints it (the reader shared with the model side). One
   * that cannot be evaluated (`json.dumps({})`) leaves only that column's default unknown.
   */
  private serverDefault(node: SyntaxNode, type: string | null, table: ObjectName, column: string): { default: string | null } | { unknown: ColumnFact[] } {
    // A name bound to a string constant is that string.
    const constant = evaluateConstant(node, this.names());
    if (typeof constant === 'string') return { default: renderStringDefault(constant, type) };
    const read = readServerDefault(node, type, (fn) => qualifyName(dottedName(fn) ?? '', this.ctx.imports));
    if (read.kind !== 'unknown') return { default: read.kind === 'sql' ? read.sql : null };
    this.problems.push({
      kind: 'unresolved',
      message: `The server default of column "${table.name}.${column}" cannot be evaluated statically (\`${shortenSource(unwrap(node).text, 60)}\`); only that default is left unchecked`,
      location: this.location(node),
      cause: 'server-default',
      item: shortenSource(unwrap(node).text, 60),
      missingTable: this.key(table),
    });
    return { unknown: ['default'] };
  }

  // --- helpers ----------------------------------------------------------------------------------

  /** The SQLAlchemy class a call constructs (`sa.Column(...)` → "Column"), or null. */
  private sqlalchemyName(call: SyntaxNode): string | null {
    const name = dottedName(call.childForFieldName('function'));
    if (!name) return null;
    const qualified = qualifyName(name, this.ctx.imports);
    if (qualified.startsWith('sqlalchemy') || !name.includes('.')) return lastSegment(qualified);
    return null;
  }

  /** An identifier bound once (in the function or the module) stands for its value. */
  private resolveLocal(node: SyntaxNode, scope: Scope): SyntaxNode {
    if (node.type !== 'identifier') return node;
    const local = scope.locals.get(node.text);
    if (local) return local.length === 1 ? unwrap(local[0]!) : node;
    const value = this.ctx.moduleValues.get(node.text);
    return value ? unwrap(value) : node;
  }

  private isOp(name: string): boolean {
    const bound = this.ctx.imports.get(name);
    return bound ? bound === 'alembic.op' : name === 'op';
  }

  private emit(operation: SchemaOperation): void {
    this.operations.push(operation);
  }

  /** An `uncertain` operation on the tables plus the `unresolved` problem that explains it. */
  /** `creates`: the tables among `tables` that the unevaluated code may have created (a skipped create_table). */
  private uncertain(node: SyntaxNode, tables: ObjectName[], reason: string, creates: ObjectName[] = [], createsMatching: string[] = []): void {
    this.uncertainOnly(node, tables, reason, creates, createsMatching);
    this.problems.push({
      kind: 'unresolved',
      message: `${capitalise(reason)}${tables.length > 0 ? `; table${tables.length > 1 ? 's' : ''} ${tables.map((t) => `"${t.name}"`).join(', ')} marked uncertain` : ''}`,
      location: this.location(node),
      // Naming no table, it is one of a kind of unknown, counted once with the others.
      ...(tables.length > 0 ? { tables: tables.map((t) => this.key(t)) } : { cause: 'unevaluated-migration-code', item: shortenSource(reason, 60) }),
    });
  }

  private uncertainOnly(node: SyntaxNode, tables: ObjectName[], reason: string, creates: ObjectName[] = [], createsMatching: string[] = []): void {
    this.operations.push({ op: 'uncertain', tables, reason, ...(creates.length > 0 ? { creates } : {}), ...(createsMatching.length > 0 ? { createsMatching } : {}), location: this.location(node) });
  }

  private key(table: ObjectName): string {
    return tableKey(table.schema ?? this.ctx.defaultSchema, table.name);
  }

  private location(node: SyntaxNode): SourceLocation {
    return nodeLocation(node, this.ctx.file);
  }
}

interface ColumnInfo {
  primaryKey: boolean;
  unique: boolean;
  index: boolean;
  references: ConstraintSpec | null;
  autoincrement: boolean | null;
  hasServerDefault: boolean;
  identity: boolean;
  /** `comment=`: Alembic emits COMMENT ON COLUMN after the table or column is created. */
  comment: string | null;
  /** ForeignKey(..., use_alter=True): left out of CREATE TABLE (op.add_column still adds it). */
  useAlter?: boolean;
}

function isSerial({ spec, info }: { spec: ColumnSpec; info: ColumnInfo }): boolean {
  if (!['integer', 'bigint', 'smallint'].includes(spec.type ?? '')) return false;
  if (info.autoincrement === false || info.hasServerDefault || info.identity) return false;
  // A key that is also a foreign key is not autoincrementing unless asked for explicitly.
  return info.references === null || info.autoincrement === true;
}

/**
 * A name argument: a constant (a literal, or a name bound once to one), `op.f("x")` / `conv("x")`
 * (an already-final name), or None.
 */
function nameValue(input: SyntaxNode, names: NameScope): string | null | typeof NOT_STATIC {
  const node = unwrap(input);
  if (node.type === 'call') {
    const callee = lastSegment(dottedName(node.childForFieldName('function')) ?? '');
    if (callee === 'f' || callee === 'conv' || callee === 'quoted_name') return nameValue(callArguments(node).positional[0] ?? node.childForFieldName('function')!, names);
    // A str method on a constant (`column.replace("_", ".")`) is evaluated like one.
    const value = evaluateConstant(node, names);
    return typeof value === 'string' ? value : NOT_STATIC;
  }
  const value = evaluateConstant(node, names);
  return typeof value === 'string' || value === null ? value : NOT_STATIC;
}

/** More items than this in a loop over a constant is not a migration worth unrolling. */
const MAX_UNROLLED_ITEMS = 200;

/** A `break`, `continue` or `return` in a loop body: it may run fewer times than it has items. */
function mayLeaveEarly(body: SyntaxNode): boolean {
  let found = false;
  const visit = (node: SyntaxNode): void => {
    if (found) return;
    if (node.type === 'break_statement' || node.type === 'continue_statement' || node.type === 'return_statement' || node.type === 'raise_statement') {
      found = true;
      return;
    }
    if (node.type === 'function_definition' || node.type === 'class_definition') return;
    if (!STATEMENT_CONTAINERS.has(node.type) && node.type !== 'for_statement') return;
    for (const child of node.namedChildren) if (child) visit(child);
  };
  visit(body);
  return found;
}

/** The tables a list of operations creates (or may create): a skipped branch's create_table. */
function createdBy(operations: SchemaOperation[]): ObjectName[] {
  const out: ObjectName[] = [];
  for (const operation of operations) {
    if (operation.op === 'createTable') out.push(operation.table);
    else if (operation.op === 'renameTable') out.push({ schema: operation.table.schema, name: operation.newName });
    else if (operation.op === 'uncertain') out.push(...(operation.creates ?? []));
  }
  return out;
}

/** `users.id` → table users, column id; `auth.users.id` → schema auth. */
function splitReference(target: string): { table: ObjectName | null; column: string } {
  const parts = target.split('.');
  if (parts.length < 2) return { table: null, column: target };
  const column = parts.pop()!;
  const name = parts.pop()!;
  return { table: { schema: parts.length > 0 ? parts.join('.') : null, name }, column };
}

/**
 * An f-string whose literal text, with each interpolation standing in as a plain name, parses as
 * data statements only (UPDATE, INSERT, DELETE, SELECT without INTO): whatever the values are, it
 * changes no schema.
 */
function isDataStatementTemplate(node: SyntaxNode): boolean {
  const parts = stringParts(node);
  if (parts === null || parts.every((p) => typeof p === 'string')) return false;
  const template = parts.map((p) => (typeof p === 'string' ? p : ' ormlint_value ')).join('');
  try {
    const statements = ((parseSync(template) as { stmts?: { stmt?: Record<string, { intoClause?: unknown }> }[] }).stmts ?? []).map((s) => s.stmt ?? {});
    return statements.length > 0 && statements.every((stmt) => {
      const [kind, body] = Object.entries(stmt)[0] ?? ['', {}];
      return DATA_STATEMENTS.has(kind) && !(kind === 'SelectStmt' && body.intoClause);
    });
  } catch {
    return false;
  }
}

const DATA_STATEMENTS = new Set(['UpdateStmt', 'InsertStmt', 'DeleteStmt', 'SelectStmt']);

/** Where a string literal's text starts (after its prefix and opening quotes). */
function stringOrigin(node: SyntaxNode, file: string): { file: string; line: number; column: number } {
  const first = node.type === 'concatenated_string' ? node.namedChildren[0] ?? node : node;
  const start = first.namedChildren.find((c) => c?.type === 'string_start');
  const at = start ? start.endPosition : first.startPosition;
  return { file, line: at.row + 1, column: at.column + 1 };
}

function isFString(node: SyntaxNode): boolean {
  const start = node.namedChildren.find((c) => c?.type === 'string_start');
  return node.type === 'string' && (start?.text ?? '').toLowerCase().includes('f');
}

function unwrapAwait(node: SyntaxNode): SyntaxNode {
  const inner = unwrap(node);
  return inner.type === 'await' ? unwrap(inner.namedChildren[0] ?? inner) : inner;
}

/** Every `name = value` in a function body (not nested defs), so a local bound once can be read. */
/** Statements that hold other statements: the only places an assignment can hide below the body. */
const STATEMENT_CONTAINERS = new Set([
  'block', 'if_statement', 'elif_clause', 'else_clause', 'for_statement', 'while_statement', 'with_statement',
  'try_statement', 'except_clause', 'except_group_clause', 'finally_clause', 'match_statement', 'case_clause',
]);

function collectLocals(body: SyntaxNode): Map<string, SyntaxNode[]> {
  const locals = new Map<string, SyntaxNode[]>();
  const record = (node: SyntaxNode): void => {
    const left = node.childForFieldName('left');
    const right = node.childForFieldName('right');
    if (left?.type === 'identifier' && right) {
      // An augmented assignment (`sql += ...`) makes the value unknowable: count it twice.
      const values = locals.get(left.text) ?? [];
      values.push(right);
      if (node.type === 'augmented_assignment') values.push(right);
      locals.set(left.text, values);
    }
  };
  // Assignments are statements: walk statements only, never into expressions (most of the tree).
  const visit = (node: SyntaxNode): void => {
    if (node.type === 'expression_statement') {
      for (const child of node.namedChildren) if (child && (child.type === 'assignment' || child.type === 'augmented_assignment')) record(child);
      return;
    }
    if (!STATEMENT_CONTAINERS.has(node.type)) return;
    // Loop variables are bound to values we do not know.
    if (node.type === 'for_statement') {
      const left = node.childForFieldName('left');
      if (left?.type === 'identifier') locals.set(left.text, [...(locals.get(left.text) ?? []), left, left]);
    }
    for (const child of node.namedChildren) if (child) visit(child);
  };
  visit(body);
  return locals;
}

/** The tables a list of operations touches (for `uncertain` markers). */
function tablesOf(operations: SchemaOperation[]): ObjectName[] {
  const out: ObjectName[] = [];
  const seen = new Set<string>();
  const add = (t: ObjectName): void => {
    const id = `${t.schema ?? ''}.${t.name}`;
    if (!seen.has(id)) {
      seen.add(id);
      out.push(t);
    }
  };
  for (const operation of operations) {
    if ('table' in operation && operation.table) add(operation.table);
    if (operation.op === 'uncertain') operation.tables.forEach(add);
  }
  return out;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}


/**
 * The labels written in `ENUM('a', 'b', name=..., create_type=False)`: create_type=False only stops the
 * table from creating the type, so an explicit `.create(bind)` creates it with these labels.
 */
function enumLabels(args: ReturnType<typeof callArguments>): string[] {
  return args.positional.map((arg) => stringValue(arg)).filter((label): label is string => label !== null);
}

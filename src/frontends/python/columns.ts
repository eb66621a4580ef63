import type { SyntaxNode } from './syntaxTree.js';
import type { Column, ColumnFact, Relationship, SourceLocation } from '../../facts.js';
import { canonicalType } from '../../dialect/postgres/types.js';
import {
  type Annotation,
  type AnnotationMapEntry,
  SQLMODEL_ANNOTATION_TYPES,
  annotatedAlias,
  peelAnnotation,
  readAnnotation,
  typeForAnnotation,
} from './annotations.js';
import { columnArgumentKind, readAutoincrement, readFlag, readForeignKeyArguments, readServerDefault } from './columnArgs.js';
import type { ClassDef, PyModule } from './namespace.js';
import { type Resolver, isSqlalchemyName, lastPart } from './resolve.js';
import { sqlalchemyType } from './sqlalchemyTypes.js';
import { typeDecoratorImpl } from './typeDecorators.js';
import { NOT_STATIC, callArguments, calleeName, dottedName, nodeLocation, shortenSource, staticValue, stringValue, unwrap } from './syntax.js';

/**
 * Reads the attributes of a model class body: columns (`Column`, `mapped_column`, `Mapped[...]`
 * annotations, SQLModel fields), relationships, `__tablename__`, `__table_args__`, `__table__`,
 * `__abstract__`. Everything is read from the tree; a value that needs running code becomes an
 * `unresolved` note rather than a guess.
 */

export interface ForeignKeyDraft {
  /** `table.column` or `schema.table.column` as written, null when not static. */
  target: string | null;
  /** `ForeignKey(User.id)`: the class and attribute, resolved later against the models. */
  classRef: { cls: ClassDef; attr: string } | null;
  name: string | null;
  onDelete: string | null;
  onUpdate: string | null;
  location: SourceLocation;
}

export interface ColumnDraft {
  /** The Python attribute; the column name may differ (`Column("db_name", ...)`). */
  attr: string;
  column: Column;
  explicitNullable: boolean | null;
  primaryKey: boolean;
  unique: boolean;
  index: boolean;
  foreignKeys: ForeignKeyDraft[];
  /** SQLAlchemy types a column with no type from its (single) foreign key target. */
  typeFromForeignKey: boolean;
  enumType: { name: string; values: string[] | null; enumClass: ClassDef | null } | null;
  /** Identity / autoincrement hints that make it a generated column. */
  autoincrement: boolean | null;
  identity: boolean;
  /** Came from a `@declared_attr` function: SQLAlchemy creates it after the body's columns. */
  declaredAttr: boolean;
  /** What could not be read about the column; each note says which facts it leaves unknown. */
  unresolved: ColumnNote[];
  /**
   * The written type is one ormlint cannot evaluate (a TypeDecorator, a third-party type): only
   * the type is unknown (null, which the comparison skips); the rest of the column is still checked.
   */
  unresolvedType: ColumnNote[];
}

/** Something about one column that code ormlint does not run decides. */
export interface ColumnNote {
  message: string;
  /** The column's facts this leaves unknown (`all`: the column exists, nothing else is known). */
  facts: ColumnFact[] | 'all';
  /** Groups notices of one kind (see FrontendProblem.cause). */
  cause: string;
  item?: string;
}

/**
 * Something in a class body ormlint cannot read. `columns`: the body may make columns nobody can
 * list (the table's column set is open); `constraints`: likewise for table arguments.
 */
export interface BodyNote {
  message: string;
  location: SourceLocation;
  scope: 'columns' | 'constraints';
  cause: string;
  item?: string;
}

export interface ClassBody {
  columns: ColumnDraft[];
  relationships: Relationship[];
  /** `__tablename__`: a static string, or a node we could not evaluate, or a declared_attr function. */
  tablename: { kind: 'string'; value: string; node: SyntaxNode } | { kind: 'computed'; node: SyntaxNode } | { kind: 'declared'; node: SyntaxNode } | null;
  tableObject: SyntaxNode | null;
  tableArgs: SyntaxNode | null;
  abstract: boolean;
  /** Flask-SQLAlchemy `__bind_key__`: the model's table lives in another database. */
  bindKey?: string | null;
  typeAnnotationMap: SyntaxNode | null;
  /** `metadata = MetaData(...)` on a base. */
  metadata: SyntaxNode | null;
  unresolved: BodyNote[];
  /** Every attribute name the body assigns, so a subclass attribute can hide a mixin's. */
  names: Set<string>;
}

export interface BodyContext {
  resolver: Resolver;
  mod: PyModule;
  typeMap: Map<string, AnnotationMapEntry>;
  /** A SQLModel table class: every annotated field is a column. */
  sqlmodel: boolean;
  isEnumClass: (cls: ClassDef) => boolean;
}

const COLUMN_FACTORIES = new Set(['Column', 'mapped_column']);
/** SQLModel classes are Pydantic models too: their settings are not fields. */
const PYDANTIC_SETTINGS = new Set(['model_config', 'Config']);
const WRAPPERS = new Set(['deferred', 'column_property', 'synonym_for']);
const RELATIONSHIPS = new Set(['relationship', 'relation', 'Relationship', 'dynamic_loader']);

/** What a call in a class body is, by what its callee resolves to. */
function callKind(ctx: BodyContext, call: SyntaxNode): 'column' | 'field' | 'relationship' | 'wrapper' | 'sa-other' | 'project' | 'foreign' | 'builtin' {
  const fn = call.childForFieldName('function');
  if (!fn) return 'foreign';
  const sym = ctx.resolver.resolveExpr(ctx.mod, fn);
  if (sym.kind === 'external') {
    const last = lastPart(sym.qualified);
    if (sym.qualified.startsWith('sqlmodel') && last === 'Field') return 'field';
    if (sym.qualified.startsWith('sqlmodel') && last === 'Relationship') return 'relationship';
    if (isSqlalchemyName(sym.qualified) || sym.qualified.startsWith('flask_sqlalchemy')) {
      if (COLUMN_FACTORIES.has(last)) return 'column';
      if (RELATIONSHIPS.has(last)) return 'relationship';
      if (WRAPPERS.has(last)) return 'wrapper';
      return 'sa-other';
    }
    return 'foreign';
  }
  if (sym.kind === 'unknown' && sym.unbound) return 'builtin'; // dict(), frozenset()
  return 'project';
}

/** Reads one class body. Nested classes and methods other than declared_attr are skipped. */
export function readClassBody(cls: ClassDef, ctx: BodyContext): ClassBody {
  const body: ClassBody = {
    columns: [],
    relationships: [],
    tablename: null,
    tableObject: null,
    tableArgs: null,
    abstract: false,
    typeAnnotationMap: null,
    metadata: null,
    unresolved: [],
    names: new Set(),
  };
  const file = cls.file;
  const visit = (statements: (SyntaxNode | null)[]): void => {
    for (const statement of statements) {
      if (!statement) continue;
      if (statement.type === 'expression_statement') {
        const assignment = statement.namedChild(0);
        if (assignment?.type === 'assignment') readAssignment(assignment, ctx, body, file);
      } else if (statement.type === 'decorated_definition') {
        readDecoratedFunction(statement, ctx, body, file);
      } else if (statement.type === 'if_statement') {
        // `if TYPE_CHECKING: email: str` / `else: email = Field(...)`: only the branch that runs.
        const running = typeCheckingBranch(statement, ctx);
        if (running) visit(running.namedChildren);
      }
    }
  };
  visit(cls.body?.namedChildren ?? []);
  return body;
}

/**
 * The block of `if TYPE_CHECKING:` (or `if not TYPE_CHECKING:`) that runs: the `else` of the
 * first, the body of the second. Null for any other condition (ormlint does not guess which runs)
 * and when no branch runs.
 */
function typeCheckingBranch(statement: SyntaxNode, ctx: BodyContext): SyntaxNode | null {
  const condition = statement.childForFieldName('condition');
  if (!condition) return null;
  const negated = condition.type === 'not_operator';
  const test = negated ? condition.childForFieldName('argument') : condition;
  if (!test || (test.type !== 'identifier' && test.type !== 'attribute')) return null;
  const sym = ctx.resolver.resolveExpr(ctx.mod, test);
  const isTypeChecking = sym.kind === 'external' && (sym.qualified === 'typing.TYPE_CHECKING' || sym.qualified === 'typing_extensions.TYPE_CHECKING');
  if (!isTypeChecking) return null;
  if (negated) return statement.childForFieldName('consequence');
  const alternative = statement.childrenForFieldName('alternative').find((c) => c?.type === 'else_clause');
  return alternative?.childForFieldName('body') ?? null;
}

function readAssignment(assignment: SyntaxNode, ctx: BodyContext, body: ClassBody, file: string): void {
  const left = assignment.childForFieldName('left');
  let right = assignment.childForFieldName('right');
  // `a = b = Column(...)`: the innermost value.
  while (right?.type === 'assignment') right = right.childForFieldName('right');
  const annotationNode = assignment.childForFieldName('type');
  if (!left || left.type !== 'identifier') return;
  const attr = left.text;
  body.names.add(attr);
  const location = nodeLocation(left, file);

  switch (attr) {
    case '__tablename__': {
      const value = stringValue(right);
      body.tablename = value !== null ? { kind: 'string', value, node: right! } : { kind: 'computed', node: right ?? left };
      return;
    }
    case '__table__':
      if (right) body.tableObject = right;
      return;
    case '__table_args__':
      if (right) body.tableArgs = right;
      return;
    case '__abstract__':
      body.abstract = staticValue(right) === true;
      return;
    case '__bind_key__':
      // Flask-SQLAlchemy: None is the default database; anything else (even unreadable) is not.
      if (right) body.bindKey = staticValue(right) === null ? null : (stringValue(right) ?? right.text);
      return;
    case 'type_annotation_map':
      if (right) body.typeAnnotationMap = right;
      return;
    case 'metadata':
      if (right) body.metadata = right;
      return;
    default:
      break;
  }
  if ((attr.startsWith('__') && attr.endsWith('__')) || PYDANTIC_SETTINGS.has(attr)) return;

  const annotation = annotationNode ? peelAnnotation(ctx.resolver, ctx.mod, readAnnotation(annotationNode)) : null;
  if (annotation?.classVar) return;
  const value = right ? unwrap(right) : null;

  if (value?.type === 'call') {
    const kind = callKind(ctx, value);
    if (kind === 'column') {
      body.columns.push(readColumnCall(value, attr, location, annotation, ctx));
      return;
    }
    if (kind === 'field') {
      const column = readSqlmodelField(value, attr, location, annotation, ctx);
      if (column) body.columns.push(column);
      return;
    }
    if (kind === 'relationship') {
      body.relationships.push(readRelationship(value, attr, location, annotation?.inner ?? null));
      return;
    }
    if (kind === 'wrapper') {
      const inner = callArguments(value).positional[0];
      const innerCall = inner ? unwrap(inner) : null;
      if (innerCall?.type === 'call' && callKind(ctx, innerCall) === 'column') body.columns.push(readColumnCall(innerCall, attr, location, annotation, ctx));
      return;
    }
    if (kind === 'project' || kind === 'foreign') {
      body.unresolved.push({ message: `the attribute "${attr}" is built by \`${calleeName(value) ?? 'a call'}(...)\`, which ormlint does not run; if it makes a column, that column is not checked`, location, scope: 'columns', cause: 'computed-attribute', item: `${calleeName(value) ?? 'a call'}()` });
      return;
    }
    return;
  }

  if (ctx.sqlmodel && annotation && !annotation.mapped) {
    // SQLModel: `name: str` or `name: str = "x"` is a column.
    const column = readSqlmodelField(null, attr, location, annotation, ctx);
    if (column) {
      if (value) column.column.pyDefault = value.text;
      body.columns.push(column);
    }
    return;
  }
  if (annotation?.mapped && !value) {
    // 2.0: `name: Mapped[str]` alone is a column. `Mapped[List["X"]]`/`Mapped["X"]` alone looks like a
    // relationship written without relationship(); but `Mapped[dict[str, Any]]` or `Mapped[list[str]]`
    // with a type_annotation_map entry is a column (JSONB, ARRAY), so the type map is asked first.
    if (isRelationshipAnnotation(annotation.inner) && !hasColumnType(annotation.inner, ctx)) return;
    body.columns.push(readColumnCall(null, attr, location, annotation, ctx));
    return;
  }
  if (value?.type === 'attribute' && !annotation) {
    // `id = BaseMixin.id`: the class attribute is another class's Column object.
    const borrowed = borrowedColumn(value, attr, location, ctx);
    if (borrowed) {
      body.columns.push(borrowed);
      return;
    }
  }
  if (value && (value.type === 'attribute' || value.type === 'identifier') && annotation?.mapped) {
    // `x: Mapped[int] = some_column_object` — a column object built elsewhere.
    body.unresolved.push({ message: `the attribute "${attr}" is bound to \`${value.text}\`, which ormlint cannot follow`, location, scope: 'columns', cause: 'computed-attribute', item: value.text });
  }
}

/** The column `Other.attr` names when Other is a project class whose body declares it, renamed to `attr`. */
function borrowedColumn(value: SyntaxNode, attr: string, location: SourceLocation, ctx: BodyContext): ColumnDraft | null {
  const owner = value.childForFieldName('object');
  const name = value.childForFieldName('attribute')?.text;
  if (!owner || !name) return null;
  const sym = ctx.resolver.resolveExpr(ctx.mod, owner);
  if (sym.kind !== 'class') return null;
  const mod = ctx.resolver.moduleForFile(sym.cls.file);
  if (!mod) return null;
  const source = readClassBody(sym.cls, { ...ctx, mod }).columns.find((c) => c.attr === name && !c.declaredAttr);
  if (!source) return null;
  const explicitName = source.column.name !== source.attr;
  return { ...source, attr, column: { ...source.column, name: explicitName ? source.column.name : attr, location }, foreignKeys: [...source.foreignKeys], unresolved: [...source.unresolved], unresolvedType: [...source.unresolvedType] };
}

function hasColumnType(inner: Annotation | null, ctx: BodyContext): boolean {
  const result = typeForAnnotation(ctx.resolver, ctx.mod, inner, ctx.typeMap, ctx.isEnumClass);
  return result.type !== null || result.entry !== undefined;
}

function isRelationshipAnnotation(inner: Annotation | null): boolean {
  if (!inner) return false;
  if (inner.kind === 'string') return true;
  if (inner.kind === 'generic') {
    const head = lastPart(inner.head.text);
    return ['List', 'list', 'Set', 'set', 'Sequence', 'Iterable', 'Collection', 'Dict', 'dict'].includes(head) && inner.args.some((a) => a.kind === 'string' || a.kind === 'name');
  }
  return false;
}

function readDecoratedFunction(statement: SyntaxNode, ctx: BodyContext, body: ClassBody, file: string): void {
  const definition = statement.childForFieldName('definition');
  if (definition?.type !== 'function_definition') return;
  const decorators = statement.namedChildren.filter((c): c is SyntaxNode => c?.type === 'decorator');
  const isDeclared = decorators.some((d) => {
    const expr = d.namedChild(0);
    const target = expr?.type === 'call' ? expr.childForFieldName('function') : expr;
    const name = dottedName(target) ?? '';
    return lastPart(name) === 'declared_attr' || name.endsWith('declared_attr.directive') || name.endsWith('declared_attr.cascading');
  });
  const nameNode = definition.childForFieldName('name');
  if (!nameNode) return;
  const attr = nameNode.text;
  body.names.add(attr);
  if (!isDeclared) return;
  const location = nodeLocation(nameNode, file);
  if (attr === '__tablename__') {
    body.tablename = { kind: 'declared', node: definition };
    return;
  }
  const returned = singleReturn(definition);
  if (attr === '__table_args__') {
    if (returned) body.tableArgs = returned;
    else body.unresolved.push({ message: 'a @declared_attr __table_args__ that is more than one return statement is not evaluated', location, scope: 'constraints', cause: 'computed-table-args' });
    return;
  }
  if (attr.startsWith('__')) return;
  const value = returned ? unwrap(returned) : null;
  if (value?.type === 'call') {
    const kind = callKind(ctx, value);
    if (kind === 'column') {
      const returnType = definition.childForFieldName('return_type');
      const annotation = returnType ? peelAnnotation(ctx.resolver, ctx.mod, readAnnotation(returnType)) : null;
      const column = readColumnCall(value, attr, location, annotation, ctx);
      column.declaredAttr = true;
      body.columns.push(column);
      return;
    }
    if (kind === 'relationship') {
      body.relationships.push(readRelationship(value, attr, location, null));
      return;
    }
  }
  body.unresolved.push({ message: `the @declared_attr "${attr}" is computed by code ormlint does not run; if it makes a column, that column is not checked`, location, scope: 'columns', cause: 'computed-attribute', item: `@declared_attr ${attr}` });
}

function singleReturn(fn: SyntaxNode): SyntaxNode | null {
  const block = fn.childForFieldName('body');
  const statements = (block?.namedChildren ?? []).filter((s): s is SyntaxNode => !!s && s.type !== 'comment' && !(s.type === 'expression_statement' && s.namedChild(0)?.type === 'string'));
  if (statements.length !== 1 || statements[0]!.type !== 'return_statement') return null;
  return statements[0]!.namedChild(0);
}

/** One keyword or type of a column call, with the module its names resolve in. */
interface Placed {
  node: SyntaxNode;
  ctx: BodyContext;
}

/** What one `Column(...)` / `mapped_column(...)` call says, before the annotation is consulted. */
interface ColumnArguments {
  name: string | null;
  type: Placed | null;
  foreignKeys: ForeignKeyDraft[];
  identity: boolean;
  keywords: Map<string, Placed>;
  unresolved: ColumnNote[];
}

function readColumnArguments(call: SyntaxNode | null, attr: string, location: SourceLocation, ctx: BodyContext): ColumnArguments {
  const out: ColumnArguments = { name: null, type: null, foreignKeys: [], identity: false, keywords: new Map(), unresolved: [] };
  if (!call) return out;
  const args = callArguments(call);
  if (args.hasSplat) out.unresolved.push({ message: `the column "${attr}" takes *args/**kwargs; what they hold is not known`, facts: 'all', cause: 'splat-arguments' });
  // `Column = functools.partial(db.Column, nullable=False)`: the partial's keywords come first.
  const fn = call.childForFieldName('function');
  const callee = fn ? ctx.resolver.resolveExpr(ctx.mod, fn) : null;
  if (callee?.kind === 'external' && callee.partial) {
    for (const [key, node] of callee.partial.keywords) out.keywords.set(key, { node, ctx: { ...ctx, mod: callee.partial.module } });
  }
  for (const [key, node] of args.keywords) out.keywords.set(key, { node, ctx });
  let typeNode: SyntaxNode | null = args.keywords.get('type_') ?? null;
  for (const [i, arg] of args.positional.entries()) {
    const value = unwrap(arg);
    if (i === 0 && stringValue(value) !== null) {
      out.name = stringValue(value)!;
      continue;
    }
    if (value.type === 'call') {
      const callee = lastPart(calleeName(value) ?? '');
      const kind = columnArgumentKind(callee);
      if (kind === 'foreignKey') out.foreignKeys.push(readForeignKey(value, ctx, location.file));
      if (kind === 'identity') out.identity = true;
      // `Column(ArrowType, DefaultClause(func.now()))` is `server_default=func.now()`; a positional
      // FetchedValue() says the database has a default SQLAlchemy does not know.
      const positionalDefault = callee === 'DefaultClause' ? callArguments(value).positional[0] ?? null : callee === 'FetchedValue' ? value : null;
      if (positionalDefault && !out.keywords.has('server_default')) out.keywords.set('server_default', { node: positionalDefault, ctx });
      if (kind !== null) continue;
    }
    // `Column(None, ForeignKey(...))`: no type of its own; it comes from the foreign key target.
    if (!typeNode && value.type !== 'none') typeNode = value;
  }
  const nameKeyword = stringValue(args.keywords.get('name'));
  if (nameKeyword !== null) out.name = nameKeyword;
  if (typeNode) out.type = { node: typeNode, ctx };
  return out;
}

/**
 * `Mapped[intpk]` with `intpk = Annotated[int, mapped_column(primary_key=True)]`: SQLAlchemy merges
 * the alias's mapped_column into the attribute's (`Column._merge`): whatever the attribute's own
 * call leaves unset comes from the alias.
 */
function mergeColumnArguments(own: ColumnArguments, from: ColumnArguments): ColumnArguments {
  const keywords = new Map(from.keywords);
  for (const [key, value] of own.keywords) keywords.set(key, value);
  return {
    name: own.name,
    type: own.type ?? from.type,
    foreignKeys: own.foreignKeys.length > 0 ? own.foreignKeys : from.foreignKeys,
    identity: own.identity || from.identity,
    keywords,
    unresolved: [...own.unresolved, ...from.unresolved],
  };
}

/** `Column(...)`, `mapped_column(...)`, or (call null) a bare `Mapped[X]` annotation. */
export function readColumnCall(
  call: SyntaxNode | null,
  attr: string,
  location: SourceLocation,
  annotation: ReturnType<typeof peelAnnotation> | null,
  ctx: BodyContext,
): ColumnDraft {
  const draft = emptyDraft(attr, location);
  const alias = annotation?.inner ? annotatedAlias(ctx.resolver, ctx.mod, annotation.inner) : null;
  const own = readColumnArguments(call, attr, location, ctx);
  const aliasContext = alias ? { ...ctx, mod: alias.mod } : ctx;
  const args = alias?.mappedColumn ? mergeColumnArguments(own, readColumnArguments(alias.mappedColumn, attr, location, aliasContext)) : own;
  draft.unresolved.push(...args.unresolved);
  if (args.name !== null) draft.column.name = args.name;
  draft.foreignKeys.push(...args.foreignKeys);
  draft.identity = args.identity;

  // A typeless column with a ForeignKey takes the target column's type, even under `Mapped[int]`:
  // SQLAlchemy only types from the annotation when `sqltype._isnull and not column.foreign_keys`.
  // An Annotated alias is looked up in the type map as itself first, then as the type it wraps.
  if (args.type) applyType(draft, args.type.node, args.type.ctx);
  else if (draft.foreignKeys.length === 1) draft.typeFromForeignKey = true;
  else if (draft.foreignKeys.length > 1) draft.unresolved.push({ message: `the column "${attr}" has no type of its own and several foreign keys; which target types it is not known`, facts: ['type'], cause: 'unknown-type', item: 'several foreign keys' });
  else if (alias && !hasColumnType(annotation!.inner, ctx) && alias.inner) applyAnnotationType(draft, alias.inner, aliasContext, undefined);
  else if (annotation?.inner) applyAnnotationType(draft, annotation.inner, ctx, undefined);
  else draft.unresolved.push({ message: `the column "${attr}" has no type ormlint can read`, facts: ['type'], cause: 'unknown-type', item: 'no type' });

  const flag = (key: string): boolean | null => {
    const placed = args.keywords.get(key);
    const value = readFlag(placed?.node);
    if (value !== NOT_STATIC) return value;
    draft.unresolved.push({ message: `\`${key}=${placed!.node.text}\` on "${attr}" cannot be evaluated statically`, facts: [FLAG_FACTS[key] ?? 'nullable'], cause: 'computed-flag', item: `${key}=${shortenSource(placed!.node.text, 60)}` });
    return null;
  };
  draft.primaryKey = flag('primary_key') ?? false;
  draft.unique = flag('unique') ?? false;
  draft.index = flag('index') ?? false;
  draft.explicitNullable = flag('nullable');
  draft.autoincrement = readAutoincrement(args.keywords.get('autoincrement')?.node);

  // Column(): nullable unless primary key. mapped_column(): the Mapped annotation decides
  // (`Optional[...]` outside the alias or inside `Annotated[Optional[X], ...]`).
  const isMappedColumn = call ? lastPart(calleeName(call) ?? '') === 'mapped_column' || calleeName(call) === null : true;
  let nullable = !draft.primaryKey;
  if ((isMappedColumn || !call) && annotation?.mapped && annotation.inner !== null) nullable = (annotation.optional || (alias?.optional ?? false)) && !draft.primaryKey;
  if (draft.explicitNullable !== null) nullable = draft.explicitNullable;
  draft.column.nullable = nullable;

  const defaultNode = (args.keywords.get('default') ?? args.keywords.get('insert_default'))?.node;
  if (defaultNode) draft.column.pyDefault = defaultNode.text;
  const serverDefault = args.keywords.get('server_default');
  if (serverDefault) applyServerDefault(draft, serverDefault.node, serverDefault.ctx);
  return draft;
}

function emptyDraft(attr: string, location: SourceLocation): ColumnDraft {
  return {
    attr,
    column: { name: attr, type: null, nullable: true, primaryKey: false, unique: false, index: false, foreignKey: null, default: null, pyDefault: null, location },
    explicitNullable: null,
    primaryKey: false,
    unique: false,
    index: false,
    foreignKeys: [],
    typeFromForeignKey: false,
    enumType: null,
    autoincrement: null,
    identity: false,
    declaredAttr: false,
    unresolved: [],
    unresolvedType: [],
  };
}

/** Local name → qualified name for every name the type expression uses, as this module binds them. */
function typeImports(node: SyntaxNode, ctx: BodyContext): { imports: Map<string, string>; problem: string | null } {
  const imports = new Map<string, string>();
  let problem: string | null = null;
  const heads: SyntaxNode[] = [];
  const collect = (n: SyntaxNode): void => {
    if (n.type === 'identifier') heads.push(n);
    else if (n.type === 'attribute') {
      let object = n;
      while (object.type === 'attribute') object = object.childForFieldName('object')!;
      if (object.type === 'identifier') heads.push(object);
      else collect(object);
    } else if (n.type === 'keyword_argument') {
      const value = n.childForFieldName('value');
      if (value) collect(value);
    } else for (const child of n.namedChildren) if (child) collect(child);
  };
  collect(node);
  for (const head of heads) {
    if (imports.has(head.text)) continue;
    const sym = ctx.resolver.resolveName(ctx.mod, head.text);
    const qualified = ctx.resolver.qualifiedName(sym);
    if (qualified) imports.set(head.text, qualified);
    else if (sym.kind === 'unknown' && !sym.unbound) problem ??= sym.reason;
    else if (sym.kind === 'unknown') imports.set(head.text, `builtins.${head.text}`);
  }
  return { imports, problem };
}

/**
 * A literal, or a name bound to one at module level, here or in a module it imports
 * (`String(MAX_TAG_LENGTH)`, `Unicode(vocabulary.NAME_MAX_LENGTH)`).
 */
function moduleConstant(node: SyntaxNode, ctx: BodyContext): ReturnType<typeof staticValue> {
  const literal = staticValue(node);
  if (literal !== NOT_STATIC) return literal;
  const inner = unwrap(node);
  if (inner.type !== 'identifier' && inner.type !== 'attribute') return NOT_STATIC;
  const sym = ctx.resolver.resolveExpr(ctx.mod, inner);
  return sym.kind === 'value' ? staticValue(sym.value) : NOT_STATIC;
}

function applyType(draft: ColumnDraft, input: SyntaxNode, ctx: BodyContext): void {
  const typeNode = mutableInner(input, ctx) ?? input;
  const { imports, problem } = typeImports(typeNode, ctx);
  if (problem) {
    draft.unresolvedType.push({ message: `the type of "${draft.attr}" cannot be resolved: ${problem}`, facts: ['type'], cause: 'unknown-type', item: shortenSource(unwrap(typeNode).text, 60) });
    return;
  }
  // A project class is a custom type (TypeDecorator): its database type is whatever impl says.
  const head = unwrap(typeNode).type === 'call' ? unwrap(typeNode).childForFieldName('function') : unwrap(typeNode);
  const headSym = head ? ctx.resolver.resolveExpr(ctx.mod, head) : null;
  if (headSym?.kind === 'class') {
    const decorated = typeDecoratorImpl(headSym.cls, ctx.resolver);
    if (decorated?.kind === 'impl') {
      // `StringEnum(Status, length=20)` passes its keywords on to a bare impl class.
      const length = unwrap(typeNode).type === 'call' ? staticValue(callArguments(unwrap(typeNode)).keywords.get('length')) : undefined;
      const implIsBare = decorated.node.type !== 'call';
      const { imports: implImports } = typeImports(decorated.node, { ...ctx, mod: decorated.mod });
      const result = sqlalchemyType(decorated.node, implImports);
      if (result.type && !result.createsEnum) {
        draft.column.type = implIsBare && typeof length === 'number' && result.type === canonicalType('varchar') ? canonicalType('varchar', { args: [length] }) : result.type;
        return;
      }
    }
    draft.unresolvedType.push({ message: `the type of "${draft.attr}" is the project class ${headSym.cls.name}, which ormlint does not evaluate; the column is checked without its type`, facts: ['type'], cause: 'unknown-type', item: headSym.cls.name });
    return;
  }
  const result = sqlalchemyType(typeNode, imports, (n) => moduleConstant(n, ctx));
  draft.column.type = result.type;
  if (result.createsEnum) {
    const enumClass = enumClassArgument(typeNode, ctx);
    const call = unwrap(typeNode).type === 'call' ? unwrap(typeNode) : null;
    // values_callable (usually `lambda e: [m.value for m in e]`) stores member values instead of names.
    const byValue = call !== null && callArguments(call).keywords.has('values_callable');
    const values = enumClass ? (byValue ? enumMemberValues(enumClass) : enumMemberNames(enumClass)) : result.unresolved ? null : result.createsEnum.values;
    draft.enumType = { name: result.createsEnum.name, values, enumClass };
    if (result.unresolved && !enumClass) draft.unresolvedType.push({ message: result.unresolved, facts: ['type'], cause: 'unknown-type', item: typeItem(typeNode) });
  } else if (result.unresolved) {
    draft.unresolvedType.push({ message: result.unresolved, facts: ['type'], cause: 'unknown-type', item: typeItem(typeNode) });
  } else if (result.type === canonicalType('varchar')) {
    const sized = nonNativeEnumLength(typeNode, ctx);
    if (sized !== null) draft.column.type = canonicalType('varchar', { args: [sized] });
  }
}

/**
 * `Enum(Level, native_enum=False)`: SQLAlchemy makes a VARCHAR as long as the longest stored
 * string — member names, or values with values_callable — unless `length=` says otherwise.
 * Null when the type is no such Enum or the strings cannot be read.
 */
function nonNativeEnumLength(typeNode: SyntaxNode, ctx: BodyContext): number | null {
  const call = unwrap(typeNode);
  if (call.type !== 'call' || lastPart(calleeName(call) ?? '') !== 'Enum' || callArguments(call).keywords.has('length')) return null;
  const enumClass = enumClassArgument(call, ctx);
  if (!enumClass) return null;
  const stored = callArguments(call).keywords.has('values_callable') ? enumMemberValues(enumClass) : enumMemberNames(enumClass);
  return stored && stored.length > 0 ? Math.max(...stored.map((v) => v.length)) : null;
}

function enumClassArgument(typeNode: SyntaxNode, ctx: BodyContext): ClassDef | null {
  const node = unwrap(typeNode);
  if (node.type !== 'call') return null;
  const fn = lastPart(calleeName(node) ?? '');
  const args = callArguments(node);
  const first = fn === 'ARRAY' ? args.positional[0] : node;
  if (first !== node) return first ? enumClassArgument(first, ctx) : null;
  for (const arg of args.positional) {
    if (stringValue(arg) !== null) continue;
    const sym = ctx.resolver.resolveExpr(ctx.mod, arg);
    if (sym.kind === 'class' && ctx.isEnumClass(sym.cls)) return sym.cls;
  }
  return null;
}

/** SQLAlchemy stores a Python enum by member NAME unless values_callable says otherwise. */
function enumMemberNames(cls: ClassDef): string[] {
  const names: string[] = [];
  for (const statement of cls.body?.namedChildren ?? []) {
    const assignment = statement?.type === 'expression_statement' ? statement.namedChild(0) : null;
    const left = assignment?.type === 'assignment' ? assignment.childForFieldName('left') : null;
    if (left?.type === 'identifier' && !left.text.startsWith('_') && assignment?.childForFieldName('right')) names.push(left.text);
  }
  return names;
}

/** The static string values of a Python enum's members, or null when one is not a string literal. */
function enumMemberValues(cls: ClassDef): string[] | null {
  const values: string[] = [];
  for (const statement of cls.body?.namedChildren ?? []) {
    const assignment = statement?.type === 'expression_statement' ? statement.namedChild(0) : null;
    const left = assignment?.type === 'assignment' ? assignment.childForFieldName('left') : null;
    if (left?.type !== 'identifier' || left.text.startsWith('_')) continue;
    const value = stringValue(assignment!.childForFieldName('right'));
    if (value === null) return null;
    values.push(value);
  }
  return values;
}

function applyAnnotationType(draft: ColumnDraft, inner: Annotation, ctx: BodyContext, defaults: Record<string, string> | undefined): void {
  const result = typeForAnnotation(ctx.resolver, ctx.mod, inner, ctx.typeMap, ctx.isEnumClass, defaults);
  if (result.type !== null) {
    draft.column.type = result.type;
    if (result.enumClass) draft.enumType = { name: result.type, values: enumMemberNames(result.enumClass), enumClass: result.enumClass };
    return;
  }
  if (result.entry) {
    applyType(draft, result.entry.node, { ...ctx, mod: result.entry.module });
    return;
  }
  draft.unresolved.push({ message: `the type of "${draft.attr}": ${result.unresolved}`, facts: ['type'], cause: 'unknown-type', item: annotationItem(inner) });
}

/** SQLModel `Field(...)`, or a bare annotated field (call null). */
function readSqlmodelField(call: SyntaxNode | null, attr: string, location: SourceLocation, annotation: ReturnType<typeof peelAnnotation> | null, ctx: BodyContext): ColumnDraft | null {
  const args = call ? callArguments(call) : { positional: [] as SyntaxNode[], keywords: new Map<string, SyntaxNode>(), hasSplat: false };
  const saColumn = args.keywords.get('sa_column');
  if (saColumn && unwrap(saColumn).type === 'call') return readColumnCall(unwrap(saColumn), attr, location, null, ctx);
  const draft = emptyDraft(attr, location);
  const saType = args.keywords.get('sa_type');
  if (saType) applyType(draft, saType, ctx);
  else if (annotation?.inner) applyAnnotationType(draft, annotation.inner, ctx, SQLMODEL_ANNOTATION_TYPES);
  // `sa_column_kwargs={"unique": True, "index": True}` passes Column() keywords through SQLModel.
  const columnKwargs = new Map<string, SyntaxNode>();
  const kwargsNode = args.keywords.get('sa_column_kwargs');
  if (kwargsNode && unwrap(kwargsNode).type === 'dictionary') {
    for (const pair of unwrap(kwargsNode).namedChildren) {
      const key = pair?.type === 'pair' ? stringValue(pair.childForFieldName('key')) : null;
      const value = pair?.childForFieldName('value');
      if (key !== null && value) columnKwargs.set(key, value);
    }
  }
  const bool = (key: string): boolean | null => {
    const value = staticValue(args.keywords.get(key) ?? columnKwargs.get(key));
    return typeof value === 'boolean' ? value : null;
  };
  draft.primaryKey = bool('primary_key') ?? false;
  draft.unique = bool('unique') ?? false;
  draft.index = bool('index') ?? false;
  draft.explicitNullable = bool('nullable');
  draft.column.nullable = draft.explicitNullable ?? (!draft.primaryKey && (annotation?.optional ?? false));
  const maxLengthNode = args.keywords.get('max_length');
  const maxLength = staticValue(maxLengthNode);
  if (typeof maxLength === 'number' && draft.column.type === 'character varying') draft.column.type = canonicalType('varchar', { args: [maxLength] });
  else if (maxLengthNode && draft.column.type === 'character varying') {
    // A length from a setting: the column is a varchar of a length ormlint cannot know.
    draft.unresolved.push({ message: `\`max_length=${shortenSource(maxLengthNode.text, 60)}\` on "${attr}" cannot be evaluated statically`, facts: ['type'], cause: 'computed-flag', item: `max_length=${shortenSource(maxLengthNode.text, 60)}` });
  }
  const digits = staticValue(args.keywords.get('max_digits'));
  const places = staticValue(args.keywords.get('decimal_places'));
  if (draft.column.type === 'numeric' && typeof digits === 'number') draft.column.type = canonicalType('numeric', { args: [digits, typeof places === 'number' ? places : 0] });
  const fk = stringValue(args.keywords.get('foreign_key'));
  if (fk !== null) {
    const onDelete = stringValue(args.keywords.get('ondelete'));
    draft.foreignKeys.push({ target: fk, classRef: null, name: null, onDelete, onUpdate: null, location });
  }
  const defaultNode = args.keywords.get('default') ?? (call ? args.positional[0] : undefined);
  if (defaultNode && defaultNode.text !== '...') draft.column.pyDefault = defaultNode.text;
  const kwargs = args.keywords.get('sa_column_kwargs');
  if (kwargs?.type === 'dictionary') {
    for (const pair of kwargs.namedChildren) {
      if (pair?.type !== 'pair') continue;
      if (stringValue(pair.childForFieldName('key')) === 'server_default') applyServerDefault(draft, pair.childForFieldName('value')!, ctx);
    }
  }
  return draft;
}

function readForeignKey(call: SyntaxNode, ctx: BodyContext, file: string): ForeignKeyDraft {
  const { targetNode: first, target, name, onDelete, onUpdate } = readForeignKeyArguments(call);
  let classRef: ForeignKeyDraft['classRef'] = null;
  if (target === null && first && unwrap(first).type === 'attribute') {
    const object = unwrap(first).childForFieldName('object');
    const attrName = unwrap(first).childForFieldName('attribute')?.text;
    const sym = object ? ctx.resolver.resolveExpr(ctx.mod, object) : null;
    if (sym?.kind === 'class' && attrName) classRef = { cls: sym.cls, attr: attrName };
  }
  return {
    target,
    classRef,
    name,
    onDelete,
    onUpdate,
    location: nodeLocation(call, file),
  };
}

function readRelationship(call: SyntaxNode, attr: string, location: SourceLocation, inner: Annotation | null): Relationship {
  const args = callArguments(call);
  const first = args.positional[0] ?? args.keywords.get('argument');
  let target: string | null = stringValue(first) ?? dottedName(first) ?? null;
  if (!target && inner) {
    const ann = inner.kind === 'generic' ? inner.args[0] : inner;
    if (ann?.kind === 'string') target = ann.text;
    else if (ann?.kind === 'name') target = ann.node.text;
  }
  return { name: attr, target, location };
}

/**
 * The server default as Postgres' catalog prints it (the reader shared with Alembic ops):
 * `func.now()` → `now()`, `text("0")` → `0`, `"pending"` on a varchar → `'pending'::character varying`.
 */
function applyServerDefault(draft: ColumnDraft, input: SyntaxNode, ctx: BodyContext): void {
  const qualify = (fn: SyntaxNode): string => {
    const sym = ctx.resolver.resolveExpr(ctx.mod, fn);
    return sym.kind === 'external' ? sym.qualified : (dottedName(fn) ?? '');
  };
  const read = readServerDefault(input, draft.column.type, qualify);
  if (read.kind === 'sql') draft.column.default = read.sql;
  else if (read.kind === 'unknown') {
    const text = unwrap(input).text;
    draft.unresolved.push({ message: `server_default=${text} on "${draft.attr}" is not evaluated statically`, facts: ['default'], cause: 'server-default', item: shortenSource(text, 60) });
  }
}

/** Kept here for the model side's callers; the one implementation is in columnArgs.ts. */
export { renderStringDefault } from './columnArgs.js';

/** The column fact a boolean keyword of Column() / mapped_column() sets. */
const FLAG_FACTS: Record<string, ColumnFact> = { primary_key: 'primaryKey', unique: 'unique', index: 'index', nullable: 'nullable' };

/** A type as counted in notices: its callee without arguments (`JSONType`, `sa_utils.ChoiceType`). */
function typeItem(typeNode: SyntaxNode): string {
  const node = unwrap(typeNode);
  const head = node.type === 'call' ? node.childForFieldName('function') : node;
  return shortenSource(head?.text ?? node.text, 60);
}

/**
 * `MutableDict.as_mutable(JSONB)` (sqlalchemy.ext.mutable) tracks changes in Python; the column's
 * type is the one it wraps.
 */
function mutableInner(typeNode: SyntaxNode, ctx: BodyContext): SyntaxNode | null {
  const node = unwrap(typeNode);
  if (node.type !== 'call') return null;
  const fn = node.childForFieldName('function');
  if (fn?.type !== 'attribute' || fn.childForFieldName('attribute')?.text !== 'as_mutable') return null;
  const owner = fn.childForFieldName('object');
  const sym = owner ? ctx.resolver.resolveExpr(ctx.mod, owner) : null;
  const fromMutable = sym?.kind === 'external' ? sym.qualified.startsWith('sqlalchemy.ext.mutable') : sym?.kind === 'class';
  const inner = callArguments(node).positional[0];
  return fromMutable && inner ? inner : null;
}

/** An annotation as counted in notices (`Mapped[Money]` counts as `Money`). */
function annotationItem(inner: Annotation): string {
  switch (inner.kind) {
    case 'name':
    case 'other':
      return shortenSource(inner.node.text, 60);
    case 'generic':
      return shortenSource(inner.head.text, 60);
    case 'string':
      return inner.text;
    default:
      return inner.kind;
  }
}

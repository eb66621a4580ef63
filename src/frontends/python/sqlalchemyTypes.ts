import type { SyntaxNode } from './syntaxTree.js';
import { libraryType } from '../../catalog/libraries.js';
import { canonicalType, isKnownTypeName } from '../../dialect/postgres/types.js';
import { callArguments, dottedName, lastSegment, staticValue, stringValue, unwrap, shortenSource } from './syntax.js';

/**
 * Maps a SQLAlchemy type expression (`sa.String(50)`, `postgresql.JSONB()`, `sa.Enum(..., name=)`,
 * `ARRAY(sa.Integer())`) to Postgres' canonical spelling through the one normalisation table in
 * src/schema/types.ts. Models and Alembic migrations both call this, so `sa.String(50)` means
 * `character varying(50)` on both sides.
 */

/** Local name → fully qualified dotted name, as the module's imports bind it. */
export type PythonImports = Map<string, string>;

export interface SqlalchemyTypeResult {
  /** Canonical Postgres spelling, or null when the expression is not a type we can evaluate. */
  type: string | null;
  /** A native enum this type creates with its table (`sa.Enum('a', name='x')`), null if none. */
  createsEnum?: { name: string; values: string[]; schema?: string | null } | null;
  /** The schema of an enum type declared with `schema=` (whether or not this expression creates it). */
  enumSchema?: string;
  /** Why `type` is null (or why the enum values are unknown), for an `unresolved` problem. */
  unresolved?: string;
}

/** Used when the caller passes no imports: the spellings Alembic's templates use. */
const CONVENTIONAL_IMPORTS: PythonImports = new Map([
  ['sa', 'sqlalchemy'],
  ['sqlalchemy', 'sqlalchemy'],
  ['postgresql', 'sqlalchemy.dialects.postgresql'],
  ['pg', 'sqlalchemy.dialects.postgresql'],
]);

/** SQLAlchemy class names that the shared table does not spell directly. */
const EXTRA_NAMES: Record<string, string> = {
  pickletype: 'bytea',
  autostring: 'varchar', // sqlmodel.sql.sqltypes.AutoString
  guid: 'uuid',
};

/** Modules whose classes we recognise as SQLAlchemy types. */
function isTypeModule(qualified: string): boolean {
  return qualified === 'sqlalchemy' || qualified.startsWith('sqlalchemy.') || qualified.startsWith('sqlmodel');
}

/**
 * Reads `import x as y` / `from m import a as b` statements at any depth of the module into a map
 * local name → qualified name (`sa` → `sqlalchemy`, `JSONB` → `sqlalchemy.dialects.postgresql.JSONB`).
 */
export function readImports(root: SyntaxNode): PythonImports {
  const imports: PythonImports = new Map();
  const visit = (node: SyntaxNode): void => {
    if (node.type === 'import_statement') {
      for (const child of node.childrenForFieldName('name')) {
        if (!child) continue;
        if (child.type === 'aliased_import') {
          const name = dottedText(child.childForFieldName('name'));
          const alias = child.childForFieldName('alias')?.text;
          if (name && alias) imports.set(alias, name);
        } else {
          const name = dottedText(child);
          // `import sqlalchemy.dialects.postgresql` binds `sqlalchemy`.
          if (name) imports.set(name.split('.')[0]!, name.split('.')[0]!);
        }
      }
      return;
    }
    if (node.type === 'import_from_statement') {
      const module = dottedText(node.childForFieldName('module_name'));
      if (!module) return;
      for (const child of node.childrenForFieldName('name')) {
        if (!child) continue;
        if (child.type === 'aliased_import') {
          const name = dottedText(child.childForFieldName('name'));
          const alias = child.childForFieldName('alias')?.text;
          if (name && alias) imports.set(alias, `${module}.${name}`);
        } else {
          const name = dottedText(child);
          if (name) imports.set(name, `${module}.${name}`);
        }
      }
      return;
    }
    // Imports are statements: only nodes that hold statements can hold one (never an expression,
    // whose subtrees are most of a file). ERROR nodes may wrap statements that did not parse.
    if (!HOLDS_STATEMENTS.has(node.type)) return;
    for (const child of node.namedChildren) if (child) visit(child);
  };
  visit(root);
  return imports;
}

/** tree-sitter-python node types that can contain statements (compound statements, their clauses, blocks). */
const HOLDS_STATEMENTS = new Set([
  'module', 'block', 'ERROR',
  'if_statement', 'elif_clause', 'else_clause', 'for_statement', 'while_statement',
  'try_statement', 'except_clause', 'except_group_clause', 'finally_clause', 'with_statement',
  'function_definition', 'class_definition', 'decorated_definition', 'match_statement', 'case_clause',
]);

function dottedText(node: SyntaxNode | null | undefined): string | null {
  if (!node) return null;
  if (node.type === 'dotted_name' || node.type === 'identifier' || node.type === 'relative_import') return node.text;
  return null;
}

/** Resolves a dotted name through the imports: `sa.String` → `sqlalchemy.String`. */
export function qualifyName(name: string, imports?: PythonImports): string {
  const map = imports ?? CONVENTIONAL_IMPORTS;
  const dot = name.indexOf('.');
  const head = dot === -1 ? name : name.slice(0, dot);
  const rest = dot === -1 ? '' : name.slice(dot);
  const bound = map.get(head) ?? (imports ? CONVENTIONAL_IMPORTS.get(head) : undefined);
  return bound ? bound + rest : name;
}

/** Evaluates an argument of a type (a length, a precision): literals, and names the caller can resolve. */
export type Evaluate = (node: SyntaxNode) => ReturnType<typeof staticValue>;

function unevaluatedArgument(typeName: string, argument: SyntaxNode): SqlalchemyTypeResult {
  return { type: null, unresolved: `the argument \`${shortenSource(unwrap(argument).text, 40)}\` of \`${typeName}\` cannot be evaluated statically` };
}

/**
 * The canonical type of a SQLAlchemy type expression, called or bare. Unknown classes (custom
 * TypeDecorators, other libraries) come back as `type: null` with the reason in `unresolved`.
 */
export function sqlalchemyType(input: SyntaxNode, imports?: PythonImports, evaluate: Evaluate = staticValue): SqlalchemyTypeResult {
  const node = unwrap(input);
  const callee = node.type === 'call' ? node.childForFieldName('function') : node;
  // `sa.JSON().with_variant(postgresql.JSONB(), "postgresql")`: on Postgres the variant applies.
  if (node.type === 'call' && callee?.type === 'attribute' && callee.childForFieldName('attribute')?.text === 'with_variant') {
    const args = callArguments(node);
    const dialect = stringValue(args.positional[1] ?? args.keywords.get('dialect_name'));
    const base = callee.childForFieldName('object');
    if (dialect === 'postgresql' && args.positional[0]) return sqlalchemyType(args.positional[0], imports, evaluate);
    if (base) return sqlalchemyType(base, imports, evaluate);
  }
  const name = dottedName(callee);
  if (!name) return { type: null, unresolved: `the type expression \`${shortenSource(node.text, 60)}\` cannot be evaluated statically` };
  const qualified = qualifyName(name, imports);
  const className = lastSegment(qualified);
  const lower = className.toLowerCase();
  const utils = libraryType(qualified);
  if (utils) {
    const args = node.type === 'call' ? callArguments(node) : null;
    const sizeNode = args ? args.keywords.get(utils.lengthKeyword ?? '') ?? (utils.lengthKeyword ? args.positional[utils.lengthPosition ?? 0] : undefined) : undefined;
    const sized = sizeNode ? evaluate(sizeNode) : undefined;
    // A length written as code ormlint cannot evaluate leaves the type unknown, not unsized.
    if (sizeNode && typeof sized !== 'number' && sized !== null) return unevaluatedArgument(name, sizeNode);
    const length = typeof sized === 'number' ? sized : utils.length;
    if (utils.native === false && args && staticValue(args.keywords.get('native')) === false) return { type: null, unresolved: `\`${name}(native=False)\` is stored as binary; ormlint does not evaluate it` };
    return { type: canonicalType(utils.base, { args: length === undefined ? [] : [length] }) };
  }
  const known = isKnownTypeName(lower) || lower in EXTRA_NAMES || lower === 'enum' || lower === 'array';
  const fromSqlalchemy = isTypeModule(qualified) || (!qualified.includes('.') && !imports?.has(qualified));
  if (!known || !fromSqlalchemy) {
    return { type: null, unresolved: `the column type \`${name}\` is not a SQLAlchemy type ormlint knows` };
  }
  const args = node.type === 'call' ? callArguments(node) : { positional: [] as SyntaxNode[], keywords: new Map<string, SyntaxNode>(), hasSplat: false };
  // An argument written as code ormlint cannot evaluate (a constant of another module it cannot
  // read, a call) makes the type unknown: reading it as absent would claim an unsized type.
  let unevaluated: SyntaxNode | null = null;
  const num = (n: SyntaxNode | undefined): number | null => {
    if (!n) return null;
    const value = evaluate(n);
    if (typeof value === 'number') return value;
    if (value !== null) unevaluated ??= n;
    return null;
  };
  const flag = (key: string): boolean => staticValue(args.keywords.get(key)) === true;

  if (lower === 'enum') return enumType(args);
  if (lower === 'array') {
    const item = args.positional[0] ?? args.keywords.get('item_type');
    if (!item) return { type: null, unresolved: 'ARRAY() without an item type' };
    const inner = sqlalchemyType(item, imports, evaluate);
    if (inner.type === null) return inner;
    // Canonical spelling prints every array as one pair of brackets.
    return { ...inner, type: inner.type.endsWith('[]') ? inner.type : `${inner.type}[]` };
  }

  const base = EXTRA_NAMES[lower] ?? className;
  switch (lower) {
    case 'string': case 'unicode': case 'varchar': case 'nvarchar': case 'char': case 'nchar': case 'autostring':
    case 'bit': {
      const length = num(args.positional[0] ?? args.keywords.get('length'));
      if (unevaluated) return unevaluatedArgument(name, unevaluated);
      if (lower === 'bit' && flag('varying')) return { type: canonicalType('varbit', { args: length === null ? [] : [length] }) };
      return { type: canonicalType(base, { args: length === null ? [] : [length] }) };
    }
    case 'numeric': case 'decimal': {
      const precision = num(args.positional[0] ?? args.keywords.get('precision'));
      const scale = num(args.positional[1] ?? args.keywords.get('scale'));
      if (unevaluated) return unevaluatedArgument(name, unevaluated);
      return { type: canonicalType(base, { args: precision === null ? [] : scale === null ? [precision] : [precision, scale] }) };
    }
    case 'float': {
      const precision = num(args.positional[0] ?? args.keywords.get('precision'));
      if (unevaluated) return unevaluatedArgument(name, unevaluated);
      return { type: canonicalType(base, { args: precision === null ? [] : [precision] }) };
    }
    case 'datetime': case 'time': case 'timestamp': {
      // SQLAlchemy's generic types take `timezone` first; the postgresql ones also `precision`.
      const timezone = staticValue(args.positional[0] ?? args.keywords.get('timezone')) === true;
      const precision = num(args.keywords.get('precision') ?? args.positional[1]);
      return { type: canonicalType(base, { timezone, args: precision === null ? [] : [precision] }) };
    }
    default:
      return { type: canonicalType(base) };
  }
}

function enumType(args: ReturnType<typeof callArguments>): SqlalchemyTypeResult {
  const values: string[] = [];
  let enumClass: string | null = null;
  let unknownValues = args.hasSplat;
  for (const arg of args.positional) {
    const value = stringValue(arg);
    if (value !== null) values.push(value);
    else if (dottedName(arg)) enumClass = lastSegment(dottedName(arg)!);
    else unknownValues = true;
  }
  const nameNode = args.keywords.get('name');
  let name = nameNode ? stringValue(nameNode) : null;
  if (nameNode && name === null) return { type: null, unresolved: `the enum name \`${shortenSource(nameNode.text, 60)}\` cannot be evaluated statically` };
  // SQLAlchemy names an Enum built from a Python enum class after the class, lower-cased.
  if (name === null && enumClass) name = enumClass.toLowerCase();
  if (staticValue(args.keywords.get('native_enum')) === false) {
    // Non-native: VARCHAR sized to the longest value.
    const lengthArg = staticValue(args.keywords.get('length'));
    const length = typeof lengthArg === 'number' ? lengthArg : values.length > 0 && !enumClass ? Math.max(...values.map((v) => v.length)) : null;
    return { type: canonicalType('varchar', { args: length === null ? [] : [length] }) };
  }
  if (name === null) return { type: null, unresolved: 'a native Enum without name= has no type name on Postgres' };
  const schemaNode = args.keywords.get('schema');
  const schema = schemaNode ? stringValue(schemaNode) : null;
  const createType = staticValue(args.keywords.get('create_type'));
  const result: SqlalchemyTypeResult = {
    type: canonicalType(name),
    createsEnum: createType === false ? null : { name, values, ...(schema ? { schema } : {}) },
    ...(schema ? { enumSchema: schema } : {}),
  };
  if (enumClass || unknownValues) result.unresolved = `the values of enum "${name}" come from ${enumClass ? `the Python class ${enumClass}` : 'an expression'} and are not read`;
  return result;
}



import type { SyntaxNode } from './syntaxTree.js';
import type { CheckConstraint, Index, SourceLocation, UniqueConstraint } from '../../facts.js';
import { callArguments, calleeName, lastSegment, nodeLocation, staticValue, stringValue, unwrap, shortenSource } from './syntax.js';

/**
 * Table-level constraints as SQLAlchemy declares them, in `__table_args__` or inside a
 * `Table(...)`: Index, UniqueConstraint, PrimaryKeyConstraint, ForeignKeyConstraint,
 * CheckConstraint, and the trailing options dict (`{"schema": "crm"}`).
 */

export interface ForeignKeyConstraintDraft {
  name: string | null;
  columns: string[];
  /** `table.col` / `schema.table.col` strings as written. */
  targets: string[];
  onDelete: string | null;
  onUpdate: string | null;
  location: SourceLocation;
}

export interface TableArgs {
  indexes: Index[];
  uniques: UniqueConstraint[];
  checks: CheckConstraint[];
  primaryKey: { name: string | null; columns: string[] } | null;
  foreignKeys: ForeignKeyConstraintDraft[];
  schema: string | null;
  comment: string | null;
  /** `scope: 'table'`: the whole table is unknown (reflected, schema not evaluable); else only its constraints. */
  unresolved: { message: string; location: SourceLocation; scope?: 'table' }[];
}

export function emptyTableArgs(): TableArgs {
  return { indexes: [], uniques: [], checks: [], primaryKey: null, foreignKeys: [], schema: null, comment: null, unresolved: [] };
}

/**
 * Reads `__table_args__`: a tuple of constraints optionally ending in a dict, or a dict alone.
 * `columnName` maps a Python attribute used as an argument (`Index("ix", email)`) to its column.
 */
export function readTableArgs(input: SyntaxNode, file: string, columnName: (attr: string) => string | null): TableArgs {
  const out = emptyTableArgs();
  const node = unwrap(input);
  if (node.type === 'dictionary') {
    readOptions(node, out, file);
    return out;
  }
  if (node.type !== 'tuple' && node.type !== 'list') {
    out.unresolved.push({ message: `__table_args__ = ${shortenSource(node.text, 60)} cannot be evaluated statically; its constraints are not checked`, location: nodeLocation(node, file) });
    return out;
  }
  for (const element of node.namedChildren) {
    if (!element || element.type === 'comment') continue;
    const item = unwrap(element);
    if (item.type === 'dictionary') readOptions(item, out, file);
    else readConstraint(item, out, file, columnName);
  }
  return out;
}

/** One constraint / index expression; anything else becomes an unresolved note. */
export function readConstraint(item: SyntaxNode, out: TableArgs, file: string, columnName: (attr: string) => string | null): boolean {
  const location = nodeLocation(item, file);
  if (item.type !== 'call') {
    out.unresolved.push({ message: `\`${shortenSource(item.text, 60)}\` in the table arguments cannot be evaluated statically`, location });
    return false;
  }
  const kind = lastSegment(calleeName(item) ?? '');
  const args = callArguments(item);
  const name = stringValue(args.keywords.get('name'));
  const columnsOf = (nodes: SyntaxNode[]): string[] => nodes.map((n) => columnRef(n, columnName));
  switch (kind) {
    case 'Index': {
      const [nameNode, ...cols] = args.positional;
      const whereNode = args.keywords.get('postgresql_where');
      out.indexes.push({
        name: stringValue(nameNode) ?? null,
        columns: columnsOf(cols),
        unique: staticValue(args.keywords.get('unique')) === true,
        where: whereNode ? whereText(whereNode) : null,
        ...(indexDefinitionKnown(cols, whereNode, columnName) ? {} : { definitionUnknown: true }),
        location,
      });
      return true;
    }
    case 'UniqueConstraint':
      out.uniques.push({ name, columns: columnsOf(args.positional), location });
      return true;
    case 'PrimaryKeyConstraint':
      out.primaryKey = { name, columns: columnsOf(args.positional) };
      return true;
    case 'CheckConstraint': {
      const expression = stringValue(args.positional[0] ?? args.keywords.get('sqltext'));
      out.checks.push({ name, expression: expression ?? (args.positional[0]?.text ?? ''), location });
      return true;
    }
    case 'ForeignKeyConstraint': {
      const columns = staticValue(args.positional[0] ?? args.keywords.get('columns'));
      const targets = staticValue(args.positional[1] ?? args.keywords.get('refcolumns'));
      if (!Array.isArray(columns) || !Array.isArray(targets)) {
        out.unresolved.push({ message: `\`${shortenSource(item.text, 60)}\` names its columns with expressions ormlint does not evaluate`, location });
        return false;
      }
      out.foreignKeys.push({
        name,
        columns: columns.map(String),
        targets: targets.map(String),
        onDelete: stringValue(args.keywords.get('ondelete'))?.toUpperCase() ?? null,
        onUpdate: stringValue(args.keywords.get('onupdate'))?.toUpperCase() ?? null,
        location,
      });
      return true;
    }
    default:
      out.unresolved.push({ message: `\`${kind || shortenSource(item.text, 60)}(...)\` in the table arguments is not something ormlint reads`, location });
      return false;
  }
}

function readOptions(dict: SyntaxNode, out: TableArgs, file: string): void {
  for (const pair of dict.namedChildren) {
    if (pair?.type !== 'pair') continue;
    const key = stringValue(pair.childForFieldName('key'));
    const value = pair.childForFieldName('value');
    if (key === 'schema') {
      const schema = stringValue(value);
      if (schema !== null) out.schema = schema;
      else out.unresolved.push({ message: `the table schema \`${shortenSource(value?.text ?? '', 60)}\` cannot be evaluated statically`, location: nodeLocation(pair, file), scope: 'table' });
    }
    if (key === 'comment') out.comment = stringValue(value);
    if ((key === 'autoload_with' || key === 'autoload') && staticValue(value) !== false) out.unresolved.push(reflectedNote(nodeLocation(pair, file)));
  }
}

/** `autoload_with=engine`: the columns come from the live database when the app starts. */
export function reflectedNote(location: SourceLocation): { message: string; location: SourceLocation; scope: 'table' } {
  return { message: 'the table is reflected from the database at run time (autoload_with / DeferredReflection), so ormlint cannot know its columns and compares none of them', location, scope: 'table' };
}

/** A column named in a constraint: a string, an attribute of the class body, or an expression's text. */
function columnRef(node: SyntaxNode, columnName: (attr: string) => string | null): string {
  const value = unwrap(node);
  const literal = stringValue(value);
  // A string names the column by its key, which `Column("db_name", key="attr")` sets apart from its name.
  if (literal !== null) return columnName(literal) ?? literal;
  if (value.type === 'identifier') return columnName(value.text) ?? value.text;
  if (value.type === 'attribute') {
    const attr = value.childForFieldName('attribute')?.text ?? '';
    return columnName(attr) ?? attr;
  }
  // text("lower(email)"), func.lower(Column("email")), Model.col.desc(): an index element as the SQL
  // SQLAlchemy writes for it, compared through the Postgres parser.
  if (value.type === 'call') return expressionSql(value, columnName) ?? value.text;
  return value.text;
}

/**
 * The SQL SQLAlchemy renders for an index expression: `text()` / `literal_column()` as written,
 * `func.lower(Column("email"))` as `lower(email)`, `x.desc()` / `desc(x)` as `x DESC`, a Python
 * string inside a function as a literal. Null for anything else.
 */
export function expressionSql(input: SyntaxNode, columnName: (attr: string) => string | null, depth = 0): string | null {
  if (depth > 32) return null;
  const value = unwrap(input);
  const literal = stringValue(value);
  if (literal !== null) return `'${literal.split("'").join("''")}'`;
  const number = staticValue(value);
  if (typeof number === 'number') return String(number);
  if (value.type === 'identifier') return columnName(value.text) ?? value.text;
  if (value.type === 'attribute') {
    const attr = value.childForFieldName('attribute')?.text ?? '';
    return columnName(attr) ?? attr;
  }
  if (value.type !== 'call') return null;
  const callee = calleeName(value) ?? '';
  const fnNode = value.childForFieldName('function');
  // `coalesce(a, b).desc()`: the method's own name, whatever it is called on.
  const fn = fnNode?.type === 'attribute' ? fnNode.childForFieldName('attribute')?.text ?? '' : lastSegment(callee);
  const args = callArguments(value);
  if (args.hasSplat) return null;
  if (fn === 'text' || fn === 'literal_column') return stringValue(args.positional[0]);
  if (fn === 'Column' || fn === 'column') {
    const name = stringValue(args.positional[0]);
    return name === null ? null : columnName(name) ?? name;
  }
  if (fn === 'desc' || fn === 'asc') {
    // Model.col.desc() or desc(Model.col)
    const object = value.childForFieldName('function')?.type === 'attribute' && args.positional.length === 0 ? value.childForFieldName('function')!.childForFieldName('object') : args.positional[0];
    const inner = object ? expressionSql(object, columnName, depth + 1) : null;
    return inner === null ? null : `${inner} ${fn.toUpperCase()}`;
  }
  const parts = callee.split('.');
  // `func.lower(x)`, or one of SQLAlchemy's generic functions imported by name (`coalesce(a, b)`).
  if (((parts.length >= 2 && parts[parts.length - 2] === 'func') || GENERIC_FUNCTIONS.has(callee)) && args.keywords.size === 0) {
    const rendered = args.positional.map((a) => expressionSql(a, columnName, depth + 1));
    return rendered.every((r) => r !== null) ? `${fn}(${rendered.join(', ')})` : null;
  }
  return null;
}

/** sqlalchemy.sql.functions classes a model imports by name and calls like SQL functions. */
const GENERIC_FUNCTIONS = new Set(['coalesce', 'concat', 'max', 'min', 'sum', 'count', 'char_length', 'random', 'now', 'localtimestamp', 'current_timestamp']);

/**
 * Whether an index's elements and predicate are all SQL ormlint can read: a Python expression
 * (`postgresql_where=cls.state == State.SCHEDULED`) leaves the index's definition unknown.
 */
export function indexDefinitionKnown(elements: SyntaxNode[], where: SyntaxNode | undefined, columnName: (attr: string) => string | null): boolean {
  const elementKnown = (node: SyntaxNode): boolean => {
    const value = unwrap(node);
    return ['string', 'concatenated_string', 'identifier', 'attribute'].includes(value.type) || (value.type === 'call' && expressionSql(value, columnName) !== null);
  };
  if (!elements.every(elementKnown)) return false;
  if (!where) return true;
  const value = unwrap(where);
  return stringValue(value) !== null || (value.type === 'call' && ['text', 'literal_column'].includes(lastSegment(calleeName(value) ?? '')) && stringValue(callArguments(value).positional[0]) !== null);
}

/** An index predicate (`postgresql_where=`) as SQL text. */
export function whereText(node: SyntaxNode): string {
  const value = unwrap(node);
  if (value.type === 'call' && ['text', 'literal_column'].includes(lastSegment(calleeName(value) ?? ''))) {
    return stringValue(callArguments(value).positional[0]) ?? value.text;
  }
  return stringValue(value) ?? value.text;
}


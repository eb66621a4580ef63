import { createHash } from 'node:crypto';
import type { SyntaxNode } from './syntaxTree.js';
import type { PyModule } from './namespace.js';
import { type Resolver, lastPart } from './resolve.js';
import { callArguments, stringValue, unwrap } from './syntax.js';

/**
 * `MetaData(naming_convention={...})`: the names SQLAlchemy gives unnamed indexes and constraints.
 * Without one, only indexes get a name (`ix_%(column_0_label)s`); constraints are left to Postgres.
 */
export type NamingConvention = Map<string, string>;

/** SQLAlchemy's built-in convention. */
export const DEFAULT_CONVENTION: NamingConvention = new Map([['ix', 'ix_%(column_0_label)s']]);

/**
 * Reads the convention from the expression given as `metadata` (a `MetaData(...)` call, or a name
 * bound to one); null when there is none or it cannot be read statically.
 */
export function readNamingConvention(resolver: Resolver, mod: PyModule, metadata: SyntaxNode): NamingConvention | null {
  const call = metadataCall(resolver, mod, metadata);
  if (!call) return null;
  const conventionNode = callArguments(call.node).keywords.get('naming_convention');
  if (!conventionNode) return null;
  const dict = followName(resolver, call.mod, conventionNode);
  if (!dict || dict.node.type !== 'dictionary') return null;
  const convention: NamingConvention = new Map(DEFAULT_CONVENTION);
  for (const pair of dict.node.namedChildren) {
    if (pair?.type !== 'pair') continue;
    const key = stringValue(pair.childForFieldName('key'));
    const value = stringValue(pair.childForFieldName('value'));
    if (key !== null && value !== null) convention.set(key, value);
  }
  return convention;
}

/**
 * `MetaData(schema="billing")`: the schema of every table on that metadata that names none, and of
 * foreign-key targets written without one. Null when there is none or it cannot be read.
 */
export function readMetadataSchema(resolver: Resolver, mod: PyModule, metadata: SyntaxNode): string | null {
  const call = metadataCall(resolver, mod, metadata);
  return call ? stringValue(callArguments(call.node).keywords.get('schema')) : null;
}

function metadataCall(resolver: Resolver, mod: PyModule, metadata: SyntaxNode): { node: SyntaxNode; mod: PyModule } | null {
  const call = followName(resolver, mod, metadata);
  if (!call || call.node.type !== 'call' || lastPart(call.node.childForFieldName('function')?.text ?? '') !== 'MetaData') return null;
  return call;
}

function followName(resolver: Resolver, mod: PyModule, input: SyntaxNode): { node: SyntaxNode; mod: PyModule } | null {
  let node = unwrap(input);
  let current = mod;
  for (let i = 0; i < 10 && (node.type === 'identifier' || node.type === 'attribute'); i++) {
    const owned = node.type === 'attribute' && node.childForFieldName('attribute')?.text === 'metadata' ? ownerMetadata(resolver, current, node.childForFieldName('object')!) : null;
    if (owned) {
      ({ node, mod: current } = owned);
      continue;
    }
    const sym = resolver.resolveExpr(current, node);
    if (sym.kind !== 'value') return null;
    node = unwrap(sym.value);
    current = sym.module;
  }
  return { node, mod: current };
}

/**
 * `Base.metadata`: the `metadata = MetaData(...)` a base class body assigns, or the `metadata=`
 * given to `declarative_base(...)` / Flask's `SQLAlchemy(...)`.
 */
function ownerMetadata(resolver: Resolver, mod: PyModule, object: SyntaxNode): { node: SyntaxNode; mod: PyModule } | null {
  const sym = resolver.resolveExpr(mod, object);
  if (sym.kind === 'class') {
    for (const statement of sym.cls.body?.namedChildren ?? []) {
      const assignment = statement?.type === 'expression_statement' ? statement.namedChild(0) : null;
      if (assignment?.type !== 'assignment' || assignment.childForFieldName('left')?.text !== 'metadata') continue;
      const value = assignment.childForFieldName('right');
      const owner = resolver.modules.get(sym.cls.file);
      if (value && owner) return { node: unwrap(value), mod: owner };
    }
    return null;
  }
  const call = sym.kind === 'base' ? sym.metadataCall : sym.kind === 'flaskDb' ? sym.call : null;
  const module = sym.kind === 'base' || sym.kind === 'flaskDb' ? sym.module : undefined;
  const metadata = call ? callArguments(call).keywords.get('metadata') : undefined;
  return metadata && module ? { node: unwrap(metadata), mod: module } : null;
}

export interface NameParts {
  table: string;
  schema: string | null;
  columns: string[];
  referredTable?: string;
  referredColumns?: string[];
  /** The name written on the constraint, for `%(constraint_name)s`. */
  constraintName?: string;
}

/**
 * The name SQLAlchemy gives an index or constraint: a name written on it stays as written unless
 * the convention for its kind uses `%(constraint_name)s`, which then wraps it
 * (`ck_%(table_name)s_%(constraint_name)s`); an unnamed one gets the convention's name, or null
 * when there is none (Postgres names it).
 */
export function constraintName(convention: NamingConvention, key: string, written: string | null, parts: NameParts): string | null {
  if (written === null) return conventionName(convention, key, parts);
  if (!(convention.get(key) ?? '').includes('%(constraint_name)s')) return written;
  return conventionName(convention, key, { ...parts, constraintName: written }) ?? written;
}

/** Renders one convention template (`%(table_name)s`…); null when it uses a token we do not know. */
function conventionName(convention: NamingConvention, key: string, parts: NameParts): string | null {
  const template = convention.get(key);
  if (!template) return null;
  const label = (column: string): string => `${parts.schema ? `${parts.schema.replace(/\./gu, '_')}_` : ''}${parts.table}_${column}`;
  const tokens: Record<string, string> = {
    table_name: parts.table,
    column_0_name: parts.columns[0] ?? '',
    column_0_key: parts.columns[0] ?? '',
    column_0_label: label(parts.columns[0] ?? ''),
    column_0N_name: parts.columns.join(''),
    column_0_N_name: parts.columns.join('_'),
    column_0N_label: parts.columns.map(label).join(''),
    column_0_N_label: parts.columns.map(label).join('_'),
    referred_table_name: parts.referredTable ?? '',
    referred_column_0_name: parts.referredColumns?.[0] ?? '',
    referred_column_0N_name: (parts.referredColumns ?? []).join(''),
    referred_column_0_N_name: (parts.referredColumns ?? []).join('_'),
    ...(parts.constraintName !== undefined ? { constraint_name: parts.constraintName } : {}),
  };
  let unknown = false;
  const name = template.replace(/%\(([A-Za-z0-9_]+)\)s/gu, (_m, token: string) => {
    if (!(token in tokens)) unknown = true;
    return tokens[token] ?? '';
  });
  return unknown ? null : truncateName(name);
}

/**
 * SQLAlchemy shortens a generated name longer than the dialect's limit (63 on Postgres) to
 * `name[:55] + "_" + md5(name)[-4:]`, so the database never truncates it silently.
 */
function truncateName(name: string, max = 63): string {
  if (name.length <= max) return name;
  return `${name.slice(0, max - 8)}_${createHash('md5').update(name).digest('hex').slice(-4)}`;
}

/**
 * What TypeORM makes of a column's TypeScript: the design type `emitDecoratorMetadata` records for
 * a property's type, the values of an `enum:` option and a `default:` as PostgresDriver's
 * normalizeDefault writes it. Each returns null / undefined when it cannot be known statically.
 */
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { quoteLiteral } from '../prisma/ddl.js';
import { jsonLiteral, numberOf, stringOf, unwrap, type Node } from './syntax.js';
import { enumMemberValue, type ModuleReader } from './typeormSource.js';
import { datetimeFunctionDefault, type DesignType } from './typeormTypes.js';

/** A literal's value (string, number, boolean, null); undefined for anything else. */
export const literal = (node: Node | undefined): unknown => {
  if (!node) return undefined;
  const n = unwrap(node);
  if (n.type === 'Literal') return n.value;
  const s = stringOf(n);
  if (s !== null) return s;
  const num = numberOf(n);
  return num ?? undefined;
};

/** What emitDecoratorMetadata records for a property's TS type, as far as it can be known here. */
export function designType(reader: ModuleReader, file: string, type: TSESTree.TypeNode | null): DesignType | null {
  if (!type) return 'Object';
  switch (type.type) {
    case 'TSStringKeyword': return 'String';
    case 'TSNumberKeyword': return 'Number';
    case 'TSBooleanKeyword': return 'Boolean';
    case 'TSArrayType': case 'TSTupleType': return 'Array';
    case 'TSLiteralType': {
      const v = type.literal.type === 'Literal' ? type.literal.value : null;
      return typeof v === 'string' ? 'String' : typeof v === 'number' ? 'Number' : typeof v === 'boolean' ? 'Boolean' : 'Object';
    }
    case 'TSUnionType': {
      // TypeScript serializes `T | null | undefined` as T's, and a union of one kind as that kind.
      const kinds = new Set(type.types.filter((t) => t.type !== 'TSNullKeyword' && t.type !== 'TSUndefinedKeyword').map((t) => designType(reader, file, t)));
      if (kinds.size === 1) return [...kinds][0]!;
      return kinds.has(null) ? null : 'Object';
    }
    case 'TSTypeReference': {
      if (type.typeName.type !== 'Identifier') return null;
      const name = type.typeName.name;
      if (name === 'Date') return 'Date';
      if (name === 'Array') return 'Array';
      if (name === 'Buffer') return 'Buffer';
      if (name === 'String' || name === 'Number' || name === 'Boolean') return name;
      if (name === 'Record' || name === 'Partial') return 'Object';
      const found = reader.lookup(file, name);
      const decl = found?.module.types.get(found.local);
      if (!decl) {
        // A class (another entity, a JSON shape) is serialized as itself: TypeORM rejects that as a column type.
        if (found?.module.classes.has(found.local)) return 'Object';
        return null;
      }
      if (decl.type === 'TSTypeAliasDeclaration') return designType(reader, found!.module.file, decl.typeAnnotation);
      const members = (decl.body?.members ?? (decl as unknown as { members: TSESTree.TSEnumMember[] }).members);
      const kinds = new Set(members.map((m) => (m.initializer ? typeof literal(m.initializer as Node) : 'number')));
      return kinds.size === 1 && kinds.has('string') ? 'String' : kinds.size === 1 && kinds.has('number') ? 'Number' : 'Object';
    }
    default:
      return null;
  }
}

/** The values of `enum: [...]` or `enum: SomeTsEnum`, as TypeORM reads them; null when unknown. */
export function enumValues(reader: ModuleReader, file: string, node: Node | undefined): string[] | null {
  if (!node) return null;
  const n = unwrap(node);
  if (n.type === 'ArrayExpression') {
    const values = n.elements.map((e) => (e && e.type !== 'SpreadElement' ? literal(e as Node) : undefined));
    return values.every((v) => typeof v === 'string' || typeof v === 'number') ? values.map(String) : null;
  }
  if (n.type === 'Identifier') {
    const found = reader.lookup(file, n.name);
    const decl = found?.module.types.get(found.local);
    if (decl?.type === 'TSEnumDeclaration') {
      const members = (decl.body?.members ?? (decl as unknown as { members: TSESTree.TSEnumMember[] }).members);
      let next = 0;
      const out: string[] = [];
      for (const m of members) {
        const v = m.initializer ? literal(m.initializer as Node) : next;
        if (typeof v === 'number') next = v + 1;
        if (typeof v !== 'string' && typeof v !== 'number') return null;
        out.push(String(v));
      }
      // A numeric TS enum also maps names to values at run time; TypeORM keeps the values only.
      return out;
    }
    const init = found?.module.consts.get(found.local);
    if (init) return enumValues(reader, found!.module.file, init);
    return null;
  }
  if (n.type === 'ObjectExpression') {
    const values = n.properties.map((p) => (p.type === 'Property' ? literal(p.value as Node) : undefined));
    return values.every((v) => typeof v === 'string' || typeof v === 'number') ? values.map(String) : null;
  }
  return null;
}

/** PostgresDriver.normalizeDefault of a literal default; undefined when not evaluable. */
export function defaultOf(reader: ModuleReader, file: string, node: Node, column: { array: boolean }): string | null | undefined {
  const n = unwrap(node);
  if (n.type === 'Literal' && n.value === null) return null;
  if (n.type === 'Identifier' && n.name === 'undefined') return null;
  if (n.type === 'ArrowFunctionExpression' || n.type === 'FunctionExpression') {
    const body = n.body.type === 'BlockStatement' ? null : unwrap(n.body as Node);
    const text = body ? stringOf(body) : null;
    return text === null ? undefined : datetimeFunctionDefault(text);
  }
  let value = literal(n);
  if (value === undefined && n.type === 'MemberExpression' && !n.computed && n.object.type === 'Identifier' && n.property.type === 'Identifier') {
    value = enumMemberValue(reader, file, n.object.name, n.property.name);
  }
  if (value === undefined && (n.type === 'ArrayExpression' || n.type === 'ObjectExpression')) {
    const json = jsonLiteral(n);
    if (json === undefined) return undefined;
    if (column.array && Array.isArray(json)) return quoteLiteral(`{${json.map(String).join(',')}}`);
    return quoteLiteral(JSON.stringify(json));
  }
  if (typeof value === 'string' || typeof value === 'number') return quoteLiteral(String(value));
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return undefined;
}


/** The name of an expression for a notice: `nextRun()`, `DEFAULT_STATE`. */
export function sourceName(node: Node): string {
  if (node.type === 'Identifier') return node.name;
  if (node.type === 'MemberExpression' && !node.computed && node.property.type === 'Identifier') return `${sourceName(node.object as Node)}.${node.property.name}`;
  if (node.type === 'CallExpression') return `${sourceName(node.callee as Node)}()`;
  if (node.type === 'ArrowFunctionExpression' || node.type === 'FunctionExpression') return 'a function';
  return node.type;
}

export function typeText(type: TSESTree.TypeNode): string {
  if (type.type === 'TSTypeReference' && type.typeName.type === 'Identifier') return type.typeName.name;
  if (type.type === 'TSUnionType') return type.types.map(typeText).join(' | ');
  if (type.type === 'TSNullKeyword') return 'null';
  if (type.type === 'TSUndefinedKeyword') return 'undefined';
  return type.type.replace(/^TS|Keyword$/g, '').toLowerCase();
}

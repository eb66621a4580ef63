/**
 * Reading Prisma schema files with @mrleebo/prisma-ast (a real grammar, built on chevrotain),
 * with token locations, into a small model of what Prisma Migrate reads: datasource settings,
 * models, enums. The AST's values are kept as written; the helpers here unquote them.
 */
import { getSchema, PrismaParser, VisitorClassFactory, type Attribute, type AttributeArgument, type BlockAttribute, type Enum, type Field, type Func, type KeyValue, type Model, type Value } from '@mrleebo/prisma-ast';
import type { FrontendProblem, SourceLocation } from '../../facts.js';

interface AstLocation {
  startLine?: number;
  startColumn?: number;
  endLine?: number;
  endColumn?: number;
}

export interface PrismaFile {
  path: string;
  models: { model: Model; file: string }[];
  enums: { enum: Enum; file: string }[];
  /** `datasource` assignments, unquoted where they are strings (`provider`, `relationMode`, `schemas`). */
  datasource: Map<string, Value> | null;
  /** `// ormlint-disable...` and every other comment, with where it is, for suppressions. */
  comments: { text: string; location: SourceLocation }[];
}

let parserPair: { parser: PrismaParser; visitor: InstanceType<ReturnType<typeof VisitorClassFactory>> } | null = null;

/** One parser for the run, with full location tracking (the package's default tracks none). */
function parser(): NonNullable<typeof parserPair> {
  if (!parserPair) {
    const parser = new PrismaParser({ nodeLocationTracking: 'full' });
    const Visitor = VisitorClassFactory(parser);
    parserPair = { parser, visitor: new Visitor(parser) };
  }
  return parserPair;
}

/** Parses one file; a syntax error makes it a parse-error problem and an empty file. */
export function readPrismaFile(path: string, text: string, problems: FrontendProblem[]): PrismaFile {
  const out: PrismaFile = { path, models: [], enums: [], datasource: null, comments: [] };
  let ast: ReturnType<typeof getSchema>;
  try {
    ast = getSchema(text, parser());
  } catch (error) {
    const token = (error as { token?: AstLocation & { image?: string } }).token;
    const line = token?.startLine && Number.isFinite(token.startLine) ? token.startLine : 1;
    const column = token?.startColumn && Number.isFinite(token.startColumn) ? token.startColumn : 1;
    problems.push({
      kind: 'parse-error',
      message: `Prisma schema does not parse: ${(error as Error).message.split('\n')[0]}; its models are not checked`,
      location: { file: path, line, column },
    });
    return out;
  }
  const comment = (node: { type: string; text?: string; location?: AstLocation }): void => {
    if (node.type === 'comment' && node.text !== undefined) out.comments.push({ text: node.text, location: toLocation(node.location, path) });
  };
  for (const block of ast.list) {
    if (block.type === 'model') {
      out.models.push({ model: block, file: path });
      for (const p of block.properties) {
        comment(p as { type: string });
        // A comment after a field on its line is kept on the field, without a place of its own.
        if (p.type === 'field' && p.comment) out.comments.push({ text: p.comment, location: { ...toLocation(p.location, path), endLine: toLocation(p.location, path).line } });
      }
    } else if (block.type === 'enum') {
      out.enums.push({ enum: block, file: path });
    } else if (block.type === 'datasource') {
      out.datasource = new Map();
      for (const a of block.assignments) if (a.type === 'assignment') out.datasource.set(a.key, a.value);
    } else if (block.type === 'comment') {
      comment(block);
    }
  }
  return out;
}

export function toLocation(loc: AstLocation | undefined, file: string): SourceLocation {
  const line = loc?.startLine && Number.isFinite(loc.startLine) ? loc.startLine : 1;
  const column = loc?.startColumn && Number.isFinite(loc.startColumn) ? loc.startColumn : 1;
  const out: SourceLocation = { file, line, column };
  if (loc?.endLine && Number.isFinite(loc.endLine) && loc.endColumn && Number.isFinite(loc.endColumn)) {
    out.endLine = loc.endLine;
    out.endColumn = loc.endColumn + 1;
  }
  return out;
}

/** A Prisma string literal's contents; null when the value is not a string literal. */
export function stringValue(value: Value | undefined): string | null {
  if (typeof value !== 'string' || !value.startsWith('"')) return null;
  try {
    return JSON.parse(value) as string;
  } catch {
    return value.slice(1, -1);
  }
}

export function isFunc(value: unknown): value is Func {
  return typeof value === 'object' && value !== null && (value as { type?: string }).type === 'function';
}

/** The elements of `[a, b]` (a bare value counts as a list of one). */
export function listValue(value: Value | undefined): Value[] {
  if (value === undefined || value === null) return [];
  if (typeof value === 'object' && !Array.isArray(value) && (value as { type?: string }).type === 'array') return (value as { args?: Value[] }).args ?? [];
  if (Array.isArray(value)) return value;
  return [value];
}

/** A field name in an attribute's list: `email` or `email(sort: Desc)`. */
export function fieldRef(value: Value): { name: string; desc: boolean } | null {
  if (typeof value === 'string' && !value.startsWith('"')) return { name: value, desc: false };
  if (isFunc(value)) {
    const params = (value.params ?? []) as unknown[];
    const sort = params.find((p) => typeof p === 'object' && p !== null && (p as { type?: string }).type === 'keyValue' && (p as KeyValue).key === 'sort') as KeyValue | undefined;
    return { name: value.name, desc: sort?.value === 'Desc' };
  }
  return null;
}

/** An attribute's argument by key, or its n-th positional argument. */
export function attrArg(attr: Attribute | BlockAttribute, key: string, position?: number): Value | Func | undefined {
  const args: AttributeArgument[] = attr.args ?? [];
  for (const arg of args) {
    const v = arg.value as KeyValue | Value | Func;
    if (typeof v === 'object' && v !== null && !Array.isArray(v) && (v as { type?: string }).type === 'keyValue' && (v as KeyValue).key === key) return (v as KeyValue).value;
  }
  if (position === undefined) return undefined;
  const positional = args.filter((a) => !(typeof a.value === 'object' && a.value !== null && !Array.isArray(a.value) && (a.value as { type?: string }).type === 'keyValue'));
  return positional[position]?.value as Value | Func | undefined;
}

export function fieldAttr(field: Field, name: string, group?: string): Attribute | undefined {
  return (field.attributes ?? []).find((a) => a.name === name && a.group === group);
}

export function blockAttrs(model: Model, name: string): BlockAttribute[] {
  return model.properties.filter((p): p is BlockAttribute => p.type === 'attribute' && p.name === name && (p as BlockAttribute).group === undefined);
}

export function fields(model: Model): Field[] {
  return model.properties.filter((p): p is Field => p.type === 'field');
}

import type { SyntaxNode } from './syntaxTree.js';
import { canonicalType } from '../../dialect/postgres/types.js';
import type { ClassDef, PyModule } from './namespace.js';
import { type Resolver, type Sym, lastPart } from './resolve.js';
import { unwrap } from './syntax.js';

/**
 * Type annotations the way SQLAlchemy 2.0 reads them: `Mapped[Optional[int]]` is a nullable
 * integer column, `Mapped[str | None]` likewise, `Mapped[List["Child"]]` a relationship. The
 * Python type maps to a column type through the declarative base's `type_annotation_map`, else
 * SQLAlchemy's defaults.
 */

/** A type annotation as a small tree, independent of tree-sitter's several spellings of it. */
export type Annotation =
  | { kind: 'name'; node: SyntaxNode }
  | { kind: 'generic'; head: SyntaxNode; args: Annotation[] }
  | { kind: 'union'; items: Annotation[] }
  | { kind: 'none' }
  | { kind: 'string'; text: string }
  | { kind: 'other'; node: SyntaxNode };

export function readAnnotation(input: SyntaxNode): Annotation {
  const node = unwrap(input);
  switch (node.type) {
    case 'type':
      return node.namedChild(0) ? readAnnotation(node.namedChild(0)!) : { kind: 'other', node };
    case 'identifier':
    case 'attribute':
      return { kind: 'name', node };
    case 'none':
      return { kind: 'none' };
    case 'string':
      return { kind: 'string', text: node.text.replace(/^[a-zA-Z]*['"]+|['"]+$/gu, '') };
    case 'generic_type': {
      const head = node.namedChild(0);
      const params = node.namedChildren.find((c) => c?.type === 'type_parameter');
      if (!head) return { kind: 'other', node };
      return { kind: 'generic', head, args: (params?.namedChildren ?? []).filter((c): c is SyntaxNode => !!c && c.type !== 'comment').map(readAnnotation) };
    }
    case 'subscript': {
      const head = node.childForFieldName('value');
      if (!head) return { kind: 'other', node };
      return { kind: 'generic', head, args: node.childrenForFieldName('subscript').filter((c): c is SyntaxNode => !!c).map(readAnnotation) };
    }
    case 'union_type': {
      // `dict[str, str] | None`: tree-sitter spells a union with a generic member this way.
      const items = node.namedChildren.filter((c): c is SyntaxNode => !!c && c.type !== 'comment').map(readAnnotation).flatMap((a) => (a.kind === 'union' ? a.items : [a]));
      return { kind: 'union', items };
    }
    case 'binary_operator': {
      const operator = node.childForFieldName('operator')?.type;
      const left = node.childForFieldName('left');
      const right = node.childForFieldName('right');
      if (operator !== '|' || !left || !right) return { kind: 'other', node };
      const items = [readAnnotation(left), readAnnotation(right)].flatMap((a) => (a.kind === 'union' ? a.items : [a]));
      return { kind: 'union', items };
    }
    default:
      return { kind: 'other', node };
  }
}

/** The qualified name a type name stands for: builtins when unbound, else what the imports say. */
function annotationName(resolver: Resolver, mod: PyModule, node: SyntaxNode): { qualified: string | null; sym: Sym } {
  const sym = resolver.resolveExpr(mod, node);
  if (sym.kind === 'unknown' && sym.unbound && node.type === 'identifier') return { qualified: `builtins.${node.text}`, sym };
  return { qualified: resolver.qualifiedName(sym), sym };
}

function headIs(resolver: Resolver, mod: PyModule, head: SyntaxNode, names: string[], modules: string[]): boolean {
  const { qualified } = annotationName(resolver, mod, head);
  if (!qualified) return false;
  return names.includes(lastPart(qualified)) && modules.some((m) => qualified.startsWith(`${m}.`));
}

export interface MappedAnnotation {
  /** The annotation is `Mapped[...]` (or SQLAlchemy's other ORM descriptors). */
  mapped: boolean;
  /** The type inside, Optional stripped. */
  inner: Annotation | null;
  /** `Optional[X]`, `X | None`, `Union[X, None]`. */
  optional: boolean;
  /** `ClassVar[...]`: never a column. */
  classVar: boolean;
}

/** Peels `Mapped[...]` and `Optional[...]` off an annotation. */
export function peelAnnotation(resolver: Resolver, mod: PyModule, annotation: Annotation): MappedAnnotation {
  let current = annotation;
  let mapped = false;
  if (current.kind === 'generic' && headIs(resolver, mod, current.head, ['Mapped', 'WriteOnlyMapped', 'DynamicMapped'], ['sqlalchemy'])) {
    mapped = true;
    current = current.args[0] ?? { kind: 'none' };
  }
  if (current.kind === 'generic' && headIs(resolver, mod, current.head, ['ClassVar'], ['typing', 'typing_extensions'])) {
    return { mapped, inner: null, optional: false, classVar: true };
  }
  const { inner, optional } = stripOptional(resolver, mod, current);
  return { mapped, inner, optional, classVar: false };
}

function stripOptional(resolver: Resolver, mod: PyModule, annotation: Annotation): { inner: Annotation | null; optional: boolean } {
  if (annotation.kind === 'generic' && headIs(resolver, mod, annotation.head, ['Optional'], ['typing', 'typing_extensions'])) {
    return { inner: annotation.args[0] ?? null, optional: true };
  }
  const items =
    annotation.kind === 'union'
      ? annotation.items
      : annotation.kind === 'generic' && headIs(resolver, mod, annotation.head, ['Union'], ['typing', 'typing_extensions'])
        ? annotation.args
        : null;
  if (items) {
    const rest = items.filter((i) => i.kind !== 'none');
    const optional = rest.length < items.length;
    if (rest.length === 1) return { inner: rest[0]!, optional };
    return { inner: annotation, optional };
  }
  if (annotation.kind === 'none') return { inner: null, optional: true };
  return { inner: annotation, optional: false };
}

/** A PEP 593 `Annotated[T, mapped_column(...)]`, written inline or bound to a name (`intpk = Annotated[...]`). */
export interface AnnotatedAlias {
  /** T with Optional stripped, to be read in `mod`. */
  inner: Annotation | null;
  /** `Annotated[Optional[T], ...]`: SQLAlchemy makes the column nullable. */
  optional: boolean;
  /** The `mapped_column(...)` among the extras, whose arguments the attribute inherits. */
  mappedColumn: SyntaxNode | null;
  /** The module the alias is written in: its names resolve there. */
  mod: PyModule;
}

export function annotatedAlias(resolver: Resolver, mod: PyModule, annotation: Annotation): AnnotatedAlias | null {
  let current = annotation;
  let where = mod;
  if (annotation.kind === 'name') {
    const sym = resolver.resolveExpr(mod, annotation.node);
    if (sym.kind !== 'value') return null;
    current = readAnnotation(sym.value);
    where = sym.module;
  }
  if (current.kind !== 'generic' || !headIs(resolver, where, current.head, ['Annotated'], ['typing', 'typing_extensions'])) return null;
  const [first, ...extras] = current.args;
  const { inner, optional } = first ? stripOptional(resolver, where, first) : { inner: null, optional: false };
  let mappedColumn: SyntaxNode | null = null;
  for (const extra of extras) {
    const node = extra.kind === 'other' ? unwrap(extra.node) : null;
    const fn = node?.type === 'call' ? node.childForFieldName('function') : null;
    const { qualified } = fn ? annotationName(resolver, where, fn) : { qualified: null };
    if (qualified && qualified.startsWith('sqlalchemy') && lastPart(qualified) === 'mapped_column') {
      mappedColumn = node;
      break;
    }
  }
  return { inner, optional, mappedColumn, mod: where };
}

/** SQLAlchemy 2.0's default `type_annotation_map`, by qualified Python type. */
const DEFAULT_ANNOTATION_TYPES: Record<string, string> = {
  'builtins.int': canonicalType('Integer'),
  'builtins.str': canonicalType('String'),
  'builtins.bool': canonicalType('Boolean'),
  'builtins.float': canonicalType('Float'),
  'builtins.bytes': canonicalType('LargeBinary'),
  'decimal.Decimal': canonicalType('Numeric'),
  'datetime.datetime': canonicalType('DateTime'),
  'datetime.date': canonicalType('Date'),
  'datetime.time': canonicalType('Time'),
  'datetime.timedelta': canonicalType('Interval'),
  'uuid.UUID': canonicalType('Uuid'),
};

/** The key a Python type has in a type map: its qualified name, for builtins `builtins.x`. */
export function pythonTypeKey(resolver: Resolver, mod: PyModule, annotation: Annotation): { key: string | null; sym: Sym | null } {
  const head = annotation.kind === 'name' ? annotation.node : annotation.kind === 'generic' ? annotation.head : null;
  if (!head) return { key: null, sym: null };
  const { qualified, sym } = annotationName(resolver, mod, head);
  return { key: qualified, sym };
}

/**
 * The key of a parameterised type as written, args qualified: `list[builtins.int]` for `list[int]`;
 * null for a plain name or anything not readable. Keeps `list[int]` and `list[str]` apart in a type map.
 */
export function genericTypeKey(resolver: Resolver, mod: PyModule, annotation: Annotation): string | null {
  if (annotation.kind !== 'generic') return null;
  const head = pythonTypeKey(resolver, mod, annotation).key;
  const args = annotation.args.map((arg) => (arg.kind === 'generic' ? genericTypeKey(resolver, mod, arg) : arg.kind === 'name' ? pythonTypeKey(resolver, mod, arg).key : null));
  if (head === null || args.some((a) => a === null)) return null;
  return `${head}[${args.join(', ')}]`;
}

/** A type a `type_annotation_map` entry gives, as the node to read (in the base's module). */
export interface AnnotationMapEntry {
  node: SyntaxNode;
  module: PyModule;
}

export type AnnotationTypeResult =
  | { type: string; entry?: undefined; enumClass?: ClassDef | null }
  | { type: null; entry: AnnotationMapEntry }
  | { type: null; entry?: undefined; unresolved: string };

/**
 * The column type SQLAlchemy picks for a Python annotation: the base's `type_annotation_map`
 * first, then its defaults; a Python Enum class becomes an enum named after the class.
 */
export function typeForAnnotation(
  resolver: Resolver,
  mod: PyModule,
  annotation: Annotation | null,
  typeMap: Map<string, AnnotationMapEntry>,
  isEnumClass: (cls: ClassDef) => boolean,
  defaults: Record<string, string> = DEFAULT_ANNOTATION_TYPES,
): AnnotationTypeResult {
  if (!annotation) return { type: null, unresolved: 'the annotation names no type' };
  if (annotation.kind === 'string') return { type: null, unresolved: `the annotation "${annotation.text}" is a string; ormlint does not evaluate it` };
  const { key, sym } = pythonTypeKey(resolver, mod, annotation);
  if (!key) return { type: null, unresolved: 'the annotation cannot be read statically' };
  // SQLAlchemy looks a generic up as written (`list[int]`) first, then by its origin (`list`).
  const full = genericTypeKey(resolver, mod, annotation);
  const mapped = (full !== null ? typeMap.get(full) : undefined) ?? typeMap.get(key);
  if (mapped) return { type: null, entry: mapped };
  if (defaults[key]) return { type: defaults[key]! };
  if (sym?.kind === 'class' && isEnumClass(sym.cls)) {
    // Enum(PyEnum) without name=: SQLAlchemy names the type after the class, lower-cased.
    return { type: canonicalType(sym.cls.name.toLowerCase()), enumClass: sym.cls };
  }
  return { type: null, unresolved: `no type_annotation_map entry or SQLAlchemy default for ${key}` };
}

/** SQLModel's mapping of Python annotations to column types (sqlmodel.main.get_sqlalchemy_type). */
export const SQLMODEL_ANNOTATION_TYPES: Record<string, string> = {
  ...DEFAULT_ANNOTATION_TYPES,
  'builtins.str': canonicalType('varchar'),
  'pydantic.EmailStr': canonicalType('varchar'),
  'pydantic.AnyUrl': canonicalType('varchar'),
  'pathlib.Path': canonicalType('varchar'),
  'ipaddress.IPv4Address': canonicalType('varchar'),
  // pydantic's UUID1/3/4/5 are Annotated[uuid.UUID, ...]: SQLModel maps them as it maps UUID.
  'pydantic.UUID1': canonicalType('uuid'),
  'pydantic.UUID3': canonicalType('uuid'),
  'pydantic.UUID4': canonicalType('uuid'),
  'pydantic.UUID5': canonicalType('uuid'),
  'pydantic.types.UUID4': canonicalType('uuid'),
};

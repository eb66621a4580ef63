import type { SyntaxNode } from './syntaxTree.js';
import type { AnnotationMapEntry } from './annotations.js';
import { genericTypeKey, pythonTypeKey, readAnnotation } from './annotations.js';
import { type ClassBody, readClassBody } from './columns.js';
import { DEFAULT_CONVENTION, type NamingConvention, readMetadataSchema, readNamingConvention } from './naming.js';
import type { ClassDef, PyModule } from './namespace.js';
import { type Resolver, type Sym, isPythonBuiltin, isSqlalchemyName, lastPart } from './resolve.js';
import { callArguments, unwrap } from './syntax.js';

/**
 * Which classes are declarative bases, which are mapped models, and which are plain classes
 * (mixins, enums, Pydantic schemas), decided from the superclasses the way SQLAlchemy's
 * declarative machinery would see them, through imports and re-exports.
 */

export type ClassKind =
  /** `class Base(DeclarativeBase)`, `@as_declarative()`, or a configured base: maps nothing itself. */
  | 'declarative-base'
  /** Derives from a declarative base (or is `@registry.mapped`): a model, possibly abstract. */
  | 'model'
  /** A SQLModel class without `table=True`: a Pydantic model whose fields subclasses inherit. */
  | 'sqlmodel-data'
  | 'plain';

export interface ClassInfo {
  cls: ClassDef;
  mod: PyModule;
  qualified: string;
  kind: ClassKind;
  /** The declarative base a model derives from, qualified; null when it cannot be resolved. */
  base: string | null;
  flavor: 'declarative' | 'flask' | 'sqlmodel';
  /** The class that is the declarative base, when the base is a class (for type_annotation_map). */
  baseClass: ClassInfo | null;
  /** Superclasses resolved, in order (null when not a project class). */
  supers: (ClassInfo | null)[];
  superSyms: Sym[];
  /** The `metadata=` a declarative_base() call was given, to read its naming convention. */
  metadataArgument?: { node: SyntaxNode; mod: PyModule } | null;
  /** `declarative_base(cls=Mixin)`: the class the generated base derives from, a mixin of every model. */
  declarativeMixin?: ClassInfo | null;
}

/** What a class is before analysis finds a declarative base: a plain class. */
export function plainClassInfo(cls: ClassDef, mod: PyModule, qualified: string): ClassInfo {
  return { cls, mod, qualified, kind: 'plain', base: null, flavor: 'declarative', baseClass: null, supers: [], superSyms: [] };
}

export class ClassAnalyzer {
  private readonly infos = new Map<ClassDef, ClassInfo>();
  private readonly inProgress = new Set<ClassDef>();
  private readonly bodies = new Map<string, ClassBody>();
  private readonly typeMaps = new Map<ClassInfo, Map<string, AnnotationMapEntry>>();
  private readonly enumMemo = new Map<ClassDef, boolean>();

  constructor(
    readonly resolver: Resolver,
    readonly configuredBases: string[],
  ) {}

  moduleOf(cls: ClassDef): PyModule {
    return this.resolver.modules.get(cls.file)!;
  }

  qualifiedName(cls: ClassDef): string {
    return cls.module ? `${cls.module}.${cls.name}` : cls.name;
  }

  /** True for `class Color(enum.Enum)` and its subclasses (`str, enum.Enum` included). */
  isEnumClass = (cls: ClassDef): boolean => {
    const memo = this.enumMemo.get(cls);
    if (memo !== undefined) return memo;
    this.enumMemo.set(cls, false);
    const mod = this.moduleOf(cls);
    const result = cls.superclasses.some((s) => {
      const sym = this.resolver.resolveExpr(mod, s);
      if (sym.kind === 'external') return sym.qualified.startsWith('enum.') && ['Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag'].includes(lastPart(sym.qualified));
      return sym.kind === 'class' && this.isEnumClass(sym.cls);
    });
    this.enumMemo.set(cls, result);
    return result;
  };

  analyze(cls: ClassDef): ClassInfo {
    const known = this.infos.get(cls);
    if (known) return known;
    const mod = this.moduleOf(cls);
    const info = plainClassInfo(cls, mod, this.qualifiedName(cls));
    if (this.inProgress.has(cls)) return info; // an inheritance cycle: stop, plain
    this.inProgress.add(cls);
    info.superSyms = cls.superclasses.map((s) => this.resolver.resolveExpr(mod, s));
    info.supers = info.superSyms.map((sym) => (sym.kind === 'class' ? this.analyze(sym.cls) : null));
    this.classify(info);
    this.inProgress.delete(cls);
    this.infos.set(cls, info);
    return info;
  }

  private classify(info: ClassInfo): void {
    const { cls, mod } = info;
    const tableKeyword = cls.keywords.get('table');
    const isTable = tableKeyword?.type === 'true';
    for (const decorator of cls.decorators) {
      const expr = decorator.namedChild(0);
      if (!expr) continue;
      const target = expr.type === 'call' ? expr.childForFieldName('function')! : expr;
      if (target.type === 'attribute') {
        const attribute = target.childForFieldName('attribute')?.text;
        const owner = this.resolver.resolveExpr(mod, target.childForFieldName('object')!);
        if ((attribute === 'mapped' || attribute === 'mapped_as_dataclass') && owner.kind === 'registry') {
          info.kind = 'model';
          info.base = owner.qualified;
          return;
        }
      }
      const sym = this.resolver.resolveExpr(mod, target);
      if (sym.kind === 'external' && isSqlalchemyName(sym.qualified) && lastPart(sym.qualified) === 'as_declarative') {
        info.kind = 'declarative-base';
        return;
      }
    }
    if (this.configuredBases.includes(info.qualified)) {
      info.kind = 'declarative-base';
      return;
    }
    for (const [i, sym] of info.superSyms.entries()) {
      if (sym.kind === 'external') {
        const last = lastPart(sym.qualified);
        if (isSqlalchemyName(sym.qualified) && sym.qualified.startsWith('sqlalchemy') && (last === 'DeclarativeBase' || last === 'DeclarativeBaseNoMeta')) {
          info.kind = 'declarative-base';
          return;
        }
        if (sym.qualified.startsWith('sqlmodel') && last === 'SQLModel') {
          markSqlModel(info, isTable);
          return;
        }
      }
      if (sym.kind === 'base') {
        info.kind = 'model';
        info.base = sym.qualified;
        info.flavor = sym.flavor;
        const metadata = sym.metadataCall ? callArguments(sym.metadataCall).keywords.get('metadata') : undefined;
        if (metadata && sym.module) info.metadataArgument = { node: metadata, mod: sym.module };
        const mixinNode = sym.metadataCall && sym.flavor === 'declarative' ? callArguments(sym.metadataCall).keywords.get('cls') : undefined;
        const mixin = mixinNode && sym.module ? this.resolver.resolveExpr(sym.module, mixinNode) : null;
        if (mixin?.kind === 'class') info.declarativeMixin = this.analyze(mixin.cls);
        const modelClass = sym.modelClass && sym.module ? this.resolver.resolveExpr(sym.module, sym.modelClass) : null;
        if (modelClass?.kind === 'class') {
          const baseClass = this.analyze(modelClass.cls);
          if (baseClass.kind === 'declarative-base') info.baseClass = baseClass;
        }
        return;
      }
      const parent = info.supers[i];
      if (!parent) continue;
      if (parent.kind === 'declarative-base') {
        info.kind = 'model';
        info.base = parent.qualified;
        info.baseClass = parent;
        return;
      }
      if (parent.kind === 'model') {
        info.kind = 'model';
        info.base = parent.base;
        info.baseClass = parent.baseClass;
        info.flavor = parent.flavor;
        info.metadataArgument = parent.metadataArgument;
        info.declarativeMixin = parent.declarativeMixin;
        return;
      }
      if (parent.kind === 'sqlmodel-data') {
        markSqlModel(info, isTable);
        return;
      }
    }
    // A class with a table whose bases we cannot follow is still a model (base unknown).
    const unresolvable = info.superSyms.some(
      (s, i) => (s.kind === 'unknown' && !(s.unbound && isPythonBuiltin(cls.superclasses[i]!.text))) || s.kind === 'value' || (s.kind === 'external' && !s.qualified.startsWith('builtins')) || s.kind === 'module',
    );
    if (unresolvable && declaresTable(cls) && !this.isEnumClass(cls)) {
      info.kind = 'model';
      info.base = null;
    }
  }

  /**
   * The body of a class as a given model sees it: the type map comes from the model's base,
   * so a mixin's `Mapped[str]` becomes whatever that base maps `str` to.
   */
  body(cls: ClassDef, forModel: ClassInfo): ClassBody {
    const typeMap = forModel.baseClass ? this.typeMap(forModel.baseClass) : new Map<string, AnnotationMapEntry>();
    const key = `${cls.file}:${cls.node.startIndex}:${forModel.baseClass?.qualified ?? ''}:${forModel.flavor}`;
    let body = this.bodies.get(key);
    if (!body) {
      body = readClassBody(cls, {
        resolver: this.resolver,
        mod: this.moduleOf(cls),
        typeMap,
        sqlmodel: forModel.flavor === 'sqlmodel',
        isEnumClass: this.isEnumClass,
      });
      this.bodies.set(key, body);
    }
    return body;
  }

  /** `type_annotation_map = {str: String(255), ...}` on the declarative base class. */
  typeMap(baseClass: ClassInfo): Map<string, AnnotationMapEntry> {
    const known = this.typeMaps.get(baseClass);
    if (known) return known;
    const map = new Map<string, AnnotationMapEntry>();
    this.typeMaps.set(baseClass, map);
    const body = readClassBody(baseClass.cls, { resolver: this.resolver, mod: baseClass.mod, typeMap: new Map(), sqlmodel: false, isEnumClass: this.isEnumClass });
    const dict = body.typeAnnotationMap ? unwrap(body.typeAnnotationMap) : null;
    if (dict?.type === 'dictionary') {
      for (const pair of dict.namedChildren) {
        if (pair?.type !== 'pair') continue;
        const keyNode = pair.childForFieldName('key');
        const value = pair.childForFieldName('value');
        if (!keyNode || !value) continue;
        const annotation = readAnnotation(keyNode);
        const entry = { node: value, module: baseClass.mod };
        const { key } = pythonTypeKey(this.resolver, baseClass.mod, annotation);
        // `list[int]` and `list[str]` are separate entries; the bare origin (`list`) answers for any
        // parameterisation only when the map names it so, or as the first generic that uses it.
        const full = genericTypeKey(this.resolver, baseClass.mod, annotation);
        if (full) map.set(full, entry);
        if (key && (!full || !map.has(key))) map.set(key, entry);
      }
    }
    return map;
  }

  /** `class Customer(DeferredReflection, Base)`: SQLAlchemy reads the table's columns from the database. */
  reflectsFromDatabase(info: ClassInfo): boolean {
    // A loop over the ancestors, not recursion: a mixin chain may be thousands of classes long.
    const seen = new Set<ClassInfo>();
    const stack = [info];
    while (stack.length > 0) {
      const current = stack.pop()!;
      if (seen.has(current)) continue;
      seen.add(current);
      if (current.superSyms.some((sym) => sym.kind === 'external' && isSqlalchemyName(sym.qualified) && lastPart(sym.qualified) === 'DeferredReflection')) return true;
      for (const parent of current.supers) if (parent) stack.push(parent);
    }
    return false;
  }

  /** The `schema=` of the MetaData a model's base uses, or null. */
  metadataSchema(info: ClassInfo): string | null {
    const source = info.metadataArgument ?? (info.baseClass ? this.baseMetadata(info.baseClass) : null);
    return source ? readMetadataSchema(this.resolver, source.mod, source.node) : null;
  }

  /** The naming convention of the MetaData a model's base uses, or SQLAlchemy's default. */
  namingConvention(info: ClassInfo): NamingConvention {
    const source = info.metadataArgument ?? (info.baseClass ? this.baseMetadata(info.baseClass) : null);
    return (source && readNamingConvention(this.resolver, source.mod, source.node)) ?? DEFAULT_CONVENTION;
  }

  private baseMetadata(baseClass: ClassInfo): { node: SyntaxNode; mod: PyModule } | null {
    const body = readClassBody(baseClass.cls, { resolver: this.resolver, mod: baseClass.mod, typeMap: new Map(), sqlmodel: false, isEnumClass: this.isEnumClass });
    return body.metadata ? { node: body.metadata, mod: baseClass.mod } : null;
  }

  /**
   * The classes whose attributes a model inherits as its own columns, base-most first: mixins,
   * abstract models, SQLModel data classes and the declarative base class itself. The walk stops
   * at mapped parents, whose columns live in their own table.
   */
  inheritedSources(info: ClassInfo, isMappedWithTable: (c: ClassInfo) => boolean): ClassInfo[] {
    const seen = new Set<ClassInfo>();
    const order: ClassInfo[] = [];
    let belowMappedParent = false;
    const visit = (current: ClassInfo): void => {
      for (const parent of current.supers) {
        if (!parent || seen.has(parent)) continue;
        if (isMappedWithTable(parent)) {
          belowMappedParent = true;
          continue;
        }
        seen.add(parent);
        // Columns are created when their class body runs: a base's before its subclass's.
        visit(parent);
        order.push(parent);
      }
    };
    visit(info);
    // The generated base's own superclass comes last in the MRO: base-most, like any other base.
    const mixin = info.declarativeMixin;
    if (mixin && !belowMappedParent && !seen.has(mixin)) {
      const own = order.splice(0);
      visit(mixin);
      order.push(mixin, ...own.filter((c) => !order.includes(c)));
    }
    return order;
  }
}

/** A SQLModel class: a model when it says `table=True`, else a plain data class its subclasses may map. */
function markSqlModel(info: ClassInfo, isTable: boolean): void {
  info.flavor = 'sqlmodel';
  if (isTable) {
    info.kind = 'model';
    info.base = 'sqlmodel.SQLModel';
  } else info.kind = 'sqlmodel-data';
}

/** A quick look for `__tablename__` / `__table__` in the body, before knowing how to read it. */
function declaresTable(cls: ClassDef): boolean {
  for (const statement of cls.body?.namedChildren ?? []) {
    const first = statement?.type === 'expression_statement' ? statement.namedChild(0) : null;
    const left = first?.type === 'assignment' ? first.childForFieldName('left')?.text : null;
    if (left === '__tablename__' || left === '__table__') return true;
    if (statement?.type === 'decorated_definition') {
      const name = statement.childForFieldName('definition')?.childForFieldName('name')?.text;
      if (name === '__tablename__') return true;
    }
  }
  return false;
}

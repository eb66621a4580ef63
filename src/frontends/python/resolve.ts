import type { SyntaxNode } from './syntaxTree.js';
import type { Binding, ClassDef, PyModule } from './namespace.js';
import type { ModuleIndex } from './modules.js';
import { callArguments, calleeName, unwrap } from './syntax.js';

/**
 * What a name in a module stands for, found by following imports across project files the way
 * Python would bind them, never by running anything. External modules (sqlalchemy, sqlmodel,
 * flask_sqlalchemy) are known only by their qualified names.
 */
export type Sym =
  | { kind: 'module'; module: string; file: string | null }
  | { kind: 'class'; cls: ClassDef }
  /**
   * A name from a module outside the project: `sqlalchemy.orm.declarative_base`. `partial` holds
   * the keywords of `functools.partial(db.Column, nullable=False)`: calls through it get them first.
   */
  | { kind: 'external'; qualified: string; partial?: { keywords: Map<string, SyntaxNode>; module: PyModule } }
  /** A declarative base made by a call (`declarative_base()`, `registry().generate_base()`, `db.Model`). */
  | {
      kind: 'base';
      qualified: string;
      flavor: 'declarative' | 'flask';
      /** The call whose `metadata=` keyword holds the MetaData (`declarative_base(...)`, `SQLAlchemy(...)`). */
      metadataCall: SyntaxNode | null;
      module?: PyModule;
      /** Flask-SQLAlchemy 3.1 `SQLAlchemy(model_class=Base)`: db.Model is that class, type map and metadata included. */
      modelClass?: SyntaxNode;
    }
  /** A `registry()` instance: `@mapper_registry.mapped` maps classes. */
  | { kind: 'registry'; qualified: string }
  /** A Flask-SQLAlchemy `SQLAlchemy()` instance. */
  | { kind: 'flaskDb'; qualified: string; call?: SyntaxNode; module?: PyModule }
  | { kind: 'value'; module: PyModule; name: string; value: SyntaxNode }
  | { kind: 'unknown'; reason: string; unbound?: boolean };

const MAX_DEPTH = 40;

const PYTHON_BUILTINS = new Set([
  'int', 'str', 'float', 'bool', 'bytes', 'bytearray', 'complex', 'dict', 'list', 'set', 'frozenset', 'tuple',
  'object', 'type', 'len', 'range', 'print', 'isinstance', 'getattr', 'setattr', 'hasattr', 'super', 'property',
  'staticmethod', 'classmethod', 'None', 'True', 'False', 'Exception', 'ValueError', 'TypeError', 'KeyError',
  'memoryview', 'iter', 'next', 'map', 'filter', 'zip', 'sorted', 'reversed', 'enumerate', 'min', 'max', 'sum',
  'any', 'all', 'abs', 'round', 'repr', 'hash', 'id', 'vars', 'dir', 'callable', 'open', '__name__', '__file__',
]);

/** `class Mixin(object)`: a builtin base is no reason to doubt what a class is. */
export function isPythonBuiltin(name: string): boolean {
  return PYTHON_BUILTINS.has(name);
}

/** Third-party packages whose star imports we know to export SQLAlchemy names. */
const KNOWN_STAR_EXPORTERS = ['sqlalchemy', 'sqlmodel', 'flask_sqlalchemy'];

export function isSqlalchemyName(qualified: string): boolean {
  return qualified === 'sqlalchemy' || qualified.startsWith('sqlalchemy.') || qualified.startsWith('sqlmodel.') || qualified === 'sqlmodel';
}

export function lastPart(qualified: string): string {
  const dot = qualified.lastIndexOf('.');
  return dot === -1 ? qualified : qualified.slice(dot + 1);
}

export class Resolver {
  private readonly unreadable = new Set<string>();

  /**
   * @param modules the parsed modules by file, starting with the configured model files
   * @param load reads and parses another project module when an import first reaches it
   */
  constructor(
    readonly index: ModuleIndex,
    readonly modules: Map<string, PyModule>,
    private readonly load: (file: string) => PyModule | null = () => null,
  ) {}

  moduleForFile(file: string | null): PyModule | null {
    if (!file) return null;
    const known = this.modules.get(file);
    if (known || this.unreadable.has(file)) return known ?? null;
    const loaded = this.load(file);
    if (loaded) this.modules.set(file, loaded);
    else this.unreadable.add(file);
    return loaded;
  }

  /** Names a star import of `mod` brings in: `__all__` when given, else every public name. */
  exportsByStar(mod: PyModule, name: string): boolean {
    if (mod.allNames) return mod.allNames.includes(name);
    return !name.startsWith('_');
  }

  private readonly memo = new Map<PyModule, Map<string, Sym>>();
  private readonly resolving = new Set<string>();

  /**
   * The symbol `name` is bound to at the end of `mod`'s top level. Memoised: packages that
   * star-import each other would otherwise be walked again for every name.
   */
  resolveName(mod: PyModule, name: string, depth = 0): Sym {
    const cached = this.memo.get(mod)?.get(name);
    if (cached) return cached;
    const key = `${mod.file}\0${name}`;
    // Re-entered through an import cycle: along this path the name is not (yet) bound.
    if (this.resolving.has(key)) return { kind: 'unknown', reason: `"${name}" is only reachable through an import cycle`, unbound: true };
    this.resolving.add(key);
    const sym = this.resolveNameUncached(mod, name, depth);
    this.resolving.delete(key);
    let names = this.memo.get(mod);
    if (!names) this.memo.set(mod, (names = new Map()));
    names.set(name, sym);
    return sym;
  }

  private resolveNameUncached(mod: PyModule, name: string, depth: number): Sym {
    if (depth > MAX_DEPTH) return { kind: 'unknown', reason: `import chain too deep while resolving "${name}"` };
    let unknownStar: string | null = null;
    let knownStar: string | null = null;
    for (let i = mod.timeline.length - 1; i >= 0; i--) {
      const binding = mod.timeline[i]!;
      if (binding.kind === 'star') {
        const sym = this.fromStar(binding, name, depth);
        if (sym === 'unknown-module') unknownStar ??= binding.module ?? '(relative import)';
        else if (sym?.kind === 'external') knownStar ??= sym.qualified;
        else if (sym) return sym;
        continue;
      }
      if (binding.name !== name) continue;
      return this.fromBinding(mod, binding, depth);
    }
    // We do not know sqlalchemy's `__all__` by heart: its star import claims only names nothing
    // else binds and that are not Python builtins.
    if (knownStar && !PYTHON_BUILTINS.has(name)) return { kind: 'external', qualified: knownStar };
    if (unknownStar) return { kind: 'unknown', reason: `"${name}" may come from the star import of ${unknownStar}, which cannot be read` };
    return { kind: 'unknown', reason: `"${name}" is not defined or imported here`, unbound: true };
  }

  private fromStar(binding: Extract<Binding, { kind: 'star' }>, name: string, depth: number): Sym | null | 'unknown-module' {
    if (!binding.module) return 'unknown-module';
    const file = this.index.fileOf(binding.module);
    const target = this.moduleForFile(file);
    if (target) {
      if (!this.exportsByStar(target, name)) return null;
      const sym = this.resolveName(target, name, depth + 1);
      if (sym.kind === 'unknown' && sym.unbound) {
        // `__all__` may list a submodule: the star import then imports it.
        const sub = `${binding.module}.${name}`;
        if (target.allNames?.includes(name) && this.index.fileOf(sub)) return { kind: 'module', module: sub, file: this.index.fileOf(sub) };
        return null;
      }
      return sym;
    }
    if (KNOWN_STAR_EXPORTERS.some((p) => binding.module === p || binding.module!.startsWith(`${p}.`))) {
      return { kind: 'external', qualified: `${binding.module}.${name}` };
    }
    return 'unknown-module';
  }

  private fromBinding(mod: PyModule, binding: Binding, depth: number): Sym {
    switch (binding.kind) {
      case 'import':
        return { kind: 'module', module: binding.module, file: this.index.fileOf(binding.module) };
      case 'from': {
        if (!binding.module) return { kind: 'unknown', reason: `relative import of "${binding.imported}" climbs above the project` };
        return this.memberOfModule(binding.module, binding.imported, depth);
      }
      case 'class':
        return { kind: 'class', cls: binding.cls };
      case 'assign':
        return this.evaluateValue(mod, binding.name, binding.value, depth);
      case 'other':
        return { kind: 'unknown', reason: `"${binding.name}" is bound to something computed` };
      default:
        return { kind: 'unknown', reason: 'unreadable binding' };
    }
  }

  /** `from module import name`: the package's attribute first, else its submodule. */
  memberOfModule(module: string, name: string, depth: number): Sym {
    const file = this.index.fileOf(module);
    const target = this.moduleForFile(file);
    const submodule = this.index.fileOf(`${module}.${name}`);
    if (target) {
      const sym = this.resolveName(target, name, depth + 1);
      if (sym.kind === 'unknown' && sym.unbound && submodule) return { kind: 'module', module: `${module}.${name}`, file: submodule };
      return sym;
    }
    if (submodule) return { kind: 'module', module: `${module}.${name}`, file: submodule };
    if (file) return { kind: 'unknown', reason: `module ${module} could not be read` };
    if (this.index.isProjectPackage(`${module}.${name}`)) return { kind: 'module', module: `${module}.${name}`, file: null };
    if (this.index.isProjectPackage(module)) return { kind: 'unknown', reason: `${module}.${name} is not a module of the project ormlint reads` };
    return { kind: 'external', qualified: `${module}.${name}` };
  }

  /** The symbol an expression (name, attribute chain, or a base-making call) stands for. */
  resolveExpr(mod: PyModule, input: SyntaxNode, depth = 0): Sym {
    const node = unwrap(input);
    if (depth > MAX_DEPTH) return { kind: 'unknown', reason: 'too deep' };
    if (node.type === 'identifier') return this.resolveName(mod, node.text, depth);
    if (node.type === 'attribute') {
      const objectNode = node.childForFieldName('object');
      const attribute = node.childForFieldName('attribute')?.text;
      if (!objectNode || !attribute) return { kind: 'unknown', reason: `cannot read ${node.text}` };
      const object = this.resolveExpr(mod, objectNode, depth + 1);
      return this.attributeOf(object, attribute, node.text, depth);
    }
    if (node.type === 'call') return this.evaluateValue(mod, null, node, depth);
    return { kind: 'unknown', reason: `${node.text} cannot be evaluated statically` };
  }

  private attributeOf(object: Sym, attribute: string, text: string, depth: number): Sym {
    switch (object.kind) {
      case 'module':
        if (object.file || this.index.isProjectPackage(object.module)) return this.memberOfModule(object.module, attribute, depth);
        return { kind: 'external', qualified: `${object.module}.${attribute}` };
      case 'external':
        return { kind: 'external', qualified: `${object.qualified}.${attribute}` };
      case 'flaskDb':
        // Flask-SQLAlchemy exposes the declarative base as db.Model and sqlalchemy's names as db.X.
        if (attribute === 'Model') {
          const modelClass = object.call ? callArguments(object.call).keywords.get('model_class') : undefined;
          return { kind: 'base', qualified: `${object.qualified}.Model`, flavor: 'flask', metadataCall: object.call ?? null, module: object.module, ...(modelClass ? { modelClass } : {}) };
        }
        return { kind: 'external', qualified: `sqlalchemy.${attribute}` };
      case 'unknown':
        return object;
      default:
        return { kind: 'unknown', reason: `${text} cannot be evaluated statically` };
    }
  }

  /** What an assigned value is: an alias of another name, or a call that makes a base / registry / db. */
  evaluateValue(mod: PyModule, name: string | null, value: SyntaxNode, depth: number): Sym {
    const node = unwrap(value);
    const qualifiedHere = name && mod.module ? `${mod.module}.${name}` : (name ?? node.text);
    if (node.type === 'identifier' || node.type === 'attribute') return this.resolveExpr(mod, node, depth + 1);
    if (node.type === 'call') {
      const fn = node.childForFieldName('function');
      if (!fn) return { kind: 'unknown', reason: 'call without callee' };
      // registry().generate_base() / mapper_registry.generate_base()
      if (fn.type === 'attribute' && fn.childForFieldName('attribute')?.text === 'generate_base') {
        const owner = this.resolveExpr(mod, fn.childForFieldName('object')!, depth + 1);
        if (owner.kind === 'registry') return { kind: 'base', qualified: qualifiedHere, flavor: 'declarative', metadataCall: null };
      }
      const callee = this.resolveExpr(mod, fn, depth + 1);
      if (callee.kind === 'external' && callee.qualified === 'functools.partial') {
        // `Column = functools.partial(db.Column, nullable=False)`: still Column, with defaults.
        const { positional, keywords } = callArguments(node);
        const target = positional[0] ? this.resolveExpr(mod, positional[0], depth + 1) : null;
        if (target?.kind === 'external') return { ...target, partial: { keywords, module: mod } };
      }
      // `db = RedashSQLAlchemy(...)` with `class RedashSQLAlchemy(SQLAlchemy)`: still Flask-SQLAlchemy.
      if (callee.kind === 'class' && this.derivesFrom(callee.cls, (q) => q.startsWith('flask_sqlalchemy') && lastPart(q) === 'SQLAlchemy', depth + 1)) {
        return { kind: 'flaskDb', qualified: qualifiedHere, call: node, module: mod };
      }
      if (callee.kind === 'external') {
        const last = lastPart(callee.qualified);
        if (isSqlalchemyName(callee.qualified) && last === 'declarative_base') {
          return { kind: 'base', qualified: qualifiedHere, flavor: 'declarative', metadataCall: node, module: mod };
        }
        if (isSqlalchemyName(callee.qualified) && last === 'registry') return { kind: 'registry', qualified: qualifiedHere };
        if (callee.qualified.startsWith('flask_sqlalchemy') && last === 'SQLAlchemy') return { kind: 'flaskDb', qualified: qualifiedHere, call: node, module: mod };
      }
      return name ? { kind: 'value', module: mod, name, value: node } : { kind: 'unknown', reason: `${calleeName(node) ?? 'a call'}(...) cannot be evaluated statically` };
    }
    return name ? { kind: 'value', module: mod, name, value: node } : { kind: 'unknown', reason: `${node.text} cannot be evaluated statically` };
  }

  /** True when a project class has an external superclass (at any depth) that `matches`. */
  derivesFrom(cls: ClassDef, matches: (qualified: string) => boolean, depth: number, seen = new Set<ClassDef>()): boolean {
    if (depth > MAX_DEPTH || seen.has(cls)) return false;
    seen.add(cls);
    const mod = this.moduleForFile(cls.file);
    if (!mod) return false;
    return cls.superclasses.some((expr) => {
      const sym = this.resolveExpr(mod, expr, depth + 1);
      if (sym.kind === 'external') return matches(sym.qualified);
      return sym.kind === 'class' && this.derivesFrom(sym.cls, matches, depth + 1, seen);
    });
  }

  /** A qualified name for any symbol, for messages and the imports map handed to type readers. */
  qualifiedName(sym: Sym): string | null {
    switch (sym.kind) {
      case 'module':
        return sym.module;
      case 'class':
        return sym.cls.module ? `${sym.cls.module}.${sym.cls.name}` : sym.cls.name;
      case 'external':
      case 'base':
      case 'registry':
        return sym.qualified;
      case 'flaskDb':
        return 'sqlalchemy';
      case 'value':
        return sym.module.module ? `${sym.module.module}.${sym.name}` : sym.name;
      default:
        return null;
    }
  }
}

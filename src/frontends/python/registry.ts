import type { SyntaxNode } from './syntaxTree.js';
import type { FrontendProblem, Registry, RegistryBinding, SourceLocation } from '../../facts.js';
import type { ClassDef, ImportStatement, PyModule } from './namespace.js';
import type { Resolver } from './resolve.js';
import { callArguments, nodeLocation, stringValue, unwrap, shortenSource } from './syntax.js';

/**
 * The registry as SQLAlchemy experiences it: a model class exists for the mapper (and for
 * Alembic's autogenerate) once its module has been imported. Starting at the configured registry
 * modules, follow every import executed at import time, transitively; the classes defined in the
 * files reached are the ones SQLAlchemy sees. The registry's own names ("last import wins") say
 * which of two same-named classes the application gets.
 */

/** The project files executed by importing the roots, following top-level imports transitively. */
export function reachableFiles(roots: string[], resolver: Resolver, problems: FrontendProblem[] = [], modelFiles: Iterable<string> = [...resolver.modules.keys()]): string[] {
  const seen = new Set<string>();
  const order: string[] = [];
  const queue: string[] = [];
  const enqueue = (file: string | null): void => {
    if (!file || seen.has(file)) return;
    seen.add(file);
    order.push(file);
    queue.push(file);
  };
  for (const root of roots) {
    // Importing a module runs its packages' __init__ first.
    const mod = resolver.moduleForFile(root);
    if (mod?.module) for (const file of resolver.index.filesImportedBy(mod.module)) enqueue(file);
    enqueue(root);
  }
  while (queue.length > 0) {
    const mod = resolver.moduleForFile(queue.shift()!);
    if (!mod) continue;
    for (const statement of mod.imports) for (const file of filesOfImport(statement, resolver)) enqueue(file);
    for (const call of dynamicImportCalls(mod, resolver)) {
      const files = filesOfDynamicImport(call, mod, resolver);
      if (files) {
        for (const file of files) enqueue(file);
        continue;
      }
      // Could import anything: every model counts as reached, so unimported-model stays quiet.
      problems.push({
        kind: 'unresolved',
        message: `\`${shortenSource(call.text, 60)}\` imports modules chosen at run time; ormlint cannot tell which, so it counts every model file as imported`,
        location: nodeLocation(call, mod.file),
      });
      for (const file of modelFiles) enqueue(file);
    }
  }
  return order;
}

/** `importlib.import_module(...)` / `__import__(...)` calls run at import time (not inside functions). */
function dynamicImportCalls(mod: PyModule, resolver: Resolver): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  const visit = (node: SyntaxNode): void => {
    if (node.type === 'function_definition' || node.type === 'class_definition' || node.type === 'lambda') return;
    if (node.type === 'call') {
      const fn = node.childForFieldName('function');
      const sym = fn ? resolver.resolveExpr(mod, fn) : null;
      const qualified = sym?.kind === 'external' ? sym.qualified : sym?.kind === 'unknown' && sym.unbound ? `builtins.${fn!.text}` : null;
      if (qualified === 'importlib.import_module' || qualified === 'builtins.__import__') out.push(node);
    }
    for (const child of node.namedChildren) if (child) visit(child);
  };
  visit(mod.root);
  return out;
}

/**
 * The files one dynamic import runs, when that is static: a literal module name, or the package
 * idiom `for _, name, _ in pkgutil.iter_modules(__path__): import_module(f"{__name__}.{name}")`
 * (every submodule; `walk_packages` every descendant). Null when it cannot be told.
 */
function filesOfDynamicImport(call: SyntaxNode, mod: PyModule, resolver: Resolver): string[] | null {
  const { positional, keywords } = callArguments(call);
  const target = positional[0] ? unwrap(positional[0]) : null;
  if (!target) return null;
  const literal = stringValue(target);
  if (literal !== null && !literal.startsWith('.') && !keywords.has('package')) return resolver.index.filesImportedBy(literal);
  if (!mod.module || !mod.isPackage) return null;
  const loop = enclosingFor(call);
  const iterable = loop?.childForFieldName('right');
  const iterCall = iterable ? unwrap(iterable) : null;
  if (iterCall?.type !== 'call') return null;
  const iterFn = iterCall.childForFieldName('function');
  const iterSym = iterFn ? resolver.resolveExpr(mod, iterFn) : null;
  const walker = iterSym?.kind === 'external' ? iterSym.qualified : null;
  if (walker !== 'pkgutil.iter_modules' && walker !== 'pkgutil.walk_packages') return null;
  if (unwrap(callArguments(iterCall).positional[0] ?? iterCall).text !== '__path__') return null;
  if (!isSubmoduleName(target, keywords.get('package'))) return null;
  return resolver.index.filesUnder(mod.module, walker === 'pkgutil.iter_modules');
}

function enclosingFor(node: SyntaxNode): SyntaxNode | null {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === 'for_statement') return current;
    if (current.type === 'function_definition' || current.type === 'module') return null;
  }
  return null;
}

/** `f"{__name__}.{name}"`, `__name__ + "." + name`, or `f".{name}"` / `"." + name` with `package=__name__`. */
function isSubmoduleName(target: SyntaxNode, packageKeyword: SyntaxNode | undefined): boolean {
  const relative = packageKeyword !== undefined && unwrap(packageKeyword).text === '__name__';
  const pieces = namePieces(target);
  if (!pieces) return false;
  const expected = relative ? ['.', 'var'] : ['__name__', '.', 'var'];
  return pieces.length === expected.length && pieces.every((p, i) => p === expected[i]);
}

/** A string expression as its parts: literal text, `__name__`, or `var` for any other name. */
function namePieces(input: SyntaxNode): string[] | null {
  const node = unwrap(input);
  if (node.type === 'identifier' || node.type === 'attribute') return [node.text === '__name__' ? '__name__' : 'var'];
  if (node.type === 'binary_operator' && node.childForFieldName('operator')?.type === '+') {
    const left = namePieces(node.childForFieldName('left')!);
    const right = namePieces(node.childForFieldName('right')!);
    return left && right ? [...left, ...right] : null;
  }
  if (node.type !== 'string') return null;
  const out: string[] = [];
  for (const child of node.namedChildren) {
    if (!child || child.type === 'string_start' || child.type === 'string_end') continue;
    if (child.type === 'string_content') out.push(child.text);
    else if (child.type === 'interpolation' && (child.namedChild(0)?.type === 'identifier' || child.namedChild(0)?.type === 'attribute')) out.push(child.namedChild(0)!.text === '__name__' ? '__name__' : 'var');
    else return null;
  }
  return out;
}


function filesOfImport(statement: ImportStatement, resolver: Resolver): string[] {
  const { index } = resolver;
  if (!statement.isFrom) return statement.names.flatMap((n) => index.filesImportedBy(n.name));
  if (!statement.module) return [];
  const files = index.filesImportedBy(statement.module);
  // `from pkg import sub` imports the submodule when the package has no such attribute.
  for (const { name } of statement.names) {
    const sub = index.fileOf(`${statement.module}.${name}`);
    if (sub) files.push(...index.filesImportedBy(`${statement.module}.${name}`));
  }
  if (statement.star) {
    // `from pkg import *` with `__all__` naming submodules imports them too.
    const target = resolver.moduleForFile(index.fileOf(statement.module));
    for (const name of target?.allNames ?? []) {
      const sub = index.fileOf(`${statement.module}.${name}`);
      if (sub) files.push(...index.filesImportedBy(`${statement.module}.${name}`));
    }
  }
  return files;
}

interface BindingStep {
  name: string;
  cls: ClassDef;
  location: SourceLocation;
}

/** Every (name → model class) binding a registry module makes, in execution order. */
function bindingSteps(mod: PyModule, resolver: Resolver, isModel: (cls: ClassDef) => boolean): BindingStep[] {
  const steps: BindingStep[] = [];
  for (const binding of mod.timeline) {
    if (binding.kind === 'class') {
      if (isModel(binding.cls)) steps.push({ name: binding.name, cls: binding.cls, location: binding.location });
      continue;
    }
    if (binding.kind === 'from' && binding.module) {
      const sym = resolver.memberOfModule(binding.module, binding.imported, 0);
      if (sym.kind === 'class' && isModel(sym.cls)) steps.push({ name: binding.name, cls: sym.cls, location: binding.location });
      continue;
    }
    if (binding.kind === 'star' && binding.module) {
      const target = resolver.moduleForFile(resolver.index.fileOf(binding.module));
      if (!target) continue;
      for (const name of exportedNames(target)) {
        if (!resolver.exportsByStar(target, name)) continue;
        const sym = resolver.resolveName(target, name);
        if (sym.kind === 'class' && isModel(sym.cls)) steps.push({ name, cls: sym.cls, location: binding.location });
      }
    }
  }
  return steps;
}

/** The names a module binds at its top level (for star imports without `__all__`). */
function exportedNames(mod: PyModule): string[] {
  if (mod.allNames) return [...mod.allNames];
  const names: string[] = [];
  for (const binding of mod.timeline) if (binding.kind !== 'star' && !names.includes(binding.name)) names.push(binding.name);
  return names;
}

/** Last import wins: each name ends bound to its final class; earlier distinct classes are shadowed. */
function registryBindings(mod: PyModule, resolver: Resolver, isModel: (cls: ClassDef) => boolean): RegistryBinding[] {
  const byName = new Map<string, BindingStep[]>();
  for (const step of bindingSteps(mod, resolver, isModel)) {
    const list = byName.get(step.name) ?? [];
    list.push(step);
    byName.set(step.name, list);
  }
  // A later non-model binding of the name (say an enum) hides the model too.
  const finalKinds = new Map<string, boolean>();
  for (const name of byName.keys()) {
    const sym = resolver.resolveName(mod, name);
    finalKinds.set(name, sym.kind === 'class' && isModel(sym.cls));
  }
  const out: RegistryBinding[] = [];
  for (const [name, steps] of byName) {
    if (!finalKinds.get(name)) continue;
    const last = steps[steps.length - 1]!;
    const shadowed = steps
      .slice(0, -1)
      .filter((s) => s.cls !== last.cls)
      .map((s) => ({ className: s.cls.name, file: s.cls.file, importLocation: s.location }));
    out.push({ name, className: last.cls.name, file: last.cls.file, importLocation: last.location, shadowed });
  }
  return out;
}

/**
 * A registry file imports a model name that nothing else in it uses and `__all__` does not list:
 * ruff's F401 would flag it, and `--fix` would delete the import that registers the model.
 */
function hasUnusedModelImport(mod: PyModule, resolver: Resolver, isModel: (cls: ClassDef) => boolean): boolean {
  const imported: string[] = [];
  for (const statement of mod.imports) {
    if (!statement.isFrom || !statement.module || statement.star) continue;
    for (const { name, alias } of statement.names) {
      const sym = resolver.memberOfModule(statement.module, name, 0);
      if (sym.kind === 'class' && isModel(sym.cls)) imported.push(alias ?? name);
    }
  }
  if (imported.length === 0) return false;
  const used = new Set<string>();
  const visit = (node: SyntaxNode): void => {
    if (node.type === 'import_statement' || node.type === 'import_from_statement') return;
    if (node.type === 'identifier') used.add(node.text);
    for (const child of node.namedChildren) if (child) visit(child);
  };
  visit(mod.root);
  return imported.some((name) => !used.has(name) && !(mod.allNames ?? []).includes(name));
}

/**
 * Builds the Registry fact. Null when no registry module is configured or none of them exists
 * among the model files.
 */
export function resolveRegistry(
  registryPaths: string[],
  resolver: Resolver,
  isModel: (cls: ClassDef) => boolean,
  problems: FrontendProblem[] = [],
  modelFiles: Iterable<string> = [...resolver.modules.keys()],
): Registry | null {
  const roots = registryPaths.filter((p) => resolver.moduleForFile(p) !== null);
  if (roots.length === 0) return null;
  const files = reachableFiles(roots, resolver, problems, modelFiles);
  const reachable: { className: string; file: string }[] = [];
  for (const file of files) {
    for (const cls of resolver.modules.get(file)?.classes ?? []) {
      if (isModel(cls)) reachable.push({ className: cls.name, file: cls.file });
    }
  }
  const bindings = roots.flatMap((root) => registryBindings(resolver.modules.get(root)!, resolver, isModel));
  const unusedImportFiles = roots.filter((root) => hasUnusedModelImport(resolver.modules.get(root)!, resolver, isModel));
  return { roots, reachableFiles: files, reachable, bindings, unusedImportFiles };
}

import type { Node } from 'web-tree-sitter';
import type { Registry, RegistryBinding, SourceLocation } from '../../ir.js';
import type { ClassDef, ImportStatement, PyModule } from './namespace.js';
import type { Resolver } from './resolve.js';

/**
 * The registry as SQLAlchemy experiences it: a model class exists for the mapper (and for
 * Alembic's autogenerate) once its module has been imported. Starting at the configured registry
 * modules, follow every import executed at import time, transitively; the classes defined in the
 * files reached are the ones SQLAlchemy sees. The registry's own names ("last import wins") say
 * which of two same-named classes the application gets.
 */

/** The project files executed by importing the roots, following top-level imports transitively. */
export function reachableFiles(roots: string[], resolver: Resolver): string[] {
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
    const mod = resolver.modules.get(root);
    if (mod?.module) for (const file of resolver.index.filesImportedBy(mod.module)) enqueue(file);
    enqueue(root);
  }
  while (queue.length > 0) {
    const mod = resolver.modules.get(queue.shift()!);
    if (!mod) continue;
    for (const statement of mod.imports) for (const file of filesOfImport(statement, resolver)) enqueue(file);
  }
  return order;
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
  const visit = (node: Node): void => {
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
): Registry | null {
  const roots = registryPaths.filter((p) => resolver.modules.has(p));
  if (roots.length === 0) return null;
  const files = reachableFiles(roots, resolver);
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

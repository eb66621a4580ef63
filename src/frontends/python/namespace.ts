import type { SyntaxNode } from './syntaxTree.js';
import type { SourceLocation } from '../../facts.js';
import { resolveImportModule } from './modules.js';
import { dottedName, nodeLocation, staticValue, stringValue } from './syntax.js';

/**
 * What one Python module binds at its top level, read from the tree in statement order, so
 * "last binding wins" is answerable without running it: imports, classes, assignments, star
 * imports, `__all__`. Statements inside `if` / `try` / `with` count (they run at import time),
 * except under `if TYPE_CHECKING:`, which never runs.
 */

export interface ClassDef {
  name: string;
  file: string;
  module: string | null;
  node: SyntaxNode;
  nameNode: SyntaxNode;
  decorators: SyntaxNode[];
  /** Positional superclass expressions as written. */
  superclasses: SyntaxNode[];
  /** Class keywords: `metaclass=`, SQLModel's `table=True`. */
  keywords: Map<string, SyntaxNode>;
  body: SyntaxNode | null;
}

export type Binding =
  /** `import a.b` binds `a` to module `a`; `import a.b as c` binds `c` to `a.b`. */
  | { kind: 'import'; name: string; module: string; location: SourceLocation }
  /** `from m import n [as alias]`; module null when a relative import climbs too far. */
  | { kind: 'from'; name: string; module: string | null; imported: string; location: SourceLocation }
  | { kind: 'star'; module: string | null; location: SourceLocation }
  | { kind: 'class'; name: string; cls: ClassDef; location: SourceLocation }
  | { kind: 'assign'; name: string; value: SyntaxNode; location: SourceLocation }
  /** A def, a loop variable, an annotated name without value: bound, but to nothing we evaluate. */
  | { kind: 'other'; name: string; location: SourceLocation };

export interface ImportStatement {
  node: SyntaxNode;
  /** Absolute module named by the statement (`from .x import y` → `app.models.x`). */
  module: string | null;
  /** For `import a.b.c`: the full dotted module; for `from`: the imported names. */
  names: { name: string; alias: string | null; node: SyntaxNode }[];
  isFrom: boolean;
  star: boolean;
}

export interface PyModule {
  file: string;
  module: string | null;
  isPackage: boolean;
  root: SyntaxNode;
  /** Top-level bindings in execution order. */
  timeline: Binding[];
  imports: ImportStatement[];
  classes: ClassDef[];
  /** `__all__` when static, else null (none, or built at run time). */
  allNames: string[] | null;
  /** `__all__` exists but could not be read statically. */
  allDynamic: boolean;
  /** Calls made as top-level statements (`Index("ix", User.email)` outside the class). */
  calls: SyntaxNode[];
}

/** Reads the top level of a parsed module. */
export function readModule(file: string, module: string | null, isPackage: boolean, root: SyntaxNode): PyModule {
  const out: PyModule = { file, module, isPackage, root, timeline: [], imports: [], classes: [], allNames: null, allDynamic: false, calls: [] };
  visitBlock(root, out);
  return out;
}

function visitBlock(block: SyntaxNode, out: PyModule): void {
  for (const child of block.namedChildren) if (child) visitStatement(child, out);
}

function visitStatement(node: SyntaxNode, out: PyModule): void {
  switch (node.type) {
    case 'import_statement':
      readImport(node, out);
      return;
    case 'import_from_statement':
      readFromImport(node, out);
      return;
    case 'future_import_statement':
      return;
    case 'class_definition':
      readClass(node, [], out);
      return;
    case 'decorated_definition': {
      const definition = node.childForFieldName('definition');
      const decorators = node.namedChildren.filter((c): c is SyntaxNode => c?.type === 'decorator');
      if (definition?.type === 'class_definition') readClass(definition, decorators, out);
      else if (definition) bindOther(definition.childForFieldName('name'), out);
      return;
    }
    case 'function_definition':
      bindOther(node.childForFieldName('name'), out);
      return;
    case 'expression_statement':
      for (const child of node.namedChildren) if (child) readExpressionStatement(child, out);
      return;
    case 'if_statement': {
      const condition = node.childForFieldName('condition');
      const guarded = condition ? (dottedName(condition) ?? '') : '';
      const typeCheckingOnly = guarded === 'TYPE_CHECKING' || guarded.endsWith('.TYPE_CHECKING');
      for (const child of node.namedChildren) {
        if (!child) continue;
        if (child.type === 'block' && !typeCheckingOnly) visitBlock(child, out);
        if (child.type === 'elif_clause' || child.type === 'else_clause') {
          const body = child.childForFieldName('consequence') ?? child.childForFieldName('body');
          if (body && !(typeCheckingOnly && child.type === 'elif_clause')) visitBlock(body, out);
        }
      }
      return;
    }
    case 'try_statement':
    case 'with_statement':
    case 'except_clause':
    case 'except_group_clause':
    case 'else_clause':
    case 'finally_clause':
    case 'block':
    // tree-sitter wraps what it could not parse in ERROR nodes; statements inside still count.
    case 'ERROR':
      for (const child of node.namedChildren) {
        if (!child) continue;
        if (child.type === 'block' || child.type.endsWith('_clause') || child.type === 'ERROR') visitBlock(child, out);
        else if (node.type === 'ERROR' || node.type === 'block') visitStatement(child, out);
      }
      return;
    default:
      return;
  }
}

function bindOther(nameNode: SyntaxNode | null, out: PyModule): void {
  if (nameNode) out.timeline.push({ kind: 'other', name: nameNode.text, location: nodeLocation(nameNode, out.file) });
}

function readImport(node: SyntaxNode, out: PyModule): void {
  const statement: ImportStatement = { node, module: null, names: [], isFrom: false, star: false };
  for (const child of node.childrenForFieldName('name')) {
    if (!child) continue;
    const target = child.type === 'aliased_import' ? child.childForFieldName('name') : child;
    const alias = child.type === 'aliased_import' ? (child.childForFieldName('alias')?.text ?? null) : null;
    const module = target?.text.replace(/\s+/gu, '') ?? '';
    if (!module) continue;
    statement.names.push({ name: module, alias, node: child });
    const location = nodeLocation(child, out.file);
    if (alias) out.timeline.push({ kind: 'import', name: alias, module, location });
    else out.timeline.push({ kind: 'import', name: module.split('.')[0]!, module: module.split('.')[0]!, location });
  }
  out.imports.push(statement);
}

function readFromImport(node: SyntaxNode, out: PyModule): void {
  const moduleNode = node.childForFieldName('module_name');
  let module: string | null = null;
  if (moduleNode?.type === 'relative_import') {
    const prefix = moduleNode.namedChildren.find((c) => c?.type === 'import_prefix')?.text ?? '';
    const name = moduleNode.namedChildren.find((c) => c?.type === 'dotted_name')?.text ?? '';
    module = out.module === null ? null : resolveImportModule(out.module, out.isPackage, prefix.length, name.replace(/\s+/gu, ''));
  } else if (moduleNode) {
    module = moduleNode.text.replace(/\s+/gu, '');
  }
  const statement: ImportStatement = { node, module, names: [], isFrom: true, star: false };
  if (node.namedChildren.some((c) => c?.type === 'wildcard_import')) {
    statement.star = true;
    out.timeline.push({ kind: 'star', module, location: nodeLocation(node, out.file) });
  }
  for (const child of node.childrenForFieldName('name')) {
    if (!child) continue;
    const target = child.type === 'aliased_import' ? child.childForFieldName('name') : child;
    const alias = child.type === 'aliased_import' ? (child.childForFieldName('alias')?.text ?? null) : null;
    const imported = target?.text ?? '';
    if (!imported) continue;
    statement.names.push({ name: imported, alias, node: child });
    out.timeline.push({ kind: 'from', name: alias ?? imported, module, imported, location: nodeLocation(child, out.file) });
  }
  out.imports.push(statement);
}

function readClass(node: SyntaxNode, decorators: SyntaxNode[], out: PyModule): void {
  const nameNode = node.childForFieldName('name');
  if (!nameNode || nameNode.isMissing) return;
  const superclasses: SyntaxNode[] = [];
  const keywords = new Map<string, SyntaxNode>();
  const args = node.childForFieldName('superclasses');
  for (const arg of args?.namedChildren ?? []) {
    if (!arg || arg.type === 'comment') continue;
    if (arg.type === 'keyword_argument') {
      const key = arg.childForFieldName('name')?.text;
      const value = arg.childForFieldName('value');
      if (key && value) keywords.set(key, value);
    } else if (arg.type !== 'list_splat' && arg.type !== 'dictionary_splat') {
      superclasses.push(arg);
    }
  }
  const cls: ClassDef = {
    name: nameNode.text,
    file: out.file,
    module: out.module,
    node,
    nameNode,
    decorators,
    superclasses,
    keywords,
    body: node.childForFieldName('body'),
  };
  out.classes.push(cls);
  out.timeline.push({ kind: 'class', name: cls.name, cls, location: nodeLocation(nameNode, out.file) });
}

function readExpressionStatement(node: SyntaxNode, out: PyModule): void {
  if (node.type === 'assignment') {
    const left = node.childForFieldName('left');
    const right = node.childForFieldName('right');
    if (!left) return;
    if (left.type === 'identifier') {
      if (left.text === '__all__') readAll(right, out, false);
      if (right && right.type !== 'assignment') out.timeline.push({ kind: 'assign', name: left.text, value: right, location: nodeLocation(left, out.file) });
      else if (right?.type === 'assignment') {
        // a = b = value: every target gets the innermost value.
        let value: SyntaxNode | null = right;
        const targets = [left];
        while (value?.type === 'assignment') {
          const l = value.childForFieldName('left');
          if (l?.type === 'identifier') targets.push(l);
          value = value.childForFieldName('right');
        }
        for (const target of targets) {
          if (value) out.timeline.push({ kind: 'assign', name: target.text, value, location: nodeLocation(target, out.file) });
        }
      } else {
        out.timeline.push({ kind: 'other', name: left.text, location: nodeLocation(left, out.file) });
      }
    } else {
      for (const id of identifiersIn(left)) out.timeline.push({ kind: 'other', name: id.text, location: nodeLocation(id, out.file) });
    }
    return;
  }
  if (node.type === 'augmented_assignment') {
    const left = node.childForFieldName('left');
    if (left?.text === '__all__') readAll(node.childForFieldName('right'), out, true);
    return;
  }
  if (node.type === 'call') {
    out.calls.push(node);
    // __all__.extend([...]) / __all__.append("x")
    const fn = dottedName(node.childForFieldName('function'));
    const arg = node.childForFieldName('arguments')?.namedChildren.find((c) => c && c.type !== 'comment') ?? null;
    if (fn === '__all__.extend') readAll(arg, out, true);
    if (fn === '__all__.append') {
      const value = stringValue(arg);
      if (value !== null && out.allNames) out.allNames.push(value);
      else out.allDynamic = true;
    }
  }
}

function readAll(value: SyntaxNode | null, out: PyModule, append: boolean): void {
  const names = staticValue(value);
  if (Array.isArray(names) && names.every((n): n is string => typeof n === 'string')) {
    out.allNames = append && out.allNames ? [...out.allNames, ...names] : [...names];
    return;
  }
  out.allDynamic = true;
}

function identifiersIn(node: SyntaxNode): SyntaxNode[] {
  if (node.type === 'identifier') return [node];
  if (node.type === 'pattern_list' || node.type === 'tuple_pattern' || node.type === 'list_pattern' || node.type === 'tuple' || node.type === 'list') {
    return node.namedChildren.flatMap((c) => (c ? identifiersIn(c) : []));
  }
  return [];
}

/**
 * The TypeScript a TypeORM project is written in, as the TypeORM frontend needs it: classes with
 * their decorators, found across files through imports (a base class, an embedded class, an enum
 * used as a column's type or default), each file parsed once and only when something reaches it.
 */
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { FrontendProblem } from '../../facts.js';
import type { ProjectSources, SourceComment, SourceFile } from '../types.js';
import { namedImports, parseModule, stringOf, unwrap, type Node, type Program } from './syntax.js';

export interface Decorator {
  /** The decorator's callee as written (`Column`, `typeorm.Column`); its last segment is `name`. */
  name: string;
  args: Node[];
  node: Node;
}

export interface PropertyInfo {
  name: string;
  /** In source order (TypeORM applies them bottom-up: the last one runs first). */
  decorators: Decorator[];
  /** The type annotation (`string`, `Date | null`), if any. */
  type: TSESTree.TypeNode | null;
  node: Node;
}

export interface ClassInfo {
  name: string;
  file: string;
  node: TSESTree.ClassDeclaration;
  exported: boolean;
  abstract: boolean;
  decorators: Decorator[];
  /** The `extends` expression's name (`BaseEntity`, `Base`), or null. */
  superName: string | null;
  properties: PropertyInfo[];
}

export interface ModuleInfo {
  file: string;
  program: Program;
  classes: Map<string, ClassInfo>;
  imports: Map<string, { source: string; imported: string }>;
  /** `enum X { ... }` and `type X = 'a' | 'b'` declarations, by name. */
  types: Map<string, TSESTree.TSEnumDeclaration | TSESTree.TSTypeAliasDeclaration>;
  /** Top-level `const x = <init>` by name. */
  consts: Map<string, Node>;
  /** `export { A as B } from './x'` / `export * from './x'`. */
  reexports: { source: string; names: Map<string, string> | null }[];
  /** Exported local names → local names (`export { A as B }`, `export class A`). */
  exports: Map<string, string>;
  defaultExport: string | null;
}

/** Reads and caches modules: the configured model files, and any project file an import reaches. */
export class ModuleReader {
  private readonly cache = new Map<string, ModuleInfo | null>();
  private readonly known: Map<string, string>;
  readonly allPaths: string[];
  /** The suppression comments of the configured files (the engine reads suppressions from these). */
  readonly comments = new Map<string, SourceComment[]>();

  constructor(files: SourceFile[], private readonly project: ProjectSources | undefined, private readonly problems: FrontendProblem[]) {
    this.known = new Map(files.map((f) => [f.path, f.text]));
    this.allPaths = [...new Set([...this.known.keys(), ...(project?.paths ?? [])])].sort();
  }

  text(path: string): string | null {
    return this.known.get(path) ?? this.project?.read(path) ?? null;
  }

  module(path: string): ModuleInfo | null {
    if (this.cache.has(path)) return this.cache.get(path)!;
    const text = this.text(path);
    // Problems of files outside models.include are not the user's concern here: only theirs count.
    const own = this.known.has(path);
    const program = text === null ? null : parseModule(path, text, own ? this.problems : [], own ? this.comments : undefined);
    const info = program ? readModule(path, program) : null;
    this.cache.set(path, info);
    return info;
  }

  /** `./user`, `../entities` (a folder with index.ts), `./user.js` → the project's file. */
  resolve(from: string, spec: string): string | null {
    if (!spec.startsWith('.')) return null;
    const parts = from.split('/').slice(0, -1);
    for (const part of spec.split('/')) {
      if (part === '.' || part === '') continue;
      if (part === '..') parts.pop();
      else parts.push(part);
    }
    const base = parts.join('/').replace(/\.(js|mjs|cjs)$/, '');
    const set = new Set(this.allPaths);
    for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}.mts`, `${base}/index.ts`]) if (set.has(candidate)) return candidate;
    return null;
  }

  /**
   * What a name used in `file` stands for: a declaration in that file or the module it is
   * imported from (through re-exports). Null when it is not a project declaration (a package's).
   */
  lookup(file: string, name: string, depth = 0): { module: ModuleInfo; local: string } | null {
    const module = this.module(file);
    if (!module || depth > 8) return null;
    if (module.classes.has(name) || module.types.has(name) || module.consts.has(name)) return { module, local: name };
    const imported = module.imports.get(name);
    if (!imported) return null;
    const target = this.resolve(file, imported.source);
    if (!target) return null;
    if (imported.imported === '*') return null;
    return this.exported(target, imported.imported, depth + 1);
  }

  /** The declaration `file` exports as `name` (`default` for the default export). */
  exported(file: string, name: string, depth = 0): { module: ModuleInfo; local: string } | null {
    const module = this.module(file);
    if (!module || depth > 8) return null;
    const local = name === 'default' ? module.defaultExport : module.exports.get(name);
    if (local) {
      if (module.classes.has(local) || module.types.has(local) || module.consts.has(local)) return { module, local };
      return this.lookup(file, local, depth + 1);
    }
    for (const re of module.reexports) {
      const inner = re.names ? re.names.get(name) : name;
      if (!inner) continue;
      const target = this.resolve(file, re.source);
      const found = target ? this.exported(target, inner, depth + 1) : null;
      if (found) return found;
    }
    return null;
  }

  classNamed(file: string, name: string): ClassInfo | null {
    const found = this.lookup(file, name);
    return found?.module.classes.get(found.local) ?? null;
  }
}

function readModule(file: string, program: Program): ModuleInfo {
  const info: ModuleInfo = { file, program, classes: new Map(), imports: namedImports(program), types: new Map(), consts: new Map(), reexports: [], exports: new Map(), defaultExport: null };
  for (const statement of program.body) {
    if (statement.type === 'ImportDeclaration') {
      for (const spec of statement.specifiers) if (spec.type === 'ImportDefaultSpecifier') info.imports.set(spec.local.name, { source: statement.source.value, imported: 'default' });
      continue;
    }
    if ((statement.type === 'ExportAllDeclaration' || statement.type === 'ExportNamedDeclaration') && statement.source) {
      const names = statement.type === 'ExportAllDeclaration' ? null : new Map(statement.specifiers.map((s) => [nameOf(s.exported), nameOf(s.local)]));
      info.reexports.push({ source: statement.source.value, names });
      continue;
    }
    if (statement.type === 'ExportNamedDeclaration' && !statement.declaration) {
      for (const s of statement.specifiers) info.exports.set(nameOf(s.exported), nameOf(s.local));
      continue;
    }
    if (statement.type === 'ExportDefaultDeclaration') {
      const d = statement.declaration as Node;
      if (d.type === 'Identifier') info.defaultExport = d.name;
      else if (d.type === 'ClassDeclaration' && d.id) info.defaultExport = d.id.name;
    }
    const exported = statement.type === 'ExportNamedDeclaration' || statement.type === 'ExportDefaultDeclaration';
    const decl = (statement.type === 'ExportNamedDeclaration' || statement.type === 'ExportDefaultDeclaration' ? statement.declaration : statement) as Node | null;
    if (!decl) continue;
    if (decl.type === 'ClassDeclaration' && decl.id) {
      info.classes.set(decl.id.name, readClass(file, decl, exported));
      if (exported) info.exports.set(decl.id.name, decl.id.name);
    } else if (decl.type === 'TSEnumDeclaration' || decl.type === 'TSTypeAliasDeclaration') {
      info.types.set(decl.id.name, decl);
      if (exported) info.exports.set(decl.id.name, decl.id.name);
    } else if (decl.type === 'VariableDeclaration') {
      for (const d of decl.declarations) {
        if (d.id.type !== 'Identifier' || !d.init) continue;
        info.consts.set(d.id.name, d.init as Node);
        if (exported) info.exports.set(d.id.name, d.id.name);
      }
    }
  }
  return info;
}

function nameOf(node: TSESTree.Identifier | TSESTree.StringLiteral): string {
  return node.type === 'Identifier' ? node.name : node.value;
}

function readDecorators(list: TSESTree.Decorator[] | undefined): Decorator[] {
  const out: Decorator[] = [];
  for (const d of list ?? []) {
    const e = unwrap(d.expression as Node);
    const callee = e.type === 'CallExpression' ? e.callee : e;
    const name = callee.type === 'Identifier' ? callee.name : callee.type === 'MemberExpression' && callee.property.type === 'Identifier' ? callee.property.name : null;
    if (name) out.push({ name, args: e.type === 'CallExpression' ? (e.arguments as Node[]) : [], node: d as Node });
  }
  return out;
}

function readClass(file: string, node: TSESTree.ClassDeclaration, exported: boolean): ClassInfo {
  const properties: PropertyInfo[] = [];
  for (const member of node.body.body) {
    if (member.type !== 'PropertyDefinition' || member.static || member.computed) continue;
    const name = member.key.type === 'Identifier' ? member.key.name : stringOf(member.key as Node);
    if (!name) continue;
    properties.push({ name, decorators: readDecorators(member.decorators), type: member.typeAnnotation?.typeAnnotation ?? null, node: member as Node });
  }
  const sup = node.superClass ? unwrap(node.superClass as Node) : null;
  return {
    name: node.id!.name,
    file,
    node,
    exported,
    abstract: node.abstract === true,
    decorators: readDecorators(node.decorators),
    superName: sup?.type === 'Identifier' ? sup.name : sup ? '<expression>' : null,
    properties,
  };
}

/**
 * The text a constant expression stands for, as a template substitutes it: a literal, a `const`
 * (local, module-level or imported), an enum member (`Status.ACTIVE`) or a constant object's
 * property. Null for anything computed.
 */
export function staticText(reader: ModuleReader, file: string, node: Node, locals: Map<string, Node> = new Map(), depth = 0): string | null {
  if (depth > 6) return null;
  const n = unwrap(node);
  if (n.type === 'Literal' && (typeof n.value === 'string' || typeof n.value === 'number' || typeof n.value === 'boolean')) return String(n.value);
  const s = stringOf(n);
  if (s !== null) return s;
  if (n.type === 'Identifier') {
    const local = locals.get(n.name);
    if (local) return staticText(reader, file, local, new Map(), depth + 1);
    const found = reader.lookup(file, n.name);
    const init = found?.module.consts.get(found.local);
    return init ? staticText(reader, found!.module.file, init, new Map(), depth + 1) : null;
  }
  if (n.type === 'MemberExpression' && !n.computed && n.object.type === 'Identifier' && n.property.type === 'Identifier') {
    const value = enumMemberValue(reader, file, n.object.name, n.property.name);
    if (value !== undefined) return String(value);
    const found = reader.lookup(file, n.object.name);
    const init = found?.module.consts.get(found.local);
    const object = init ? unwrap(init) : null;
    if (object?.type === 'ObjectExpression') {
      for (const p of object.properties) {
        if (p.type === 'Property' && !p.computed && p.key.type === 'Identifier' && p.key.name === n.property.name) return staticText(reader, found!.module.file, p.value as Node, new Map(), depth + 1);
      }
    }
  }
  return null;
}

/** The value of `Enum.Member` for a TS enum ormlint can read (numeric members counted as tsc does). */
export function enumMemberValue(reader: ModuleReader, file: string, enumName: string, member: string): string | number | undefined {
  const found = reader.lookup(file, enumName);
  const decl = found?.module.types.get(found.local);
  if (decl?.type !== 'TSEnumDeclaration') return undefined;
  const members = decl.body?.members ?? (decl as unknown as { members: TSESTree.TSEnumMember[] }).members;
  let next = 0;
  for (const m of members) {
    const init = m.initializer ? unwrap(m.initializer as Node) : null;
    const v: unknown = init ? (init.type === 'Literal' ? init.value : stringOf(init)) : next;
    if (typeof v === 'number') next = v + 1;
    const key = m.id.type === 'Identifier' ? m.id.name : stringOf(m.id as Node);
    if (key === member) return typeof v === 'string' || typeof v === 'number' ? v : undefined;
  }
  return undefined;
}

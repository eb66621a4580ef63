/**
 * The TypeScript a TypeORM project is written in, as the TypeORM frontend needs it: classes with
 * their decorators, found across files through imports (a base class, an embedded class, an enum
 * used as a column's type or default), each file parsed once and only when something reaches it.
 */
import { parse, type TSESTree } from '@typescript-eslint/typescript-estree';
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

  /**
   * `./user`, `../entities` (a folder with index.ts), `./user.js` → the project's file; a bare
   * specifier through tsconfig.json's `paths` and `baseUrl` (`@app/users`, `src/users/user.entity`)
   * when it names a project file. Null for a package.
   */
  resolve(from: string, spec: string): string | null {
    if (!spec.startsWith('.')) return this.resolveBare(from, spec);
    const parts = from.split('/').slice(0, -1);
    for (const part of spec.split('/')) {
      if (part === '.' || part === '') continue;
      if (part === '..') parts.pop();
      else parts.push(part);
    }
    return this.existing(parts.join('/'));
  }

  private existing(path: string): string | null {
    const base = path.replace(/^\.\//, '').replace(/\.(js|mjs|cjs)$/, '');
    this.pathSet ??= new Set(this.allPaths);
    for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}.mts`, `${base}/index.ts`]) if (this.pathSet.has(candidate)) return candidate;
    return null;
  }

  private pathSet: Set<string> | undefined;

  private resolveBare(from: string, spec: string): string | null {
    const pkg = packageDirOf(this, from.split('/').slice(0, -1).join('/'));
    const tsconfig = readTsconfig(this, `${pkg}tsconfig.json`);
    if (!tsconfig || (tsconfig.baseUrl === undefined && !tsconfig.paths)) return null;
    const base = `${pkg}${(tsconfig.baseUrl ?? '.').replace(/^\.\/?/, '').replace(/\/$/, '')}`;
    const join = (target: string) => [base, target.replace(/^\.\//, '')].filter((p) => p !== '').join('/');
    for (const [pattern, targets] of Object.entries(tsconfig.paths ?? {})) {
      const star = pattern.indexOf('*');
      const matches = star === -1 ? spec === pattern : spec.startsWith(pattern.slice(0, star)) && spec.endsWith(pattern.slice(star + 1));
      if (!matches) continue;
      const middle = star === -1 ? '' : spec.slice(star, spec.length - (pattern.length - star - 1));
      for (const target of targets) {
        const found = this.existing(join(target.replace('*', middle)));
        if (found) return found;
      }
    }
    return tsconfig.baseUrl !== undefined ? this.existing(join(spec)) : null;
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

/** The folder (`a/b/`, or '' for the root) of the nearest package.json or tsconfig.json above `dir`. */
export function packageDirOf(reader: ModuleReader, dir: string): string {
  const parts = dir.split('/').filter((p) => p !== '' && p !== '.');
  const paths = new Set(reader.allPaths);
  for (let n = parts.length; n >= 0; n--) {
    const d = parts.slice(0, n).join('/');
    if (paths.has(d ? `${d}/package.json` : 'package.json') || paths.has(d ? `${d}/tsconfig.json` : 'tsconfig.json')) return d ? `${d}/` : '';
  }
  return '';
}

export interface TsconfigOptions {
  outDir?: string;
  rootDir?: string;
  baseUrl?: string;
  paths?: Record<string, string[]>;
}

const tsconfigs = new WeakMap<ModuleReader, Map<string, TsconfigOptions | null>>();

/**
 * tsconfig.json's compilerOptions that decide where files are (outDir, rootDir, baseUrl, paths):
 * JSON with comments and trailing commas, read as a JavaScript expression by the TS parser.
 * `extends` is not followed.
 */
export function readTsconfig(reader: ModuleReader, file: string): TsconfigOptions | null {
  let cache = tsconfigs.get(reader);
  if (!cache) tsconfigs.set(reader, (cache = new Map()));
  if (cache.has(file)) return cache.get(file)!;
  let out: TsconfigOptions | null = null;
  const text = reader.text(file);
  if (text !== null) {
    try {
      const program = parse(`(${text})`, { loc: false, range: false, comment: false });
      const statement = program.body[0];
      const root = statement?.type === 'ExpressionStatement' ? unwrap(statement.expression as Node) : null;
      const options = root?.type === 'ObjectExpression' ? objectProperty(root, 'compilerOptions') : undefined;
      if (options?.type === 'ObjectExpression') {
        out = {};
        const str = (key: string) => stringOf(objectProperty(options, key)) ?? undefined;
        out.outDir = str('outDir');
        out.rootDir = str('rootDir');
        out.baseUrl = str('baseUrl');
        const paths = objectProperty(options, 'paths');
        if (paths?.type === 'ObjectExpression') {
          out.paths = {};
          for (const p of paths.properties) {
            if (p.type !== 'Property') continue;
            const key = stringOf(p.key as Node);
            const value = unwrap(p.value as Node);
            if (key === null || value.type !== 'ArrayExpression') continue;
            out.paths[key] = value.elements.map((e) => (e ? stringOf(e as Node) : null)).filter((v): v is string => v !== null);
          }
        }
      }
    } catch {
      out = null;
    }
  }
  cache.set(file, out);
  return out;
}

function objectProperty(object: Node, key: string): Node | undefined {
  if (object.type !== 'ObjectExpression') return undefined;
  for (const p of object.properties) {
    if (p.type !== 'Property' || p.computed) continue;
    const name = p.key.type === 'Identifier' ? p.key.name : stringOf(p.key as Node);
    if (name === key) return unwrap(p.value as Node);
  }
  return undefined;
}

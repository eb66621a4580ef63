/**
 * TypeORM's registry: the `entities` of the DataSource options — `new DataSource({...})`,
 * `createConnection({...})`, `TypeOrmModule.forRoot({...})`, `forRootAsync({ useFactory })` and a
 * `createTypeOrmOptions()` factory — as class references, imported arrays and objects
 * (`Object.values(entities)`), spreads and globs (`__dirname + '/../**\/*.entity{.ts,.js}'`).
 * Also the naming strategy those options set. Anything in `entities` ormlint cannot read makes the
 * registry unknown (null): no entity is then reported as unregistered.
 */
import path from 'node:path';
import picomatch from 'picomatch';
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { Config } from '../../config/types.js';
import type { FrontendProblem } from '../../facts.js';
import { nodeLocation, stringOf, unwrap, type Node } from './syntax.js';
import { packageDirOf, readTsconfig, type ModuleReader } from './typeormSource.js';

export interface TypeormRegistry {
  /** The files whose DataSource options were read. */
  roots: string[];
  /** `file\0Class` of every entity class named in `entities`. */
  classes: Set<string>;
  /** Globs in `entities`, relative to the project root. */
  globs: string[];
  /** Null when `entities` could not be read: which entities TypeORM loads is unknown. */
  complete: boolean;
  naming: 'default' | 'snake' | 'custom';
}

const OPTION_FILE_MARKERS = ['DataSource(', 'TypeOrmModule', 'createTypeOrmOptions', 'createConnection('];

/** Reads the registry; null when no DataSource options are found (rules that need it do not run). */
export function readTypeormRegistry(reader: ModuleReader, config: Config, problems: FrontendProblem[]): TypeormRegistry | null {
  const configured = config.models?.registry ?? [];
  const candidates = configured.length > 0
    ? configured
    : reader.allPaths.filter((p) => /\.(ts|mts)$/.test(p) && !p.endsWith('.d.ts') && !/(^|\/)(node_modules|test|tests|__tests__)\//.test(p) && !/\.(spec|test|e2e-spec)\.ts$/.test(p) && OPTION_FILE_MARKERS.some((m) => reader.text(p)?.includes(m)));
  const registry: TypeormRegistry = { roots: [], classes: new Set(), globs: [], complete: true, naming: 'default' };
  const namings = new Set<'default' | 'snake' | 'custom'>();
  const seen = new Set<Node>();
  let autoLoaded = false;
  for (const file of candidates) {
    const module = reader.module(file);
    if (!module) continue;
    const found = optionObjects(reader, file, module.program as Node).filter((o) => {
      if (seen.has(o.node)) return false;
      seen.add(o.node);
      return true;
    });
    if (found.length === 0) continue;
    registry.roots.push(file);
    for (const { node: options, file: at } of found) {
      const object = resolveObject(reader, at, options);
      if (!object) {
        registry.complete = false;
        problems.push({ kind: 'unresolved', message: `${at}: the DataSource options are not an object literal ormlint can read; which entities TypeORM loads is not checked`, location: nodeLocation(options, at) });
        continue;
      }
      const naming = optionOf(reader, at, object, 'namingStrategy');
      if (naming) namings.add(namingOf(reader, naming.file, naming.node));
      const auto = optionOf(reader, at, object, 'autoLoadEntities');
      const entities = optionOf(reader, at, object, 'entities');
      if (auto && unwrap(auto.node).type === 'Literal' && (unwrap(auto.node) as TSESTree.Literal).value === true) {
        // @nestjs/typeorm registers every entity a TypeOrmModule.forFeature([...]) names.
        if (!autoLoaded) autoLoaded = readForFeature(reader, registry, problems);
      } else if (auto) {
        registry.complete = false;
        problems.push({ kind: 'unresolved', message: `${auto.file}: autoLoadEntities is not a literal; which entities TypeORM loads is not checked`, location: nodeLocation(auto.node, auto.file) });
      }
      if (!entities) continue;
      if (!readEntities(reader, entities.file, entities.node, registry, 0)) {
        registry.complete = false;
        problems.push({ kind: 'unresolved', message: `${entities.file}: the entities option is not something ormlint can read (class references, arrays, objects and globs); which entities TypeORM loads is not checked`, location: nodeLocation(entities.node, entities.file) });
      }
    }
  }
  if (registry.roots.length === 0) return null;
  registry.naming = namings.has('custom') ? 'custom' : namings.has('snake') ? 'snake' : 'default';
  registry.globs = registry.globs.map((g) => mapOutDir(reader, g));
  // A glob that matches no project file says the layout is not what ormlint thinks: no guessing.
  for (const glob of registry.globs) {
    const match = picomatch(glob, { dot: true });
    if (!reader.allPaths.some((p) => match(p))) {
      registry.complete = false;
      problems.push({ kind: 'unresolved', message: `The entities glob ${glob} matches no project file; which entities TypeORM loads is not checked`, location: { file: registry.roots[0]!, line: 1, column: 1 } });
    }
  }
  return registry;
}

/**
 * `autoLoadEntities: true`: the entities of every `TypeOrmModule.forFeature([...])` in the
 * project's modules (tests excluded). One that cannot be read makes the registry unknown.
 */
function readForFeature(reader: ModuleReader, registry: TypeormRegistry, problems: FrontendProblem[]): true {
  const files = reader.allPaths.filter((p) => /\.(ts|mts)$/.test(p) && !p.endsWith('.d.ts') && !/(^|\/)(node_modules|test|tests|__tests__)\//.test(p) && !/\.(spec|test|e2e-spec)\.ts$/.test(p) && reader.text(p)?.includes('forFeature('));
  for (const file of files) {
    const module = reader.module(file);
    if (!module) continue;
    const visit = (node: Node): void => {
      if (node.type === 'CallExpression' && calleeName(node.callee as Node) === 'forFeature' && node.callee.type === 'MemberExpression' && unwrap(node.callee.object as Node).type === 'Identifier' && (unwrap(node.callee.object as Node) as TSESTree.Identifier).name === 'TypeOrmModule') {
        const arg = node.arguments[0] as Node | undefined;
        if (arg && !readEntities(reader, file, arg, registry, 0)) {
          registry.complete = false;
          problems.push({ kind: 'unresolved', message: `${file}: a TypeOrmModule.forFeature() argument is not something ormlint can read; which entities TypeORM loads is not checked`, location: nodeLocation(arg, file) });
        }
      }
      for (const key of Object.keys(node)) {
        if (key === 'parent') continue;
        const value = (node as unknown as Record<string, unknown>)[key];
        if (Array.isArray(value)) for (const v of value) { if (v && typeof v === 'object' && 'type' in v) visit(v as Node); }
        else if (value && typeof value === 'object' && 'type' in value) visit(value as Node);
      }
    };
    visit(module.program as Node);
  }
  return true;
}

/**
 * The option objects of every DataSource-making call in a module (with the file each is in):
 * `new DataSource(o)`, `createConnection(o)`, `TypeOrmModule.forRoot(o)`, the value a
 * `forRootAsync` useFactory returns or its useClass's `createTypeOrmOptions()` returns, and any
 * `createTypeOrmOptions()` method. A `dataSourceFactory: (options) => new DataSource(options)`
 * only passes on the options the module already read, so it is not another DataSource.
 */
function optionObjects(reader: ModuleReader, file: string, program: Node): { node: Node; file: string }[] {
  const out: { node: Node; file: string }[] = [];
  const visit = (node: Node, inFactory: boolean): void => {
    if (node.type === 'NewExpression' && calleeName(node.callee as Node) === 'DataSource' && node.arguments[0]) {
      const arg = unwrap(node.arguments[0] as Node);
      if (!(inFactory && arg.type === 'Identifier')) out.push({ node: node.arguments[0] as Node, file });
    }
    if (node.type === 'CallExpression') {
      const name = calleeName(node.callee as Node);
      const callee = unwrap(node.callee as Node);
      const onModule = callee.type === 'MemberExpression' && unwrap(callee.object as Node).type === 'Identifier' && (unwrap(callee.object as Node) as TSESTree.Identifier).name === 'TypeOrmModule';
      if (((name === 'forRoot' && onModule) || (name === 'createConnection' && callee.type === 'Identifier')) && node.arguments[0]) out.push({ node: node.arguments[0] as Node, file });
      if (name === 'forRootAsync' && onModule && node.arguments[0]) {
        const options = unwrap(node.arguments[0] as Node);
        const factory = propertyNode(options, 'useFactory');
        const returned = factory ? returnedValue(factory) : null;
        if (returned) out.push({ node: returned, file });
        const useClass = propertyNode(options, 'useClass');
        const cls = useClass && unwrap(useClass).type === 'Identifier' ? reader.classNamed(file, (unwrap(useClass) as TSESTree.Identifier).name) : null;
        for (const member of cls?.node.body.body ?? []) {
          if (member.type === 'MethodDefinition' && member.key.type === 'Identifier' && member.key.name === 'createTypeOrmOptions') {
            const value = returnedValue(member.value as Node);
            if (value) out.push({ node: value, file: cls!.file });
          }
        }
      }
    }
    if (node.type === 'MethodDefinition' && node.key.type === 'Identifier' && node.key.name === 'createTypeOrmOptions') {
      const returned = returnedValue(node.value as Node);
      if (returned) out.push({ node: returned, file });
    }
    for (const key of Object.keys(node)) {
      if (key === 'parent') continue;
      const value = (node as unknown as Record<string, unknown>)[key];
      const factory = inFactory || (node.type === 'Property' && key === 'value' && !node.computed && node.key.type === 'Identifier' && node.key.name === 'dataSourceFactory');
      if (Array.isArray(value)) for (const v of value) { if (v && typeof v === 'object' && 'type' in v) visit(v as Node, factory); }
      else if (value && typeof value === 'object' && 'type' in value) visit(value as Node, factory);
    }
  };
  visit(program, false);
  return out;
}

function calleeName(node: Node): string | null {
  const n = unwrap(node);
  if (n.type === 'Identifier') return n.name;
  if (n.type === 'MemberExpression' && !n.computed && n.property.type === 'Identifier') return n.property.name;
  return null;
}

function propertyNode(object: Node, key: string): Node | undefined {
  if (object.type !== 'ObjectExpression') return undefined;
  for (const p of object.properties) {
    if (p.type === 'Property' && !p.computed && ((p.key.type === 'Identifier' && p.key.name === key) || stringOf(p.key as Node) === key)) return p.value as Node;
    if (p.type === 'Property' && p.method && p.key.type === 'Identifier' && p.key.name === key) return p.value as Node;
  }
  return undefined;
}

/** `() => ({...})`, `async () => { return {...}; }`, a method's body: the returned expression. */
function returnedValue(fn: Node): Node | null {
  const f = unwrap(fn);
  if (f.type !== 'ArrowFunctionExpression' && f.type !== 'FunctionExpression') return null;
  if (f.body.type !== 'BlockStatement') return unwrap(f.body as Node);
  const ret = [...f.body.body].reverse().find((s) => s.type === 'ReturnStatement');
  return ret?.type === 'ReturnStatement' && ret.argument ? unwrap(ret.argument as Node) : null;
}

/** An options expression as an object literal: written there, or a const of this or an imported module. */
function resolveObject(reader: ModuleReader, file: string, node: Node, depth = 0): Node | null {
  const n = unwrap(node);
  if (n.type === 'ObjectExpression') return n;
  if (n.type === 'Identifier' && depth < 4) {
    const found = reader.lookup(file, n.name);
    const init = found?.module.consts.get(found.local);
    return init ? resolveObject(reader, found!.module.file, init, depth + 1) : null;
  }
  return null;
}

/** An option of an options object, looking into `...spread` objects too (the last one wins). */
function optionOf(reader: ModuleReader, file: string, object: Node, key: string): { node: Node; file: string } | null {
  if (object.type !== 'ObjectExpression') return null;
  let found: { node: Node; file: string } | null = null;
  for (const p of object.properties) {
    if (p.type === 'SpreadElement') {
      const inner = unwrap(p.argument as Node);
      const target = inner.type === 'Identifier' ? reader.lookup(file, inner.name) : null;
      const spread = target ? resolveObject(reader, target.module.file, target.module.consts.get(target.local) ?? inner) : resolveObject(reader, file, inner);
      const value = spread ? optionOf(reader, target?.module.file ?? file, spread, key) : null;
      if (value) found = value;
    } else if (p.type === 'Property' && !p.computed && ((p.key.type === 'Identifier' && p.key.name === key) || stringOf(p.key as Node) === key)) {
      found = { node: p.value as Node, file };
    }
  }
  return found;
}

function namingOf(reader: ModuleReader, file: string, node: Node): 'default' | 'snake' | 'custom' {
  const n = unwrap(node);
  if (n.type !== 'NewExpression') return 'custom';
  const name = calleeName(n.callee as Node);
  const imported = name ? reader.module(file)?.imports.get(name) : undefined;
  if (name === 'SnakeNamingStrategy' && imported?.source === 'typeorm-naming-strategies') return 'snake';
  if (name === 'DefaultNamingStrategy' && imported?.source === 'typeorm') return 'default';
  return 'custom';
}

/** Adds what an `entities` expression names; false when part of it cannot be read. */
function readEntities(reader: ModuleReader, file: string, node: Node, registry: TypeormRegistry, depth: number): boolean {
  if (depth > 6) return false;
  const n = unwrap(node);
  if (n.type === 'ArrayExpression') {
    let ok = true;
    for (const element of n.elements) {
      if (!element) continue;
      const item = element.type === 'SpreadElement' ? (element.argument as Node) : (element as Node);
      ok = readEntities(reader, file, item, registry, depth + 1) && ok;
    }
    return ok;
  }
  if (n.type === 'Identifier') {
    const found = reader.lookup(file, n.name);
    if (!found) return false;
    if (found.module.classes.has(found.local)) {
      registry.classes.add(`${found.module.file}\0${found.local}`);
      return true;
    }
    const init = found.module.consts.get(found.local);
    return init ? readEntities(reader, found.module.file, init, registry, depth + 1) : false;
  }
  if (n.type === 'ObjectExpression') {
    // An object of entity classes (`{ User, Post }`), as `Object.values(entities)` reads it.
    let ok = true;
    for (const p of n.properties) {
      if (p.type === 'SpreadElement') ok = readEntities(reader, file, p.argument as Node, registry, depth + 1) && ok;
      else ok = readEntities(reader, file, p.value as Node, registry, depth + 1) && ok;
    }
    return ok;
  }
  if (n.type === 'CallExpression' && n.callee.type === 'MemberExpression' && !n.callee.computed && n.callee.object.type === 'Identifier' && n.callee.object.name === 'Object' && n.callee.property.type === 'Identifier' && n.callee.property.name === 'values' && n.arguments[0]) {
    return readEntities(reader, file, n.arguments[0] as Node, registry, depth + 1);
  }
  const glob = globOf(n, file);
  if (glob === null) return false;
  registry.globs.push(glob);
  return true;
}

/**
 * A glob as a path relative to the project root: `'src/**\/*.entity.ts'` (TypeORM resolves it
 * from where it runs: the package of the file), `__dirname + '/../**\/*.entity{.ts,.js}'`,
 * `` `${__dirname}/…` ``, `path.join(__dirname, '..', '**', '*.entity.{ts,js}')`.
 */
function globOf(node: Node, file: string): string | null {
  const dir = path.posix.dirname(file);
  const parts = (n: Node): string[] | null => {
    const u = unwrap(n);
    const s = stringOf(u);
    if (s !== null) return [s];
    if (u.type === 'Identifier' && u.name === '__dirname') return ['\0dir'];
    if (u.type === 'BinaryExpression' && u.operator === '+') {
      const l = parts(u.left as Node);
      const r = parts(u.right as Node);
      return l && r ? [...l, ...r] : null;
    }
    if (u.type === 'TemplateLiteral') {
      const out: string[] = [];
      u.quasis.forEach((q, i) => {
        out.push(q.value.cooked ?? q.value.raw);
        if (i < u.expressions.length) out.push(...(parts(u.expressions[i] as Node) ?? ['\0bad']));
      });
      return out.includes('\0bad') ? null : out;
    }
    return null;
  };
  const n = unwrap(node);
  let text: string | null = null;
  if (n.type === 'CallExpression' && ['join', 'resolve'].includes(calleeName(n.callee as Node) ?? '')) {
    const args = n.arguments.map((a) => parts(a as Node));
    if (args.some((a) => a === null)) return null;
    text = args.map((a) => a!.join('')).join('/');
  } else {
    const p = parts(n);
    if (!p) return null;
    text = p.join('');
  }
  const packageDir = dir; // refined by the caller's layout below
  if (text.startsWith('\0dir')) return path.posix.normalize(`${dir}/${text.slice(4)}`).replace(/^\.\//, '');
  if (text.includes('\0dir')) return null;
  if (text.startsWith('/')) return null;
  return `\0cwd${packageDir}\0${text.replace(/^\.\//, '')}`;
}

/**
 * Relative globs resolve from the package (nearest package.json); globs into the compiled output
 * (`dist/**\/*.entity.js`) map to the sources when tsconfig.json says so (outDir, rootDir).
 */
function mapOutDir(reader: ModuleReader, glob: string): string {
  let g = glob;
  if (g.startsWith('\0cwd')) {
    const [, fileDir, rest] = g.split('\0') as [string, string, string];
    const pkg = packageDirOf(reader, fileDir.slice(3));
    g = `${pkg}${rest}`;
  }
  const pkg = packageDirOf(reader, g.split('*')[0]!.replace(/\/[^/]*$/, ''));
  const tsconfig = readTsconfig(reader, `${pkg}tsconfig.json`);
  const outDir = tsconfig?.outDir?.replace(/^\.\//, '').replace(/\/$/, '');
  if (!outDir || !g.startsWith(`${pkg}${outDir}/`)) return g;
  const rootDir = tsconfig?.rootDir?.replace(/^\.\//, '').replace(/\/$/, '') ?? (reader.allPaths.some((p) => p.startsWith(`${pkg}src/`)) ? 'src' : null);
  if (rootDir === null) return g;
  return `${pkg}${rootDir ? `${rootDir}/` : ''}${g.slice(`${pkg}${outDir}/`.length)}`.replace(/\.js$/, '.{js,ts}').replace(/\{\.js\}$/, '{.js,.ts}');
}

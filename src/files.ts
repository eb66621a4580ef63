/**
 * File discovery: which project files the frontends get to see. Everything stays under the project
 * root; nothing outside it is ever read, not even through a symbolic link.
 */
import { closeSync, fstatSync, openSync, promises as fs, readFileSync, readSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';
import type { ProjectSources, SourceFile } from './frontends/types.js';
import { isInForbiddenFolder, isInside, readConfinedFileSync } from './fsSafe.js';
import type { FrontendProblem } from './facts.js';
import { decodeSource, normalizeLoneCarriageReturns } from './sourceText.js';

/** Folders that never hold project models or migrations, skipped at any depth whatever the globs say. */
const ALWAYS_SKIPPED_FOLDERS: ReadonlySet<string> = new Set(['node_modules', '.git', '__pycache__', '.venv', 'venv']);

/** Files read at once: enough to keep the disk busy, few enough to stay clear of EMFILE. */
interface Walk {
  rootReal: string;
  isIncluded: (relativePath: string) => boolean;
  /** null: no exclude patterns (asking `ignore` about every path would cost as much as matching it). */
  excluded: Ignore | null;
  /** Relative paths of matching files, found by any walk start. */
  files: Set<string>;
  /** Matching paths that are symbolic links out of the root: skipped, reported as notices. */
  linksOutside: Set<string>;
  /** Matching paths that are symbolic links into `.git`: skipped, reported as notices. */
  linksIntoGit: Set<string>;
}

/** With an onFile callback, discovery yields to the event loop after about this much text. */
const YIELD_EVERY_CHARS = 256_000;

/**
 * Files under `root` matching `include` (picomatch globs, relative to the root, `/` separators)
 * and not `exclude` (.gitignore syntax, so `!pattern` re-includes), sorted by path.
 *
 * Symbolic links are followed only when their real path is inside the root's real path. A link
 * that matches `include` but points outside the root is skipped with an `unresolved` notice (so a
 * missing model is explained); a linked folder pointing outside is skipped silently. A folder is
 * never entered twice on one path, so link loops end. Files over `maxFileBytes` are not read and
 * get a notice instead; bytes that are not UTF-8 decode to U+FFFD, UTF-16 files and files with NUL
 * bytes get a parse-error instead (see decodeSource).
 */
export async function discoverFiles(
  root: string,
  include: string[],
  exclude: string[],
  maxFileBytes: number,
  /** Told of each file as it is read (run() starts worker threads early on a big project). */
  onFile?: (file: SourceFile) => void,
): Promise<{ files: SourceFile[]; problems: FrontendProblem[] }> {
  if (include.length === 0) return { files: [], problems: [] };
  let rootReal: string;
  try {
    rootReal = await fs.realpath(root);
  } catch {
    return { files: [], problems: [] };
  }
  const walk: Walk = {
    rootReal,
    isIncluded: picomatch(include),
    excluded: exclude.length > 0 ? ignore().add(exclude) : null,
    files: new Set(),
    linksOutside: new Set(),
    linksIntoGit: new Set(),
  };
  for (const start of walkStarts(include)) await walkFrom(root, start, walk);

  const problems: FrontendProblem[] = [...walk.linksOutside].sort(comparePaths).map((file) => ({
    kind: 'unresolved',
    message: 'skipped: symbolic link to a path outside the project root; ormlint reads only files under the root',
    location: { file, line: 1, column: 1 },
  }));
  for (const file of [...walk.linksIntoGit].sort(comparePaths)) {
    problems.push({ kind: 'unresolved', message: 'skipped: symbolic link into .git; ormlint never reads the .git folder', location: { file, line: 1, column: 1 } });
  }
  const files: SourceFile[] = [];
  const paths = [...walk.files].sort(comparePaths);
  let unyielded = 0;
  for (const file of paths) {
    const result = readSourceFile(root, file, maxFileBytes);
    if ('text' in result) {
      files.push(result);
      if (onFile) {
        onFile(result);
        // Whoever is told lets other work in now and then (what it starts may wait on it).
        unyielded += result.text.length;
        if (unyielded >= YIELD_EVERY_CHARS) {
          unyielded = 0;
          await new Promise<void>((resolve) => setImmediate(resolve));
        }
      }
    } else problems.push(result);
  }
  return { files, problems };
}

/** Where to start walking and how deep: the static prefix of each glob, so `app/models/**` never walks the whole repository. */
interface WalkStart {
  base: string;
  /** How many folder levels below base a match can be (1 = files directly in base). */
  depth: number;
}

function walkStarts(include: string[]): WalkStart[] {
  const starts = new Map<string, WalkStart>();
  for (const pattern of include) {
    const scan = picomatch.scan(pattern);
    let start: WalkStart;
    if (!scan.isGlob) {
      const dir = path.posix.dirname(scan.base);
      start = { base: dir === '.' ? '' : dir, depth: 1 };
    } else {
      // Braces and extglobs may hide `/` or `**`: walk everything below the base.
      const unbounded = scan.isGlobstar || scan.glob.includes('**') || scan.isBrace || scan.isExtglob;
      start = { base: scan.base === '.' ? '' : scan.base, depth: unbounded ? Infinity : scan.glob.split('/').length };
    }
    const key = `${start.base}\0${start.depth}`;
    if (!starts.has(key)) starts.set(key, start);
  }
  return [...starts.values()];
}

async function walkFrom(root: string, start: WalkStart, walk: Walk): Promise<void> {
  const segments = start.base === '' ? [] : start.base.split('/');
  if (segments.some((segment) => segment === '..' || ALWAYS_SKIPPED_FOLDERS.has(segment))) return;
  for (let i = 1; i <= segments.length; i++) {
    if (walk.excluded?.ignores(`${segments.slice(0, i).join('/')}/`)) return;
  }
  const absolute = path.join(root, ...segments);
  let real: string;
  try {
    real = await fs.realpath(absolute);
    if (!(await fs.stat(real)).isDirectory()) return;
  } catch {
    return;
  }
  if (!isInside(walk.rootReal, real) || isInForbiddenFolder(walk.rootReal, real)) return;
  await walkFolder(absolute, start.base, real, start.depth, new Set([real]), walk);
}

async function walkFolder(absolute: string, relative: string, real: string, depth: number, ancestors: ReadonlySet<string>, walk: Walk): Promise<void> {
  let entries: Dirent[];
  try {
    entries = await fs.readdir(absolute, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => comparePaths(a.name, b.name));
  for (const entry of entries) {
    const childRelative = relative === '' ? entry.name : `${relative}/${entry.name}`;
    // A regular file (never a link: a link's entry is no file) needs no path of its own yet.
    if (entry.isFile()) {
      if (matches(childRelative, walk)) walk.files.add(childRelative);
      continue;
    }
    const childAbsolute = path.join(absolute, entry.name);
    let childReal = path.join(real, entry.name);
    let isFolder = entry.isDirectory();
    let isFile = false;
    if (entry.isSymbolicLink()) {
      try {
        childReal = await fs.realpath(childAbsolute);
        const target = await fs.stat(childReal);
        isFolder = target.isDirectory();
        isFile = target.isFile();
      } catch {
        continue; // dangling link
      }
      if (!isInside(walk.rootReal, childReal)) {
        if (isFile && matches(childRelative, walk)) walk.linksOutside.add(childRelative);
        continue;
      }
      // The .git skip applies to where a link leads, not to its name: `models/x.py -> ../.git/config`
      // would otherwise put a credential stored there into a parse error, hence into the PR comment.
      if (isInForbiddenFolder(walk.rootReal, childReal)) {
        if (isFile && matches(childRelative, walk)) walk.linksIntoGit.add(childRelative);
        continue;
      }
    }
    if (isFile) {
      if (matches(childRelative, walk)) walk.files.add(childRelative);
    } else if (isFolder) {
      if (depth <= 1 || ALWAYS_SKIPPED_FOLDERS.has(entry.name) || ancestors.has(childReal)) continue;
      if (walk.excluded?.ignores(`${childRelative}/`)) continue;
      await walkFolder(childAbsolute, childRelative, childReal, depth - 1, new Set([...ancestors, childReal]), walk);
    }
  }
}

function matches(relative: string, walk: Walk): boolean {
  return walk.isIncluded(relative) && !walk.excluded?.ignores(relative);
}

/**
 * Reads one file synchronously: the files are small and many, and a synchronous read costs a
 * fraction of a promise round trip through libuv's thread pool per file. Opened once: its size
 * comes from the open file, and it is read in place (a stat by path and readFileSync, which opens
 * and stats it again, cost a third more on 2,000 migration files).
 */
function readSourceFile(root: string, file: string, maxFileBytes: number): SourceFile | FrontendProblem {
  const absolute = path.join(root, ...file.split('/'));
  const location = { file, line: 1, column: 1 };
  let fd: number;
  try {
    fd = openSync(absolute, 'r');
  } catch {
    // Which error to report (or an oversize notice for a file that cannot be opened) is the slow path's.
    return readSourceFileByPath(absolute, file, maxFileBytes);
  }
  try {
    const { size } = fstatSync(fd);
    if (size > maxFileBytes) {
      return { kind: 'unresolved', message: oversizeMessage(size, maxFileBytes), location };
    }
    return sourceFile(file, readOpenFile(fd, size));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    return { kind: 'parse-error', message: `could not read the file (${code})`, location };
  } finally {
    closeSync(fd);
  }
}

/** The same by path: a stat, then readFileSync. */
function readSourceFileByPath(absolute: string, file: string, maxFileBytes: number): SourceFile | FrontendProblem {
  const location = { file, line: 1, column: 1 };
  try {
    const { size } = statSync(absolute);
    if (size > maxFileBytes) {
      return { kind: 'unresolved', message: oversizeMessage(size, maxFileBytes), location };
    }
    return sourceFile(file, readFileSync(absolute));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    return { kind: 'parse-error', message: `could not read the file (${code})`, location };
  }
}

function sourceFile(file: string, bytes: Uint8Array): SourceFile | FrontendProblem {
  const decoded = decodeSource(bytes);
  if ('problem' in decoded) return { kind: 'parse-error', message: decoded.problem, location: { file, line: decoded.line, column: decoded.column } };
  return { path: file, text: decoded.text };
}

/** The bytes of an open file of `size` bytes, as readFileSync reads them (up to size, or to the end when size is 0). */
function readOpenFile(fd: number, size: number): Buffer {
  if (size === 0) return readFileSync(fd);
  const bytes = Buffer.allocUnsafe(size);
  let filled = 0;
  while (filled < size) {
    const read = readSync(fd, bytes, filled, size - filled, null);
    if (read === 0) break;
    filled += read;
  }
  return filled < size ? bytes.subarray(0, filled) : bytes;
}

function oversizeMessage(size: number, limit: number): string {
  let sizeText = formatBytes(size);
  let limitText = formatBytes(limit);
  if (sizeText === limitText) {
    sizeText = `${size} bytes`;
    limitText = `${limit} bytes`;
  }
  return `skipped: ${sizeText} is over the ${limitText} limit (maxFileBytes); raise maxFileBytes in .ormlint.yml to check this file`;
}

/** Sizes as people read them, in powers of 1024 (the 1 MiB default shows as "1 MB"). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const [value, unit] = bytes < 1024 * 1024 ? [bytes / 1024, 'KB'] : [bytes / (1024 * 1024), 'MB'];
  return `${value.toFixed(1).replace(/\.0$/, '')} ${unit}`;
}


/** Code-unit order: the same on every machine, whatever its locale. */
function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Folders that hold installed or generated code, never the project's own modules: skipped when
 * listing the modules an import may reach (on top of ALWAYS_SKIPPED_FOLDERS).
 */
const NOT_PROJECT_MODULES: ReadonlySet<string> = new Set(['site-packages', 'dist-packages', '.tox', '.nox', '.mypy_cache', '.pytest_cache', '.ruff_cache', 'env', '.env']);

/**
 * Every file under the root with one of `extensions`, by path only (nothing is read), for
 * frontends that read modules on demand when an import reaches them (Python resolves
 * `from polar.kit.db.models import RecordModel` to a file outside `models.include`).
 * Reads go through the same confinement as discovery: under the root's real path, regular
 * files only, at most `maxFileBytes`.
 */
export async function projectSources(root: string, extensions: string[], maxFileBytes: number): Promise<ProjectSources> {
  let rootReal: string;
  try {
    rootReal = await fs.realpath(root);
  } catch {
    return { paths: [], read: () => null };
  }
  const walk: Walk = {
    rootReal,
    // `/pyproject.toml` also matches one at the root.
    isIncluded: (relative) => extensions.some((ext) => relative.endsWith(ext) || `/${relative}` === ext),
    excluded: ignore().add([...NOT_PROJECT_MODULES].map((name) => `${name}/`)),
    files: new Set(),
    linksOutside: new Set(),
    linksIntoGit: new Set(),
  };
  await walkFrom(root, { base: '', depth: Infinity }, walk);
  const listed = walk.files;
  return {
    paths: [...listed].sort(comparePaths),
    read(file: string): string | null {
      if (!listed.has(file)) return null;
      const read = readConfinedFileSync(rootReal, file, maxFileBytes);
      return read.kind === 'ok' ? normalizeLoneCarriageReturns(read.text) : null;
    },
  };
}

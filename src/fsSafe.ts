/**
 * The trust boundary on disk. A repository under review may be hostile (a fork's pull request):
 * it can commit symbolic links anywhere, named like the files ormlint reads and writes. Every read
 * and write outside file discovery (config, baseline, reports, `init`) goes through here, so a
 * committed link can neither show ormlint a file outside the project nor make it overwrite one.
 *
 * - A read resolves the real path first and accepts only a regular file inside the root's real
 *   path, outside `.git`, under a size limit (so `/dev/zero`, a FIFO or a 9 GB file cannot hang
 *   or exhaust the run).
 * - A write resolves the real path of its target (following links, dangling ones included) and
 *   refuses it unless it stays in the area the path was written in; it is atomic (temp file in
 *   the target's folder, then rename), so a reader never sees half a file and a link planted at
 *   the target's name is replaced, never followed.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Folders whose content ormlint never reads or writes: `.git` holds credentials and hooks. */
const FORBIDDEN_FOLDERS: ReadonlySet<string> = new Set(['.git']);

/** How many symbolic links a write target may go through before it counts as a loop (as Linux's ELOOP). */
const MAX_LINK_HOPS = 40;

/** Why a confined read gave no text. */
export type ConfinedReadFailure =
  | { kind: 'missing' }
  | { kind: 'outside' }
  | { kind: 'git' }
  | { kind: 'not-a-file' }
  | { kind: 'too-large'; size: number; limit: number }
  | { kind: 'unreadable'; code: string };

export type ConfinedRead = { kind: 'ok'; text: string; real: string } | ConfinedReadFailure;

/** A write refused by the boundary (or failed): the message says why, in words for the user. */
export class ConfinementError extends Error {
  override name = 'ConfinementError';
}

/** True when `candidate` is `base` or below it (both absolute, same kind: lexical or real). */
export function isInside(base: string, candidate: string): boolean {
  const relative = path.relative(base, candidate);
  return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}

/** True when the path below `base` passes through a forbidden folder (`.git`). */
export function isInForbiddenFolder(base: string, candidate: string): boolean {
  return path
    .relative(base, candidate)
    .split(path.sep)
    .some((segment) => FORBIDDEN_FOLDERS.has(segment));
}

/**
 * Reads `file` (relative to `root`, or absolute) as UTF-8 when its real path is a regular file
 * inside the root's real path, outside `.git`, at most `maxBytes` long. Never throws; never reads
 * a byte of anything else, and stops at `maxBytes + 1` bytes even if the file grows meanwhile.
 */
export function readConfinedFileSync(root: string, file: string, maxBytes: number): ConfinedRead {
  const absolute = path.resolve(root, file);
  let rootReal: string;
  let real: string;
  try {
    rootReal = fs.realpathSync(root);
    real = fs.realpathSync(absolute);
  } catch (error) {
    const code = errorCode(error);
    // A dangling link is as absent as a missing file; nothing behind it is read.
    return code === 'ENOENT' || code === 'ENOTDIR' ? { kind: 'missing' } : { kind: 'unreadable', code };
  }
  if (!isInside(rootReal, real)) return { kind: 'outside' };
  if (isInForbiddenFolder(rootReal, real)) return { kind: 'git' };

  let fd: number;
  try {
    // Checked before opening: opening a FIFO for reading would wait for a writer forever.
    if (!fs.statSync(real).isFile()) return { kind: 'not-a-file' };
    fd = fs.openSync(real, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return { kind: 'unreadable', code: errorCode(error) };
  }
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) return { kind: 'not-a-file' };
    if (stat.size > maxBytes) return { kind: 'too-large', size: stat.size, limit: maxBytes };
    const buffer = Buffer.alloc(Math.min(stat.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      const read = fs.readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
      if (length > maxBytes) return { kind: 'too-large', size: length, limit: maxBytes };
      if (length === buffer.length) break;
    }
    return { kind: 'ok', text: new TextDecoder('utf-8').decode(buffer.subarray(0, length)), real };
  } catch (error) {
    return { kind: 'unreadable', code: errorCode(error) };
  } finally {
    fs.closeSync(fd);
  }
}

/** The reason a confined read failed, as the end of a sentence about `what` ("the config file"). */
export function describeReadFailure(failure: ConfinedReadFailure, what: string): string {
  switch (failure.kind) {
    case 'missing':
      return `${what} not found`;
    case 'outside':
      return `${what} is a symbolic link to a path outside the project root; ormlint reads only files under the root`;
    case 'git':
      return `${what} is a symbolic link into .git; ormlint never reads the .git folder`;
    case 'not-a-file':
      return `${what} is not a regular file`;
    case 'too-large':
      return `${what} is over the ${formatLimit(failure.limit)} limit`;
    case 'unreadable':
      return `cannot read ${what} (${failure.code})`;
  }
}

/** A folder writes may go to, and how the refusal names it. */
export interface WriteArea {
  dir: string;
  label: string;
}

/**
 * Writes `text` to `target` (absolute, or relative to the current folder) atomically, and only
 * inside the write areas. The area is the innermost one that holds the path as written; the real
 * path (every link followed, a dangling one too) must stay inside that same area and out of `.git`.
 * So a link committed inside the project can never send a write out of it, while a path the user
 * typed into another area (a temp folder) stays allowed there. Returns the real path written.
 * Throws ConfinementError.
 */
export function writeConfinedFileSync(target: string, text: string | Uint8Array, areas: readonly WriteArea[]): string {
  const absolute = path.resolve(target);
  const area = innermostArea(absolute, areas);
  if (!area) {
    throw new ConfinementError(`${absolute} is outside ${describeAreas(areas)}; ormlint writes only there`);
  }
  const real = resolveWriteTarget(absolute);
  if (!isInside(area.real, real)) {
    throw new ConfinementError(`${absolute} leads through a symbolic link to ${real}, outside ${area.label}; not written`);
  }
  if (isInForbiddenFolder(area.real, real)) {
    throw new ConfinementError(`${absolute} leads into a .git folder; not written`);
  }

  const dir = path.dirname(real);
  let mode = 0o666;
  try {
    fs.mkdirSync(dir, { recursive: true });
    // The folders just created are plain folders; check that nothing swapped a link in meanwhile.
    if (fs.realpathSync(dir) !== dir) throw new ConfinementError(`${absolute}: its folder changed while writing; not written`);
    const existing = fs.lstatSync(real, { throwIfNoEntry: false });
    if (existing?.isFile()) mode = existing.mode & 0o777;
  } catch (error) {
    if (error instanceof ConfinementError) throw error;
    throw new ConfinementError(`cannot write ${absolute} (${errorCode(error)})`);
  }
  const temp = path.join(dir, `.${path.basename(real)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    // `wx`: fails rather than follow anything already at the temp name.
    fs.writeFileSync(temp, text, { flag: 'wx', mode });
    fs.renameSync(temp, real);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw new ConfinementError(`cannot write ${absolute} (${errorCode(error)})`);
  }
  return real;
}

/** True when something (a file, a folder, a link, even a dangling one) is at `file`. */
export function pathTaken(file: string): boolean {
  return fs.lstatSync(file, { throwIfNoEntry: false }) !== undefined;
}

interface ResolvedArea {
  label: string;
  lexical: string;
  real: string;
}

function innermostArea(absolute: string, areas: readonly WriteArea[]): ResolvedArea | null {
  let best: { area: ResolvedArea; depth: number } | null = null;
  for (const { dir, label } of areas) {
    const lexical = path.resolve(dir);
    let real: string;
    try {
      real = fs.realpathSync(lexical);
    } catch {
      continue;
    }
    // The path may be written either way (a temp folder is often reached through a link, /tmp on macOS).
    const base = isInside(lexical, absolute) ? lexical : isInside(real, absolute) ? real : null;
    if (base === null) continue;
    const depth = base.split(path.sep).length;
    if (!best || depth > best.depth) best = { area: { label, lexical, real }, depth };
  }
  return best?.area ?? null;
}

function describeAreas(areas: readonly WriteArea[]): string {
  const labels = areas.map((a) => a.label);
  return labels.length <= 1 ? (labels[0] ?? 'every allowed folder') : `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`;
}

/**
 * The real path a write to `absolute` would land on: folders resolved, then the last component
 * followed link by link (a dangling link's target counts; that is where the write would go).
 */
function resolveWriteTarget(absolute: string): string {
  let current = absolute;
  for (let hops = 0; hops <= MAX_LINK_HOPS; hops++) {
    const dir = realFolder(path.dirname(current), absolute);
    current = path.join(dir, path.basename(current));
    let stat: fs.Stats | undefined;
    try {
      stat = fs.lstatSync(current, { throwIfNoEntry: false });
    } catch (error) {
      throw new ConfinementError(`cannot write ${absolute} (${errorCode(error)})`);
    }
    if (!stat) return current;
    if (stat.isSymbolicLink()) {
      current = path.resolve(dir, fs.readlinkSync(current));
      continue;
    }
    if (!stat.isFile()) throw new ConfinementError(`${absolute} is not a regular file; not overwriting it`);
    return current;
  }
  throw new ConfinementError(`${absolute}: too many symbolic links (a loop?); not written`);
}

/** The real path of a folder that may not exist yet: its deepest existing ancestor resolved, the rest appended. */
function realFolder(dir: string, target: string): string {
  const missing: string[] = [];
  let probe = dir;
  for (;;) {
    try {
      return path.join(fs.realpathSync(probe), ...missing);
    } catch (error) {
      const code = errorCode(error);
      if (code !== 'ENOENT') throw new ConfinementError(`cannot write ${target} (${code})`);
      // Something is there but cannot be resolved: a dangling link to a folder. Never create through it.
      if (pathTaken(probe)) throw new ConfinementError(`${target}: ${probe} is a dangling symbolic link; not written`);
      const parent = path.dirname(probe);
      if (parent === probe) throw new ConfinementError(`cannot write ${target} (ENOENT)`);
      missing.unshift(path.basename(probe));
      probe = parent;
    }
  }
}

function formatLimit(bytes: number): string {
  return bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MB` : `${bytes} bytes`;
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException)?.code ?? String(error);
}

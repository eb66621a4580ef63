/**
 * `--cache DIR`: what each file read into, keyed by its path and content hash, ormlint's build and
 * the options the reading depends on, so an unchanged file is never parsed again; and, as wholes,
 * each side's facts and a run's findings (run.ts says what keys them). One file per
 * reader in DIR (`alembic-<key>.v8`), holding after each run that loaded it only the entries that
 * run used (a run that needed none of a reader's entries leaves its file as it was): the directory
 * stays the size of the project, and `actions/cache` can save and restore it as it is.
 * A cache that cannot be read is ignored (the run is only slower); one that cannot be written is
 * reported on stderr by the caller.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { SourceFile } from '../frontends/types.js';
import { isInForbiddenFolder, isInside, writeConfinedFileSync, type WriteArea } from '../fsSafe.js';
import { VERSION } from '../version.js';

/** Bump when the shape of cached facts changes without a version change. */
const FORMAT = 2;

interface Bucket {
  file: string;
  loaded: Map<string, Buffer>;
  used: Map<string, Buffer>;
  changed: boolean;
  /** How many entries its file holds: as loaded, or as this run last wrote it. */
  stored: number;
}

export class FileCache {
  private readonly buckets = new Map<string, Bucket>();
  hits = 0;
  misses = 0;

  /** @param areas where the cache may be written (as --output: a committed link cannot send it elsewhere) */
  constructor(
    private readonly dir: string,
    private readonly areas: readonly WriteArea[],
  ) {}

  /** The facts `file` read into last time with the same reader and options, or undefined. */
  get(reader: string, options: unknown, file: SourceFile): unknown {
    const bucket = this.bucket(reader, options);
    const key = entryKey(file);
    const hit = bucket.used.get(key) ?? bucket.loaded.get(key);
    if (!hit) {
      this.misses++;
      return undefined;
    }
    bucket.used.set(key, hit);
    this.hits++;
    try {
      return deserialize(hit);
    } catch {
      bucket.used.delete(key);
      return undefined;
    }
  }

  /** Records what `file` read into (serialised now: the caller may change the value afterwards). */
  set(reader: string, options: unknown, file: SourceFile, value: unknown): void {
    const bucket = this.bucket(reader, options);
    bucket.used.set(entryKey(file), serialize(value));
    bucket.changed = true;
  }

  /**
   * A side read as a whole (the models: their imports resolve across files, so no file's facts are
   * its own): reused only when every one of `files` is unchanged. One entry per reader and options.
   */
  getWhole(reader: string, options: unknown, files: SourceFile[]): unknown {
    return this.get(reader, options, wholeKey(files));
  }

  setWhole(reader: string, options: unknown, files: SourceFile[], value: unknown): void {
    this.set(reader, options, wholeKey(files), value);
  }

  /**
   * Writes each reader's entries used in this run (atomically: write beside, then rename). May be
   * called again: then only what changed since is written.
   */
  save(): void {
    for (const bucket of this.buckets.values()) {
      if (!bucket.changed && bucket.used.size === bucket.stored) continue;
      // Atomic, and confined like every write ormlint makes (src/fsSafe.ts).
      writeConfinedFileSync(bucket.file, serialize(bucket.used), this.areas);
      bucket.changed = false;
      bucket.stored = bucket.used.size;
    }
  }

  private bucket(reader: string, options: unknown): Bucket {
    const name = `${reader}-${hash(`${FORMAT}\0${VERSION}\0${buildId()}\0${JSON.stringify(options)}`).slice(0, 20)}.v8`;
    let bucket = this.buckets.get(name);
    if (!bucket) {
      const file = path.join(this.dir, name);
      const loaded = readBucket(file, this.areas);
      bucket = { file, loaded, used: new Map(), changed: false, stored: loaded.size };
      this.buckets.set(name, bucket);
    }
    return bucket;
  }
}

/** A cache file is never trusted further than being a regular file that deserialises to a map. */
const MAX_CACHE_BYTES = 1 << 30;

/**
 * Reads one cache file, confined as writes are: its real path must stay in the write area its path
 * was given in (a link committed in the project cannot make ormlint read outside it), out of .git.
 */
function readBucket(file: string, areas: readonly WriteArea[]): Map<string, Buffer> {
  try {
    const area = areas
      .map((a) => path.resolve(a.dir))
      .filter((dir) => isInside(dir, file))
      .sort((a, b) => b.length - a.length)[0];
    if (!area) return new Map();
    const areaReal = realpathSync(area);
    const real = realpathSync(file);
    if (!isInside(areaReal, real) || isInForbiddenFolder(areaReal, real)) return new Map();
    const stat = statSync(real);
    if (!stat.isFile() || stat.size > MAX_CACHE_BYTES) return new Map();
    const value = deserialize(readFileSync(real)) as unknown;
    return value instanceof Map ? (value as Map<string, Buffer>) : new Map();
  } catch {
    return new Map();
  }
}

/** Stands for a set of files: their paths and contents, in path order. */
function wholeKey(files: SourceFile[]): SourceFile {
  const digest = createHash('sha256');
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    digest.update(`${file.path}\0${file.text.length}\0${file.text}\0`);
  }
  return { path: '*', text: digest.digest('base64url') };
}

function entryKey(file: SourceFile): string {
  return hash(`${file.path}\0${file.text}`);
}

function hash(text: string): string {
  return createHash('sha256').update(text).digest('base64url');
}

let build: string | null = null;

/**
 * Which build of ormlint is running: the bundle's chunk files are named by content hash, so their
 * names change with any change to the code; from source (tests), the version alone.
 */
function buildId(): string {
  if (build !== null) return build;
  try {
    const here = path.dirname(fileURLToPath(import.meta.url));
    const chunks = readdirSync(here).filter((name) => /^chunk-.*\.mjs$/.test(name)).sort();
    build = chunks.length > 0 ? hash(chunks.join('\n')) : '';
  } catch {
    build = '';
  }
  return build;
}

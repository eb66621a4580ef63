import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { discoverFiles, formatBytes } from '../src/files.js';

const MiB = 1024 * 1024;
const tempDirs: string[] = [];

/** A fresh project folder with `files` (relative path → content) written into it. */
function project(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ormlint-files-'));
  tempDirs.push(dir);
  for (const [file, text] of Object.entries(files)) write(dir, file, text);
  return dir;
}
function write(dir: string, file: string, text: string | Buffer): void {
  fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  fs.writeFileSync(path.join(dir, file), text);
}
afterEach(() => {
  for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

async function paths(root: string, include: string[], exclude: string[] = [], maxFileBytes = MiB): Promise<string[]> {
  const { files } = await discoverFiles(root, include, exclude, maxFileBytes);
  return files.map((file) => file.path);
}

describe('discoverFiles', () => {
  it('returns matching files, relative with /, sorted, with their text', async () => {
    const root = project({
      'app/models/user.py': 'class User: pass\n',
      'app/models/__init__.py': 'from .user import User\n',
      'app/models/billing/invoice.py': 'class Invoice: pass\n',
      'app/models/Zeta.py': '',
      'app/models/notes.txt': 'not python',
      'app/views.py': 'x = 1\n',
    });
    const { files, problems } = await discoverFiles(root, ['app/models/**/*.py'], [], MiB);
    expect(files).toEqual([
      { path: 'app/models/Zeta.py', text: '' },
      { path: 'app/models/__init__.py', text: 'from .user import User\n' },
      { path: 'app/models/billing/invoice.py', text: 'class Invoice: pass\n' },
      { path: 'app/models/user.py', text: 'class User: pass\n' },
    ]);
    expect(problems).toEqual([]);
  });

  it('honours the depth of a glob and plain file names', async () => {
    const root = project({
      'migrations/versions/001_a.py': '',
      'migrations/versions/002_b.py': '',
      'migrations/versions/old/000_x.py': '',
      'alembic/versions/003_c.py': '',
      'app/models.py': '',
    });
    expect(await paths(root, ['migrations/versions/*.py', 'alembic/versions/*.py'])).toEqual([
      'alembic/versions/003_c.py',
      'migrations/versions/001_a.py',
      'migrations/versions/002_b.py',
    ]);
    expect(await paths(root, ['app/models.py', '*/versions/**/*.py'])).toEqual([
      'alembic/versions/003_c.py',
      'app/models.py',
      'migrations/versions/001_a.py',
      'migrations/versions/002_b.py',
      'migrations/versions/old/000_x.py',
    ]);
    expect(await paths(root, ['{app,alembic}/**/*.py'])).toEqual(['alembic/versions/003_c.py', 'app/models.py']);
    expect(await paths(root, ['nowhere/*.py'])).toEqual([]);
    expect(await paths(root, [])).toEqual([]);
  });

  it('excludes with .gitignore semantics, negation included', async () => {
    const root = project({
      'app/models/a.py': '',
      'app/models/b_test.py': '',
      'app/models/legacy/old.py': '',
      'app/models/legacy/keep.py': '',
      'app/models/generated/x.py': '',
      'app/models/generated/y.py': '',
    });
    expect(await paths(root, ['app/**/*.py'], ['*_test.py', 'app/models/legacy/*.py', '!app/models/legacy/keep.py', 'generated/'])).toEqual([
      'app/models/a.py',
      'app/models/legacy/keep.py',
    ]);
    // As in git, a file inside an excluded folder can not be re-included.
    expect(await paths(root, ['app/**/*.py'], ['generated/', '!generated/y.py'])).toEqual([
      'app/models/a.py',
      'app/models/b_test.py',
      'app/models/legacy/keep.py',
      'app/models/legacy/old.py',
    ]);
    // A slash inside a pattern anchors it at the root, as in .gitignore: legacy/*.py matches nothing here.
    expect(await paths(root, ['app/models/legacy/*.py'], ['legacy/*.py'])).toEqual(['app/models/legacy/keep.py', 'app/models/legacy/old.py']);
    // A leading / anchors the pattern at the root.
    expect(await paths(root, ['app/**/*.py'], ['/a.py', '/app/models/legacy'])).toEqual([
      'app/models/a.py',
      'app/models/b_test.py',
      'app/models/generated/x.py',
      'app/models/generated/y.py',
    ]);
  });

  it('always skips node_modules, .git, __pycache__, .venv and venv', async () => {
    const root = project({
      'src/models.py': '',
      'src/node_modules/pkg/models.py': '',
      'src/__pycache__/models.py': '',
      '.git/hooks/models.py': '',
      '.venv/lib/models.py': '',
      'venv/lib/models.py': '',
      'node_modules/x/models.py': '',
    });
    expect(await paths(root, ['**/*.py'])).toEqual(['src/models.py']);
    expect(await paths(root, ['venv/lib/*.py', 'node_modules/**/*.py'])).toEqual([]);
  });

  it('does not follow a symlink to a file outside the root, and says so', async () => {
    const outside = project({ 'secret.py': 'TOKEN = "x"\n', 'dir/other.py': '' });
    const root = project({ 'app/models/user.py': '' });
    fs.symlinkSync(path.join(outside, 'secret.py'), path.join(root, 'app/models/secret.py'));
    fs.symlinkSync(path.join(outside, 'dir'), path.join(root, 'app/models/external'));
    const { files, problems } = await discoverFiles(root, ['app/**/*.py'], [], MiB);
    expect(files.map((file) => file.path)).toEqual(['app/models/user.py']);
    expect(problems).toEqual([
      {
        kind: 'unresolved',
        message: 'skipped: symbolic link to a path outside the project root; ormlint reads only files under the root',
        location: { file: 'app/models/secret.py', line: 1, column: 1 },
      },
    ]);
    // A start folder that is itself a link out of the root is not walked either.
    fs.symlinkSync(outside, path.join(root, 'linked'));
    expect(await paths(root, ['linked/**/*.py'])).toEqual([]);
  });

  it('follows symlinks that stay inside the root', async () => {
    const root = project({ 'shared/base.py': 'class Base: pass\n', 'app/models/user.py': '' });
    fs.symlinkSync(path.join(root, 'shared/base.py'), path.join(root, 'app/models/base.py'));
    fs.symlinkSync('../../shared', path.join(root, 'app/models/shared'));
    const { files } = await discoverFiles(root, ['app/**/*.py'], [], MiB);
    expect(files).toEqual([
      { path: 'app/models/base.py', text: 'class Base: pass\n' },
      { path: 'app/models/shared/base.py', text: 'class Base: pass\n' },
      { path: 'app/models/user.py', text: '' },
    ]);
  });

  it('terminates on symlink loops', async () => {
    const root = project({ 'app/a/x.py': '', 'app/b/y.py': '' });
    fs.symlinkSync('..', path.join(root, 'app/a/up'));
    fs.symlinkSync('../a', path.join(root, 'app/b/to_a'));
    fs.symlinkSync('../b', path.join(root, 'app/a/to_b'));
    fs.symlinkSync('self', path.join(root, 'app/self'));
    // A folder is not entered again below itself: app/a/to_b/to_a and app/a/up stop the walk,
    // and the self-referencing link does not resolve at all.
    expect(await paths(root, ['app/**/*.py'])).toEqual(['app/a/to_b/y.py', 'app/a/x.py', 'app/b/to_a/x.py', 'app/b/y.py']);
    fs.symlinkSync('.', path.join(root, 'loop'));
    fs.writeFileSync(path.join(root, 'top.py'), '');
    expect(await paths(root, ['**/*.py'])).toEqual(['app/a/to_b/y.py', 'app/a/x.py', 'app/b/to_a/x.py', 'app/b/y.py', 'top.py']);
  });

  it('skips a file over maxFileBytes with a notice and reads the rest', async () => {
    const root = project({ 'app/models/big.py': 'x'.repeat(Math.round(2.3 * MiB)), 'app/models/small.py': 'y = 1\n' });
    const { files, problems } = await discoverFiles(root, ['app/models/*.py'], [], MiB);
    expect(files).toEqual([{ path: 'app/models/small.py', text: 'y = 1\n' }]);
    expect(problems).toEqual([
      {
        kind: 'unresolved',
        message: 'skipped: 2.3 MB is over the 1 MB limit (maxFileBytes); raise maxFileBytes in .ormlint.yml to check this file',
        location: { file: 'app/models/big.py', line: 1, column: 1 },
      },
    ]);
    const tight = await discoverFiles(root, ['app/models/small.py'], [], 5);
    expect(tight.problems.map((problem) => problem.message)).toEqual([
      'skipped: 6 bytes is over the 5 bytes limit (maxFileBytes); raise maxFileBytes in .ormlint.yml to check this file',
    ]);
    expect((await discoverFiles(root, ['app/models/small.py'], [], 6)).files).toHaveLength(1);
  });

  it('decodes invalid UTF-8 with replacement characters and drops a BOM', async () => {
    const root = project({});
    write(root, 'm/bad.py', Buffer.from([0x61, 0xff, 0x62, 0x0a]));
    write(root, 'm/bom.py', Buffer.from([0xef, 0xbb, 0xbf, 0x78, 0x0a]));
    const { files } = await discoverFiles(root, ['m/*.py'], [], MiB);
    expect(files).toEqual([
      { path: 'm/bad.py', text: 'a\uFFFDb\n' },
      { path: 'm/bom.py', text: 'x\n' },
    ]);
  });

  it('returns nothing for a root that does not exist', async () => {
    expect(await discoverFiles(path.join(os.tmpdir(), 'ormlint-no-such-root-4711'), ['**/*.py'], [], MiB)).toEqual({ files: [], problems: [] });
  });
});

describe('formatBytes', () => {
  it('uses powers of 1024', () => {
    expect(formatBytes(512)).toBe('512 bytes');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(MiB)).toBe('1 MB');
    expect(formatBytes(2.3 * MiB)).toBe('2.3 MB');
  });
});

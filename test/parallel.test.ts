import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { generateAlembicProject, generateSqlCorpus } from '../scripts/benchProjects.mjs';
import { runBundledCli } from './helpers/bundleCli.js';

/**
 * Worker threads and the cache change how files are read, never what is found: the JSON report of
 * the bundle with both is byte for byte the plain single-threaded, uncached one, on generated
 * projects with drift, syntax errors and unresolved notices in them, cold, warm, and after a file
 * changes.
 */
/** The bundle built for this run (test/setup/build.ts), its worker threads and cache included, in this process. */
async function check(config: string, ...args: string[]): Promise<{ json: string; timings: string }> {
  const result = await runBundledCli(['check', '--config', config, '--format', 'json', '--fail-on', 'never', '--timings', ...args]);
  expect(result.stderr).toMatch(/^ormlint timings: /u);
  expect(result.code).toBe(0);
  return { json: result.stdout, timings: result.stderr };
}

/** A plugin as a user writes it: one rule that reports once per run. */
const PLUGIN = `
export default {
  rules: [{
    id: 'acme/model-count',
    meta: { description: 'Counts the models.', defaultSeverity: 'notice' },
    messages: { count: '{{n}} {{what}}' },
    check(ctx) {
      const models = ctx.facts.models ?? [];
      ctx.report({ messageId: 'count', data: { n: models.length, what: 'models' }, location: models[0].location, subject: 'models' });
    },
  }],
};
`;

function replaceIn(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8');
  expect(text).toContain(from);
  writeFileSync(file, text.replace(from, to));
}

describe('worker threads and --cache', () => {
  it('report exactly what a single-threaded uncached run reports (Alembic)', { timeout: 240_000 }, async () => {
    const root: string = generateAlembicProject(150);
    const versions = path.join(root, 'migrations', 'versions');
    // Drift on both sides, a syntax error, an unresolved operation.
    appendFileSync(path.join(root, 'app', 'models', 'file_3.py'), '    extra_col = Column(Integer)\n');
    replaceIn(path.join(versions, '0010_create_table_10.py'), 'sa.Column("tenant_id", sa.Integer(), nullable=True)', 'sa.Column("tenant_id", sa.BigInteger(), nullable=True)');
    appendFileSync(path.join(versions, '0020_create_table_20.py'), '\ndef broken(:\n    pass\n');
    replaceIn(path.join(versions, '0030_create_table_30.py'), '    # ### end Alembic commands ###\n\n\ndef downgrade', '    op.drop_column(some_table, "x")\n    # ### end Alembic commands ###\n\n\ndef downgrade');
    const config = path.join(root, '.ormlint.yml');
    const cache = mkdtempSync(path.join(tmpdir(), 'ormlint-cache-'));
    const files = readdirSync(versions).length;

    const plain = await check(config, '--threads', '0');
    const report = JSON.parse(plain.json) as { diagnostics: { ruleId: string; file: string }[] };
    // The comparison means something only if there is something to compare.
    expect(new Set(report.diagnostics.map((d) => d.ruleId))).toEqual(new Set(['schema-drift', 'parse-error', 'unresolved']));
    expect(plain.timings).toContain(`threads=0 cached=0/${files}`);

    const cold = await check(config, '--threads', '2', '--cache', cache);
    expect(cold.timings).toContain(`threads=2 cached=0/${files}`);
    expect(cold.timings).not.toContain('findings=cached');
    expect(cold.json).toBe(plain.json);
    const warm = await check(config, '--threads', '2', '--cache', cache);
    expect(warm.timings).toContain(`cached=${files}/${files} findings=cached`);
    expect(warm.json).toBe(plain.json);

    // The options the reading and the replay depend on are part of every key: under another
    // default schema nothing cached is reused, and the first config's entries survive it.
    const original = readFileSync(config, 'utf8');
    writeFileSync(config, `${original}defaultSchema: app\n`);
    const otherSchema = await check(config, '--threads', '2', '--cache', cache);
    expect(otherSchema.timings).toContain(`cached=0/${files}`);
    expect(otherSchema.timings).not.toContain('findings=cached');
    expect(otherSchema.json).toBe((await check(config, '--threads', '0')).json);
    expect((await check(config, '--threads', '0', '--cache', cache)).json).toBe(otherSchema.json);
    writeFileSync(config, original);
    const back = await check(config, '--threads', '0', '--cache', cache);
    expect(back.timings).toContain(`cached=${files}/${files} findings=cached`);
    expect(back.json).toBe(plain.json);

    // A module outside models.include that a model imports: the cached model side must follow it.
    writeFileSync(path.join(root, 'app', 'mixins.py'), 'from sqlalchemy import Column, Integer\n\n\nclass Audited:\n    revision_no = Column(Integer)\n');
    replaceIn(path.join(root, 'app', 'models', 'file_0.py'), 'from .base import Base\n', 'from .base import Base\nfrom app.mixins import Audited\n');
    replaceIn(path.join(root, 'app', 'models', 'file_0.py'), 'class Model0(Base):', 'class Model0(Audited, Base):');
    const withMixin = await check(config, '--threads', '0');
    expect(withMixin.json).toContain('"subject": "table_0.revision_no"');
    expect((await check(config, '--threads', '2', '--cache', cache)).json).toBe(withMixin.json);
    writeFileSync(path.join(root, 'app', 'mixins.py'), 'from sqlalchemy import Column, Integer\n\n\nclass Audited:\n    audit_no = Column(Integer)\n');
    const mixinChanged = await check(config, '--threads', '2', '--cache', cache);
    // No model file changed, only a module one imports: the cached findings must not be taken.
    expect(mixinChanged.timings).not.toContain('findings=cached');
    expect(mixinChanged.json).toContain('"subject": "table_0.audit_no"');
    expect(mixinChanged.json).toBe((await check(config, '--threads', '0')).json);
    writeFileSync(path.join(root, 'app', 'mixins.py'), 'class Audited:\n    pass\n');
    expect((await check(config, '--threads', '2', '--cache', cache)).json).toBe(plain.json);

    // One migration and one model change: only those are read again, and the report follows them.
    replaceIn(path.join(versions, '0040_create_table_40.py'), 'sa.Column("tenant_id", sa.Integer(), nullable=True)', 'sa.Column("tenant_id", sa.Text(), nullable=True)');
    appendFileSync(path.join(root, 'app', 'models', 'file_5.py'), '    other_col = Column(Integer)\n');
    const changed = await check(config, '--threads', '2', '--cache', cache);
    expect(changed.timings).toContain(`cached=${files - 1}/${files}`);
    expect(changed.timings).not.toContain('findings=cached');
    const changedPlain = await check(config, '--threads', '0');
    expect(changed.json).toBe(changedPlain.json);
    expect(changed.json).not.toBe(plain.json);
  });

  it('start their worker threads while discovery still reads a big project, and report the same', { timeout: 240_000 }, async () => {
    // Over 1 MB of Python: worth a worker on a machine of 2 cores or more.
    const root: string = generateAlembicProject(260);
    appendFileSync(path.join(root, 'app', 'models', 'file_7.py'), '    extra_col = Column(Integer)\n');
    const config = path.join(root, '.ormlint.yml');
    const plain = await check(config, '--threads', '0');
    expect(plain.json).toContain('"subject": "table_79.extra_col"');
    const auto = await check(config);
    expect(auto.json).toBe(plain.json);
    if (availableParallelism() >= 2) {
      const threads = /threads=(\d+) /u.exec(auto.timings)?.[1];
      expect(Number(threads)).toBeGreaterThan(0);
      // Every worker the reading used was started early.
      expect(auto.timings).toContain(`early=${threads}`);
    } else {
      expect(auto.timings).toContain('threads=0');
    }
    // Threads asked for, or a cache (which may leave little to read): none is started early.
    expect((await check(config, '--threads', '1')).timings).not.toContain('early=');
    const cache = mkdtempSync(path.join(tmpdir(), 'ormlint-cache-'));
    const cached = await check(config, '--cache', cache);
    expect(cached.timings).not.toContain('early=');
    expect(cached.json).toBe(plain.json);
  });

  it('end the workers started early when what is left to parse is not worth them', { timeout: 120_000 }, async () => {
    // models.include also matches 1.2 MB of text that is not Python: discovery counts it, the
    // model side parses only the .py files, a few kilobytes, on this thread.
    const root: string = generateAlembicProject(20);
    for (const name of ['a.txt', 'b.txt']) writeFileSync(path.join(root, 'app', 'models', name), `${'x'.repeat(79)}\n`.repeat(7_500));
    const config = path.join(root, '.ormlint.yml');
    writeFileSync(config, readFileSync(config, 'utf8').replace('include: ["app/models/**/*.py"]', 'include: ["app/models/**"]'));
    const plain = await check(config, '--threads', '0');
    const auto = await check(config);
    expect(auto.timings).toContain('threads=0');
    expect(auto.json).toBe(plain.json);
  });

  it('report exactly what a single-threaded uncached run reports (SQL)', { timeout: 240_000 }, async () => {
    const { root, dir } = generateSqlCorpus(400) as { root: string; dir: string };
    appendFileSync(path.join(dir, 'V50__create_table_50.sql'), 'CREATE TABLE broken (id int,, x int);\nALTER TABLE nowhere ADD COLUMN y int;\n');
    const config = path.join(root, '.ormlint.yml');
    const cache = mkdtempSync(path.join(tmpdir(), 'ormlint-cache-'));
    const plain = await check(config, '--threads', '0');
    const ruleIds = (JSON.parse(plain.json) as { diagnostics: { ruleId: string }[] }).diagnostics.map((d) => d.ruleId);
    expect(new Set(ruleIds)).toEqual(new Set(['parse-error', 'unresolved']));
    const cold = await check(config, '--threads', '2', '--cache', cache);
    expect(cold.timings).toContain('threads=2 cached=0/400');
    expect(cold.json).toBe(plain.json);
    const warm = await check(config, '--cache', cache);
    expect(warm.timings).toContain('cached=400/400 findings=cached');
    expect(warm.json).toBe(plain.json);
  });

  it('takes cached findings only while every input is the same, and applies the baseline afresh', { timeout: 120_000 }, async () => {
    const root: string = generateAlembicProject(20);
    appendFileSync(path.join(root, 'app', 'models', 'file_1.py'), '    extra_col = Column(Integer)\n');
    const config = path.join(root, '.ormlint.yml');
    const original = readFileSync(config, 'utf8');
    const cache = mkdtempSync(path.join(tmpdir(), 'ormlint-cache-'));
    const plain = await check(config);
    expect(plain.json).toContain('"subject": "table_19.extra_col"');
    await check(config, '--cache', cache);
    const warm = await check(config, '--cache', cache);
    expect(warm.timings).toContain('findings=cached');
    expect(warm.json).toBe(plain.json);

    // A restored cache folder may hold anything: an entry of another shape is a miss.
    const reportFile = path.join(cache, readdirSync(cache).find((name) => name.startsWith('report-'))!);
    const entries = deserialize(readFileSync(reportFile)) as Map<string, Buffer>;
    writeFileSync(reportFile, serialize(new Map([...entries.keys()].map((key) => [key, serialize({ diagnostics: 'none', reads: [] })]))));
    const reshaped = await check(config, '--cache', cache);
    expect(reshaped.timings).not.toContain('findings=cached');
    expect(reshaped.json).toBe(plain.json);

    // `ormlint baseline` records the cached findings; a warm check then applies the new baseline.
    const baselineFile = path.join(root, 'known.json');
    const recorded = await runBundledCli(['baseline', '--config', config, '--cache', cache, '--baseline', baselineFile]);
    expect(recorded.code).toBe(0);
    const baselined = await check(config, '--cache', cache, '--baseline', baselineFile);
    expect(baselined.timings).toContain('findings=cached');
    expect(baselined.json).toBe((await check(config, '--baseline', baselineFile)).json);
    expect(JSON.parse(baselined.json)).toMatchObject({ diagnostics: [], summary: { baselined: 1 } });
    rmSync(baselineFile);
    expect((await check(config, '--cache', cache)).json).toBe(plain.json);

    // Any change to the config is another key: a rule switched off, then back on.
    writeFileSync(config, `${original}rules:\n  schema-drift: off\n`);
    const ruleOff = await check(config, '--cache', cache);
    expect(ruleOff.timings).not.toContain('findings=cached');
    expect(ruleOff.json).toBe((await check(config)).json);
    expect(ruleOff.json).not.toContain('table_19.extra_col');
    writeFileSync(config, original);
    expect((await check(config, '--cache', cache)).json).toBe(plain.json);

    // Plugins are the project's own code, which no key can cover: their runs never take cached findings.
    writeFileSync(path.join(root, 'acme.mjs'), PLUGIN);
    writeFileSync(config, `${original}plugins: ["acme.mjs"]\n`);
    const withPlugin = await check(config, '--cache', cache);
    expect(withPlugin.json).toContain('acme/model-count');
    const again = await check(config, '--cache', cache);
    expect(again.timings).not.toContain('findings=cached');
    expect(again.json).toBe(withPlugin.json);
  });
});

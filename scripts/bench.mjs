// Benchmark: wall time of the committed bundle (`node dist/cli.mjs check`, cold process each run)
// and ormlint's own pipeline time (stats.durationMs), on the bundled example and on generated
// projects of growing size. Budget (DESIGN.md / README): well under a second on a typical backend
// (~100 models, ~100 migrations) on a 2-core CI runner. Prints figures; asserts nothing.
//
//   npm run bench            # after npm run build
//   node scripts/bench.mjs --runs 10
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(repo, 'dist', 'cli.mjs');
const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 7;

/** A SQLAlchemy + Alembic project with `models` tables spread over files, one migration each. */
function generateProject(models, columnsPerModel = 12) {
  const root = mkdtempSync(path.join(tmpdir(), 'ormlint-bench-'));
  const modelsDir = path.join(root, 'app', 'models');
  const versions = path.join(root, 'migrations', 'versions');
  mkdirSync(modelsDir, { recursive: true });
  mkdirSync(versions, { recursive: true });
  writeFileSync(path.join(root, 'app', '__init__.py'), '');
  writeFileSync(path.join(modelsDir, 'base.py'), 'from sqlalchemy.orm import declarative_base\n\nBase = declarative_base()\n');
  const perFile = 5;
  const imports = [];
  for (let f = 0; f * perFile < models; f++) {
    const lines = [
      'from sqlalchemy import Boolean, Column, DateTime, ForeignKey, Integer, String, Text, func',
      'from .base import Base',
      '',
    ];
    for (let m = f * perFile; m < Math.min(models, (f + 1) * perFile); m++) {
      lines.push(`class Model${m}(Base):`, `    __tablename__ = "table_${m}"`, '    id = Column(Integer, primary_key=True)');
      if (m > 0) lines.push(`    parent_id = Column(Integer, ForeignKey("table_${m - 1}.id"), index=True)`);
      for (let c = 0; c < columnsPerModel; c++) {
        const kind = c % 4;
        lines.push(
          kind === 0 ? `    name_${c} = Column(String(100), nullable=False)`
          : kind === 1 ? `    body_${c} = Column(Text)`
          : kind === 2 ? `    flag_${c} = Column(Boolean, default=False)`
          : `    at_${c} = Column(DateTime, server_default=func.now())`,
        );
      }
      lines.push('', '');
      imports.push(`from .file_${f} import Model${m}`);
    }
    writeFileSync(path.join(modelsDir, `file_${f}.py`), lines.join('\n'));
  }
  writeFileSync(path.join(modelsDir, '__init__.py'), `${imports.join('\n')}\n`);
  for (let m = 0; m < models; m++) {
    const lines = [
      `"""create table_${m}\n\nRevision ID: r${m}\nRevises: ${m ? `r${m - 1}` : ''}\n"""`,
      'from alembic import op',
      'import sqlalchemy as sa',
      '',
      `revision = "r${m}"`,
      `down_revision = ${m ? `"r${m - 1}"` : 'None'}`,
      '',
      '',
      'def upgrade() -> None:',
      '    op.create_table(',
      `        "table_${m}",`,
      '        sa.Column("id", sa.Integer(), nullable=False),',
    ];
    if (m > 0) lines.push('        sa.Column("parent_id", sa.Integer(), nullable=True),');
    for (let c = 0; c < columnsPerModel; c++) {
      const kind = c % 4;
      lines.push(
        kind === 0 ? `        sa.Column("name_${c}", sa.String(length=100), nullable=False),`
        : kind === 1 ? `        sa.Column("body_${c}", sa.Text(), nullable=True),`
        : kind === 2 ? `        sa.Column("flag_${c}", sa.Boolean(), nullable=True),`
        : `        sa.Column("at_${c}", sa.DateTime(), server_default=sa.text("now()"), nullable=True),`,
      );
    }
    if (m > 0) lines.push(`        sa.ForeignKeyConstraint(["parent_id"], ["table_${m - 1}.id"]),`);
    lines.push('        sa.PrimaryKeyConstraint("id"),', '    )');
    if (m > 0) lines.push(`    op.create_index(op.f("ix_table_${m}_parent_id"), "table_${m}", ["parent_id"], unique=False)`);
    lines.push('', '', 'def downgrade() -> None:', `    op.drop_table("table_${m}")`, '');
    writeFileSync(path.join(versions, `${String(m).padStart(4, '0')}_create_table_${m}.py`), lines.join('\n'));
  }
  writeFileSync(
    path.join(root, '.ormlint.yml'),
    'models:\n  orm: sqlalchemy\n  include: ["app/models/**/*.py"]\n  registry: ["app/models/__init__.py"]\nmigrations:\n  kind: alembic\n  include: ["migrations/versions/*.py"]\n',
  );
  return root;
}

function measure(label, config) {
  const wall = [];
  const pipeline = [];
  let stats = null;
  let findings = 0;
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    let out;
    try {
      out = execFileSync(process.execPath, [cli, 'check', '--config', config, '--format', 'json', '--fail-on', 'never'], { encoding: 'utf8' });
    } catch (error) {
      out = error.stdout;
    }
    wall.push(Number(process.hrtime.bigint() - started) / 1e6);
    const report = JSON.parse(out);
    pipeline.push(report.stats.durationMs);
    stats = report.stats;
    findings = report.diagnostics.length;
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const max = (xs) => Math.max(...xs);
  return {
    project: label,
    files: stats.files,
    models: stats.models,
    migrations: stats.migrations,
    findings,
    'wall median ms': Math.round(median(wall)),
    'wall max ms': Math.round(max(wall)),
    'pipeline median ms': Math.round(median(pipeline)),
  };
}

const rows = [measure('fixtures/field-report', path.join(repo, 'fixtures/field-report/.ormlint.yml'))];
for (const size of [100, 500]) {
  const root = generateProject(size);
  try {
    rows.push(measure(`generated: ${size} models, ${size} migrations`, path.join(root, '.ormlint.yml')));
  } finally {
    // ORMLINT_BENCH_KEEP=1 keeps the generated projects (to profile them with node --cpu-prof).
    if (process.env.ORMLINT_BENCH_KEEP) console.log(`kept ${root}`);
    else rmSync(root, { recursive: true, force: true });
  }
}
console.log(`ormlint bench — node ${process.version}, ${runs} cold runs each of dist/cli.mjs`);
console.table(rows);

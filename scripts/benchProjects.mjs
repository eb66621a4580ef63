// Generated projects for the benchmark (scripts/bench.mjs) and for the test that compares
// threaded and cached runs with plain ones (test/parallel.test.ts): shaped like real ones,
// deterministic for a given size.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A deterministic pseudo-random sequence, so every run benches the same project. */
function prng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const GENERIC_COLUMNS = [
  { name: 'title', model: 'Column(String(200), nullable=False)', mig: 'sa.Column("title", sa.String(length=200), nullable=False)' },
  { name: 'body', model: 'Column(Text)', mig: 'sa.Column("body", sa.Text(), nullable=True)' },
  { name: 'is_active', model: 'Column(Boolean, nullable=False, server_default=sa.text("true"))', mig: 'sa.Column("is_active", sa.Boolean(), server_default=sa.text("true"), nullable=False)' },
  { name: 'amount', model: 'Column(Numeric(12, 2))', mig: 'sa.Column("amount", sa.Numeric(precision=12, scale=2), nullable=True)' },
  { name: 'quantity', model: 'Column(Integer, nullable=False, default=0)', mig: 'sa.Column("quantity", sa.Integer(), nullable=False)' },
  { name: 'status', model: 'Column(String(20), nullable=False, index=True)', mig: 'sa.Column("status", sa.String(length=20), nullable=False)', index: true },
  { name: 'payload', model: 'Column(JSONB)', mig: 'sa.Column("payload", postgresql.JSONB(astext_type=sa.Text()), nullable=True)' },
  { name: 'external_ref', model: 'Column(String(64))', mig: 'sa.Column("external_ref", sa.String(length=64), nullable=True)' },
  { name: 'rank', model: 'Column(SmallInteger)', mig: 'sa.Column("rank", sa.SmallInteger(), nullable=True)' },
  { name: 'updated_at', model: 'Column(DateTime(timezone=True), onupdate=func.now())', mig: 'sa.Column("updated_at", sa.DateTime(timezone=True), nullable=True)' },
  { name: 'notes', model: 'Column(Text, nullable=True)', mig: 'sa.Column("notes", sa.Text(), nullable=True)' },
  { name: 'score', model: 'Column(Float)', mig: 'sa.Column("score", sa.Float(), nullable=True)' },
  { name: 'uuid', model: 'Column(UUID(as_uuid=True), nullable=False, unique=True)', mig: 'sa.Column("uuid", postgresql.UUID(as_uuid=True), nullable=False)', unique: true },
];

/**
 * A SQLAlchemy + Alembic project shaped like a real monolith: ~10 model classes a file, each of
 * 10-20 columns with foreign keys, indexes, unique constraints, relationships and a method; one
 * autogenerate-style migration per model that creates it under a working name, renames it and a
 * column, adds, alters and drops columns, creates indexes and a unique constraint, and now and
 * then creates and drops a scratch table. The replayed migrations match the models.
 */
export function generateAlembicProject(models) {
  const random = prng(models);
  const root = mkdtempSync(path.join(tmpdir(), 'ormlint-bench-'));
  const modelsDir = path.join(root, 'app', 'models');
  const versions = path.join(root, 'migrations', 'versions');
  mkdirSync(modelsDir, { recursive: true });
  mkdirSync(versions, { recursive: true });
  writeFileSync(path.join(root, 'app', '__init__.py'), '');
  writeFileSync(path.join(root, 'migrations', 'env.py'), 'from alembic import context\n\nfrom app.models import Base\n\ntarget_metadata = Base.metadata\n\n\ndef run_migrations_online():\n    context.configure(target_metadata=target_metadata)\n    with context.begin_transaction():\n        context.run_migrations()\n\n\nrun_migrations_online()\n');
  writeFileSync(path.join(modelsDir, 'base.py'), [
    'from sqlalchemy import MetaData',
    'from sqlalchemy.orm import DeclarativeBase',
    '',
    '',
    'class Base(DeclarativeBase):',
    '    """Declarative base of every model."""',
    '',
    '    metadata = MetaData()',
    '',
  ].join('\n'));
  const perFile = 10;
  // Per model: its generic columns and its second foreign key's target.
  const shapes = [];
  for (let m = 0; m < models; m++) {
    const count = 5 + Math.floor(random() * 9); // 10-20 columns in all with the fixed ones
    const start = Math.floor(random() * GENERIC_COLUMNS.length);
    const generic = Array.from({ length: count }, (_, i) => GENERIC_COLUMNS[(start + i) % GENERIC_COLUMNS.length]);
    shapes.push({ generic, owner: m > 1 ? Math.floor(random() * (m - 1)) : null });
  }
  const imports = [];
  for (let f = 0; f * perFile < models; f++) {
    const lines = [
      '"""Models of one part of the app."""',
      'from __future__ import annotations',
      '',
      'import sqlalchemy as sa',
      'from sqlalchemy import Boolean, Column, DateTime, Float, ForeignKey, Index, Integer, Numeric, SmallInteger, String, Text, UniqueConstraint, func',
      'from sqlalchemy.dialects.postgresql import JSONB, UUID',
      'from sqlalchemy.orm import relationship',
      '',
      'from .base import Base',
      '',
      '',
    ];
    for (let m = f * perFile; m < Math.min(models, (f + 1) * perFile); m++) {
      const { generic, owner } = shapes[m];
      lines.push(
        `class Model${m}(Base):`,
        `    """Model number ${m}: one of many alike."""`,
        '',
        `    __tablename__ = "table_${m}"`,
        '    __table_args__ = (',
        `        UniqueConstraint("code", "tenant_id", name="uq_table_${m}_code_tenant"),`,
        `        Index("ix_table_${m}_created_at", "created_at"),`,
        '    )',
        '',
        '    id = Column(Integer, primary_key=True)',
        '    tenant_id = Column(Integer, nullable=False)',
        '    code = Column(String(40), nullable=False)',
        '    email = Column(String(255), unique=True)',
      );
      if (m > 0) lines.push(`    parent_id = Column(Integer, ForeignKey("table_${m - 1}.id", ondelete="CASCADE"), index=True)`);
      if (owner !== null) lines.push(`    owner_id = Column(Integer, ForeignKey("table_${owner}.id"))`);
      for (const column of generic) lines.push(`    ${column.name} = ${column.model}`);
      lines.push('    created_at = Column(DateTime(timezone=True), server_default=func.now(), nullable=False)', '');
      if (m > 0) lines.push(`    parent = relationship("Model${m - 1}", back_populates="children")`);
      if (m + 1 < models) lines.push(`    children = relationship("Model${m + 1}", back_populates="parent", cascade="all, delete-orphan")`);
      lines.push(
        '',
        '    def __repr__(self) -> str:',
        `        return f"<Model${m} id={self.id} code={self.code!r}>"`,
        '',
        '    @property',
        '    def label(self) -> str:',
        '        parts = [self.code, str(self.tenant_id)]',
        '        if self.email:',
        '            parts.append(self.email.lower())',
        '        return " / ".join(p for p in parts if p)',
        '',
        '',
      );
      imports.push(`from .file_${f} import Model${m}`);
    }
    writeFileSync(path.join(modelsDir, `file_${f}.py`), lines.join('\n'));
  }
  writeFileSync(path.join(modelsDir, '__init__.py'), `from .base import Base\n${imports.join('\n')}\n`);

  for (let m = 0; m < models; m++) {
    const { generic, owner } = shapes[m];
    const added = generic[generic.length - 1];
    const created = generic.slice(0, -1);
    const working = `table_${m}_new`;
    const lines = [
      `"""create table_${m}`,
      '',
      `Revision ID: r${m}`,
      `Revises: ${m ? `r${m - 1}` : ''}`,
      `Create Date: 2024-01-01 00:00:${String(m % 60).padStart(2, '0')}.000000`,
      '',
      '"""',
      'from alembic import op',
      'import sqlalchemy as sa',
      'from sqlalchemy.dialects import postgresql',
      '',
      '# revision identifiers, used by Alembic.',
      `revision = "r${m}"`,
      `down_revision = ${m ? `"r${m - 1}"` : 'None'}`,
      'branch_labels = None',
      'depends_on = None',
      '',
      '',
      'def upgrade() -> None:',
      '    # ### commands auto generated by Alembic - please adjust! ###',
      '    op.create_table(',
      `        "${working}",`,
      '        sa.Column("id", sa.Integer(), nullable=False),',
      '        sa.Column("tenant_id", sa.Integer(), nullable=True),',
      '        sa.Column("code_old", sa.String(length=40), nullable=False),',
      '        sa.Column("email", sa.String(length=255), nullable=True),',
    ];
    if (m > 0) lines.push('        sa.Column("parent_id", sa.Integer(), nullable=True),');
    if (owner !== null) lines.push('        sa.Column("owner_id", sa.Integer(), nullable=True),');
    for (const column of created) lines.push(`        ${column.mig},`);
    lines.push(
      '        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),',
      '        sa.Column("legacy_flag", sa.Boolean(), nullable=True),',
    );
    if (m > 0) lines.push(`        sa.ForeignKeyConstraint(["parent_id"], ["table_${m - 1}.id"], ondelete="CASCADE"),`);
    if (owner !== null) lines.push(`        sa.ForeignKeyConstraint(["owner_id"], ["table_${owner}.id"], ),`);
    lines.push(
      `        sa.PrimaryKeyConstraint("id", name="table_${m}_pkey"),`,
      `        sa.UniqueConstraint("email", name="table_${m}_email_key"),`,
      '    )',
      `    op.rename_table("${working}", "table_${m}")`,
      `    op.alter_column("table_${m}", "code_old", new_column_name="code", existing_type=sa.String(length=40), existing_nullable=False)`,
      `    op.add_column("table_${m}", ${added.mig})`,
      `    op.alter_column("table_${m}", "tenant_id", existing_type=sa.Integer(), nullable=False)`,
      `    op.drop_column("table_${m}", "legacy_flag")`,
      `    op.create_unique_constraint("uq_table_${m}_code_tenant", "table_${m}", ["code", "tenant_id"])`,
      `    op.create_index("ix_table_${m}_created_at", "table_${m}", ["created_at"], unique=False)`,
    );
    if (m > 0) lines.push(`    op.create_index(op.f("ix_table_${m}_parent_id"), "table_${m}", ["parent_id"], unique=False)`);
    for (const column of generic) {
      if (column.index) lines.push(`    op.create_index(op.f("ix_table_${m}_${column.name}"), "table_${m}", ["${column.name}"], unique=False)`);
      if (column.unique) lines.push(`    op.create_unique_constraint(op.f("uq_table_${m}_${column.name}"), "table_${m}", ["${column.name}"])`);
    }
    if (m % 10 === 5) {
      lines.push(
        `    op.create_table("scratch_${m}", sa.Column("id", sa.Integer(), nullable=False), sa.Column("note", sa.Text(), nullable=True), sa.PrimaryKeyConstraint("id"))`,
        `    op.create_index("ix_scratch_${m}_note", "scratch_${m}", ["note"], unique=False)`,
        `    op.drop_index("ix_scratch_${m}_note", table_name="scratch_${m}")`,
        `    op.drop_table("scratch_${m}")`,
      );
    }
    lines.push(
      '    # ### end Alembic commands ###',
      '',
      '',
      'def downgrade() -> None:',
      '    # ### commands auto generated by Alembic - please adjust! ###',
      `    op.drop_index("ix_table_${m}_created_at", table_name="table_${m}")`,
      `    op.drop_constraint("uq_table_${m}_code_tenant", "table_${m}", type_="unique")`,
      `    op.drop_table("table_${m}")`,
      '    # ### end Alembic commands ###',
      '',
    );
    writeFileSync(path.join(versions, `${String(m).padStart(4, '0')}_create_table_${m}.py`), lines.join('\n'));
  }
  writeFileSync(
    path.join(root, '.ormlint.yml'),
    'models:\n  orm: sqlalchemy\n  include: ["app/models/**/*.py"]\n  registry: ["app/models/__init__.py"]\nmigrations:\n  kind: alembic\n  include: ["migrations/versions/*.py"]\n',
  );
  return root;
}

/** A Flyway folder of `files` versioned .sql migrations, each doing a few things, no models. */
export function generateSqlCorpus(files) {
  const root = mkdtempSync(path.join(tmpdir(), 'ormlint-bench-sql-'));
  const dir = path.join(root, 'db', 'migration');
  mkdirSync(dir, { recursive: true });
  for (let n = 1; n <= files; n++) {
    const t = `table_${n}`;
    const lines = [`-- ${t}: created, indexed, and its predecessor extended`];
    lines.push(
      `CREATE TABLE ${t} (`,
      '    id bigserial PRIMARY KEY,',
      n > 1 ? `    parent_id bigint REFERENCES table_${n - 1} (id) ON DELETE CASCADE,` : '    parent_id bigint,',
      '    code varchar(40) NOT NULL,',
      '    email varchar(255) UNIQUE,',
      `    status varchar(20) NOT NULL DEFAULT 'new',`,
      '    created_at timestamptz NOT NULL DEFAULT now()',
      ');',
      `CREATE INDEX idx_${t}_parent ON ${t} (parent_id);`,
    );
    if (n > 1) {
      const p = `table_${n - 1}`;
      if (n % 3 === 0) lines.push(`ALTER TABLE ${p} ADD COLUMN note text;`, `ALTER TABLE ${p} RENAME COLUMN note TO remark;`);
      else if (n % 3 === 1) lines.push(`ALTER TABLE ${p} ALTER COLUMN status SET DEFAULT 'open';`, `ALTER TABLE ${p} ADD CONSTRAINT ${p}_code_key UNIQUE (code);`);
      else lines.push(`ALTER TABLE ${p} ALTER COLUMN email SET NOT NULL;`, `COMMENT ON TABLE ${p} IS 'rows of ${p}';`);
    }
    writeFileSync(path.join(dir, `V${n}__create_${t}.sql`), `${lines.join('\n')}\n`);
  }
  writeFileSync(path.join(root, '.ormlint.yml'), 'migrations:\n  kind: sql\n  include: ["db/migration/*.sql"]\n');
  return { root, dir };
}


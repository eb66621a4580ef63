import { describe, expect, it } from 'vitest';
import { readRevisionFile } from '../src/frontends/python/alembic.js';
import type { ColumnSpec, SchemaOperation } from '../src/operations.js';
import { column, extract } from './sqlalchemy-helpers.js';

/**
 * Models and Alembic ops read `sa.Column(...)` arguments through one reader (columnArgs.ts): the
 * same column written the same way on both sides must come out with the same flags, default and
 * foreign key, or the comparison would report drift that is not there.
 */
const COLUMNS: [name: string, args: string][] = [
  ['a', 'sa.String(20), server_default="pending"'],
  ['b', 'sa.String(20), server_default=sa.text("\'pending\'")'],
  ['c', 'sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False'],
  ['d', 'sa.DateTime(timezone=True), server_default=sa.func.now()'],
  ['e', 'sa.Boolean(), server_default=sa.false()'],
  ['f', 'sa.Boolean(), server_default=sa.text("false")'],
  ['g', 'sa.Integer(), server_default="0"'],
  ['h', 'sa.BigInteger(), server_default=sa.text("-1")'],
  ['i', 'sa.Integer(), sa.ForeignKey("users.id", ondelete="cascade", onupdate="no action"), index=True'],
  ['j', 'sa.Text(), unique=True, server_default=None'],
  ['k', 'postgresql.JSONB(), server_default=sa.text("\'{}\'::jsonb")'],
  ['l', 'sa.DateTime(), server_default=sa.func.current_timestamp()'],
];

describe('one reader for Column arguments', () => {
  it('gives models and Alembic ops the same default, flags and foreign key for the same Column', async () => {
    const facts = await extract({
      'app/models.py': `
        import sqlalchemy as sa
        from sqlalchemy.dialects import postgresql
        from sqlalchemy.orm import declarative_base
        Base = declarative_base()
        class User(Base):
            __tablename__ = "users"
            id = sa.Column(sa.Integer, primary_key=True)
        class Thing(Base):
            __tablename__ = "things"
            id = sa.Column(sa.Integer, primary_key=True)
        ${COLUMNS.map(([name, args]) => `    ${name} = sa.Column(${args})`).join('\n        ')}
      `,
    });
    const migration = `from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

revision = "0001"
down_revision = None

def upgrade():
    op.create_table(
        "things",
        sa.Column("id", sa.Integer(), primary_key=True),
${COLUMNS.map(([name, args]) => `        sa.Column("${name}", ${args}),`).join('\n')}
    )
`;
    const { revision, problems } = await readRevisionFile({ path: 'm/0001.py', text: migration }, 'public');
    expect(problems).toEqual([]);
    const create = revision!.operations.find((o): o is Extract<SchemaOperation, { op: 'createTable' }> => o.op === 'createTable')!;
    const fks = create.constraints.filter((c) => c.kind === 'foreignKey');
    for (const [name] of COLUMNS) {
      const model = column(facts, 'public.things', name);
      const spec = create.columns.find((c) => c.name === name) as ColumnSpec;
      expect({ name, default: spec.default ?? null, type: spec.type }).toEqual({ name, default: model.default, type: model.type });
    }
    expect(column(facts, 'public.things', 'd').default).toBe('now()');
    expect(column(facts, 'public.things', 'l').default).toBe('CURRENT_TIMESTAMP');
    expect(column(facts, 'public.things', 'b').default).toBe("'pending'::character varying");
    expect(column(facts, 'public.things', 'j').default).toBeNull();
    expect(column(facts, 'public.things', 'i').foreignKey).toMatchObject({ table: 'public.users', column: 'id', onDelete: 'CASCADE', onUpdate: null });
    expect(fks).toEqual([expect.objectContaining({ columns: ['i'], onDelete: 'CASCADE', onUpdate: null })]);
    expect(facts.problems).toEqual([]);
  });
});

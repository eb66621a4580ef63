import { describe, expect, it } from 'vitest';
import { extract } from './sqlalchemy-helpers.js';

/** Model-side idioms of real projects (zou, tracecat) that were read wrong. */
describe('model idioms', () => {
  it('a class attribute bound to a mixin column is that column (zou: id = BaseMixin.id)', async () => {
    const facts = await extract({
      'app/models.py': `
        from sqlalchemy import Column, Integer, String
        from sqlalchemy.orm import declarative_base

        Base = declarative_base()

        class BaseMixin(object):
            id = Column(Integer, primary_key=True)

        class Entity(Base):
            __tablename__ = "entity"
            id = BaseMixin.id
            name = Column(String(80), nullable=False)
      `,
    });
    const table = facts.schema.tables.get('public.entity')!;
    expect(table.columns.map((c) => [c.name, c.type, c.primaryKey])).toEqual([
      ['id', 'integer', true],
      ['name', 'character varying(80)', false],
    ]);
  });

  it('SQLModel: a field whose annotation includes None is nullable, generic or not (tracecat)', async () => {
    const facts = await extract({
      'app/models.py': `
        from typing import Optional
        from sqlalchemy.dialects.postgresql import JSONB
        from sqlmodel import Field, SQLModel

        class Secret(SQLModel, table=True):
            id: int | None = Field(default=None, primary_key=True)
            tags: dict[str, str] | None = Field(sa_type=JSONB)
            labels: Optional[list[str]] = Field(default=None, sa_type=JSONB)
            name: str
      `,
    });
    const table = facts.schema.tables.get('public.secret')!;
    expect(table.columns.map((c) => [c.name, c.nullable])).toEqual([
      ['id', false],
      ['tags', true],
      ['labels', true],
      ['name', false],
    ]);
  });

  it('SQLModel: a max_length ormlint cannot evaluate leaves the type unknown, not unsized (tracecat)', async () => {
    const facts = await extract({
      'app/models.py': `
        from sqlmodel import Field, SQLModel
        from app import config

        class File(SQLModel, table=True):
            id: int | None = Field(default=None, primary_key=True)
            name: str = Field(max_length=config.MAX_FILENAME_LENGTH)
      `,
    });
    const name = facts.schema.tables.get('public.file')!.columns.find((c) => c.name === 'name')!;
    expect(name.unknown).toContain('type');
    expect(name.nullable).toBe(false);
  });

  it('reads the branch of `if TYPE_CHECKING: ... else: ...` that runs (tracecat)', async () => {
    const facts = await extract({
      'app/models.py': `
        from typing import TYPE_CHECKING
        from sqlmodel import AutoString, Field, SQLModel

        class User(SQLModel, table=True):
            id: int | None = Field(default=None, primary_key=True)
            if TYPE_CHECKING:
                email: str
            else:
                email: str = Field(..., sa_type=AutoString)
      `,
    });
    const table = facts.schema.tables.get('public.user')!;
    expect(table.columns.map((c) => [c.name, c.type])).toEqual([
      ['id', 'integer'],
      ['email', 'character varying'],
    ]);
  });

  it('SQLModel: Column() keywords given through sa_column_kwargs count (tracecat: unique, index)', async () => {
    const facts = await extract({
      'app/models.py': `
        from sqlmodel import AutoString, Field, SQLModel

        class User(SQLModel, table=True):
            id: int | None = Field(default=None, primary_key=True)
            email: str = Field(sa_column_kwargs={"unique": True, "index": True}, nullable=False, sa_type=AutoString)
      `,
    });
    const email = facts.schema.tables.get('public.user')!.columns.find((c) => c.name === 'email')!;
    expect([email.unique, email.index, email.nullable]).toEqual([true, true, false]);
  });
});

describe('model classes built at run time', () => {
  it('reads the table names type(...) may map from the literal parts of __tablename__, and says so once per pattern', async () => {
    const facts = await extract({
      'app/models.py': [
        'from sqlalchemy import Column, Integer',
        'from sqlalchemy.orm import DeclarativeBase, declared_attr',
        '',
        'class Base(DeclarativeBase):',
        '    pass',
        '',
        'class HasEvents:',
        '    @declared_attr',
        '    def events(cls):',
        '        return type(f"{cls.__name__}Event", (Base,), {"__tablename__": f"{cls.__name__.lower()}_events", "id": Column(Integer, primary_key=True)})',
        '',
        'Plain = type("Plain", (object,), {"__tablename__": None})',
        'Named = type("Named", (Base,), {"__tablename__": "named_" + SUFFIX})',
        '',
      ].join('\n'),
    });
    expect(facts.dynamicTables!.map((d) => [d.pattern, d.location.line, d.location.column])).toEqual([['*_events', 10, 72], ['*', 13, 50]]);
    expect(facts.problems.filter((p) => p.cause === 'dynamic-model').map((p) => p.item)).toEqual(['*_events', '*']);
  });
});

describe('indexes on module-level tables (Netflix/lemur)', () => {
  it('ties Index("name", t.c.a, t.c.b) to the Table() bound to t, and keeps a column it lacks unresolved', async () => {
    const facts = await extract({
      'app/models.py': [
        'from sqlalchemy import Column, ForeignKey, Index, Integer, MetaData, Table',
        'metadata = MetaData()',
        'roles_users = Table("roles_users", metadata, Column("user_id", Integer), Column("role_id", Integer))',
        'Index("roles_users_ix", roles_users.c.user_id, roles_users.columns.role_id, unique=True)',
        'Index("bad_ix", roles_users.c.nope)',
        '',
      ].join('\n'),
    });
    const table = facts.schema.tables.get('public.roles_users')!;
    expect(table.indexes.map((i) => [i.name, i.columns, i.unique, i.location?.line])).toEqual([['roles_users_ix', ['user_id', 'role_id'], true, 4]]);
    expect(facts.problems.map((p) => [p.location.line, p.message])).toEqual([[5, '`Index("bad_ix", roles_users.c.nope)` names columns ormlint cannot tie to one model table']]);
  });
});

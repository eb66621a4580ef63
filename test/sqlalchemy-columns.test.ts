import { describe, expect, it } from 'vitest';
import { column, columnFacts, extract, model } from './sqlalchemy-helpers.js';

/** Columns, their types, nullability, defaults, keys and table arguments, as SQLAlchemy builds them. */

function modelFile(body: string, imports = ''): Record<string, string> {
  const indented = body.replace(/^\n/u, '').split('\n').map((l) => `    ${l.trim() === '' ? '' : l.replace(/^ {8}/u, '')}`).join('\n');
  return {
    'app/models.py': `import datetime\nimport enum\nimport uuid\nfrom decimal import Decimal\nfrom typing import List, Optional, Union\nimport sqlalchemy as sa\nfrom sqlalchemy import *\nfrom sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship\nfrom sqlalchemy.dialects import postgresql\nfrom sqlalchemy.dialects.postgresql import ARRAY, INET, JSONB, UUID\n${imports}\nclass Base(DeclarativeBase):\n    pass\n\nclass Color(enum.Enum):\n    RED = 1\n    GREEN = 2\n\nclass Thing(Base):\n    __tablename__ = "things"\n${indented}\n`,
  };
}

describe('Column(...) types and flags', () => {
  it.each([
    ['Column(Integer)', 'integer'],
    ['Column(sa.BigInteger())', 'bigint'],
    ['Column(String)', 'character varying'],
    ['Column(String(50))', 'character varying(50)'],
    ['Column(sa.types.String(length=20))', 'character varying(20)'],
    ['Column(Numeric(10, 2))', 'numeric(10,2)'],
    ['Column(Float)', 'double precision'],
    ['Column(DateTime)', 'timestamp without time zone'],
    ['Column(DateTime(timezone=True))', 'timestamp with time zone'],
    ['Column(Text)', 'text'],
    ['Column(Boolean)', 'boolean'],
    ['Column(JSON)', 'json'],
    ['Column(JSONB)', 'jsonb'],
    ['Column(postgresql.JSONB(astext_type=Text()))', 'jsonb'],
    ['Column(UUID(as_uuid=True))', 'uuid'],
    ['Column(INET)', 'inet'],
    ['Column(ARRAY(Integer))', 'integer[]'],
    ['Column(Enum(Color))', 'color'],
    ['Column(Enum("a", "b", name="letters"))', 'letters'],
    ['Column(LargeBinary)', 'bytea'],
  ])('%s → %s', async (expr, type) => {
    const facts = await extract(modelFile(`id = Column(Integer, primary_key=True)\nvalue = ${expr}`));
    expect(column(facts, 'public.things', 'value').type).toBe(type);
  });

  it('reads name, nullability, keys, index and defaults of Column()', async () => {
    const facts = await extract(modelFile(`
        id = Column(Integer, primary_key=True)
        subject_template = Column("subject", String(200), nullable=False, index=True)
        code = Column(String(10), unique=True)
        email = Column(String(255), unique=True, index=True)
        owner_id = Column(Integer, ForeignKey("users.id", ondelete="cascade"), nullable=False)
        status = Column(String(20), server_default="pending", default="x")
        count = Column(Integer, server_default=text("0"))
        active = Column(Boolean, server_default=sa.false())
        flag = Column(Boolean, server_default=text("true"))
        created = Column(DateTime, server_default=func.now())
        stamp = Column(DateTime, server_default=sa.func.current_timestamp())
    `));
    const table = facts.schema.tables.get('public.things')!;
    expect(table.columns.map(columnFacts)).toEqual([
      { name: 'id', type: 'integer', nullable: false, primaryKey: true, unique: false, index: false, foreignKey: null, default: null },
      { name: 'subject', type: 'character varying(200)', nullable: false, primaryKey: false, unique: false, index: true, foreignKey: null, default: null },
      { name: 'code', type: 'character varying(10)', nullable: true, primaryKey: false, unique: true, index: false, foreignKey: null, default: null },
      { name: 'email', type: 'character varying(255)', nullable: true, primaryKey: false, unique: true, index: true, foreignKey: null, default: null },
      { name: 'owner_id', type: 'integer', nullable: false, primaryKey: false, unique: false, index: false, foreignKey: { table: 'public.users', column: 'id' }, default: null },
      { name: 'status', type: 'character varying(20)', nullable: true, primaryKey: false, unique: false, index: false, foreignKey: null, default: "'pending'::character varying" },
      { name: 'count', type: 'integer', nullable: true, primaryKey: false, unique: false, index: false, foreignKey: null, default: '0' },
      { name: 'active', type: 'boolean', nullable: true, primaryKey: false, unique: false, index: false, foreignKey: null, default: 'false' },
      { name: 'flag', type: 'boolean', nullable: true, primaryKey: false, unique: false, index: false, foreignKey: null, default: 'true' },
      { name: 'created', type: 'timestamp without time zone', nullable: true, primaryKey: false, unique: false, index: false, foreignKey: null, default: 'now()' },
      { name: 'stamp', type: 'timestamp without time zone', nullable: true, primaryKey: false, unique: false, index: false, foreignKey: null, default: 'CURRENT_TIMESTAMP' },
    ]);
    // Python-side default= is not a server default.
    expect(column(facts, 'public.things', 'status').pyDefault).toBe('"x"');
    // Column("db_name", ...): the column is db_name, the location is the attribute.
    expect(column(facts, 'public.things', 'subject').location).toMatchObject({ line: 22, column: 5, endColumn: 21 });
    expect(table.indexes.map((i) => [i.name, i.columns, i.unique])).toEqual([
      ['ix_things_subject', ['subject'], false],
      ['ix_things_email', ['email'], true],
    ]);
    expect(table.uniques.map((u) => [u.name, u.columns])).toEqual([[null, ['code']]]);
    expect(table.foreignKeys.map((f) => [f.name, f.columns, f.refTable, f.refColumns, f.onDelete])).toEqual([[null, ['owner_id'], 'public.users', ['id'], 'CASCADE']]);
    expect(table.primaryKey).toEqual({ name: null, columns: ['id'] });
    expect(column(facts, 'public.things', 'id').generated).toBe('serial');
    expect(facts.schema.enums.size).toBe(0);
  });

  it('records enum types with their values (Python enums by member name)', async () => {
    const facts = await extract(modelFile(`
        id = Column(Integer, primary_key=True)
        color = Column(Enum(Color))
        letter = Column(sa.Enum("a", "b", name="letters"))
    `));
    expect([...facts.schema.enums.values()].map((e) => [e.name, e.values])).toEqual([['color', ['RED', 'GREEN']], ['letters', ['a', 'b']]]);
  });

  it('stores member values instead of names when values_callable is given', async () => {
    const facts = await extract({
      'app/models.py': `
        import enum
        from sqlalchemy import Column, Enum, Integer
        from sqlalchemy.orm import declarative_base
        Base = declarative_base()

        class Status(str, enum.Enum):
            DRAFT = "draft"
            LIVE = "live"

        class Page(Base):
            __tablename__ = "pages"
            id = Column(Integer, primary_key=True)
            status = Column(Enum(Status, values_callable=lambda e: [m.value for m in e]))
      `,
    });
    expect([...facts.schema.enums.values()]).toEqual([{ schema: 'public', name: 'status', values: ['draft', 'live'], location: expect.objectContaining({ line: 13, column: 5 }) }]);
    expect(facts.problems).toEqual([]);
  });

  it('reads Mapped through a module alias (so.Mapped, so.mapped_column)', async () => {
    const facts = await extract({
      'app/models.py': `
        from typing import Optional
        import sqlalchemy as sa
        import sqlalchemy.orm as so

        class Base(so.DeclarativeBase):
            pass

        class User(Base):
            __tablename__ = "users"
            id: so.Mapped[int] = so.mapped_column(primary_key=True)
            name: so.Mapped[Optional[str]] = so.mapped_column(sa.String(64), index=True, unique=True)
      `,
    });
    expect(facts.schema.tables.get('public.users')!.columns.map(columnFacts)).toEqual([
      { name: 'id', type: 'integer', nullable: false, primaryKey: true, unique: false, index: false, foreignKey: null, default: null },
      { name: 'name', type: 'character varying(64)', nullable: true, primaryKey: false, unique: true, index: true, foreignKey: null, default: null },
    ]);
  });

  it('takes the type of a typeless FK column from its target, as SQLAlchemy does', async () => {
    const facts = await extract({
      'app/models.py': `
        from sqlalchemy import BigInteger, Column, ForeignKey
        from sqlalchemy.orm import declarative_base
        Base = declarative_base()
        class User(Base):
            __tablename__ = "users"
            id = Column(BigInteger, primary_key=True)
        class Post(Base):
            __tablename__ = "posts"
            id = Column(BigInteger, primary_key=True)
            user_id = Column(ForeignKey("users.id"))
            editor_id = Column(ForeignKey(User.id))
      `,
    });
    expect(column(facts, 'public.posts', 'user_id').type).toBe('bigint');
    expect(column(facts, 'public.posts', 'editor_id')).toMatchObject({ type: 'bigint', foreignKey: { table: 'public.users', column: 'id' } });
  });

  it('keeps relationships as facts, not columns', async () => {
    const facts = await extract(modelFile(`
        id = Column(Integer, primary_key=True)
        owner = relationship("User", backref="things")
        parts: Mapped[List["Part"]] = relationship(back_populates="thing")
        tags: Mapped[List["Tag"]]
    `));
    expect(facts.schema.tables.get('public.things')!.columns.map((c) => c.name)).toEqual(['id']);
    expect(model(facts, 'Thing').relationships.map((r) => [r.name, r.target])).toEqual([
      ['owner', 'User'],
      ['parts', 'Part'],
    ]);
  });
});

describe('Mapped[...] and mapped_column (SQLAlchemy 2.0)', () => {
  it('infers type and nullability from the annotation', async () => {
    const facts = await extract(modelFile(`
        id: Mapped[int] = mapped_column(primary_key=True)
        name: Mapped[str]
        nick: Mapped[Optional[str]]
        bio: Mapped[str | None] = mapped_column(Text)
        score: Mapped[Union[float, None]]
        forced: Mapped[Optional[int]] = mapped_column(nullable=False)
        price: Mapped[Decimal]
        born: Mapped[datetime.date]
        seen: Mapped[datetime.datetime]
        wait: Mapped[datetime.timedelta]
        blob: Mapped[bytes]
        key: Mapped[uuid.UUID]
        ok: Mapped[bool] = mapped_column(default=True)
        color: Mapped[Color]
        legacy: Mapped[Optional[int]] = Column(Integer, nullable=False)
        plain_col: Mapped[int] = Column(Integer)
    `));
    expect(facts.schema.tables.get('public.things')!.columns.map((c) => [c.name, c.type, c.nullable])).toEqual([
      ['id', 'integer', false],
      ['name', 'character varying', false],
      ['nick', 'character varying', true],
      ['bio', 'text', true],
      ['score', 'double precision', true],
      ['forced', 'integer', false],
      ['price', 'numeric', false],
      ['born', 'date', false],
      ['seen', 'timestamp without time zone', false],
      ['wait', 'interval', false],
      ['blob', 'bytea', false],
      ['key', 'uuid', false],
      ['ok', 'boolean', false],
      ['color', 'color', false],
      ['legacy', 'integer', false],
      // Column() ignores the annotation: nullable by default.
      ['plain_col', 'integer', true],
    ]);
  });

  it('honours the base type_annotation_map', async () => {
    const facts = await extract({
      'app/base.py': `
        import datetime
        from sqlalchemy import DateTime, String
        from sqlalchemy.orm import DeclarativeBase

        class Base(DeclarativeBase):
            type_annotation_map = {str: String(255), datetime.datetime: DateTime(timezone=True)}
      `,
      'app/models.py': `
        from datetime import datetime
        from sqlalchemy.orm import Mapped, mapped_column
        from app.base import Base

        class Event(Base):
            __tablename__ = "events"
            id: Mapped[int] = mapped_column(primary_key=True)
            title: Mapped[str]
            at: Mapped[datetime]
      `,
    });
    expect(facts.schema.tables.get('public.events')!.columns.map((c) => [c.name, c.type])).toEqual([
      ['id', 'integer'],
      ['title', 'character varying(255)'],
      ['at', 'timestamp with time zone'],
    ]);
  });

  it('leaves dict/list annotations without a map entry unresolved', async () => {
    const facts = await extract(modelFile(`
        id: Mapped[int] = mapped_column(primary_key=True)
        data: Mapped[dict]
    `));
    expect(column(facts, 'public.things', 'data').type).toBeNull();
    expect(facts.problems.map((p) => [p.kind, p.location.line])).toEqual([['unresolved', 22]]);
  });
});

describe('__table_args__ and __table__', () => {
  it('reads a tuple of constraints with a trailing options dict', async () => {
    const facts = await extract({
      'app/models.py': `
        from sqlalchemy import CheckConstraint, Column, ForeignKeyConstraint, Index, Integer, PrimaryKeyConstraint, String, UniqueConstraint, text
        from sqlalchemy.orm import declarative_base
        Base = declarative_base()

        class Member(Base):
            __tablename__ = "members"
            __table_args__ = (
                PrimaryKeyConstraint("org_id", "user_id", name="pk_members"),
                UniqueConstraint("org_id", "email", name="uq_members_email"),
                ForeignKeyConstraint(["org_id"], ["crm.orgs.id"], ondelete="CASCADE", name="fk_org"),
                CheckConstraint("age >= 0", name="ck_age"),
                Index("ix_lower_email", text("lower(email)")),
                Index("ix_active", "email", unique=True, postgresql_where=text("age > 0")),
                {"schema": "crm", "comment": "people"},
            )
            org_id = Column(Integer)
            user_id = Column(Integer)
            email = Column(String, index=True)
            age = Column(Integer)
      `,
    });
    expect(model(facts, 'Member').table).toBe('crm.members');
    const table = facts.schema.tables.get('crm.members')!;
    expect(table.primaryKey).toEqual({ name: 'pk_members', columns: ['org_id', 'user_id'] });
    expect(table.columns.map((c) => [c.name, c.nullable, c.primaryKey])).toEqual([
      ['org_id', false, true],
      ['user_id', false, true],
      ['email', true, false],
      ['age', true, false],
    ]);
    expect(table.uniques.map((u) => [u.name, u.columns])).toEqual([['uq_members_email', ['org_id', 'email']]]);
    expect(table.foreignKeys.map((f) => [f.name, f.columns, f.refTable, f.refColumns, f.onDelete])).toEqual([['fk_org', ['org_id'], 'crm.orgs', ['id'], 'CASCADE']]);
    expect(table.checks.map((c) => [c.name, c.expression])).toEqual([['ck_age', 'age >= 0']]);
    // Schema-qualified tables label their columns schema_table_col in default index names.
    expect(table.indexes.map((i) => [i.name, i.columns, i.unique, i.where ?? null])).toEqual([
      ['ix_crm_members_email', ['email'], false, null],
      ['ix_lower_email', ['lower(email)'], false, null],
      ['ix_active', ['email'], true, 'age > 0'],
    ]);
    expect(table.comment).toBe('people');
    expect(table.columns.find((c) => c.name === 'org_id')!.generated).toBeUndefined();
  });

  it('reads a dict-only __table_args__ and the default schema from config', async () => {
    const files = {
      'app/models.py': `
        from sqlalchemy import Column, Integer
        from sqlalchemy.orm import declarative_base
        Base = declarative_base()
        class A(Base):
            __tablename__ = "a"
            __table_args__ = {"schema": "audit"}
            id = Column(Integer, primary_key=True)
        class B(Base):
            __tablename__ = "b"
            id = Column(Integer, primary_key=True)
      `,
    };
    const facts = await extract(files, {}, 'app');
    expect([...facts.schema.tables.keys()]).toEqual(['audit.a', 'app.b']);
    expect(model(facts, 'B').table).toBe('app.b');
  });

  it('leaves the constraints of a table with a computed __table_args__ open, with one notice', async () => {
    const facts = await extract({
      'app/models.py': `
        from sqlalchemy import Column, Integer
        from sqlalchemy.orm import declarative_base
        from app.util import common_args
        Base = declarative_base()
        class A(Base):
            __tablename__ = "a"
            __table_args__ = common_args()
            id = Column(Integer, primary_key=True)
      `,
    });
    expect(facts.problems).toEqual([expect.objectContaining({ kind: 'unresolved', cause: 'computed-table-args', location: expect.objectContaining({ line: 7, column: 22 }) })]);
    expect(facts.problems[0]!.tables).toBeUndefined();
    const table = facts.schema.tables.get('public.a')!;
    expect([table.uncertain, table.openConstraints, table.openColumns]).toEqual([false, true, undefined]);
  });

  it('reads __table__ = Table(...) and module-level association tables', async () => {
    const facts = await extract({
      'app/models.py': `
        from sqlalchemy import Column, ForeignKey, Integer, String, Table
        from sqlalchemy.orm import declarative_base
        Base = declarative_base()

        tags = Table(
            "post_tags",
            Base.metadata,
            Column("post_id", ForeignKey("posts.id"), primary_key=True),
            Column("tag", String(20), primary_key=True),
        )

        class Post(Base):
            __table__ = Table(
                "posts",
                Base.metadata,
                Column("id", Integer, primary_key=True),
                Column("title", String(100), nullable=False),
                schema="blog",
            )
      `,
    });
    expect(model(facts, 'Post')).toMatchObject({ table: 'blog.posts', tableSource: 'table-object' });
    expect(facts.schema.tables.get('blog.posts')!.columns.map((c) => [c.name, c.type, c.nullable])).toEqual([
      ['id', 'integer', false],
      ['title', 'character varying(100)', false],
    ]);
    const assoc = facts.schema.tables.get('public.post_tags')!;
    expect(assoc.primaryKey?.columns).toEqual(['post_id', 'tag']);
    // posts lives in blog, the FK says plain "posts": SQLAlchemy looks for it in the default schema.
    expect(assoc.foreignKeys.map((f) => f.refTable)).toEqual(['public.posts']);
  });
});

describe('what cannot be evaluated statically', () => {
  it('reports a column built by a function, an unknown type and a star-imported name', async () => {
    const facts = await extract({
      'app/types.py': `
        class Integer:
            pass
      `,
      'app/models.py': `
        from sqlalchemy import Column
        from sqlalchemy.orm import declarative_base
        from app.types import Integer
        from app.columns import make_column
        from othermod import *
        Base = declarative_base()

        class A(Base):
            __tablename__ = "a"
            id = Column(Integer, primary_key=True)
            made = make_column("x")
            other = Column(Mystery)
      `,
    });
    expect(column(facts, 'public.a', 'id').type).toBeNull();
    expect(facts.schema.tables.get('public.a')!.columns.map((c) => c.name)).toEqual(['id', 'other']);
    expect(facts.problems.map((p) => [p.kind, p.location.line, p.location.column])).toEqual([
      ['unresolved', 11, 5],
      ['unresolved', 10, 5],
      ['unresolved', 12, 5],
    ]);
    expect(facts.problems[2]!.message).toContain('othermod');
  });
});

describe('names SQLAlchemy generates', () => {
  it('applies a MetaData naming_convention (ix, uq, fk, pk) from the base', async () => {
    const facts = await extract({
      'app/base.py': `
        from sqlalchemy import MetaData
        from sqlalchemy.orm import DeclarativeBase

        convention = {
            "ix": "ix_%(column_0_label)s",
            "uq": "uq_%(table_name)s_%(column_0_name)s",
            "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
            "pk": "pk_%(table_name)s",
        }

        class Base(DeclarativeBase):
            metadata = MetaData(naming_convention=convention)
      `,
      'app/models.py': `
        from sqlalchemy import Column, ForeignKey, Integer, String, UniqueConstraint
        from app.base import Base

        class Account(Base):
            __tablename__ = "accounts"
            __table_args__ = (UniqueConstraint("owner_id", "code"),)
            id = Column(Integer, primary_key=True)
            code = Column(String(10), unique=True)
            owner_id = Column(Integer, ForeignKey("users.id"), index=True)
      `,
    });
    const table = facts.schema.tables.get('public.accounts')!;
    expect(table.primaryKey).toEqual({ name: 'pk_accounts', columns: ['id'] });
    expect(table.uniques.map((u) => [u.name, u.columns])).toEqual([['uq_accounts_code', ['code']], ['uq_accounts_owner_id', ['owner_id', 'code']]]);
    expect(table.indexes.map((i) => i.name)).toEqual(['ix_accounts_owner_id']);
    expect(table.foreignKeys.map((f) => f.name)).toEqual(['fk_accounts_owner_id_users']);
  });

  it('reads declarative_base(metadata=MetaData(naming_convention=...)) and truncates long names like SQLAlchemy', async () => {
    const facts = await extract({
      'app/models.py': `
        from sqlalchemy import Column, Integer, MetaData
        from sqlalchemy.orm import declarative_base
        Base = declarative_base(metadata=MetaData(naming_convention={"uq": "uq_%(table_name)s_%(column_0_N_name)s"}))

        class Thing(Base):
            __tablename__ = "a_rather_long_table_name_for_testing_purposes"
            id = Column(Integer, primary_key=True)
            another_quite_long_column_name = Column(Integer, unique=True)
      `,
    });
    const table = facts.schema.tables.get('public.a_rather_long_table_name_for_testing_purposes')!;
    // The 79-character name becomes its first 55 characters, '_' and the last 4 hex digits of its
    // md5 (checked with Python: hashlib.md5(name).hexdigest()[-4:] == 'c3f3').
    expect(table.uniques[0]!.name).toBe('uq_a_rather_long_table_name_for_testing_purposes_anothe_c3f3');
    expect(table.primaryKey?.name).toBeNull();
  });

  it('attaches Index(...) written after the class to the table of its columns', async () => {
    const facts = await extract({
      'app/models.py': `
        from sqlalchemy import Column, Index, Integer, String
        from sqlalchemy.orm import declarative_base
        Base = declarative_base()

        class User(Base):
            __tablename__ = "users"
            id = Column(Integer, primary_key=True)
            mail = Column("email", String(255))

        Index("ix_users_email_lower", User.mail, unique=True)
        by_id = Index(None, User.id)
      `,
    });
    const table = facts.schema.tables.get('public.users')!;
    expect(table.indexes.map((i) => [i.name, i.columns, i.unique])).toEqual([
      ['ix_users_email_lower', ['email'], true],
      ['ix_users_id', ['id'], false],
    ]);
    expect(column(facts, 'public.users', 'email').unique).toBe(true);
  });
});

describe('type arguments written as constants', () => {
  it('reads a length from a module constant, here or in an imported module, and leaves the type unknown when it cannot', async () => {
    const facts = await extract({
      'app/limits.py': 'NAME_MAX = 80\n',
      'app/models.py': [
        'import sqlalchemy as sa',
        'from sqlalchemy.orm import DeclarativeBase',
        'import app.limits as limits',
        'from app.settings import computed_length',
        'MAX_TAG_LENGTH = 100',
        '',
        'class Base(DeclarativeBase):',
        '    pass',
        '',
        'class Tag(Base):',
        '    __tablename__ = "tag"',
        '    id = sa.Column(sa.Integer, primary_key=True)',
        '    name = sa.Column(sa.Unicode(MAX_TAG_LENGTH), nullable=False)',
        '    label = sa.Column(sa.String(limits.NAME_MAX))',
        '    price = sa.Column(sa.Numeric(MAX_TAG_LENGTH, 2))',
        '    code = sa.Column(sa.String(computed_length()))',
        '',
      ].join('\n'),
    });
    const types = Object.fromEntries(facts.schema.tables.get('public.tag')!.columns.map((c) => [c.name, c.type]));
    expect(types).toEqual({ id: 'integer', name: 'character varying(100)', label: 'character varying(80)', price: 'numeric(100,2)', code: null });
    expect(facts.problems.filter((p) => p.cause === 'unknown-type').map((p) => [p.location.line, p.message])).toEqual([
      [16, 'the argument `computed_length()` of `sa.String` cannot be evaluated statically'],
    ]);
  });
});

describe('server defaults given positionally', () => {
  it('reads Column(type, DefaultClause(x)) as server_default=x and a positional FetchedValue() as an unknown server default (Netflix/lemur)', async () => {
    const facts = await extract(modelFile(`
        id = Column(Integer, primary_key=True)
        logged_at = Column(DateTime, DefaultClause(func.now()), nullable=False)
        status = Column(Text, sa.DefaultClause("new"))
        version = Column(Integer, FetchedValue())
    `));
    const columns = Object.fromEntries(facts.schema.tables.get('public.things')!.columns.map((c) => [c.name, [c.default, c.unknown ?? []]]));
    expect(columns).toEqual({ id: [null, []], logged_at: ['now()', []], status: ["'new'::text", []], version: [null, ['default']] });
  });
});

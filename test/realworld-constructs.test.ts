import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/load.js';
import { run } from '../src/run.js';
import { column, extract, model } from './sqlalchemy-helpers.js';

/**
 * The constructs the realworld projects surfaced, each one pinned on its own: what SQLAlchemy,
 * Flask-SQLAlchemy and Alembic really do with it, so a later change cannot quietly bring back the
 * false positive (or the silent miss) it caused.
 */
const DECLARATIVE = `
  from sqlalchemy.orm import DeclarativeBase
  class Base(DeclarativeBase):
      pass
`;

const problemsAt = (problems: { kind: string; message: string; location: { file: string; line: number; column: number }; tables?: string[] }[]) =>
  problems.map((p) => ({ kind: p.kind, at: `${p.location.file}:${p.location.line}:${p.location.column}`, tables: p.tables ?? [] }));

describe('typeless columns with a foreign key', () => {
  it('take the target column type even under Mapped[int] (SQLAlchemy skips the annotation when column.foreign_keys)', async () => {
    const facts = await extract({
      'app/base.py': DECLARATIVE,
      'app/models.py': `
        from typing import Optional
        from sqlalchemy import BigInteger, ForeignKey, Identity
        from sqlalchemy.orm import Mapped, mapped_column
        from app.base import Base

        class Org(Base):
            __tablename__ = "orgs"
            id: Mapped[int] = mapped_column(BigInteger, Identity(), primary_key=True)
            parent_id: Mapped[Optional[int]] = mapped_column(ForeignKey("orgs.id"))
      `,
    });
    expect(column(facts, 'public.orgs', 'parent_id')).toMatchObject({ type: 'bigint', nullable: true });
    expect(facts.problems).toEqual([]);
  });
});

describe('bare Mapped[...] annotations', () => {
  it('are columns when the type map knows the collection type (dict[str, Any] → JSONB), not relationships', async () => {
    const facts = await extract({
      'app/base.py': `
        from typing import Any
        from sqlalchemy.dialects.postgresql import JSONB
        from sqlalchemy.orm import DeclarativeBase
        class Base(DeclarativeBase):
            type_annotation_map = {dict[str, Any]: JSONB}
      `,
      'app/models.py': `
        from typing import Any, Optional
        from sqlalchemy.orm import Mapped, mapped_column
        from app.base import Base

        class Post(Base):
            __tablename__ = "posts"
            id: Mapped[int] = mapped_column(primary_key=True)
            extra: Mapped[Optional[dict[str, Any]]]
            comments: Mapped[list["Comment"]]
      `,
    });
    expect(facts.schema.tables.get('public.posts')!.columns.map((c) => `${c.name}:${c.type}${c.nullable ? '?' : ''}`)).toEqual(['id:integer', 'extra:jsonb?']);
  });
});

describe('PEP 593 Annotated aliases', () => {
  it('merge the alias mapped_column into the attribute and type it by the alias, then by the wrapped type', async () => {
    const facts = await extract({
      'app/base.py': `
        import datetime
        from typing import Annotated, Optional
        from sqlalchemy import String, func
        from sqlalchemy.orm import DeclarativeBase, mapped_column

        intpk = Annotated[int, mapped_column(primary_key=True)]
        str50 = Annotated[str, 50]
        created = Annotated[datetime.datetime, mapped_column(server_default=func.now())]
        maybe_note = Annotated[Optional[str], mapped_column(String(30))]

        class Base(DeclarativeBase):
            type_annotation_map = {str50: String(50)}
      `,
      'app/models.py': `
        from sqlalchemy.orm import Mapped, mapped_column
        from app.base import Base, created, intpk, maybe_note, str50

        class Item(Base):
            __tablename__ = "items"
            id: Mapped[intpk]
            code: Mapped[str50] = mapped_column(unique=True)
            note: Mapped[maybe_note]
            created_at: Mapped[created] = mapped_column(nullable=True)
      `,
    });
    const columns = facts.schema.tables.get('public.items')!.columns;
    expect(columns.map((c) => [c.name, c.type, c.nullable, c.primaryKey, c.default])).toEqual([
      ['id', 'integer', false, true, null],
      ['code', 'character varying(50)', false, false, null],
      ['note', 'character varying(30)', true, false, null],
      ['created_at', 'timestamp without time zone', true, false, 'now()'],
    ]);
    expect(facts.problems).toEqual([]);
  });
});

describe('Flask-SQLAlchemy', () => {
  it('db.Table("name", db.Column(...)) takes no metadata: its first column is not skipped', async () => {
    const facts = await extract({
      'app/extensions.py': 'from flask_sqlalchemy import SQLAlchemy\ndb = SQLAlchemy()\n',
      'app/models.py': `
        from app.extensions import db

        followers = db.Table(
            "followers",
            db.Column("follower_id", db.Integer, db.ForeignKey("user.id"), primary_key=True),
            db.Column("followed_id", db.Integer, db.ForeignKey("user.id"), primary_key=True),
        )
      `,
    });
    expect(facts.schema.tables.get('public.followers')!.primaryKey?.columns).toEqual(['follower_id', 'followed_id']);
  });

  it('SQLAlchemy(model_class=Base) gives db.Model the type map and naming convention of Base', async () => {
    const facts = await extract({
      'app/db.py': `
        from flask_sqlalchemy import SQLAlchemy
        from sqlalchemy import MetaData, String
        from sqlalchemy.orm import DeclarativeBase

        class Base(DeclarativeBase):
            metadata = MetaData(naming_convention={"uq": "uq_%(table_name)s_%(column_0_name)s"})
            type_annotation_map = {str: String(120)}

        db = SQLAlchemy(model_class=Base)
      `,
      'app/models.py': `
        from sqlalchemy.orm import Mapped, mapped_column
        from app.db import db

        class UserAccount(db.Model):
            id: Mapped[int] = mapped_column(primary_key=True)
            email: Mapped[str] = mapped_column(unique=True)
      `,
    });
    expect(model(facts, 'UserAccount').table).toBe('public.user_account');
    expect(column(facts, 'public.user_account', 'email').type).toBe('character varying(120)');
    expect(facts.schema.tables.get('public.user_account')!.uniques.map((u) => u.name)).toEqual(['uq_user_account_email']);
  });

  it('SQLAlchemy(metadata=MetaData(naming_convention=...)) names the constraints of db.Model tables', async () => {
    const facts = await extract({
      'app/db.py': `
        from flask_sqlalchemy import SQLAlchemy
        from sqlalchemy import MetaData
        db = SQLAlchemy(metadata=MetaData(naming_convention={"fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s"}))
      `,
      'app/models.py': `
        from app.db import db

        class Team(db.Model):
            id = db.Column(db.Integer, primary_key=True)

        class Player(db.Model):
            id = db.Column(db.Integer, primary_key=True)
            team_id = db.Column(db.Integer, db.ForeignKey("team.id"))
      `,
    });
    expect(facts.schema.tables.get('public.player')!.foreignKeys.map((f) => f.name)).toEqual(['fk_player_team_id_team']);
  });
});

describe('naming conventions', () => {
  it('wrap a written name when the template uses %(constraint_name)s, and keep it otherwise', async () => {
    const facts = await extract({
      'app/base.py': `
        from sqlalchemy import MetaData
        from sqlalchemy.orm import DeclarativeBase
        class Base(DeclarativeBase):
            metadata = MetaData(naming_convention={"ck": "ck_%(table_name)s_%(constraint_name)s", "uq": "uq_%(table_name)s_%(column_0_name)s"})
      `,
      'app/models.py': `
        from sqlalchemy import CheckConstraint, UniqueConstraint
        from sqlalchemy.orm import Mapped, mapped_column
        from app.base import Base

        class Stock(Base):
            __tablename__ = "stock"
            __table_args__ = (CheckConstraint("qty >= 0", name="qty_positive"), UniqueConstraint("sku", "qty", name="uq_stock_sku_qty"))
            id: Mapped[int] = mapped_column(primary_key=True)
            sku: Mapped[str]
            qty: Mapped[int]
      `,
    });
    const table = facts.schema.tables.get('public.stock')!;
    expect(table.checks.map((c) => c.name)).toEqual(['ck_stock_qty_positive']);
    expect(table.uniques.map((u) => u.name)).toEqual(['uq_stock_sku_qty']);
  });
});

describe('declarative bases that carry columns and table names', () => {
  const files = {
    'app/base.py': `
      from sqlalchemy import Column, Integer
      from sqlalchemy.ext.declarative import declarative_base, declared_attr

      class CustomBase(object):
          @declared_attr
          def __tablename__(cls):
              return cls.__name__.lower() + "s"

          id = Column(Integer, primary_key=True)

      Base = declarative_base(cls=CustomBase)
    `,
    'app/models.py': `
      from sqlalchemy import Column, ForeignKey, String
      from app.base import Base

      class Author(Base):
          name = Column(String(50))

      class BookCopy(Base):
          author_id = Column(ForeignKey("authors.id"))
    `,
  };

  it('declarative_base(cls=Mixin) makes the mixin a base of every model; cls.__name__.lower() + "s" is evaluated', async () => {
    const facts = await extract(files);
    expect(facts.models.map((m) => [m.className, m.table])).toEqual([
      ['Author', 'public.authors'],
      ['BookCopy', 'public.bookcopys'],
    ]);
    expect(facts.schema.tables.get('public.bookcopys')!.columns.map((c) => `${c.name}:${c.type}`)).toEqual(['id:integer', 'author_id:integer']);
    expect(facts.problems).toEqual([]);
  });

  it('the evaluated name wins over models.tableNaming, which only stands in for names ormlint cannot evaluate', async () => {
    const facts = await extract(files, { tableNaming: 'snake_case' });
    expect(model(facts, 'BookCopy').table).toBe('public.bookcopys');
  });
});

describe('string column references in constraints', () => {
  it('name the column by its key: Column("sku_code", key="sku") with UniqueConstraint("sku")', async () => {
    const facts = await extract({
      'app/base.py': DECLARATIVE,
      'app/models.py': `
        from sqlalchemy import Column, Integer, String, UniqueConstraint
        from app.base import Base

        class Product(Base):
            __tablename__ = "products"
            __table_args__ = (UniqueConstraint("sku"),)
            id = Column(Integer, primary_key=True)
            sku = Column("sku_code", String(40), key="sku")
      `,
    });
    expect(facts.schema.tables.get('public.products')!.uniques.map((u) => u.columns)).toEqual([['sku_code']]);
  });
});

describe('tables reflected from the database', () => {
  it('are uncertain, with one notice each, whatever the spelling', async () => {
    const facts = await extract({
      'app/base.py': DECLARATIVE,
      'app/models.py': `
        from sqlalchemy import Column, Integer, Table, create_engine
        from sqlalchemy.ext.declarative import DeferredReflection
        from app.base import Base

        engine = create_engine("postgresql://localhost/app")
        legacy = Table("legacy", Base.metadata, autoload_with=engine)

        class Reflected(DeferredReflection):
            __abstract__ = True

        class Customer(Reflected, Base):
            __tablename__ = "customers"

        class Vendor(Base):
            __tablename__ = "vendors"
            __table_args__ = {"autoload_with": engine}
            id = Column(Integer, primary_key=True)
      `,
    });
    expect([...facts.schema.tables.values()].map((t) => [t.name, t.uncertain])).toEqual([
      ['customers', true],
      ['vendors', true],
      ['legacy', true],
    ]);
    expect(problemsAt(facts.problems)).toEqual([
      { kind: 'unresolved', at: 'app/models.py:11:7', tables: ['public.customers'] },
      { kind: 'unresolved', at: 'app/models.py:16:23', tables: ['public.vendors'] },
      { kind: 'unresolved', at: 'app/models.py:6:41', tables: ['public.legacy'] },
    ]);
  });
});

describe('model-side notices', () => {
  it('leave a table whose mixin builds an attribute by a call open (columns only in the migrations unreported), never uncertain as a whole', async () => {
    const facts = await extract({
      'app/base.py': DECLARATIVE,
      'app/columns.py': 'def audit_column(): ...\n',
      'app/models.py': `
        from sqlalchemy.orm import Mapped, mapped_column
        from app.base import Base
        from app.columns import audit_column

        class AuditMixin:
            created_by = audit_column()

        class Thing(AuditMixin, Base):
            __tablename__ = "things"
            id: Mapped[int] = mapped_column(primary_key=True)
      `,
    });
    const table = facts.schema.tables.get('public.things')!;
    expect(table.uncertain).toBe(false);
    expect(table.openColumns).toBe(true);
    expect(problemsAt(facts.problems)).toEqual([{ kind: 'unresolved', at: 'app/models.py:6:5', tables: [] }]);
    expect(facts.problems[0]).toMatchObject({ cause: 'computed-attribute', item: 'audit_column()' });
  });

  it('about a type only leave the table checked, with the type left out (a third-party type); a project TypeDecorator types as its impl', async () => {
    const facts = await extract({
      'app/base.py': DECLARATIVE,
      'app/types.py': 'from sqlalchemy.types import CHAR, TypeDecorator\n\nclass GUID(TypeDecorator):\n    impl = CHAR(32)\n',
      'app/models.py': `
        from sqlalchemy import Column, Integer
        from geoalchemy2 import Geometry
        from app.base import Base
        from app.types import GUID

        class Thing(Base):
            __tablename__ = "things"
            id = Column(Integer, primary_key=True)
            token = Column(GUID(), nullable=False)
            email = Column(Geometry("POINT"))
      `,
    });
    const table = facts.schema.tables.get('public.things')!;
    expect(table.uncertain).toBe(false);
    expect(table.columns.map((c) => [c.name, c.type, c.nullable])).toEqual([
      ['id', 'integer', false],
      ['token', 'character(32)', false],
      ['email', null, true],
    ]);
    expect(problemsAt(facts.problems)).toEqual([
      { kind: 'unresolved', at: 'app/models.py:10:5', tables: [] },
    ]);
  });
});

describe('Alembic: ENUM(..., create_type=False).create(bind)', () => {
  it('creates the type with the labels written in the ENUM', async () => {
    const root = path.resolve(__dirname, '../fixtures/realworld/sqlmodel-heroes');
    const result = await run(loadConfig({ configPath: path.join(root, '.ormlint.yml'), cwd: root }));
    expect(result.facts.migratedSchema!.enums.get('public.alignment')?.values).toEqual(['hero', 'villain']);
  });
});

describe('registry modules that import dynamically', () => {
  const models = {
    'app/base.py': DECLARATIVE,
    'app/models/user.py': 'from sqlalchemy import Column, Integer\nfrom app.base import Base\n\nclass User(Base):\n    __tablename__ = "users"\n    id = Column(Integer, primary_key=True)\n',
    'app/models/shop/order.py': 'from sqlalchemy import Column, Integer\nfrom app.base import Base\n\nclass Order(Base):\n    __tablename__ = "orders"\n    id = Column(Integer, primary_key=True)\n',
    'app/models/shop/__init__.py': '',
  };
  const reached = async (init: string) => {
    const facts = await extract({ ...models, 'app/models/__init__.py': init }, { registry: ['app/models/__init__.py'] });
    return { files: facts.registry!.reachableFiles.filter((f) => f.endsWith('.py') && !f.endsWith('__init__.py')).sort(), problems: problemsAt(facts.problems) };
  };

  it('follow the pkgutil.iter_modules(__path__) idiom to the direct submodules', async () => {
    const found = await reached(`
      import importlib, pkgutil
      for _, name, _ in pkgutil.iter_modules(__path__):
          importlib.import_module(f"{__name__}.{name}")
    `);
    expect(found).toEqual({ files: ['app/base.py', 'app/models/user.py'], problems: [] });
  });

  it('follow walk_packages with a relative name to every descendant', async () => {
    const found = await reached(`
      from importlib import import_module
      from pkgutil import walk_packages
      for info in walk_packages(__path__):
          import_module("." + info.name, package=__name__)
    `);
    expect(found).toEqual({ files: ['app/base.py', 'app/models/shop/order.py', 'app/models/user.py'], problems: [] });
  });

  it('follow a literal module name', async () => {
    const found = await reached('import importlib\nimportlib.import_module("app.models.shop.order")\n');
    expect(found).toEqual({ files: ['app/base.py', 'app/models/shop/order.py'], problems: [] });
  });

  it('say so when the module is chosen at run time, and count every model file as imported', async () => {
    const found = await reached('import importlib\nfrom app.settings import MODULES\nfor m in MODULES:\n    importlib.import_module(m)\n');
    expect(found).toEqual({ files: ['app/base.py', 'app/models/shop/order.py', 'app/models/user.py'], problems: [{ kind: 'unresolved', at: 'app/models/__init__.py:4:5', tables: [] }] });
  });
});

describe('sqlalchemy_utils types', () => {
  it('are read as the Postgres types they store, the same way on both sides', async () => {
    const facts = await extract({
      'app/base.py': DECLARATIVE,
      'app/models.py': `
        from sqlalchemy import Column, Integer
        from sqlalchemy_utils import EmailType, URLType, UUIDType, PhoneNumberType
        from app.base import Base

        class Contact(Base):
            __tablename__ = "contacts"
            id = Column(Integer, primary_key=True)
            email = Column(EmailType(120))
            site = Column(URLType)
            ref = Column(UUIDType(binary=False))
            phone = Column(PhoneNumberType("FI", 32))
            raw = Column(UUIDType(native=False))
      `,
    });
    expect(facts.schema.tables.get('public.contacts')!.columns.map((c) => [c.name, c.type])).toEqual([
      ['id', 'integer'],
      ['email', 'character varying(120)'],
      ['site', 'text'],
      ['ref', 'uuid'],
      ['phone', 'character varying(32)'],
      ['raw', null],
    ]);
    expect(problemsAt(facts.problems)).toEqual([{ kind: 'unresolved', at: 'app/models.py:12:5', tables: [] }]);
  });
});

describe('non-native enums built from a Python enum class', () => {
  it('are VARCHAR as long as the longest stored name (or value with values_callable), unless length= is given', async () => {
    const facts = await extract({
      'app/base.py': DECLARATIVE,
      'app/models.py': `
        import enum
        from sqlalchemy import Enum
        from sqlalchemy.orm import Mapped, mapped_column
        from app.base import Base

        class Level(enum.Enum):
            LOW = "l"
            MEDIUM = "m"

        class Task(Base):
            __tablename__ = "tasks"
            id: Mapped[int] = mapped_column(primary_key=True)
            by_name: Mapped[Level] = mapped_column(Enum(Level, native_enum=False))
            by_value: Mapped[Level] = mapped_column(Enum(Level, native_enum=False, values_callable=lambda e: [m.value for m in e]))
            sized: Mapped[Level] = mapped_column(Enum(Level, native_enum=False, length=20))
      `,
    });
    expect(facts.schema.tables.get('public.tasks')!.columns.map((c) => c.type)).toEqual(['integer', 'character varying(6)', 'character varying(1)', 'character varying(20)']);
  });
});

describe('Flask-SQLAlchemy __bind_key__', () => {
  it('puts the table in another database: one notice, the table uncertain, an explicit None stays in the default one', async () => {
    const facts = await extract({
      'app/extensions.py': 'from flask_sqlalchemy import SQLAlchemy\ndb = SQLAlchemy()\n',
      'app/models.py': `
        from app.extensions import db

        class AnalyticsModel(db.Model):
            __abstract__ = True
            __bind_key__ = "analytics"

        class PageView(AnalyticsModel):
            id = db.Column(db.Integer, primary_key=True)

        class Visitor(AnalyticsModel):
            __bind_key__ = None
            id = db.Column(db.Integer, primary_key=True)
      `,
    });
    expect([...facts.schema.tables.values()].map((t) => [t.name, t.uncertain])).toEqual([
      ['page_view', true],
      ['visitor', false],
    ]);
    expect(problemsAt(facts.problems)).toEqual([{ kind: 'unresolved', at: 'app/models.py:7:7', tables: ['public.page_view'] }]);
  });
});

describe('MetaData(schema=...)', () => {
  it('puts every table without its own schema there, unqualified foreign-key targets included', async () => {
    const facts = await extract({
      'app/base.py': `
        from sqlalchemy import MetaData
        from sqlalchemy.orm import DeclarativeBase
        class Base(DeclarativeBase):
            metadata = MetaData(schema="billing")
      `,
      'app/models.py': `
        from sqlalchemy import Column, ForeignKey, Integer, Table
        from sqlalchemy.orm import Mapped, mapped_column
        from app.base import Base

        class Customer(Base):
            __tablename__ = "customers"
            id: Mapped[int] = mapped_column(primary_key=True)

        class Audit(Base):
            __tablename__ = "audits"
            __table_args__ = {"schema": "audit"}
            id: Mapped[int] = mapped_column(primary_key=True)
            customer_id: Mapped[int] = mapped_column(ForeignKey("billing.customers.id"))

        tags = Table("tags", Base.metadata, Column("customer_id", ForeignKey("customers.id"), primary_key=True))
      `,
    });
    expect([...facts.schema.tables.keys()]).toEqual(['billing.customers', 'audit.audits', 'billing.tags']);
    expect(facts.schema.tables.get('billing.tags')!.foreignKeys.map((f) => f.refTable)).toEqual(['billing.customers']);
    expect(column(facts, 'billing.tags', 'customer_id').type).toBe('integer');
    expect(facts.problems).toEqual([]);
  });
});

describe('@declared_attr.directive __tablename__ as an f-string', () => {
  it('is evaluated when every interpolation is string arithmetic on cls.__name__', async () => {
    const facts = await extract({
      'app/base.py': `
        from sqlalchemy.orm import DeclarativeBase, declared_attr

        class Base(DeclarativeBase):
            @declared_attr.directive
            def __tablename__(cls) -> str:
                """Plural, lower-case."""
                return f"{cls.__name__.lower()}s"
      `,
      'app/models.py': `
        from sqlalchemy.orm import Mapped, mapped_column
        from app.base import Base

        class Widget(Base):
            id: Mapped[int] = mapped_column(primary_key=True)
      `,
    });
    expect(model(facts, 'Widget')).toMatchObject({ table: 'public.widgets', tableSource: 'naming-convention' });
    expect(facts.problems).toEqual([]);
  });
});

describe('type_annotation_map with several parameterisations of one generic', () => {
  it('keeps list[int] and list[str] apart, as SQLAlchemy looks generics up as written', async () => {
    const facts = await extract({
      'app/base.py': `
        from typing import Any
        from sqlalchemy import Integer, String
        from sqlalchemy.dialects.postgresql import ARRAY, JSONB
        from sqlalchemy.orm import DeclarativeBase
        class Base(DeclarativeBase):
            type_annotation_map = {list[int]: ARRAY(Integer), list[str]: ARRAY(String(20)), dict[str, Any]: JSONB}
      `,
      'app/models.py': `
        from typing import Any, Optional
        from sqlalchemy.orm import Mapped, mapped_column
        from app.base import Base

        class Sheet(Base):
            __tablename__ = "sheets"
            id: Mapped[int] = mapped_column(primary_key=True)
            scores: Mapped[list[int]]
            labels: Mapped[Optional[list[str]]]
            extra: Mapped[dict[str, Any]]
      `,
    });
    expect(facts.schema.tables.get('public.sheets')!.columns.map((c) => `${c.name}:${c.type}${c.nullable ? '?' : ''}`)).toEqual([
      'id:integer',
      'scores:integer[]',
      'labels:character varying(20)[]?',
      'extra:jsonb',
    ]);
  });
});

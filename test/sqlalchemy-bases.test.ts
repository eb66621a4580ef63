import { describe, expect, it } from 'vitest';
import { column, columnFacts, extract, model } from './sqlalchemy-helpers.js';

/** Which classes are models, through which declarative base, and what table they map. */

const BASE_14 = `
  from sqlalchemy import Column, Integer, String
  from sqlalchemy.orm import declarative_base
  Base = declarative_base()
`;

describe('declarative bases', () => {
  it.each([
    ['sqlalchemy.orm declarative_base()', `from sqlalchemy.orm import declarative_base\nBase = declarative_base()`],
    ['sqlalchemy.ext.declarative declarative_base()', `from sqlalchemy.ext.declarative import declarative_base\nBase = declarative_base()`],
    ['class Base(DeclarativeBase)', `from sqlalchemy.orm import DeclarativeBase\nclass Base(DeclarativeBase):\n    pass`],
    ['registry().generate_base()', `from sqlalchemy.orm import registry\nBase = registry().generate_base()`],
    ['mapper_registry.generate_base()', `from sqlalchemy.orm import registry\nmapper_registry = registry()\nBase = mapper_registry.generate_base()`],
    ['import sqlalchemy.orm as orm', `import sqlalchemy.orm as orm\nBase = orm.declarative_base()`],
  ])('recognises %s', async (_label, baseSource) => {
    const facts = await extract({
      'app/models/base.py': baseSource,
      'app/models/user.py': `
        from sqlalchemy import Column, Integer
        from app.models.base import Base

        class User(Base):
            __tablename__ = "users"
            id = Column(Integer, primary_key=True)
      `,
    });
    expect(facts.models.map((m) => [m.className, m.base, m.table, m.tableSource])).toEqual([['User', 'app.models.base.Base', 'public.users', 'tablename']]);
    expect(model(facts, 'User').location).toEqual({ file: 'app/models/user.py', line: 4, column: 7, endLine: 4, endColumn: 11 });
  });

  it('maps @mapper_registry.mapped classes with the registry as their base', async () => {
    const facts = await extract({
      'app/db.py': `
        from sqlalchemy import Column, Integer
        from sqlalchemy.orm import registry
        mapper_registry = registry()

        @mapper_registry.mapped
        class Item:
            __tablename__ = "items"
            id = Column(Integer, primary_key=True)
      `,
    });
    expect(model(facts, 'Item')).toMatchObject({ base: 'app.db.mapper_registry', table: 'public.items' });
  });

  it('follows bases through re-exports and aliases', async () => {
    const facts = await extract({
      'app/models/base.py': BASE_14,
      'app/models/__init__.py': `from .base import Base`,
      'app/models/orders.py': `
        from sqlalchemy import Column, Integer
        from . import Base as ModelBase

        class Order(ModelBase):
            __tablename__ = "orders"
            id = Column(Integer, primary_key=True)
      `,
      'app/other.py': `
        import app.models as m
        from sqlalchemy import Column, Integer

        class Note(m.Base):
            __tablename__ = "notes"
            id = Column(Integer, primary_key=True)
      `,
    });
    expect(model(facts, 'Order').base).toBe('app.models.base.Base');
    expect(model(facts, 'Note').base).toBe('app.models.base.Base');
  });

  it('treats a configured base as declarative even when built by a helper', async () => {
    const facts = await extract(
      {
        'app/base.py': `
          from app.lib import make_base
          Base = make_base()
          class AppBase:
              pass
        `,
        'app/user.py': `
          from sqlalchemy import Column, Integer
          from app.base import AppBase

          class User(AppBase):
              __tablename__ = "users"
              id = Column(Integer, primary_key=True)
        `,
      },
      { bases: ['app.base.AppBase'] },
    );
    expect(model(facts, 'User').base).toBe('app.base.AppBase');
  });

  it('records a class with a table but an unresolvable base as a model with base null', async () => {
    const facts = await extract({
      'app/user.py': `
        from sqlalchemy import Column, Integer
        from somewhere_else import Base

        class User(Base):
            __tablename__ = "users"
            id = Column(Integer, primary_key=True)

        class Helper(Base):
            pass
      `,
    });
    expect(facts.models.map((m) => [m.className, m.base, m.table])).toEqual([['User', null, 'public.users']]);
  });
});

describe('classes that are not models', () => {
  it('skips enums (even same-named in two files), pydantic schemas, mixins and the base', async () => {
    const facts = await extract({
      'app/models/base.py': BASE_14,
      'app/models/a.py': `
        import enum
        from pydantic import BaseModel
        from sqlalchemy import Column, Integer
        from .base import Base

        class Status(str, enum.Enum):
            NEW = "new"

        class UserSchema(BaseModel):
            id: int

        class AuditMixin:
            audited = Column(Integer)

        class User(Base, AuditMixin):
            __tablename__ = "users"
            id = Column(Integer, primary_key=True)
      `,
      'app/models/b.py': `
        from enum import Enum
        class Status(Enum):
            OLD = "old"
      `,
    });
    expect(facts.models.map((m) => m.className)).toEqual(['User']);
  });

  it('skips the throwaway models an Alembic migration defines for a data fix', async () => {
    const facts = await extract({
      'migrations/versions/005_backfill.py': `
        import sqlalchemy as sa
        from alembic import op
        from sqlalchemy.orm import declarative_base

        revision: str = "005"
        down_revision = "004"
        Base = declarative_base()

        class User(Base):
            __tablename__ = "users"
            id = sa.Column(sa.Integer, primary_key=True)

        def upgrade():
            pass
      `,
    });
    expect(facts.models).toEqual([]);
    expect(facts.schema.tables.size).toBe(0);
  });
});

describe('abstract classes, mixins and inheritance', () => {
  it('copies columns of mixins, @declared_attr and abstract bases into each table', async () => {
    const facts = await extract({
      'app/models.py': `
        from sqlalchemy import Column, DateTime, ForeignKey, Integer, String, func
        from sqlalchemy.orm import declarative_base, declared_attr, mapped_column

        Base = declarative_base()

        class TimestampMixin:
            created_at = Column(DateTime(timezone=True), server_default=func.now(), nullable=False)
            updated_at = mapped_column(DateTime, nullable=True)

        class OwnedMixin:
            @declared_attr
            def owner_id(cls):
                return Column(Integer, ForeignKey("users.id"))

        class Entity(Base):
            __abstract__ = True
            id = Column(Integer, primary_key=True)

        class User(Entity, TimestampMixin):
            __tablename__ = "users"
            name = Column(String(50))

        class Post(Entity, OwnedMixin):
            __tablename__ = "posts"
      `,
    });
    const entity = model(facts, 'Entity');
    expect(entity).toMatchObject({ abstract: true, table: null, tableSource: 'none', base: 'app.models.Base' });
    expect(facts.schema.tables.get('public.users')!.columns.map((c) => c.name)).toEqual(['id', 'created_at', 'updated_at', 'name']);
    expect(columnFacts(column(facts, 'public.users', 'created_at'))).toEqual({
      name: 'created_at', type: 'timestamp with time zone', nullable: false, primaryKey: false, unique: false, index: false, foreignKey: null, default: 'now()',
    });
    expect(column(facts, 'public.posts', 'owner_id')).toMatchObject({ type: 'integer', nullable: true, foreignKey: { table: 'public.users', column: 'id' } });
    // The mixin column is a copy per table: the location is the mixin attribute.
    expect(column(facts, 'public.users', 'created_at').location).toMatchObject({ file: 'app/models.py', line: 7, column: 5 });
  });

  it('puts a subclass without __tablename__ in its parent table (single-table inheritance)', async () => {
    const facts = await extract({
      'app/models.py': `
        from sqlalchemy import Column, ForeignKey, Integer, String
        from sqlalchemy.orm import declarative_base
        Base = declarative_base()

        class Employee(Base):
            __tablename__ = "employees"
            id = Column(Integer, primary_key=True)
            kind = Column(String(20))

        class Manager(Employee):
            reports = Column(Integer)

        class Engineer(Employee):
            __tablename__ = "engineers"
            id = Column(Integer, ForeignKey("employees.id"), primary_key=True)
            language = Column(String(30))
      `,
    });
    expect(model(facts, 'Manager')).toMatchObject({ table: 'public.employees', tableSource: 'inherited', inheritsTableFrom: 'public.employees' });
    expect(model(facts, 'Manager').columns.map((c) => c.name)).toEqual(['reports']);
    expect(facts.schema.tables.get('public.employees')!.columns.map((c) => c.name)).toEqual(['id', 'kind', 'reports']);
    expect(model(facts, 'Engineer')).toMatchObject({ table: 'public.engineers', tableSource: 'tablename' });
    expect(facts.schema.tables.get('public.engineers')!.columns.map((c) => c.name)).toEqual(['id', 'language']);
    expect(column(facts, 'public.engineers', 'id').generated).toBeUndefined();
  });
});

describe('Flask-SQLAlchemy and SQLModel', () => {
  it('maps db.Model classes with db.Column and the automatic snake_case table name', async () => {
    const facts = await extract({
      'app/extensions.py': `
        from flask_sqlalchemy import SQLAlchemy
        db = SQLAlchemy()
      `,
      'app/models.py': `
        from app.extensions import db

        class UserRole(db.Model):
            id = db.Column(db.Integer, primary_key=True)
            name = db.Column(db.String(80), unique=True, nullable=False)

        class Account(db.Model):
            __tablename__ = "accounts"
            id = db.Column(db.Integer, primary_key=True)
            role_id = db.Column(db.Integer, db.ForeignKey("user_role.id"))

        class AdminRole(UserRole):
            level = db.Column(db.Integer)
      `,
    });
    expect(model(facts, 'UserRole')).toMatchObject({ base: 'app.extensions.db.Model', table: 'public.user_role', tableSource: 'naming-convention' });
    expect(model(facts, 'Account').table).toBe('public.accounts');
    expect(model(facts, 'AdminRole')).toMatchObject({ table: 'public.user_role', tableSource: 'inherited' });
    expect(columnFacts(column(facts, 'public.user_role', 'name'))).toMatchObject({ type: 'character varying(80)', nullable: false, unique: true, index: false });
    expect(column(facts, 'public.accounts', 'role_id').foreignKey).toEqual({ table: 'public.user_role', column: 'id', onDelete: null, onUpdate: null });
  });

  it('maps SQLModel classes with table=True only', async () => {
    const facts = await extract({
      'app/heroes.py': `
        from typing import Optional
        from sqlmodel import Field, SQLModel

        class HeroBase(SQLModel):
            name: str = Field(index=True)
            age: Optional[int] = None

        class Hero(HeroBase, table=True):
            id: Optional[int] = Field(default=None, primary_key=True)
            team_id: Optional[int] = Field(default=None, foreign_key="team.id")

        class HeroRead(HeroBase):
            id: int
      `,
    });
    expect(facts.models.map((m) => [m.className, m.base, m.table])).toEqual([['Hero', 'sqlmodel.SQLModel', 'public.hero']]);
    const table = facts.schema.tables.get('public.hero')!;
    expect(table.columns.map((c) => [c.name, c.type, c.nullable])).toEqual([
      ['name', 'character varying', false],
      ['age', 'integer', true],
      ['id', 'integer', false],
      ['team_id', 'integer', true],
    ]);
    expect(table.indexes).toMatchObject([{ name: 'ix_hero_name', columns: ['name'], unique: false }]);
    expect(column(facts, 'public.hero', 'team_id').foreignKey).toMatchObject({ table: 'public.team', column: 'id' });
  });

  it('resolves a @declared_attr __tablename__ through models.tableNaming, else marks it unresolved', async () => {
    const files = {
      'app/base.py': `
        from sqlalchemy.orm import DeclarativeBase, declared_attr
        from app.text import camel_to_snake

        class Base(DeclarativeBase):
            @declared_attr.directive
            def __tablename__(cls) -> str:
                return camel_to_snake(cls.__name__)
      `,
      'app/models.py': `
        from sqlalchemy.orm import Mapped, mapped_column
        from app.base import Base

        class HTTPRequestLog(Base):
            id: Mapped[int] = mapped_column(primary_key=True)
      `,
    };
    const snake = await extract(files, { tableNaming: 'snake_case' });
    expect(model(snake, 'HTTPRequestLog')).toMatchObject({ table: 'public.http_request_log', tableSource: 'naming-convention' });
    const declared = await extract(files);
    expect(model(declared, 'HTTPRequestLog')).toMatchObject({ table: null, tableSource: 'unresolved' });
    expect(declared.problems).toEqual([
      expect.objectContaining({ kind: 'unresolved', location: expect.objectContaining({ file: 'app/models.py', line: 4, column: 7 }) }),
    ]);
    expect(declared.schema.tables.size).toBe(0);
  });
});

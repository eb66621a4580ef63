import { describe, expect, it } from 'vitest';
import { LIBRARIES, libraryType, mixinEffect, runtimeIndexFor } from '../src/catalog/libraries.js';
import { extract } from './sqlalchemy-helpers.js';

/** The library catalog is data; these check that each kind of entry reaches the model schema. */
describe('library catalog', () => {
  it('has one entry per library, and no class listed twice', () => {
    const names = LIBRARIES.map((l) => l.library);
    expect(new Set(names).size).toBe(names.length);
    const classes = LIBRARIES.flatMap((l) => Object.keys(l.mixins ?? {}));
    expect(new Set(classes).size).toBe(classes.length);
  });

  it('answers by qualified name', () => {
    expect(mixinEffect('flask_login.UserMixin')).toEqual({ effect: 'no-columns', library: 'Flask-Login' });
    expect(mixinEffect('authlib.integrations.sqla_oauth2.OAuth2TokenMixin')?.effect).toBe('open');
    expect(mixinEffect('somewhere.Else')).toBeUndefined();
    expect(mixinEffect('typing.Generic')?.effect).toBe('no-columns');
    expect(runtimeIndexFor('make_searchable')).toEqual({ onColumnType: 'tsvector', library: 'SQLAlchemy-Searchable' });
    expect(libraryType('citext.CIText')).toEqual({ base: 'citext' });
    expect(libraryType('sqlalchemy_utils.types.email.EmailType')?.base).toBe('varchar');
    expect(libraryType('sqlalchemy_utils.JSONType')?.base).toBe('json');
  });

  it('a no-columns mixin leaves the column set closed and says nothing; an open one opens it with one notice', async () => {
    const facts = await extract({
      'app/models.py': `
        from authlib.integrations.sqla_oauth2 import OAuth2TokenMixin
        from citext import CIText
        from flask_login import UserMixin
        from sqlalchemy import Column, Integer
        from sqlalchemy.orm import declarative_base

        Base = declarative_base()

        class User(UserMixin, Base):
            __tablename__ = "users"
            id = Column(Integer, primary_key=True)
            email = Column(CIText(), nullable=False)

        class Token(Base, OAuth2TokenMixin):
            __tablename__ = "tokens"
            id = Column(Integer, primary_key=True)
      `,
    });
    const users = facts.schema.tables.get('public.users')!;
    expect([users.openColumns, users.columns.map((c) => c.type)]).toEqual([undefined, ['integer', 'citext']]);
    expect(facts.schema.tables.get('public.tokens')!.openColumns).toBe(true);
    expect(facts.problems.map((p) => [p.cause, p.location.line])).toEqual([['unknown-base', 14]]);
  });

  it('make_searchable() at module level indexes every tsvector column, also from a vendored copy', async () => {
    const facts = await extract({
      'app/search.py': 'def make_searchable(metadata, options=None):\n    pass\n',
      'app/models.py': `
        from sqlalchemy import Column, Integer
        from sqlalchemy.orm import declarative_base
        from sqlalchemy_utils import TSVectorType
        from app.search import make_searchable

        Base = declarative_base()
        make_searchable(Base.metadata)

        class Doc(Base):
            __tablename__ = "docs"
            id = Column(Integer, primary_key=True)
            search_vector = Column(TSVectorType("title"))
      `,
    });
    const column = facts.schema.tables.get('public.docs')!.columns.find((c) => c.name === 'search_vector')!;
    expect([column.type, column.index]).toEqual(['tsvector', true]);
  });
});

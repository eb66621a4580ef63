import { describe, expect, it } from 'vitest';
import { extract } from './sqlalchemy-helpers.js';

/** Modern syntax and broken files must not cost the rest of the project. */

const BASE = `
  from sqlalchemy.orm import declarative_base
  Base = declarative_base()
`;

describe('syntax the models may use', () => {
  it('reads models around 3.12 type aliases, 3.14 except A, B, match and decorators', async () => {
    const facts = await extract({
      'app/base.py': BASE,
      'app/models.py': `
        import functools
        from sqlalchemy import Column, Integer, String
        from app.base import Base

        type UserId = int

        def parse(value):
            try:
                return int(value)
            except ValueError, TypeError:
                return None

        def kind(value):
            match value:
                case {"kind": k}:
                    return k
                case _:
                    return None

        @functools.total_ordering
        class User(Base):
            __tablename__ = "users"
            id = Column(Integer, primary_key=True)

            @property
            def label(self):
                return str(self.id)

        class Post(Base):
            __tablename__ = "posts"
            id = Column(Integer, primary_key=True)
            title = Column(String(20))
      `,
    });
    expect(facts.problems.filter((p) => p.kind === 'parse-error')).toEqual([]);
    expect(facts.models.map((m) => [m.className, m.table, m.location.line])).toEqual([
      ['User', 'public.users', 21],
      ['Post', 'public.posts', 29],
    ]);
  });

  it('reports a syntax error with its line and still reads the rest', async () => {
    const facts = await extract({
      'app/base.py': BASE,
      'app/broken.py': `
        from sqlalchemy import Column, Integer
        from app.base import Base

        class Good(Base):
            __tablename__ = "good"
            id = Column(Integer, primary_key=True)

        def oops(:
            pass

        class After(Base):
            __tablename__ = "after"
            id = Column(Integer, primary_key=True)
      `,
      'app/other.py': `
        from sqlalchemy import Column, Integer
        from app.base import Base

        class Other(Base):
            __tablename__ = "other"
            id = Column(Integer, primary_key=True)
      `,
    });
    const errors = facts.problems.filter((p) => p.kind === 'parse-error');
    expect(errors).toEqual([
      {
        kind: 'parse-error',
        message: 'Python syntax error: tree-sitter could not parse a missing `)`; the rest of the file is still read',
        location: { file: 'app/broken.py', line: 8, column: 10, endLine: 8, endColumn: 10 },
      },
    ]);
    expect([...facts.schema.tables.keys()].sort()).toEqual(['public.after', 'public.good', 'public.other']);
  });
});

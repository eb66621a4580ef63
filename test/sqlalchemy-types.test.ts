import { describe, expect, it } from 'vitest';
import type { SyntaxNode } from '../src/frontends/python/syntaxTree.js';
import { parsePython } from '../src/frontends/python/parser.js';
import { qualifyName, readImports, sqlalchemyType } from '../src/frontends/python/sqlalchemyTypes.js';

/** The last expression of the source, with the imports the source declares. */
async function typeOf(source: string) {
  const tree = await parsePython(source);
  const root = tree.rootNode;
  const last: SyntaxNode = root.namedChildren[root.namedChildCount - 1]!.firstNamedChild!;
  const result = sqlalchemyType(last, source.includes('import') ? readImports(root) : undefined);
  return result;
}

describe('sqlalchemyType', () => {
  it.each([
    ['sa.Integer()', 'integer'],
    ['sa.Integer', 'integer'],
    ['sa.BigInteger()', 'bigint'],
    ['sa.SmallInteger()', 'smallint'],
    ['sa.String(50)', 'character varying(50)'],
    ['sa.String(length=120)', 'character varying(120)'],
    ['sa.String()', 'character varying'],
    ['sa.Unicode(10)', 'character varying(10)'],
    ['sa.Text()', 'text'],
    ['sa.Text', 'text'],
    ['sa.Boolean()', 'boolean'],
    ['sa.Date()', 'date'],
    ['sa.DateTime()', 'timestamp without time zone'],
    ['sa.DateTime(timezone=True)', 'timestamp with time zone'],
    ['sa.Time(timezone=True)', 'time with time zone'],
    ['sa.TIMESTAMP(timezone=True)', 'timestamp with time zone'],
    ['postgresql.TIMESTAMP(precision=6)', 'timestamp(6) without time zone'],
    ['sa.Numeric(10, 2)', 'numeric(10,2)'],
    ['sa.Numeric(precision=12, scale=4)', 'numeric(12,4)'],
    ['sa.Numeric()', 'numeric'],
    ['sa.Float()', 'double precision'],
    ['sa.Float(precision=24)', 'real'],
    ['sa.Float(precision=53)', 'double precision'],
    ['sa.LargeBinary()', 'bytea'],
    ['sa.JSON()', 'json'],
    ['postgresql.JSONB()', 'jsonb'],
    ['postgresql.JSONB(astext_type=sa.Text())', 'jsonb'],
    ['sqlalchemy.dialects.postgresql.JSONB', 'jsonb'],
    ['postgresql.UUID(as_uuid=True)', 'uuid'],
    ['sa.Uuid()', 'uuid'],
    ['postgresql.INET()', 'inet'],
    ['sa.Interval()', 'interval'],
    ['sa.ARRAY(sa.Integer())', 'integer[]'],
    ['postgresql.ARRAY(sa.String(20), dimensions=2)', 'character varying(20)[]'],
    ['sa.CHAR(2)', 'character(2)'],
    ['sa.VARCHAR(length=8)', 'character varying(8)'],
    ['sa.JSON().with_variant(postgresql.JSONB(), "postgresql")', 'jsonb'],
    ['sa.BigInteger().with_variant(sa.Integer(), "sqlite")', 'bigint'],
    ['sa.Enum("a", "b", name="status", native_enum=False)', 'character varying(1)'],
  ])('%s → %s', async (source, expected) => {
    expect(await typeOf(source)).toEqual({ type: expected });
  });

  it('resolves names through the imports', async () => {
    expect(await typeOf('from sqlalchemy import String\nString(30)')).toEqual({ type: 'character varying(30)' });
    expect(await typeOf('from sqlalchemy.dialects.postgresql import JSONB as PJ\nPJ')).toEqual({ type: 'jsonb' });
    expect(await typeOf('import sqlalchemy as s\ns.Text()')).toEqual({ type: 'text' });
    expect(await typeOf('from sqlalchemy.dialects import postgresql as pg\npg.BYTEA()')).toEqual({ type: 'bytea' });
  });

  it('creates a named enum, unless create_type=False', async () => {
    expect(await typeOf('sa.Enum("draft", "sent", name="status")')).toEqual({ type: 'status', createsEnum: { name: 'status', values: ['draft', 'sent'] } });
    expect(await typeOf('postgresql.ENUM("a", name="kind", schema="crm")')).toEqual({ type: 'kind', createsEnum: { name: 'kind', values: ['a'], schema: 'crm' }, enumSchema: 'crm' });
    expect(await typeOf('postgresql.ENUM("a", name="kind", create_type=False)')).toEqual({ type: 'kind', createsEnum: null });
    expect(await typeOf('sa.ARRAY(sa.Enum("x", name="tag"))')).toEqual({ type: 'tag[]', createsEnum: { name: 'tag', values: ['x'] } });
  });

  it('names an enum built from a Python enum class after the class', async () => {
    expect(await typeOf('sa.Enum(OrderStatus)')).toEqual({
      type: 'orderstatus',
      createsEnum: { name: 'orderstatus', values: [] },
      unresolved: 'the values of enum "orderstatus" come from the Python class OrderStatus and are not read',
    });
  });

  it('refuses unknown and dynamic types with a reason', async () => {
    expect(await typeOf('from app.types import GUID2\nGUID2()')).toEqual({ type: null, unresolved: 'the column type `GUID2` is not a SQLAlchemy type ormlint knows' });
    expect(await typeOf('from app.types import Text\nText()')).toEqual({ type: null, unresolved: 'the column type `Text` is not a SQLAlchemy type ormlint knows' });
    expect(await typeOf('types[0]')).toEqual({ type: null, unresolved: 'the type expression `types[0]` cannot be evaluated statically' });
    expect(await typeOf('sa.Enum("a")')).toEqual({ type: null, unresolved: 'a native Enum without name= has no type name on Postgres' });
  });

  it('qualifies dotted names', () => {
    expect(qualifyName('sa.types.Integer')).toBe('sqlalchemy.types.Integer');
    expect(qualifyName('postgresql.JSONB', new Map())).toBe('sqlalchemy.dialects.postgresql.JSONB');
  });
});

describe('readImports', () => {
  it('reads imports in every statement that can hold one, and none from expressions', async () => {
    const source = [
      'import sqlalchemy as sa',
      'try:',
      '    from sqlalchemy.dialects.postgresql import JSONB',
      'except ImportError:',
      '    from sqlalchemy import JSON as JSONB_FALLBACK',
      'finally:',
      '    import alembic.op',
      'if TYPE_CHECKING:',
      '    from app.types import A',
      'elif OTHER:',
      '    from app.types import B',
      'else:',
      '    from app.types import C',
      'for _ in range(1):',
      '    from app.loop import D',
      'while False:',
      '    from app.loop import E',
      'with ctx():',
      '    from app.ctx import F',
      'match x:',
      '    case 1:',
      '        from app.match import G',
      '@decorator',
      'def upgrade():',
      '    from app.fn import H',
      '    class Inner:',
      '        from app.cls import I',
      'value = __import__("ignored")',
      'handler = lambda: None',
    ].join('\n');
    const tree = await parsePython(source);
    const imports = readImports(tree.rootNode);
    expect(Object.fromEntries(imports)).toEqual({
      sa: 'sqlalchemy',
      JSONB: 'sqlalchemy.dialects.postgresql.JSONB',
      JSONB_FALLBACK: 'sqlalchemy.JSON',
      alembic: 'alembic',
      A: 'app.types.A', B: 'app.types.B', C: 'app.types.C', D: 'app.loop.D', E: 'app.loop.E',
      F: 'app.ctx.F', G: 'app.match.G', H: 'app.fn.H', I: 'app.cls.I',
    });
  });
});

/**
 * Column type normalisation: the one table that maps every spelling ormlint meets — SQLAlchemy
 * type classes (`sa.String(50)`, `postgresql.JSONB`), Postgres SQL spellings (`int4`, `VARCHAR(50)`,
 * `timestamptz`) — to Postgres' canonical spelling, the one `format_type()` prints. Models and
 * migrations both go through here, so a type only ever compares equal to itself.
 */

export interface TypeArgs {
  /** Positional numeric arguments / typmods: `String(50)`, `Numeric(10, 2)`, `varchar(50)`. */
  args?: (number | null)[];
  /** `DateTime(timezone=True)`, `timestamptz`. */
  timezone?: boolean;
  /** Array dimensions: `ARRAY(Integer)` or `integer[]`. */
  arrayDims?: number;
}

/** Canonical base names, keyed by lower-cased spelling from either side. */
const CANONICAL: Record<string, string> = {
  // integers
  integer: 'integer', int: 'integer', int4: 'integer', serial: 'integer', serial4: 'integer',
  smallinteger: 'smallint', smallint: 'smallint', int2: 'smallint', smallserial: 'smallint', serial2: 'smallint',
  biginteger: 'bigint', bigint: 'bigint', int8: 'bigint', bigserial: 'bigint', serial8: 'bigint',
  // floats
  float: 'double precision', double: 'double precision', double_precision: 'double precision',
  'double precision': 'double precision', float8: 'double precision',
  real: 'real', float4: 'real', reals: 'real',
  // exact numerics
  numeric: 'numeric', decimal: 'numeric',
  // text
  string: 'character varying', varchar: 'character varying', 'character varying': 'character varying',
  unicode: 'character varying', nvarchar: 'character varying',
  text: 'text', unicodetext: 'text', clob: 'text',
  char: 'character', character: 'character', nchar: 'character', bpchar: 'character',
  // booleans
  boolean: 'boolean', bool: 'boolean',
  // date/time
  datetime: 'timestamp', timestamp: 'timestamp', date: 'date', time: 'time',
  timestamptz: 'timestamp with time zone', timetz: 'time with time zone',
  interval: 'interval',
  // binary, json, misc
  largebinary: 'bytea', binary: 'bytea', bytea: 'bytea', varbinary: 'bytea', blob: 'bytea',
  json: 'json', jsonb: 'jsonb',
  uuid: 'uuid', uuidtype: 'uuid',
  inet: 'inet', cidr: 'cidr', macaddr: 'macaddr', macaddr8: 'macaddr8',
  money: 'money', oid: 'oid', xml: 'xml', tsvector: 'tsvector', tsquery: 'tsquery',
  bit: 'bit', varbit: 'bit varying', 'bit varying': 'bit varying',
  citext: 'citext', hstore: 'hstore',
  int4range: 'int4range', int8range: 'int8range', numrange: 'numrange', tsrange: 'tsrange',
  tstzrange: 'tstzrange', daterange: 'daterange',
  point: 'point', line: 'line', lseg: 'lseg', box: 'box', path: 'path', polygon: 'polygon', circle: 'circle',
};

/** Types whose first argument is a length/precision Postgres keeps in the canonical spelling. */
const TAKES_LENGTH = new Set(['character varying', 'character', 'bit', 'bit varying']);

/** True when the spelling is one ormlint knows (used to tell enums and custom types apart). */
export function isKnownTypeName(name: string): boolean {
  return Object.prototype.hasOwnProperty.call(CANONICAL, name.toLowerCase());
}

/**
 * Canonical Postgres spelling of a type, e.g. `canonicalType('String', { args: [50] })` →
 * `character varying(50)`, `canonicalType('int4')` → `integer`,
 * `canonicalType('DateTime', { timezone: true })` → `timestamp with time zone`.
 * Unknown names (enum types, domains, extensions) come back lower-cased as written, so two sides
 * naming the same enum still compare equal.
 */
export function canonicalType(name: string, opts: TypeArgs = {}): string {
  const raw = name.trim();
  // `pg_catalog.int4`, `sa.types.Integer`: only the last part names the type.
  const last = raw.includes('.') ? raw.slice(raw.lastIndexOf('.') + 1) : raw;
  const lower = last.toLowerCase();
  const args = (opts.args ?? []).filter((a): a is number => typeof a === 'number');
  let base = CANONICAL[lower] ?? (CANONICAL[raw.toLowerCase()] ?? null);
  let out: string;
  if (base === null) {
    // Not a built-in: an enum or a domain. Postgres folds unquoted names, and so do we here.
    out = last;
  } else if (base === 'timestamp' || base === 'time') {
    const tz = opts.timezone === true;
    const p = args.length > 0 ? `(${args[0]})` : '';
    out = `${base}${p} ${tz ? 'with' : 'without'} time zone`;
  } else if (base === 'timestamp with time zone' || base === 'time with time zone') {
    const [b, rest] = base === 'timestamp with time zone' ? ['timestamp', 'with time zone'] : ['time', 'with time zone'];
    out = args.length > 0 ? `${b}(${args[0]}) ${rest}` : base;
  } else if (base === 'numeric') {
    out = args.length >= 2 ? `numeric(${args[0]},${args[1]})` : args.length === 1 ? `numeric(${args[0]},0)` : 'numeric';
  } else if (base === 'double precision' && (lower === 'float' || lower === 'float8' || lower === 'double') && args.length === 1) {
    // SQL float(p): p <= 24 is real, else double precision (SQLAlchemy Float(precision=) likewise).
    out = args[0]! <= 24 ? 'real' : 'double precision';
  } else if (TAKES_LENGTH.has(base)) {
    if (args.length > 0) out = `${base}(${args[0]})`;
    // Bare CHAR is char(1) in Postgres; bare varchar has no limit.
    else out = base === 'character' ? 'character(1)' : base === 'bit' ? 'bit(1)' : base;
  } else if (base === 'interval' || base === 'json' || base === 'jsonb') {
    out = base;
  } else {
    out = base;
  }
  const dims = opts.arrayDims ?? 0;
  // format_type prints every array as one pair of brackets, whatever the declared dimensions.
  return dims > 0 ? `${out}[]` : out;
}

/**
 * Whether two canonical types are the same for drift purposes, honouring configured
 * equivalences (e.g. `[["json", "jsonb"]]`).
 */
export function typesEquivalent(a: string, b: string, equivalences: string[][] = []): boolean {
  if (a === b) return true;
  return equivalences.some((group) => group.includes(a) && group.includes(b));
}

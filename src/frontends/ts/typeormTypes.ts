/**
 * TypeORM's naming strategies and its Postgres type spellings, kept apart so they can be read
 * against TypeORM's sources: naming-strategy/DefaultNamingStrategy.ts, util/StringUtils.ts,
 * driver/postgres/PostgresDriver.ts (normalizeType, createFullType, normalizeDefault) and
 * `typeorm-naming-strategies`' SnakeNamingStrategy. These are string transformations of names,
 * not parsing: they are TypeORM's own, so the names compare equal to what it generates.
 */

/** StringUtils.snakeCase: `UserProfile` → `user_profile`, `HTMLPage` → `html_page`. */
export function snakeCase(text: string): string {
  return text
    .replace(/([A-Z])([A-Z])([a-z])/g, '$1_$2$3')
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase();
}

/** StringUtils.camelCase: `author_id` → `authorId`. */
export function camelCase(text: string): string {
  return text.replace(/^([A-Z])|[\s-_](\w)/g, (_match, p1: string | undefined, p2: string | undefined) => (p2 ? p2.toUpperCase() : p1!.toLowerCase()));
}

/** StringUtils.titleCase: `firstName` → `Firstname` (TypeORM lowercases the rest of each word). */
function titleCase(text: string): string {
  return text.replace(/\w\S*/g, (word) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase());
}

/** The parts of a naming strategy that decide table and column names. */
export interface NamingStrategy {
  name: 'default' | 'snake';
  tableName(className: string, given: string | null): string;
  columnName(propertyName: string, given: string | null, embeddedPrefixes: string[]): string;
  joinColumnName(relationName: string, referencedColumnName: string): string;
  joinTableName(firstTable: string, secondTable: string, firstProperty: string): string;
  joinTableColumnName(tableName: string, propertyName: string, columnName: string | null): string;
}

export const defaultNamingStrategy: NamingStrategy = {
  name: 'default',
  tableName: (className, given) => given || snakeCase(className),
  columnName: (propertyName, given, prefixes) => {
    const name = given || propertyName;
    return prefixes.length > 0 ? camelCase(prefixes.join('_')) + titleCase(name) : name;
  },
  joinColumnName: (relationName, referenced) => camelCase(`${relationName}_${referenced}`),
  joinTableName: (first, second, property) => snakeCase(`${first}_${property.replace(/\./g, '_')}_${second}`),
  joinTableColumnName: (table, property, column) => camelCase(`${table}_${column || property}`),
};

/** typeorm-naming-strategies' SnakeNamingStrategy (v4). */
export const snakeNamingStrategy: NamingStrategy = {
  name: 'snake',
  tableName: (className, given) => given || snakeCase(className),
  columnName: (propertyName, given, prefixes) => snakeCase([...prefixes, ''].join('_')) + (given || snakeCase(propertyName)),
  joinColumnName: (relationName, referenced) => snakeCase(`${relationName}_${referenced}`),
  joinTableName: (first, second, property) => snakeCase(`${first}_${property.replace(/\./g, '_')}_${second}`),
  joinTableColumnName: (table, property, column) => snakeCase(`${table}_${column || property}`),
};

/** What TypeORM reflects from a property's TS type (emitDecoratorMetadata): its design type. */
export type DesignType = 'String' | 'Number' | 'Boolean' | 'Date' | 'Object' | 'Array' | 'Buffer';

/**
 * PostgresDriver.normalizeType: the type a column gets from its `type` option or design type.
 * Returns TypeORM's name for it (which may still need length/precision), or null for an unknown.
 */
export function normalizeType(type: string | DesignType): string | null {
  switch (type) {
    case 'Number': case 'int': case 'int4': return 'integer';
    case 'String': case 'varchar': return 'character varying';
    case 'Date': case 'timestamp': return 'timestamp without time zone';
    case 'timestamptz': return 'timestamp with time zone';
    case 'time': return 'time without time zone';
    case 'timetz': return 'time with time zone';
    case 'Boolean': case 'bool': return 'boolean';
    case 'simple-array': case 'simple-json': return 'text';
    case 'simple-enum': return 'enum';
    case 'int2': return 'smallint';
    case 'int8': return 'bigint';
    case 'decimal': return 'numeric';
    case 'float8': case 'float': return 'double precision';
    case 'float4': return 'real';
    case 'char': return 'character';
    case 'varbit': return 'bit varying';
    case 'Buffer': return 'bytea';
    case 'Object': case 'Array': return null; // TypeORM: "Data type Object is not supported"
    default: return KNOWN_TYPES.has(type) ? type : null;
  }
}

/** The Postgres types TypeORM's driver accepts (PostgresDriver.supportedDataTypes), less the aliases above. */
const KNOWN_TYPES = new Set([
  'smallint', 'integer', 'bigint', 'numeric', 'real', 'double precision', 'money', 'character varying', 'character', 'text',
  'citext', 'hstore', 'bytea', 'bit', 'bit varying', 'timestamp without time zone', 'timestamp with time zone', 'date',
  'time without time zone', 'time with time zone', 'interval', 'boolean', 'enum', 'point', 'line', 'lseg', 'box', 'path',
  'polygon', 'circle', 'cidr', 'inet', 'macaddr', 'macaddr8', 'tsvector', 'tsquery', 'uuid', 'xml', 'json', 'jsonb',
  'jsonpath', 'int4range', 'int8range', 'numrange', 'tsrange', 'tstzrange', 'daterange', 'int4multirange',
  'int8multirange', 'nummultirange', 'tsmultirange', 'tstzmultirange', 'datemultirange', 'geometry', 'geography',
  'cube', 'ltree', 'vector', 'halfvec', 'dec', 'double', 'timestamp with local time zone',
]);

/** PostgresDriver.createFullType: the SQL spelling with length / precision / scale and `array`. */
export function fullType(type: string, opts: { length?: string | null; precision?: number | null; scale?: number | null; array?: boolean }): string {
  let out = type;
  if (opts.length) out += `(${opts.length})`;
  else if (opts.precision != null && opts.scale != null) out += `(${opts.precision},${opts.scale})`;
  else if (opts.precision != null) out += `(${opts.precision})`;
  const p = opts.precision != null ? `(${opts.precision})` : '';
  if (type === 'time without time zone') out = `TIME${p}`;
  else if (type === 'time with time zone') out = `TIME${p} WITH TIME ZONE`;
  else if (type === 'timestamp without time zone') out = `TIMESTAMP${p}`;
  else if (type === 'timestamp with time zone') out = `TIMESTAMP${p} WITH TIME ZONE`;
  if (opts.array) out += ' array';
  return out;
}

/**
 * PostgresDriver.normalizeDatetimeFunction: what a `default: () => "CURRENT_TIMESTAMP"` becomes;
 * any other function default is written as returned.
 */
export function datetimeFunctionDefault(value: string): string {
  const upper = value.toUpperCase();
  const precision = /\(\d+\)/.exec(value)?.[0];
  if (upper.includes('CURRENT_TIMESTAMP')) return precision ? `('now'::text)::timestamp${precision} with time zone` : 'now()';
  if (upper === 'CURRENT_DATE') return "('now'::text)::date";
  if (upper.includes('CURRENT_TIME')) return precision ? `('now'::text)::time${precision} with time zone` : "('now'::text)::time with time zone";
  if (upper.includes('LOCALTIMESTAMP')) return precision ? `('now'::text)::timestamp${precision} without time zone` : "('now'::text)::timestamp without time zone";
  if (upper.includes('LOCALTIME')) return precision ? `('now'::text)::time${precision} without time zone` : "('now'::text)::time without time zone";
  return value;
}

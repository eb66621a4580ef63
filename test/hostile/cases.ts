/**
 * The hostile corpus: input a linter meets in the wild (or from an attacker's pull request), as
 * data. Each case is a healthy project (projects.ts) plus the files below; corpus.test.ts runs each
 * through the bundled CLI (some also through the bundled Action) and checks, besides what a case
 * expects: no crash (exit 0/1; 2 only for a broken config, with file:line), the planted finding
 * kept, nothing read or written outside the root, bounded time and memory.
 */
import { model, revision, USER_MODEL, type ProjectFiles } from './projects.js';

export interface ExpectedFinding {
  ruleId: string;
  file: string;
  line?: number;
  column?: number;
  message?: RegExp;
}

export interface HostileCase {
  name: string;
  /** The issue item or category the case stands for. */
  covers: string;
  /** The healthy project it starts from (default: Python models + Alembic). */
  base?: 'alembic' | 'sql';
  /** Files added to the project or replacing its own. */
  files?: ProjectFiles | (() => ProjectFiles);
  /** Symbolic links to create: path in the project → link target as written. */
  links?: Record<string, string>;
  expect?: {
    /** Default 1 (the planted finding is an error). */
    exit?: 0 | 1 | 2;
    /** false when the case removes the planted finding on purpose (say why in `covers`). */
    healthy?: false;
    findings?: ExpectedFinding[];
    /** Findings that must not appear (a wrong position, a silent fallback). */
    absent?: ExpectedFinding[];
    /** For exit 2: what stderr must say. */
    stderr?: RegExp;
    /** Wall-clock bound for the CLI run (default 8 s, generous for a loaded 2-core machine). */
    maxMs?: number;
    /** The report (JSON) stays under this many bytes (default 1 MB). */
    maxOutputBytes?: number;
  };
  /** Heap limit for the CLI process (default 256 MB): a run that needs more fails the case. */
  heapMb?: number;
  /** Also run through the bundled Action against a fake GitHub API. */
  action?: boolean;
}

const deep = (open: string, inner: string, close: string, levels: number) => open.repeat(levels) + inner + close.repeat(levels);
const bytes = (...values: number[]) => Buffer.from(values);
const utf16 = (text: string, bom: boolean, bigEndian = false) => {
  const le = Buffer.from(text, 'utf16le');
  const body = bigEndian ? Buffer.from(le.map((_, i) => le[i ^ 1]!)) : le;
  return Buffer.concat([bom ? (bigEndian ? bytes(0xfe, 0xff) : bytes(0xff, 0xfe)) : Buffer.alloc(0), body]);
};
const parseError = (file: string, line?: number, message?: RegExp): ExpectedFinding => ({ ruleId: 'parse-error', file, line, message });
const notice = (file: string, line?: number, message?: RegExp): ExpectedFinding => ({ ruleId: 'unresolved', file, line, message });
const M = 'app/models';
const V = 'migrations/versions';
const S = 'db/migrations';
/** A second, valid model with a table no migration creates: a finding that must also survive. */
const orderModel = (extra = '') => model('Order', 'orders', extra);
const withRegistry = (...modules: string[]) => ({ [`${M}/__init__.py`]: `from .user import User\n${modules.map((m) => `from .${m} import *\n`).join('')}` });

export const HOSTILE_CASES: HostileCase[] = [
  // --- Python syntax errors: start, middle, end, truncated ------------------------------------
  {
    name: 'models: syntax error on the first line',
    covers: 'syntax errors at start',
    files: { [`${M}/broken.py`]: `)))( def\n${orderModel()}`, ...withRegistry('broken') },
    expect: { findings: [parseError(`${M}/broken.py`, 1)] },
  },
  {
    name: 'models: syntax error in the middle of a class',
    covers: 'syntax errors in the middle',
    files: { [`${M}/order.py`]: orderModel('    total = Column(Integer,, nullable=False)\n    note = Column(Integer)\n'), ...withRegistry('order') },
    expect: { findings: [parseError(`${M}/order.py`, 9)] },
  },
  {
    name: 'models: file truncated inside a call',
    covers: 'truncated',
    files: { [`${M}/order.py`]: `${orderModel()}    total = Column(Integer, nullable=` , ...withRegistry('order') },
    expect: { findings: [parseError(`${M}/order.py`)] },
  },
  {
    name: 'models: unterminated triple-quoted string',
    covers: 'truncated',
    files: { [`${M}/order.py`]: `${orderModel()}    """never closed\n    x = 1\n`, ...withRegistry('order') },
    expect: { findings: [parseError(`${M}/order.py`)] },
  },
  {
    name: 'models: Python 2 print statement and backticks',
    covers: 'syntax errors',
    files: { [`${M}/legacy.py`]: 'print "hello"\nx = `1`\nexec "x = 2"\n' },
  },
  {
    name: 'models: a JSON document named .py',
    covers: 'not Python at all',
    files: { [`${M}/data.py`]: JSON.stringify({ models: [{ name: 'x', columns: Array.from({ length: 200 }, (_, i) => `c${i}`) }] }) },
  },
  {
    name: 'models: an HTML page named .py',
    covers: 'HTML',
    files: { [`${M}/page.py`]: '<!doctype html><html><body><script>alert(1)</script><h1>@here **bold**</h1></body></html>\n' },
  },
  {
    name: 'migration: syntax error on the first line',
    covers: 'syntax errors at start',
    files: { [`${V}/0002_broken.py`]: `}}} oops\n${revision('0002', '0001', '    op.create_table("orders", sa.Column("id", sa.Integer()))\n')}` },
    expect: { findings: [parseError(`${V}/0002_broken.py`, 1)] },
  },
  {
    name: 'migration: syntax error inside upgrade()',
    covers: 'syntax errors in the middle',
    files: { [`${V}/0002_broken.py`]: revision('0002', '0001', '    op.add_column("orders", sa.Column("x", sa.Integer(),, ))\n    op.create_table("orders", sa.Column("id", sa.Integer()))\n') },
    expect: { findings: [parseError(`${V}/0002_broken.py`, 9), { ruleId: 'orphan-table', file: `${V}/0002_broken.py`, line: 10 }] },
  },
  {
    name: 'migration: truncated after down_revision',
    covers: 'truncated, syntax errors at end',
    files: { [`${V}/0002_cut.py`]: 'from alembic import op\nrevision = "0002"\ndown_revision = "0001"\n\ndef upgrade():\n    op.create_table("orders",' },
    expect: { findings: [parseError(`${V}/0002_cut.py`)] },
  },
  {
    name: 'migration: mixed tabs and spaces',
    covers: 'syntax errors',
    files: { [`${V}/0002_tabs.py`]: revision('0002', '0001', '    if True:\n\top.create_table("orders", sa.Column("id", sa.Integer()))\n        pass\n') },
  },

  // --- Bytes: binary, invalid UTF-8, BOMs, UTF-16, NUL ------------------------------------------
  {
    name: 'models: random binary without NUL bytes',
    covers: 'binary',
    files: { [`${M}/blob.py`]: Buffer.from(Array.from({ length: 4096 }, (_, i) => ((i * 7919 + 13) % 255) + 1)) },
  },
  {
    name: 'models: invalid UTF-8 in a comment and a string',
    covers: 'invalid UTF-8',
    files: { [`${M}/order.py`]: Buffer.concat([Buffer.from('# caf'), bytes(0xe9, 0xff, 0xc3), Buffer.from(`\n${orderModel('    label = Column(Integer, comment="')}`), bytes(0x80, 0xbf), Buffer.from('")\n')]), ...withRegistry('order') },
    expect: { findings: [{ ruleId: 'missing-migration', file: `${M}/order.py`, line: 7, column: 7 }] },
  },
  {
    name: 'models: UTF-8 byte-order mark',
    covers: 'BOMs',
    files: { [`${M}/order.py`]: Buffer.concat([bytes(0xef, 0xbb, 0xbf), Buffer.from(orderModel())]), ...withRegistry('order') },
    expect: { findings: [{ ruleId: 'missing-migration', file: `${M}/order.py`, line: 6, column: 7 }] },
  },
  {
    name: 'migration: UTF-8 byte-order mark',
    covers: 'BOMs',
    files: { [`${V}/0002_bom.py`]: Buffer.concat([bytes(0xef, 0xbb, 0xbf), Buffer.from(revision('0002', '0001', '    op.create_table("orders", sa.Column("id", sa.Integer()))\n'))]) },
    expect: { findings: [{ ruleId: 'orphan-table', file: `${V}/0002_bom.py`, line: 9, column: 5 }] },
  },
  {
    name: 'SQL: UTF-8 byte-order mark',
    covers: 'BOMs',
    base: 'sql',
    files: { [`${S}/V2__orders.sql`]: Buffer.concat([bytes(0xef, 0xbb, 0xbf), Buffer.from('CREATE TABLE orders (id integer);\n')]) },
    expect: { findings: [{ ruleId: 'orphan-table', file: `${S}/V2__orders.sql`, line: 1, column: 1 }] },
  },
  {
    name: 'models: UTF-16 LE with byte-order mark',
    covers: 'UTF-16: name the encoding',
    files: { [`${M}/wide.py`]: utf16(orderModel(), true) },
    expect: { findings: [parseError(`${M}/wide.py`, 1, /encoded as UTF-16 \(little-endian\)/)] },
  },
  {
    name: 'migration: UTF-16 BE with byte-order mark',
    covers: 'UTF-16: name the encoding',
    files: { [`${V}/0002_wide.py`]: utf16(revision('0002', '0001'), true, true) },
    expect: { findings: [parseError(`${V}/0002_wide.py`, 1, /UTF-16 \(big-endian\)/)] },
  },
  {
    name: 'SQL: UTF-16 LE without byte-order mark',
    covers: 'UTF-16: name the encoding',
    base: 'sql',
    files: { [`${S}/V2__wide.sql`]: utf16('CREATE TABLE orders (id integer);\n', false) },
    expect: { findings: [parseError(`${S}/V2__wide.sql`, 1, /UTF-16 \(little-endian, no byte-order mark\)/)] },
  },
  {
    name: 'models: a NUL byte on line 3',
    covers: 'NUL bytes: give the line',
    files: { [`${M}/nul.py`]: 'x = 1\ny = 2\nz = "a\0b"\n' },
    expect: { findings: [parseError(`${M}/nul.py`, 3, /NUL byte at line 3, column 7/)] },
  },
  {
    name: 'SQL: a NUL byte on line 2',
    covers: 'NUL bytes: give the line',
    base: 'sql',
    files: { [`${S}/V2__nul.sql`]: 'CREATE TABLE orders (id integer);\n-- \0\n' },
    expect: { findings: [parseError(`${S}/V2__nul.sql`, 2, /NUL byte at line 2, column 4/)] },
  },
  {
    name: 'models: empty and whitespace-only files',
    covers: 'degenerate files',
    files: { [`${M}/empty.py`]: '', [`${M}/blank.py`]: '\n\n   \n\t\n' },
    expect: { exit: 1 },
  },

  // --- Line endings -----------------------------------------------------------------------------
  {
    name: 'models: CR-only line endings',
    covers: 'CR-only Python: no spurious parse errors, the finding kept at its line',
    files: { [`${M}/order.py`]: orderModel('    total = Column(Integer)\n').replace(/\n/gu, '\r'), ...withRegistry('order') },
    expect: {
      findings: [{ ruleId: 'missing-migration', file: `${M}/order.py`, line: 6, column: 7 }],
      absent: [{ ruleId: 'parse-error', file: `${M}/order.py` }],
    },
  },
  {
    name: 'migration: CR-only line endings',
    covers: 'CR-only Python',
    files: { [`${V}/0002_cr.py`]: revision('0002', '0001', '    op.create_table("orders", sa.Column("id", sa.Integer()))\n').replace(/\n/gu, '\r') },
    expect: { findings: [{ ruleId: 'orphan-table', file: `${V}/0002_cr.py`, line: 9, column: 5 }], absent: [{ ruleId: 'parse-error', file: `${V}/0002_cr.py` }] },
  },
  {
    name: 'SQL: CR-only line endings',
    covers: 'CR-only SQL positions (was 1:362 for 10:5)',
    base: 'sql',
    files: { [`${S}/V2__cr.sql`]: '-- orders\r\r\r\r\r\r\r\r\rCREATE TABLE orders (id integer);\r    CREATE TABLE x (;\r' },
    expect: { findings: [{ ruleId: 'orphan-table', file: `${S}/V2__cr.sql`, line: 10, column: 1 }, parseError(`${S}/V2__cr.sql`, 11)] },
  },
  {
    name: 'models and SQL: CRLF and mixed line endings',
    covers: 'line endings',
    base: 'sql',
    files: {
      [`${M}/order.py`]: orderModel().replace(/\n/gu, '\r\n'),
      ...withRegistry('order'),
      [`${S}/V2__mixed.sql`]: 'CREATE TABLE a (id integer);\r\nCREATE TABLE b (id integer);\rCREATE TABLE c (id integer);\n',
    },
    expect: { findings: [{ ruleId: 'missing-migration', file: `${M}/order.py`, line: 6 }, { ruleId: 'orphan-table', file: `${S}/V2__mixed.sql`, line: 3, column: 1 }] },
  },

  // --- Deep nesting -----------------------------------------------------------------------------
  {
    name: 'migration: a 5,000-deep list in upgrade()',
    covers: 'deep nesting',
    files: { [`${V}/0002_deep.py`]: revision('0002', '0001', `    rows = ${deep('[', '1', ']', 5000)}\n    op.create_table("orders", sa.Column("id", sa.Integer()))\n`) },
    // The list is data that upgrade() never hands to an op: it is not read deeply at all.
    expect: { findings: [{ ruleId: 'orphan-table', file: `${V}/0002_deep.py`, line: 10, column: 5 }] },
  },
  {
    name: 'models: 10,000 nested parentheses in a Column type',
    covers: 'deep nesting',
    files: { [`${M}/order.py`]: orderModel(`    total = Column(${deep('(', 'Integer', ')', 10000)}, nullable=False)\n`), ...withRegistry('order') },
    expect: { findings: [{ ruleId: 'missing-migration', file: `${M}/order.py`, line: 6 }] },
  },
  {
    name: 'models: 10,000 nested parentheses in the registry module',
    covers: 'deep nesting',
    files: { [`${M}/__init__.py`]: `from .user import User\n\nSETTINGS = ${deep('(', '1', ')', 10000)}\n` },
    expect: { findings: [notice(`${M}/__init__.py`, 3, /nests deeper than 200/)] },
  },
  {
    name: 'models: a 10,000-long attribute chain',
    covers: 'deep nesting',
    files: { [`${M}/order.py`]: orderModel(`    total = Column(sa${'.x'.repeat(10000)}, nullable=False)\n`), ...withRegistry('order') },
    expect: { findings: [{ ruleId: 'missing-migration', file: `${M}/order.py`, line: 6 }] },
  },
  {
    name: 'models: a 10,000-term sum and a 3,000-deep dict',
    covers: 'deep nesting',
    files: { [`${M}/order.py`]: orderModel(`    total = Column(Integer, default=${Array.from({ length: 10000 }, () => '1').join(' + ')})\n    meta = ${deep('{"a": ', '1', '}', 3000)}\n`), ...withRegistry('order') },
    expect: { findings: [{ ruleId: 'missing-migration', file: `${M}/order.py`, line: 6 }] },
  },
  {
    name: 'migration: a 10,000-long method chain inside op.execute',
    covers: 'deep nesting',
    files: { [`${V}/0002_chain.py`]: revision('0002', '0001', `    op.execute(sa.text("select 1")${'.where(1)'.repeat(10000)})\n    op.create_table("orders", sa.Column("id", sa.Integer()))\n`) },
    // A SELECT changes no schema: the chain around it is not walked, so nothing nests too deep.
    expect: { findings: [{ ruleId: 'orphan-table', file: `${V}/0002_chain.py`, line: 10, column: 5 }] },
  },
  {
    name: 'migration: 150 nested if statements in upgrade()',
    covers: 'deep nesting (statements)',
    files: { [`${V}/0002_ifs.py`]: revision('0002', '0001', `${Array.from({ length: 150 }, (_, i) => `${'    '.repeat(i + 1)}if x:\n`).join('')}${'    '.repeat(151)}op.create_table("orders", sa.Column("id", sa.Integer()))\n`) },
  },
  {
    name: 'models: a 3,000-level mixin chain (valid Python)',
    covers: 'deep nesting: 3,000-level mixin chain',
    files: {
      [`${M}/mixins.py`]: `from sqlalchemy import Column, Integer\n\nfrom .user import Base\n\n\nclass M0:\n    created = Column(Integer)\n\n\n${Array.from({ length: 3000 }, (_, i) => `class M${i + 1}(M${i}):\n    pass\n`).join('')}\n\nclass Order(M3000, Base):\n    __tablename__ = "orders"\n    id = Column(Integer, primary_key=True)\n`,
      ...withRegistry('mixins'),
    },
    expect: { findings: [{ ruleId: 'missing-migration', file: `${M}/mixins.py`, line: 6012, column: 7 }] },
  },
  {
    name: 'models: a 3,000-level mixin chain read from its far end first',
    covers: 'deep nesting: class hierarchy analysed depth-first across files',
    files: {
      [`${M}/a_order.py`]: 'from sqlalchemy import Column, Integer\n\nfrom .user import Base\nfrom .z_mixins import M3000\n\n\nclass Order(M3000, Base):\n    __tablename__ = "orders"\n    id = Column(Integer, primary_key=True)\n',
      [`${M}/z_mixins.py`]: `from sqlalchemy import Column, Integer\n\n\nclass M0:\n    created = Column(Integer)\n\n\n${Array.from({ length: 3000 }, (_, i) => `class M${i + 1}(M${i}):\n    pass\n`).join('')}`,
      ...withRegistry('a_order'),
    },
    // The model cannot be analysed (its hierarchy is too deep to follow): a finding at the class.
    expect: { findings: [parseError(`${M}/a_order.py`, 7, /class Order is not analysed: it nests too deeply/)] },
  },
  {
    name: 'migration: a recursive helper called from upgrade()',
    covers: 'recursive helper function',
    files: { [`${V}/0002_recursive.py`]: revision('0002', '0001', '    add_columns(3)\n', '\n\ndef add_columns(n):\n    op.add_column("orders", sa.Column("c", sa.Integer()))\n    add_columns(n - 1)\n') + '\n    op.create_table("orders", sa.Column("id", sa.Integer()))\n' },
    expect: { findings: [notice(`${V}/0002_recursive.py`, 14, /add_columns\(\) takes arguments/), { ruleId: 'orphan-table', file: `${V}/0002_recursive.py`, line: 16 }] },
  },
  {
    name: 'migration: mutually recursive helpers without arguments',
    covers: 'recursive helper function',
    files: { [`${V}/0002_mutual.py`]: revision('0002', '0001', '    ping()\n    op.create_table("orders", sa.Column("id", sa.Integer()))\n', '\n\ndef ping():\n    pong()\n\n\ndef pong():\n    ping()\n') },
    // The cycle is seen when ping() comes round again (the same function node), not after
    // MAX_HELPER_CHAIN nested calls with a notice that it was too deep.
    expect: { findings: [{ ruleId: 'orphan-table', file: `${V}/0002_mutual.py`, line: 18 }], absent: [notice(`${V}/0002_mutual.py`, undefined, /nested helpers/)] },
  },
  {
    name: 'migration: a chain of 30 helpers each calling the next twice',
    covers: 'recursive helper function (exponential fan-out)',
    files: {
      [`${V}/0002_fanout.py`]: revision('0002', '0001', '    h0(1)\n', `\n${Array.from({ length: 30 }, (_, i) => `\ndef h${i}(n):\n    h${i + 1}(n)\n    h${i + 1}(n)\n`).join('')}\ndef h30(n):\n    op.add_column("orders", sa.Column("c", sa.Integer()))\n`),
    },
    expect: { maxMs: 8000 },
  },
  {
    name: 'SQL: 10,000 nested parentheses in a default',
    covers: 'deep nesting (SQL)',
    base: 'sql',
    files: { [`${S}/V2__deep.sql`]: `CREATE TABLE orders (id integer DEFAULT ${deep('(', '1', ')', 10000)});\nCREATE TABLE other (id integer);\n` },
    expect: { findings: [{ ruleId: 'orphan-table', file: `${S}/V2__deep.sql`, line: 2, column: 1 }] },
  },
  {
    name: 'SQL: 1,000 nested parentheses in a CHECK',
    covers: 'deep nesting (SQL, within the parser\'s limit)',
    base: 'sql',
    files: { [`${S}/V2__check.sql`]: `CREATE TABLE orders (id integer CHECK ${deep('(', 'id > 0', ')', 1000)});\n` },
    expect: { findings: [{ ruleId: 'orphan-table', file: `${S}/V2__check.sql`, line: 1 }] },
  },

  // --- Suppressions -----------------------------------------------------------------------------
  {
    name: 'SQL: -- ormlint-disable-next-line',
    covers: 'SQL suppression comment (was: internal error: loadModule is not a function)',
    base: 'sql',
    files: { [`${S}/V2__orders.sql`]: '-- ormlint-disable-next-line orphan-table\nCREATE TABLE orders (id integer);\nCREATE TABLE audit (id integer);\n' },
    expect: { findings: [{ ruleId: 'orphan-table', file: `${S}/V2__orders.sql`, line: 3 }], absent: [{ ruleId: 'orphan-table', file: `${S}/V2__orders.sql`, line: 2 }] },
    action: true,
  },
  {
    name: 'SQL: an unused /* ormlint-disable-file */ and an unterminated comment',
    covers: 'SQL suppression comment',
    base: 'sql',
    files: { [`${S}/V2__orders.sql`]: '/* ormlint-disable-file schema-drift */\nCREATE TABLE orders (id integer);\n/* never closed\n' },
    expect: { findings: [{ ruleId: 'unused-suppression', file: `${S}/V2__orders.sql`, line: 1 }] },
  },
  {
    name: 'Python: a suppression on the planted finding',
    covers: 'suppressions still work (the planted finding is suppressed on purpose, so healthy: false)',
    files: { [`${M}/user.py`]: USER_MODEL.replace('    email =', '    # ormlint-disable-next-line schema-drift\n    email =') },
    expect: { exit: 0, healthy: false, absent: [{ ruleId: 'schema-drift', file: `${M}/user.py` }] },
  },

  {
    name: 'TypeScript: // ormlint-disable-file in a .ts file the globs match',
    covers: '.ts suppressions silently did nothing (the bundle\'s dynamic import of typescript-estree)',
    files: {
      '.ormlint.yml': 'models:\n  include: ["app/models/**/*.py", "app/models/**/*.ts"]\n  registry: ["app/models/__init__.py"]\nmigrations:\n  kind: alembic\n  include: ["migrations/versions/*.py"]\n',
      [`${M}/schema.ts`]: '// ormlint-disable-file parse-error\nexport const x: number = 1;\n',
    },
    expect: { absent: [{ ruleId: 'parse-error', file: `${M}/schema.ts` }, { ruleId: 'unused-suppression', file: `${M}/schema.ts` }] },
  },

  // --- Config -----------------------------------------------------------------------------------
  {
    name: 'config: a YAML alias bomb in plugin-rule options',
    covers: 'YAML bomb (was an internal error with no file:line)',
    files: {
      '.ormlint.yml': `${'models:\n  include: ["app/models/**/*.py"]\n'}rules:\n  acme/rule:\n    severity: warning\n    a: &a ["x","x","x","x","x","x","x","x","x"]\n    b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n    c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n    d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n    e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n    f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n`,
    },
    expect: { exit: 2, healthy: false, stderr: /\.ormlint\.yml:\d+:\d+: rules\.acme\/rule\.\w cannot be read: .*aliases/ },
  },
  {
    name: 'config: a YAML alias bomb in a glob list',
    covers: 'YAML bomb',
    files: { '.ormlint.yml': `x: &a ["a","a","a","a","a","a","a","a","a","a"]\nmodels:\n  include: [*a, *a, *a]\n` },
    expect: { exit: 2, healthy: false, stderr: /\.ormlint\.yml:\d+:\d+:/ },
  },
  {
    name: 'config: 10 MB of YAML',
    covers: 'config size limit (10 MB took 15 s and 1.75 GB)',
    files: () => ({ '.ormlint.yml': `${'# padding\n'.repeat(1_000_000)}models:\n  include: ["app/models/**/*.py"]\n` }),
    expect: { exit: 2, healthy: false, stderr: /the config file is over the 1 MB limit/, maxMs: 3000 },
  },
  {
    name: 'config: a dangling .ormlint.yml link',
    covers: 'dangling config link (silently meant "no config")',
    files: { '.ormlint.yml': '' },
    links: { '.ormlint.yml': 'gone/ormlint.yml' },
    expect: { exit: 2, healthy: false, stderr: /symbolic link to gone\/ormlint\.yml, which does not exist/ },
  },
  {
    name: 'config: ../ globs reach nothing outside the root',
    covers: '../ paths in config globs',
    files: { '.ormlint.yml': 'models:\n  include: ["app/models/**/*.py", "../outside/*.py"]\n  registry: ["app/models/__init__.py"]\nmigrations:\n  kind: alembic\n  include: ["migrations/versions/*.py", "../outside/*.py", "../../**/*.py"]\n' },
    expect: { exit: 2, healthy: false, stderr: /\.ormlint\.yml:2:\d+: models\.include\[1\] "\.\.\/outside\/\*\.py" is outside the project root/ },
  },
  {
    name: 'config: ../ hidden inside a glob pattern',
    covers: '../ paths in config globs',
    files: { '.ormlint.yml': 'models:\n  include: ["app/models/**/*.py", "app/**/../../../outside/*.py"]\n  registry: ["app/models/__init__.py"]\nmigrations:\n  kind: alembic\n  include: ["migrations/versions/*.py"]\n' },
    expect: { exit: 2, healthy: false, stderr: /models\.include\[1\] "app\/\*\*\/\.\.\/\.\.\/\.\.\/outside\/\*\.py" is outside the project root/ },
  },
  {
    name: 'config: ../ as a brace alternative in globs',
    covers: '../ paths in config globs (a pattern that only might leave the root reads nothing outside)',
    files: { '.ormlint.yml': 'models:\n  include: ["app/models/**/*.py", "{app,..}/**/*.py", "{..,app}/*/*.py"]\n  registry: ["app/models/__init__.py"]\nmigrations:\n  kind: alembic\n  include: ["migrations/versions/*.py", "{..,migrations}/*.py"]\n' },
  },
  {
    name: 'config: absolute paths in globs reach nothing outside the root',
    covers: 'absolute paths in config globs',
    files: () => ({ '.ormlint.yml': `models:\n  include: ["app/models/**/*.py", "/etc/*", "/tmp/**/outside/*.py"]\n  registry: ["app/models/__init__.py"]\nmigrations:\n  kind: alembic\n  include: ["migrations/versions/*.py", "/**/*.py"]\n` }),
    expect: { exit: 2, healthy: false, stderr: /\.ormlint\.yml:2:\d+: models\.include\[1\] "\/etc\/\*" is outside the project root/ },
  },

  // --- Migration graph --------------------------------------------------------------------------
  {
    name: 'alembic: 1,000 heads',
    covers: '1,000 heads (13 s, 990 MB, 202 MB of JSON): one finding, linear',
    files: () => Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`${V}/h${String(i).padStart(4, '0')}.py`, revision(`h${String(i).padStart(4, '0')}`, '0001')])),
    expect: { findings: [{ ruleId: 'migration-graph', file: `${V}/h0000.py`, message: /^The migrations have 1000 heads \(h0000 in migrations\/versions\/h0000\.py, .*h0009 in migrations\/versions\/h0009\.py and 990 more\)/ }], maxMs: 8000, maxOutputBytes: 20_000 },
    action: true,
  },
  {
    name: 'alembic: 5,000 heads',
    covers: '5,000 heads (no end in 300 s)',
    files: () => Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`${V}/h${i}.py`, revision(`h${i}`, '0001')])),
    expect: { findings: [{ ruleId: 'migration-graph', file: `${V}/h0.py`, message: /5000 heads/ }], maxMs: 15000, maxOutputBytes: 20_000 },
  },
  {
    name: 'alembic: a 1,500-revision straight history',
    covers: 'long histories',
    files: () => Object.fromEntries(Array.from({ length: 1500 }, (_, i) => [`${V}/r${i}.py`, revision(`r${i}`, i === 0 ? '0001' : `r${i - 1}`)])),
    expect: { exit: 1, maxMs: 10000 },
  },
  {
    name: 'alembic: a revision cycle and a self-parent',
    covers: 'graph oddities',
    files: { [`${V}/a.py`]: revision('a', 'b'), [`${V}/b.py`]: revision('b', 'a'), [`${V}/self.py`]: revision('self', 'self') },
    expect: { findings: [{ ruleId: 'migration-graph', file: `${V}/a.py`, message: /cycle/ }] },
  },
  {
    name: 'alembic: revision, down_revision = "0002", "0001"',
    covers: 'tuple assignment (silently dropped the migration)',
    files: { [`${V}/0002_tuple.py`]: 'from alembic import op\nimport sqlalchemy as sa\n\nrevision, down_revision = "0002", "0001"\n\n\ndef upgrade():\n    op.create_table("orders", sa.Column("id", sa.Integer()))\n' },
    expect: { findings: [{ ruleId: 'orphan-table', file: `${V}/0002_tuple.py`, line: 8 }] },
  },
  {
    name: 'alembic: non-literal and odd revision identifiers',
    covers: 'graph oddities',
    files: { [`${V}/0002_odd.py`]: 'revision = compute()\ndown_revision = "0001"\n', [`${V}/0003_odd.py`]: 'revision = "0003"\ndown_revision = ["0001", None, 7]\n', [`${V}/0004_odd.py`]: 'revision = ""\ndown_revision = "0001"\n' },
  },

  // --- Size -------------------------------------------------------------------------------------
  {
    name: 'models: a file over maxFileBytes',
    covers: 'huge files',
    files: () => ({ [`${M}/huge.py`]: `# ${'x'.repeat(1100 * 1024)}\n` }),
    expect: { findings: [notice(`${M}/huge.py`, 1, /over the 1 MB limit/)] },
  },
  {
    name: 'SQL: 2,000 statements in one file',
    covers: 'huge files',
    base: 'sql',
    files: () => ({ [`${S}/V2__many.sql`]: `CREATE TABLE audit (id integer);\n${Array.from({ length: 2000 }, (_, i) => `ALTER TABLE audit ADD COLUMN c${i} integer;\n`).join('')}` }),
    expect: { findings: [{ ruleId: 'orphan-table', file: `${S}/V2__many.sql`, line: 1 }], maxMs: 10000 },
  },
  {
    name: 'SQL: one 900 KB line',
    covers: 'huge files',
    base: 'sql',
    files: () => ({ [`${S}/V2__line.sql`]: `CREATE TABLE orders (id integer); -- ${'y'.repeat(900 * 1024)}\n` }),
    expect: { findings: [{ ruleId: 'orphan-table', file: `${S}/V2__line.sql`, line: 1 }] },
  },
  {
    name: 'models: 1,000 models in one file, none migrated',
    covers: 'many findings (report and summary size)',
    files: () => ({ [`${M}/many.py`]: `from sqlalchemy import Column, Integer\n\nfrom .user import Base\n${Array.from({ length: 1000 }, (_, i) => `\n\nclass T${i}(Base):\n    __tablename__ = "t_${i}"\n    id = Column(Integer, primary_key=True)\n`).join('')}`, ...withRegistry('many') }),
    expect: { findings: [{ ruleId: 'missing-migration', file: `${M}/many.py`, line: 6 }], maxMs: 12000, maxOutputBytes: 3_000_000 },
    action: true,
  },
  {
    name: 'models: a 100,000-character identifier',
    covers: 'huge names',
    files: () => ({ [`${M}/order.py`]: model(`O${'o'.repeat(100_000)}`, 'orders'), ...withRegistry('order') }),
    expect: { findings: [{ ruleId: 'missing-migration', file: `${M}/order.py`, line: 6 }] },
  },

  // --- Names that go into Markdown, HTML and workflow commands ------------------------------------
  {
    name: 'names with ::, HTML, Markdown and @mentions',
    covers: 'names with ::, HTML, markdown, @mentions',
    files: {
      [`${M}/weird.py`]: model('Weird', '::error file=x::<b>@octocat</b> | **bold** [x](javascript:alert(1))'),
      ...withRegistry('weird'),
      [`${V}/0002_weird.py`]: revision('0002', '0001', '    op.create_table("<img src=x onerror=alert(1)> @team ::warning::", sa.Column("id", sa.Integer()))\n'),
    },
    expect: { findings: [{ ruleId: 'missing-migration', file: `${M}/weird.py`, line: 6 }, { ruleId: 'orphan-table', file: `${V}/0002_weird.py`, line: 9 }] },
    action: true,
  },
  {
    name: 'file names with spaces, unicode and :: sort by code point',
    covers: 'output order independent of the locale',
    files: {
      [`${M}/_b.py`]: model('B1', 'b_one'),
      [`${M}/a::x.py`]: model('A1', 'a_one'),
      [`${M}/Z é 😀.py`]: model('Z1', 'z_one'),
      [`${M}/ä.py`]: model('Ae1', 'ae_one'),
      ...{ [`${M}/__init__.py`]: 'from .user import User\nfrom . import _b\nfrom . import ä\nimport importlib\n' },
    },
  },

  // --- Python oddities --------------------------------------------------------------------------
  {
    name: 'models: a class that inherits from itself and a base cycle',
    covers: 'cycles in class hierarchies',
    files: { [`${M}/cycle.py`]: 'from .user import Base\n\n\nclass A(B):\n    pass\n\n\nclass B(A):\n    pass\n\n\nclass C(C, Base):\n    __tablename__ = "c"\n' },
  },
  {
    name: 'models: a module that imports itself and a star-import cycle',
    covers: 'import cycles',
    files: { [`${M}/loop_a.py`]: 'from .loop_b import *\nfrom .loop_a import *\n', [`${M}/loop_b.py`]: 'from .loop_a import *\nfrom .user import *\n', ...withRegistry('loop_a', 'loop_b') },
  },
  {
    name: 'models: a chain of 1,500 modules re-exporting the next with import *',
    covers: 'deep nesting (import chains)',
    files: () => ({
      ...Object.fromEntries(Array.from({ length: 1500 }, (_, i) => [`${M}/m${i}.py`, `from .m${i + 1} import *\n`])),
      [`${M}/m1500.py`]: orderModel(),
      ...withRegistry('m0'),
    }),
    expect: { findings: [{ ruleId: 'missing-migration', file: `${M}/m1500.py`, line: 6, column: 7 }] },
  },
  {
    name: 'models: a column type through 5,000 chained aliases',
    covers: 'deep nesting (name resolution)',
    files: () => ({
      [`${M}/order.py`]: `from sqlalchemy import Column, Integer\n\nfrom .user import Base\n\na0 = Integer\n${Array.from({ length: 5000 }, (_, i) => `a${i + 1} = a${i}\n`).join('')}\n\nclass Order(Base):\n    __tablename__ = "orders"\n    id = Column(Integer, primary_key=True)\n    total = Column(a5000)\n`,
      ...withRegistry('order'),
    }),
    expect: { findings: [{ ruleId: 'missing-migration', file: `${M}/order.py`, line: 5008, column: 7 }, notice(`${M}/order.py`, 5011, /a type ormlint does not know: a5000/)] },
  },
  {
    name: 'models: 2,000 nested functions and classes',
    covers: 'deep nesting (statements)',
    files: () => ({ [`${M}/nested.py`]: Array.from({ length: 400 }, (_, i) => `${'    '.repeat(i)}${i % 2 ? 'class' : 'def'} n${i}${i % 2 ? '' : '()'}:\n`).join('') + `${'    '.repeat(400)}pass\n` }),
  },
  {
    name: 'migration: op.execute with 5,000 nested subqueries',
    covers: 'deep nesting (SQL inside Python)',
    files: { [`${V}/0002_sql.py`]: revision('0002', '0001', `    op.execute("SELECT ${deep('(SELECT ', '1', ')', 5000)}")\n    op.create_table("orders", sa.Column("id", sa.Integer()))\n`) },
    expect: { findings: [parseError(`${V}/0002_sql.py`, 9, /SQL does not parse/), { ruleId: 'orphan-table', file: `${V}/0002_sql.py`, line: 10 }] },
  },
  {
    name: 'migration: upgrade() defined twice and as a lambda',
    covers: 'odd definitions',
    files: { [`${V}/0002_twice.py`]: `${revision('0002', '0001', '    op.create_table("first", sa.Column("id", sa.Integer()))\n')}\n\ndef upgrade():\n    op.create_table("orders", sa.Column("id", sa.Integer()))\n\n\nupgrade = lambda: None\n` },
  },
  {
    name: 'registry: a registry module that is a binary file',
    covers: 'binary',
    files: { [`${M}/__init__.py`]: Buffer.concat([Buffer.from('from .user import User\n'), bytes(0x00, 0x01, 0x02)]) },
    expect: { findings: [parseError(`${M}/__init__.py`, 2, /NUL byte at line 2, column 1/)] },
  },
];

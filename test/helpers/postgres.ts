import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { inject } from 'vitest';

/**
 * An embedded Postgres for one test file, in the state of a fresh cluster. The global setup
 * (test/setup/build.ts) initialises one cluster and dumps its data directory; a worker loads that
 * dump once (about 1.5 s of CPU) and hands the same database to each file it runs after the first
 * (workers run many files, see vitest.config.ts), reset to the dump's state: every schema dropped,
 * `public` created again, the session's settings reset. Anything a reset cannot undo (a role, an
 * extension, a database, another owner or grant on `public`) shows in a fingerprint of the cluster's
 * global state, and then the file gets a database loaded from the dump again.
 */

interface Shared {
  db: PGlite;
  /** The global state of the freshly loaded dump, which a reset must return to. */
  fresh: string;
  inUse: boolean;
}

let shared: Shared | null = null;

/** Roles, extensions, databases, casts, event triggers, publications, the schemas, the owner and grants of `public`, the search path. */
async function fingerprint(db: PGlite): Promise<string> {
  const { rows } = await db.query<{ state: string }>(`
    SELECT concat_ws(' | ',
      (SELECT string_agg(rolname, ',' ORDER BY rolname) FROM pg_roles),
      (SELECT string_agg(extname || ' ' || extversion, ',' ORDER BY extname) FROM pg_extension),
      (SELECT string_agg(datname, ',' ORDER BY datname) FROM pg_database),
      (SELECT count(*)::text FROM pg_cast),
      (SELECT count(*)::text FROM pg_event_trigger),
      (SELECT count(*)::text FROM pg_publication),
      (SELECT string_agg(nspname, ',' ORDER BY nspname) FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_temp\\_%' AND nspname NOT LIKE 'pg\\_toast\\_temp\\_%'),
      (SELECT nspowner::regrole::text || ' ' || coalesce(nspacl::text, '') FROM pg_namespace WHERE nspname = 'public'),
      current_setting('search_path')
    ) AS state`);
  return rows[0]!.state;
}

/** Drops what a test file made; true when the database is back in the state of the dump. */
async function reset(entry: Shared): Promise<boolean> {
  try {
    await entry.db.exec('ROLLBACK');
    await entry.db.exec('RESET ALL');
    const { rows } = await entry.db.query<{ nspname: string }>(
      `SELECT nspname FROM pg_namespace WHERE nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast') AND nspname NOT LIKE 'pg\\_temp\\_%' AND nspname NOT LIKE 'pg\\_toast\\_temp\\_%'`,
    );
    for (const { nspname } of rows) await entry.db.exec(`DROP SCHEMA "${nspname.replace(/"/g, '""')}" CASCADE`);
    await entry.db.exec('CREATE SCHEMA public; ALTER SCHEMA public OWNER TO pg_database_owner; GRANT USAGE ON SCHEMA public TO PUBLIC');
    return (await fingerprint(entry.db)) === entry.fresh;
  } catch {
    return false;
  }
}

async function loadDump(): Promise<Shared> {
  const dump = readFileSync(inject('postgresDump'));
  const db = new PGlite({ loadDataDir: new Blob([dump]) });
  await db.waitReady;
  return { db, fresh: await fingerprint(db), inUse: false };
}

/** The file's database; its `close()` hands it back for the next file instead of closing it. */
export async function startPostgres(): Promise<PGlite> {
  // A second database while the first is open: one of its own, which close() really closes.
  if (shared?.inUse) return (await loadDump()).db;
  if (shared && !(await reset(shared))) {
    await shared.db.close();
    shared = null;
  }
  shared ??= await loadDump();
  const entry = shared;
  entry.inUse = true;
  return new Proxy(entry.db, {
    get(target, key) {
      if (key === 'close') {
        return async () => {
          entry.inUse = false;
        };
      }
      const value = Reflect.get(target, key, target) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

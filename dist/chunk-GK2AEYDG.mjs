import { createRequire as __ormlintCreateRequire } from 'node:module';
import { fileURLToPath as __ormlintFileURLToPath } from 'node:url';
import { dirname as __ormlintDirname } from 'node:path';
const require = __ormlintCreateRequire(import.meta.url);
const __filename = __ormlintFileURLToPath(import.meta.url);
const __dirname = __ormlintDirname(__filename);
import {
  loadSqlParser,
  sqlToOperations
} from "./chunk-ULD47AR2.mjs";
import "./chunk-R45I7HSB.mjs";
import "./chunk-BBVQEKAE.mjs";
import "./chunk-3V5FYOVI.mjs";
import "./chunk-X5VI77A6.mjs";

// src/frontends/sql/order.ts
function classifyMigrationFile(path) {
  const parts = path.split("/");
  const base = parts[parts.length - 1];
  if (!/\.sql$/i.test(base)) return null;
  if (/\.down\.sql$/i.test(base) || /^U\d/.test(base) || /\.undo\.sql$/i.test(base)) return null;
  if (base.toLowerCase() === "migration.sql" && parts.length >= 2) {
    const folder = parts[parts.length - 2];
    const m = /^(\d+)(?:_(.*))?$/.exec(folder);
    if (m) return versioned(path, m[1], m[2] ?? null);
  }
  const flyway = /^V(\d+(?:[._]\d+)*)__(.*)\.sql$/i.exec(base);
  if (flyway) return versioned(path, flyway[1], flyway[2]);
  const repeatable = /^R__(.*)\.sql$/i.exec(base);
  if (repeatable) return { path, kind: "repeatable", version: `R__${repeatable[1]}`, segments: [], description: repeatable[1] };
  const numbered = /^(\d+)(?:[_-](.*?))?(?:\.up)?\.sql$/i.exec(base);
  if (numbered) return versioned(path, numbered[1], numbered[2] || null);
  return { path, kind: "unversioned", version: base.replace(/\.sql$/i, ""), segments: [], description: null };
}
function versioned(path, version, description) {
  const segments = version.split(/[._]/).map((s) => BigInt(s));
  return { path, kind: "versioned", version, segments, description };
}
function compareVersions(a, b) {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i] ?? 0n;
    const y = b[i] ?? 0n;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}
function byCodePoint(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function orderMigrationFiles(paths) {
  const classified = paths.map(classifyMigrationFile).filter((f) => f !== null);
  const rank = { versioned: 0, repeatable: 1, unversioned: 2 };
  const files = [...classified].sort(
    (a, b) => rank[a.kind] - rank[b.kind] || (a.kind === "versioned" ? compareVersions(a.segments, b.segments) : 0) || (a.kind === "repeatable" ? byCodePoint(a.description ?? "", b.description ?? "") : 0) || byCodePoint(a.path, b.path)
  );
  const clashes = [];
  for (let i = 0; i < files.length; ) {
    let j = i + 1;
    while (j < files.length && files[i].kind === "versioned" && files[j].kind === "versioned" && compareVersions(files[i].segments, files[j].segments) === 0) j++;
    if (j - i > 1) clashes.push({ version: files[i].version, files: files.slice(i, j).map((f) => f.path) });
    i = j;
  }
  return { files, clashes };
}

// src/frontends/sql/migrations.ts
var sqlMigrationsFrontend = {
  async extract(files) {
    await loadSqlParser();
    const byPath = new Map(files.map((f) => [f.path, f]));
    const { files: ordered, clashes } = orderMigrationFiles(files.map((f) => f.path));
    const migrations = [];
    const operations = [];
    const problems = [];
    ordered.forEach((file, order) => {
      const previous = migrations[migrations.length - 1];
      migrations.push({
        id: file.version,
        file: file.path,
        parents: previous ? [previous.id] : [],
        order,
        location: { file: file.path, line: 1, column: 1 },
        description: file.description
      });
      const text = byPath.get(file.path)?.text ?? "";
      const translated = sqlToOperations(text, { file: file.path, line: 1, column: 1 });
      for (const op of translated.operations) operations.push({ ...op, migrationId: file.version });
      problems.push(...translated.problems);
    });
    return { migrations, graph: null, operations, problems, versionClashes: clashes };
  }
};
export {
  sqlMigrationsFrontend
};

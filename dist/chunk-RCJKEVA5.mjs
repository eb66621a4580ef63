import { createRequire as __ormlintCreateRequire } from 'node:module';
import { fileURLToPath as __ormlintFileURLToPath } from 'node:url';
import { dirname as __ormlintDirname } from 'node:path';
const require = __ormlintCreateRequire(import.meta.url);
const __filename = __ormlintFileURLToPath(import.meta.url);
const __dirname = __ormlintDirname(__filename);
import {
  sqlMigrationsFrontend
} from "./chunk-U4G6T5N6.mjs";
import "./chunk-4GJUDZH7.mjs";
import "./chunk-GGE2FSDP.mjs";
import "./chunk-UZYLDHA3.mjs";
import "./chunk-JV7GSIGN.mjs";
import "./chunk-JAHM4SGJ.mjs";
import "./chunk-OK67AZ7F.mjs";

// src/frontends/ts/drizzleMigrations.ts
var drizzleMigrationsFrontend = {
  async extract(files, config, project) {
    const dirs = [...new Set(files.map((f) => f.path.includes("/") ? f.path.slice(0, f.path.lastIndexOf("/")) : ""))].sort();
    const mismatches = [];
    const order = /* @__PURE__ */ new Map();
    let journaled = false;
    for (const dir of dirs) {
      const journalPath = `${dir ? `${dir}/` : ""}meta/_journal.json`;
      const text = project?.read(journalPath) ?? null;
      if (text === null) continue;
      let entries;
      try {
        const parsed = JSON.parse(text);
        entries = (parsed.entries ?? []).filter((e) => typeof e.tag === "string" && typeof e.idx === "number");
      } catch {
        continue;
      }
      journaled = true;
      const inDir = new Set(files.filter((f) => f.path.startsWith(dir ? `${dir}/` : "") && !f.path.slice(dir ? dir.length + 1 : 0).includes("/")).map((f) => f.path));
      const lines = text.split("\n");
      for (const entry of [...entries].sort((a, b) => a.idx - b.idx)) {
        const file = `${dir ? `${dir}/` : ""}${entry.tag}.sql`;
        if (inDir.has(file)) {
          order.set(file, order.size);
          inDir.delete(file);
        } else {
          const line = lines.findIndex((l) => l.includes(`"${entry.tag}"`)) + 1;
          mismatches.push({ kind: "missing-file", file, journal: journalPath, location: { file: journalPath, line: Math.max(line, 1), column: 1 } });
        }
      }
      for (const file of inDir) mismatches.push({ kind: "not-in-journal", file, journal: journalPath, location: { file, line: 1, column: 1 } });
    }
    const applied = journaled ? files.filter((f) => order.has(f.path)) : files;
    const facts = await sqlMigrationsFrontend.extract(applied, config);
    if (journaled) {
      const position = (file) => order.get(file) ?? Number.MAX_SAFE_INTEGER;
      const byId = new Map(facts.migrations.map((m) => [m.id, position(m.file)]));
      facts.migrations.sort((a, b) => position(a.file) - position(b.file));
      facts.migrations.forEach((m, i) => {
        m.order = i;
        m.parents = i > 0 ? [facts.migrations[i - 1].id] : [];
      });
      facts.operations = facts.operations.map((op, i) => ({ op, i })).sort((a, b) => (byId.get(a.op.migrationId ?? "") ?? 0) - (byId.get(b.op.migrationId ?? "") ?? 0) || a.i - b.i).map((e) => e.op);
    }
    return { ...facts, journalMismatches: mismatches };
  }
};
export {
  drizzleMigrationsFrontend
};

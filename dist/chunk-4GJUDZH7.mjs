import { createRequire as __ormlintCreateRequire } from 'node:module';
import { fileURLToPath as __ormlintFileURLToPath } from 'node:url';
import { dirname as __ormlintDirname } from 'node:path';
const require = __ormlintCreateRequire(import.meta.url);
const __filename = __ormlintFileURLToPath(import.meta.url);
const __dirname = __ormlintDirname(__filename);
import {
  SqlText,
  scanTokens
} from "./chunk-JV7GSIGN.mjs";
import {
  quoteIdent
} from "./chunk-JAHM4SGJ.mjs";

// src/frontends/sql/placeholders.ts
function substitutePlaceholders(text, values) {
  if (!text.includes("${")) return { text, placeholders: [] };
  const tokens = scanTokens(text);
  const source = new SqlText(text, { file: "", line: 1, column: 1 });
  const placeholders = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (tokens[i].text !== "$" || tokens[i + 1].text !== "{" || tokens[i + 1].start !== tokens[i].end) continue;
    let j = i + 2;
    while (j < tokens.length && tokens[j].text !== "}" && tokens[j].start === tokens[j - 1].end) j++;
    if (j >= tokens.length || tokens[j].text !== "}" || tokens[j].start !== tokens[j - 1].end) continue;
    const start = source.charOffset(tokens[i].start);
    const end = source.charOffset(tokens[j].end);
    placeholders.push({ name: text.slice(start + 2, end - 1), start, end, standIn: null });
    i = j;
  }
  if (placeholders.length === 0) return { text, placeholders };
  let out = "";
  let from = 0;
  placeholders.forEach((p, n) => {
    const width = p.end - p.start;
    const value = values[p.name] === void 0 ? null : quoteIdent(values[p.name]);
    let replacement;
    if (value !== null && value.length <= width) {
      replacement = value.padEnd(width, " ");
    } else {
      const numbered = `p${n}`;
      p.standIn = (numbered.length <= width ? numbered : "p").padEnd(width, "_");
      replacement = p.standIn;
    }
    out += text.slice(from, p.start) + replacement;
    from = p.end;
  });
  return { text: out + text.slice(from), placeholders };
}
function resolveStandIns(operations, placeholders, source, describe = (name) => `\${${name}} is a Flyway placeholder whose value is configured outside the migrations`) {
  const byStandIn = new Map(placeholders.filter((p) => p.standIn !== null).map((p) => [p.standIn, p]));
  if (byStandIn.size === 0) return { operations, problems: [] };
  const out = [];
  const touched = /* @__PURE__ */ new Map();
  const touch = (p, table) => {
    const tables = touched.get(p) ?? /* @__PURE__ */ new Map();
    if (table) tables.set(`${table.schema ?? ""}.${table.name}`, table);
    touched.set(p, tables);
  };
  for (const op of operations) {
    let unnamed = false;
    const used = /* @__PURE__ */ new Set();
    const walk = (value) => {
      if (Array.isArray(value)) return value.forEach(walk);
      if (!value || typeof value !== "object") return;
      const record = value;
      if ("schema" in record && "name" in record && typeof record.name === "string") {
        const schemaPlaceholder = typeof record.schema === "string" ? byStandIn.get(record.schema) : void 0;
        if (schemaPlaceholder) {
          record.schema = null;
          used.add(schemaPlaceholder);
        }
        const namePlaceholder = byStandIn.get(record.name);
        if (namePlaceholder) {
          unnamed = true;
          used.add(namePlaceholder);
        }
      }
      for (const [key, v] of Object.entries(record)) {
        if (key === "location") continue;
        if (typeof v === "string") {
          for (const [standIn, p] of byStandIn) if (v.includes(standIn)) used.add(p);
        } else walk(v);
      }
    };
    walk(op);
    const table = op.table ?? null;
    for (const p of used) touch(p, unnamed ? null : table);
    if (!unnamed) out.push(op);
  }
  const problems = [];
  for (const [p, tables] of touched) {
    const at = source.locationOfChar(p.start);
    const location = { file: source.origin.file, line: at.line, column: at.column };
    const names = [...tables.values()];
    const reason = `${describe(p.name)}; ormlint takes a schema it names to be the search_path's`;
    out.push({ op: "uncertain", tables: names, reason, location });
    problems.push({ kind: "unresolved", message: reason, location, tables: names.map((n) => n.schema ? `${quoteIdent(n.schema)}.${quoteIdent(n.name)}` : quoteIdent(n.name)) });
  }
  return { operations: out, problems };
}

export {
  substitutePlaceholders,
  resolveStandIns
};

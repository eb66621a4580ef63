import { createRequire as __ormlintCreateRequire } from 'node:module';
import { fileURLToPath as __ormlintFileURLToPath } from 'node:url';
import { dirname as __ormlintDirname } from 'node:path';
const require = __ormlintCreateRequire(import.meta.url);
const __filename = __ormlintFileURLToPath(import.meta.url);
const __dirname = __ormlintDirname(__filename);
import {
  resolveStandIns,
  substitutePlaceholders
} from "./chunk-4GJUDZH7.mjs";
import {
  failureProblem
} from "./chunk-GGE2FSDP.mjs";
import {
  mayHoldSuppressions
} from "./chunk-UZYLDHA3.mjs";
import {
  SqlText,
  loadSqlParser,
  scanTokens,
  sqlToOperations
} from "./chunk-JV7GSIGN.mjs";

// src/frontends/sql/comments.ts
function sqlComments(text) {
  const tokens = scanTokens(text);
  const bytes = Buffer.from(text, "utf8");
  const position = bytePositions(bytes);
  return tokens.filter((t) => t.tokenName === "SQL_COMMENT" || t.tokenName === "C_COMMENT").map((t) => {
    const start = position(t.start);
    const end = position(t.end);
    return { text: bytes.subarray(t.start, t.end).toString("utf8"), line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
  });
}
function bytePositions(bytes) {
  const lineStarts = [0];
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 10) lineStarts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    const column = bytes.subarray(lineStarts[lo], offset).toString("utf8").length + 1;
    return { line: lo + 1, column };
  };
}

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
  const callback = /^(before|after)([A-Z][A-Za-z]*?)(?:__.*)?\.sql$/.exec(base);
  if (callback && !/Migrate|Repeatables|Versioned/.test(callback[2])) return null;
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

// src/frontends/sql/sections.ts
function directive(comment) {
  const m = /^--\s*(?:migrate:(up|down)\b|\+(?:goose|migrate)\s+(up|down)\b)/i.exec(comment);
  const word = (m?.[1] ?? m?.[2])?.toLowerCase();
  return word === "up" || word === "down" ? word : null;
}
function forwardSection(text) {
  if (!/migrate:|\+goose|\+migrate/i.test(text)) return text;
  const source = new SqlText(text, { file: "", line: 1, column: 1 });
  const markers = [];
  for (const token of scanTokens(text)) {
    if (token.tokenName !== "SQL_COMMENT") continue;
    const direction = directive(token.text);
    if (!direction) continue;
    const at = source.charOffset(token.start);
    const lineStart = text.lastIndexOf("\n", at - 1) + 1;
    if (text.slice(lineStart, at).trim() !== "") continue;
    markers.push({ at, direction });
  }
  if (markers.length === 0) return text;
  let out = "";
  let from = 0;
  let keep = false;
  for (const marker of [...markers, { at: text.length, direction: "down" }]) {
    const piece = text.slice(from, marker.at);
    out += keep ? piece : piece.replace(/[^\n]/g, " ");
    from = marker.at;
    keep = marker.direction === "up";
  }
  return out;
}
function withoutByteOrderMark(text) {
  return text.charCodeAt(0) === 65279 ? text.slice(1) : text;
}
function withoutCopyData(text) {
  if (!/stdin/i.test(text)) return text;
  let out = text;
  let from = 0;
  for (; ; ) {
    const block = nextCopyFromStdin(out, from);
    if (!block) return out;
    const dataStart = out.indexOf("\n", block.statementEnd);
    if (dataStart < 0) return out;
    let end = out.length;
    for (let line = dataStart + 1; line < out.length; ) {
      const next = out.indexOf("\n", line);
      const lineEnd = next < 0 ? out.length : next;
      if (out.slice(line, lineEnd).replace(/\r$/, "") === "\\.") {
        end = lineEnd;
        break;
      }
      line = lineEnd + 1;
    }
    out = out.slice(0, dataStart + 1) + out.slice(dataStart + 1, end).replace(/[^\r\n]/g, " ") + out.slice(end);
    from = end;
  }
}
function nextCopyFromStdin(text, from) {
  const source = new SqlText(text, { file: "", line: 1, column: 1 });
  const tokens = scanTokens(text).filter((t) => !t.tokenName.endsWith("COMMENT"));
  for (let i = 0; i < tokens.length; i++) {
    const statementStart = i === 0 || tokens[i - 1].text === ";";
    if (!statementStart || tokens[i].text.toLowerCase() !== "copy" || source.charOffset(tokens[i].start) < from) continue;
    let fromStdin = false;
    for (let j = i + 1; j < tokens.length; j++) {
      const word = tokens[j].text.toLowerCase();
      if (word === "stdin" && tokens[j - 1].text.toLowerCase() === "from") fromStdin = true;
      if (word === ";") {
        if (fromStdin) return { statementEnd: source.charOffset(tokens[j].end) };
        break;
      }
    }
  }
  return null;
}

// src/frontends/sql/migrations.ts
var sqlMigrationsFrontend = {
  async extract(files, config) {
    const reads = [];
    for (const file of files) reads.push(await sqlPerFile.readFile(file, { defaultSchema: config.defaultSchema, dialect: config.dialect }));
    return sqlPerFile.assemble(files, reads);
  },
  get perFile() {
    return sqlPerFile;
  }
};
var sqlPerFile = {
  task: "sql",
  async readFile(file, options) {
    await loadSqlParser();
    try {
      const forward = withoutCopyData(forwardSection(withoutByteOrderMark(file.text)));
      const origin = { file: file.path, line: 1, column: 1 };
      const { text, placeholders } = substitutePlaceholders(forward, { "flyway:defaultSchema": options.defaultSchema });
      const translated = sqlToOperations(text, origin);
      const resolved = placeholders.length === 0 ? { operations: translated.operations, problems: [] } : resolveStandIns(translated.operations, placeholders, new SqlText(forward, origin));
      const comments = mayHoldSuppressions(file.text) ? { comments: sqlComments(file.text) } : {};
      return { operations: resolved.operations, problems: [...resolved.problems, ...translated.problems], ...comments };
    } catch (error) {
      return { operations: [], problems: [failureProblem(error, { file: file.path })] };
    }
  },
  assemble(files, reads) {
    const byPath = new Map(files.map((f, i) => [f.path, reads[i]]));
    const { files: ordered, clashes } = orderMigrationFiles(files.map((f) => f.path));
    const migrations = [];
    const operations = [];
    const problems = [];
    const comments = /* @__PURE__ */ new Map();
    files.forEach((f, i) => {
      const found = reads[i].comments;
      if (found) comments.set(f.path, found);
    });
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
      const read = byPath.get(file.path);
      for (const op of read?.operations ?? []) {
        op.migrationId = file.version;
        operations.push(op);
      }
      problems.push(...read?.problems ?? []);
    });
    return { migrations, graph: null, operations, problems, versionClashes: clashes, comments };
  }
};

export {
  sqlMigrationsFrontend,
  sqlPerFile
};

import { isPluginRuleId } from '../config/schema.js';
import type { Config } from '../config/types.js';
import type { SourceComment, SourceFile } from '../frontends/types.js';
import { parsePython } from '../frontends/python/parser.js';
import type { SourceLocation } from '../facts.js';
import type { Diagnostic } from './diagnostic.js';
import unusedSuppressionRule from '../../rules/unused-suppression.js';
import { compareText } from './messages.js';
import { toDiagnostics, type ActiveRule, type RuleReport } from './report.js';

/** The rule that reports suppressions which suppress nothing or name an unknown rule. */
const UNUSED_SUPPRESSION_ID = unusedSuppressionRule.id;

/** One `ormlint-disable…` comment, read from a real comment token of its language. */
export interface Suppression {
  kind: 'next-line' | 'line' | 'file';
  /** Rule ids it names; empty means every rule. */
  rules: string[];
  location: SourceLocation;
  /** The line it silences (next-line / line forms). */
  targetLine: number;
}

/** A comment's text (delimiters included) and where it starts and ends (1-based lines). */
interface CommentToken {
  text: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

const MARKER = 'ormlint-disable';

/**
 * Drops the findings an inline suppression covers and reports every suppression that covered
 * nothing or names an unknown rule (like ESLint's unused-disable report, so stale comments do not
 * pile up). Comments come from each language's own tokenizer — tree-sitter for Python, libpg-query's
 * scanner for SQL, typescript-estree for TypeScript — so a `#` inside a string never counts.
 */
export async function applySuppressions(
  diagnostics: Diagnostic[],
  sources: Map<string, SourceFile>,
  config: Config,
  rules: readonly ActiveRule[],
  /** Comments a frontend's parser already found, by file (languages the engine cannot tokenize: `.prisma`). */
  collected?: Map<string, SourceComment[]>,
): Promise<Diagnostic[]> {
  const byFile = new Map<string, Suppression[]>();
  for (const source of sources.values()) {
    // Cheap pre-filter: most files have no directive and need no second parse.
    if (!source.text.includes(MARKER)) continue;
    let found: Suppression[];
    try {
      // A frontend that parsed the file already hands its comments over (Prisma schemas).
      found = await findSuppressions(source, collected?.get(source.path));
    } catch {
      // A file whose comments cannot be read keeps its findings; the run goes on.
      continue;
    }
    if (found.length > 0) byFile.set(source.path, found);
  }
  if (byFile.size === 0) return diagnostics;

  const used = new Map<Suppression, Set<string>>();
  const kept = diagnostics.filter((d) => {
    const covering = (byFile.get(d.file) ?? []).filter((s) => covers(s, d));
    for (const s of covering) {
      const names = used.get(s) ?? new Set<string>();
      names.add(s.rules.length === 0 ? '*' : d.ruleId);
      used.set(s, names);
    }
    return covering.length === 0;
  });

  const rule = rules.find((r) => r.info.id === UNUSED_SUPPRESSION_ID);
  if (!rule || rule.severity === 'off') return kept;
  // Ids .ormlint.yml may name without a definition loaded (DESIGN.md's documented list) count too.
  const severities = new Map<string, string>(Object.entries(config.rules).map(([id, r]) => [id, r.severity]));
  for (const r of rules) severities.set(r.info.id, r.severity);
  const reports: RuleReport[] = [];
  for (const [file, list] of [...byFile].sort(([a], [b]) => compareText(a, b))) {
    for (const s of list) {
      const names = s.rules.length === 0 ? ['*'] : s.rules;
      for (const name of names) {
        if (used.get(s)?.has(name)) continue;
        const isKnown = name === '*' || severities.has(name);
        // A suppression of a rule switched off suppresses nothing by design; do not nag about it.
        if (name !== '*' && severities.get(name) === 'off') continue;
        // Nor about one of a plugin rule when the plugins were not allowed to run.
        if (config.pluginsNotRun?.length && isPluginRuleId(name)) continue;
        reports.push({
          rule,
          report: {
            messageId: isKnown ? 'unused' : 'unknownRule',
            data: { kind: s.kind, rule: name === '*' ? 'every rule' : isKnown ? `"${name}"` : name },
            location: { ...s.location, file },
            subject: name,
          },
        });
      }
    }
  }
  return [...kept, ...toDiagnostics(reports)];
}

function covers(s: Suppression, d: Diagnostic): boolean {
  if (s.rules.length > 0 && !s.rules.includes(d.ruleId)) return false;
  return s.kind === 'file' || d.line === s.targetLine;
}

/** The suppressions written in one file, in source order. Unknown languages have none. */
export async function findSuppressions(source: SourceFile, collected?: SourceComment[]): Promise<Suppression[]> {
  const comments = collected ?? (await commentsOf(source));
  const out: Suppression[] = [];
  for (const comment of comments) {
    const directive = readDirective(comment.text);
    if (!directive) continue;
    out.push({
      kind: directive.kind,
      rules: directive.rules,
      location: { file: source.path, line: comment.line, column: comment.column, endLine: comment.endLine, endColumn: comment.endColumn },
      targetLine: directive.kind === 'next-line' ? comment.endLine + 1 : comment.line,
    });
  }
  return out;
}

/**
 * Reads the directive inside one comment's text: `ormlint-disable-next-line a, b -- reason`.
 * The comment was found by a real tokenizer; this only reads its contents.
 */
export function readDirective(commentText: string): { kind: Suppression['kind']; rules: string[] } | null {
  const body = stripDelimiters(commentText);
  const match = /^ormlint-disable-(next-line|line|file)(?=\s|$)(.*)$/s.exec(body);
  if (!match) return null;
  const rest = match[2]!;
  const withoutReason = rest.split(/\s--\s/)[0]!;
  const rules = withoutReason.split(/[\s,]+/).map((r) => r.trim()).filter((r) => r.length > 0);
  return { kind: match[1] as Suppression['kind'], rules };
}

function stripDelimiters(text: string): string {
  let body = text.trim();
  for (const open of ['#', '--', '//', '/*']) {
    if (body.startsWith(open)) {
      body = body.slice(open.length);
      break;
    }
  }
  if (body.endsWith('*/')) body = body.slice(0, -2);
  return body.trim();
}

async function commentsOf(source: SourceFile): Promise<CommentToken[]> {
  const lower = source.path.toLowerCase();
  if (lower.endsWith('.py') || lower.endsWith('.pyi')) return pythonComments(source.text);
  if (lower.endsWith('.sql')) return sqlComments(source.text);
  if (/\.(c|m)?(t|j)sx?$/.test(lower)) return typescriptComments(source.text);
  return [];
}

async function pythonComments(text: string): Promise<CommentToken[]> {
  const tree = await parsePython(text);
  try {
    return tree.rootNode.descendantsOfType('comment').flatMap((node) => node ? [{
      text: node.text,
      line: node.startPosition.row + 1,
      column: node.startPosition.column + 1,
      endLine: node.endPosition.row + 1,
      endColumn: node.endPosition.column + 1,
    }] : []);
  } finally {
    tree.delete();
  }
}

async function sqlComments(text: string): Promise<CommentToken[]> {
  // Through the SQL frontend's own module: a bare dynamic import of the CommonJS `libpg-query`
  // yields only a default export in the bundle (loadModule was undefined there).
  const { loadSqlParser, scanTokens } = await import('../frontends/sql/translate.js');
  await loadSqlParser();
  // An unterminated literal stops the scanner; scanTokens then keeps the tokens before it.
  const tokens = scanTokens(text);
  // The scanner reports UTF-8 byte offsets.
  const bytes = Buffer.from(text, 'utf8');
  const position = bytePositions(bytes);
  return tokens
    .filter((t) => t.tokenName === 'SQL_COMMENT' || t.tokenName === 'C_COMMENT')
    .map((t) => {
      const start = position(t.start);
      const end = position(t.end);
      return { text: bytes.subarray(t.start, t.end).toString('utf8'), line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
    });
}

/** Maps a UTF-8 byte offset to a 1-based line and (character) column. */
function bytePositions(bytes: Buffer): (offset: number) => { line: number; column: number } {
  const lineStarts = [0];
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0x0a) lineStarts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    const column = bytes.subarray(lineStarts[lo]!, offset).toString('utf8').length + 1;
    return { line: lo + 1, column };
  };
}

async function typescriptComments(text: string): Promise<CommentToken[]> {
  const estree = await import('@typescript-eslint/typescript-estree');
  // CommonJS under a dynamic import: in the bundle the named exports sit on `default`.
  const parse = estree.parse ?? (estree as unknown as { default: typeof estree }).default.parse;
  try {
    const ast = parse(text, { comment: true, loc: true, range: true, jsx: false });
    return (ast.comments ?? []).map((c) => ({
      text: c.type === 'Line' ? `//${c.value}` : `/*${c.value}*/`,
      line: c.loc.start.line,
      column: c.loc.start.column + 1,
      endLine: c.loc.end.line,
      endColumn: c.loc.end.column + 1,
    }));
  } catch {
    return [];
  }
}

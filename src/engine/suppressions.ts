import { isPluginRuleId } from '../config/schema.js';
import type { Config } from '../config/types.js';
import type { SourceComment } from '../frontends/types.js';
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

/**
 * Drops the findings an inline suppression covers and reports every suppression that covered
 * nothing or names an unknown rule (like ESLint's unused-disable report, so stale comments do not
 * pile up). `comments` are what the frontends' own parsers found in the files that may hold
 * directives — tree-sitter for Python, libpg-query's scanner for SQL, typescript-estree for
 * TypeScript, the Prisma schema parser — so a `#` inside a string never counts and no file is
 * parsed twice.
 */
export function applySuppressions(
  diagnostics: Diagnostic[],
  comments: ReadonlyMap<string, readonly SourceComment[]>,
  config: Config,
  rules: readonly ActiveRule[],
): Diagnostic[] {
  const byFile = new Map<string, Suppression[]>();
  for (const [file, list] of comments) {
    const found = findSuppressions(file, list);
    if (found.length > 0) byFile.set(file, found);
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

/** The suppressions written in one file's comments, in source order. */
export function findSuppressions(file: string, comments: readonly SourceComment[]): Suppression[] {
  const out: Suppression[] = [];
  for (const comment of comments) {
    const directive = readDirective(comment.text);
    if (!directive) continue;
    out.push({
      kind: directive.kind,
      rules: directive.rules,
      location: { file, line: comment.line, column: comment.column, endLine: comment.endLine, endColumn: comment.endColumn },
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

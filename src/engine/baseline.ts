import path from 'node:path';
import { BASELINE_MAX_BYTES } from '../config/defaults.js';
import { ConfigError } from '../config/error.js';
import { ConfinementError, describeReadFailure, isInside, readConfinedFileSync, writeConfinedFileSync } from '../fsSafe.js';
import type { Diagnostic } from './diagnostic.js';
import { compareText } from './messages.js';

/** What the baseline file remembers of each accepted finding (for a human reading the diff). */
export interface BaselineEntry {
  ruleId: string;
  file: string;
  subject: string;
}

/** Findings accepted as known debt, by fingerprint. */
export interface Baseline {
  fingerprints: Set<string>;
  entries: Record<string, BaselineEntry>;
}

/**
 * Reads the baseline file (path relative to the project root). A missing file is no baseline
 * (the first `ormlint baseline` creates it); a file that is not a version-1 baseline is a config
 * error, because silently ignoring it would fail every build on old findings. The baseline must
 * be a regular file under the root (a committed link out of it is refused, unread) of at most
 * BASELINE_MAX_BYTES.
 */
export function readBaseline(root: string, file: string): Baseline | null {
  const abs = path.resolve(root, file);
  if (!isInside(path.resolve(root), abs)) throw new ConfigError(`baseline ${file} is outside the project root; ormlint reads only files under the root`, abs);
  const read = readConfinedFileSync(root, abs, BASELINE_MAX_BYTES);
  if (read.kind === 'missing') return null;
  if (read.kind !== 'ok') throw new ConfigError(describeReadFailure(read, `baseline ${file}`), abs);
  let parsed: unknown;
  try {
    parsed = JSON.parse(read.text);
  } catch (error) {
    // Only the position, never the parser's quote of the text: the text is the repository's.
    const where = /at position \d+(?: \(line \d+ column \d+\))?/.exec((error as Error).message)?.[0];
    throw new ConfigError(`baseline ${file} is not valid JSON${where ? ` (${where})` : ''}; regenerate it with "ormlint baseline"`, abs);
  }
  const data = parsed as { version?: unknown; fingerprints?: unknown };
  if (!data || typeof data !== 'object' || data.version !== 1 || !data.fingerprints || typeof data.fingerprints !== 'object') {
    throw new ConfigError(`baseline ${file} is not an ormlint baseline (expected { "version": 1, "fingerprints": {...} }); regenerate it with "ormlint baseline"`, abs);
  }
  const entries = data.fingerprints as Record<string, BaselineEntry>;
  return { fingerprints: new Set(Object.keys(entries)), entries };
}

/** Splits findings into the new ones (kept) and the count the baseline accepts. */
export function applyBaseline(diagnostics: Diagnostic[], baseline: Baseline): { kept: Diagnostic[]; baselined: number } {
  const kept = diagnostics.filter((d) => !baseline.fingerprints.has(d.fingerprint));
  return { kept, baselined: diagnostics.length - kept.length };
}

/**
 * The baseline file's text for these findings: `{ version: 1, fingerprints: { fp: {ruleId, file,
 * subject} } }`, keys sorted so regenerating an unchanged baseline gives an identical file.
 */
export function baselineJson(diagnostics: Diagnostic[]): string {
  const sorted = [...diagnostics].sort((a, b) => compareText(a.fingerprint, b.fingerprint));
  const fingerprints: Record<string, BaselineEntry> = {};
  for (const d of sorted) fingerprints[d.fingerprint] = { ruleId: d.ruleId, file: d.file, subject: d.subject };
  return `${JSON.stringify({ version: 1, fingerprints }, null, 2)}\n`;
}

/**
 * Writes the baseline for `ormlint baseline` (atomically, and only under the project root, links
 * resolved); returns the absolute path as given (not the link's target), for messages.
 */
export function writeBaseline(root: string, file: string, diagnostics: Diagnostic[]): string {
  const abs = path.resolve(root, file);
  if (!isInside(path.resolve(root), abs)) throw new ConfigError(`baseline ${file} is outside the project root; ormlint writes the baseline only under the root`);
  try {
    writeConfinedFileSync(abs, baselineJson(diagnostics), [{ dir: root, label: 'the project root' }]);
  } catch (error) {
    if (error instanceof ConfinementError) throw new ConfigError(`baseline ${file}: ${error.message}`);
    throw error;
  }
  return abs;
}

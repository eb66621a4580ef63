/**
 * The reporters: each a pure function of a RunReport to the text it prints, so the CLI and the
 * Action choose where it goes (stdout, --output, a SARIF file) and tests compare strings.
 */
import type { RunReport } from '../run.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatSarif } from './sarif.js';
import { formatText } from './text.js';
export { formatText, type TextOptions } from './text.js';
export { formatJson } from './json.js';
export { formatSarif } from './sarif.js';
export { formatGithub, escapeCommandData, escapeCommandProperty } from './github.js';
export type { PathOptions } from './paths.js';
export { countSeverities, type SeverityCounts } from './severityCounts.js';

export type Format = 'text' | 'json' | 'sarif' | 'github';

/** What every reporter accepts; each reads only the options that concern it. */
export interface ReportOptions {
  /** text: ANSI colours. */
  color?: boolean;
  /** text: list every notice where it occurs instead of summarising them in one block. */
  verbose?: boolean;
  /** sarif, github: the project root's path inside the repository (see PathOptions). */
  pathPrefix?: string;
}
export type Reporter = (result: RunReport, options?: ReportOptions) => string;

/** The reporter for each `--format`. */
export const reporters: Record<Format, Reporter> = {
  text: (result, options) => formatText(result, { color: options?.color, verbose: options?.verbose }),
  json: (result) => formatJson(result),
  sarif: (result, options) => formatSarif(result, { pathPrefix: options?.pathPrefix }),
  github: (result, options) => formatGithub(result, { pathPrefix: options?.pathPrefix }),
};

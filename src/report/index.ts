// STUB signatures — owned by the reporters helper; each reporter is a pure (result) => string.
import type { RunResult } from '../run.js';
export { formatText } from './text.js';
export { formatJson } from './json.js';
export { formatSarif } from './sarif.js';
export { formatGithub } from './github.js';
export type Format = 'text' | 'json' | 'sarif' | 'github';
export type Reporter = (result: RunResult, options?: { color?: boolean }) => string;

import type { Severity } from '../engine/diagnostic.js';

export type CommentMode = 'auto' | 'always' | 'never';
export type AnnotationMode = 'true' | 'false' | 'check-run';
export type FailOn = Severity | 'never';

/** The Action's inputs (action.yml), validated, with defaults applied. */
export interface ActionInputs {
  config: string;
  workingDirectory: string;
  githubToken: string;
  comment: CommentMode;
  annotations: AnnotationMode;
  failOn: FailOn;
  onlyChanged: boolean;
  /** Where to write SARIF; null when not asked for. */
  sarif: string | null;
  /** Overrides the config's baseline; null keeps the config's. */
  baseline: string | null;
  /**
   * Load the config's `plugins:` (repository code). Only the workflow can allow it: the config is
   * part of the pull request, the workflow of a `pull_request_target` run is the base branch's.
   */
  allowPlugins: boolean;
  /** Folder of the per-file cache (with actions/cache); null: none. */
  cache: string | null;
}

/** A value the workflow author must fix; reported in one line through core.setFailed. */
export class InputError extends Error {
  override name = 'InputError';
}

/** Reads inputs through `getInput` (core.getInput in the Action, a map in tests). */
export function readInputs(getInput: (name: string) => string): ActionInputs {
  const text = (name: string, fallback: string) => getInput(name).trim() || fallback;
  return {
    config: text('config', '.ormlint.yml'),
    workingDirectory: text('working-directory', '.'),
    githubToken: getInput('github-token').trim(),
    comment: oneOf('comment', text('comment', 'auto'), ['auto', 'always', 'never']),
    annotations: oneOf('annotations', text('annotations', 'true').toLowerCase(), ['true', 'false', 'check-run']),
    failOn: oneOf('fail-on', text('fail-on', 'error'), ['error', 'warning', 'notice', 'never']),
    onlyChanged: oneOf('only-changed', text('only-changed', 'false').toLowerCase(), ['true', 'false']) === 'true',
    sarif: getInput('sarif').trim() || null,
    baseline: getInput('baseline').trim() || null,
    allowPlugins: oneOf('allow-plugins', text('allow-plugins', 'false').toLowerCase(), ['true', 'false']) === 'true',
    cache: getInput('cache').trim() || null,
  };
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new InputError(`Input "${name}" is "${value}"; must be one of: ${allowed.join(', ')}`);
}

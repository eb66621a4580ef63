import type { FrontendProblem } from '../facts.js';

/**
 * A failure inside ormlint while reading one file (or one class, one statement) becomes a finding
 * at that place, and the rest of the run goes on: one odd file must not cost the whole report.
 */
export function failureProblem(error: unknown, location: { file: string; line?: number; column?: number }, what = 'this file'): FrontendProblem {
  const reason = error instanceof RangeError && /call stack/iu.test(error.message)
    ? `it nests too deeply for ormlint to follow (the call stack ran out)`
    : `ormlint failed while reading it (internal error: ${firstLine(error)}); please report this`;
  return {
    kind: 'parse-error',
    message: `${what} is not analysed: ${reason}`,
    location: { file: location.file, line: location.line ?? 1, column: location.column ?? 1 },
  };
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]!.slice(0, 200);
}

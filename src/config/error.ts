/**
 * A config problem the user must fix: printed as one line `file:line:col: what is wrong`,
 * exit code 2, never a stack trace. file/line/column are null when the problem has no place
 * in a file (a --config path that does not exist).
 */
export class ConfigError extends Error {
  constructor(
    message: string,
    readonly file: string | null = null,
    readonly line: number | null = null,
    readonly column: number | null = null,
  ) {
    super(message);
    this.name = 'ConfigError';
  }
}

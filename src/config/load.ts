// STUB — owned by the config/discovery helper; replace wholesale.
import type { Config } from './types.js';

/** A config problem the user must fix: printed as one line, exit code 2. */
export class ConfigError extends Error {
  constructor(message: string, readonly file: string | null = null, readonly line: number | null = null, readonly column: number | null = null) {
    super(message);
    this.name = 'ConfigError';
  }
}

export interface LoadConfigOptions {
  /** --config, as given. */
  configPath?: string;
  /** --root, as given. */
  root?: string;
  cwd: string;
}

export function loadConfig(options: LoadConfigOptions): Config {
  void options;
  throw new ConfigError('not implemented');
}

import path from 'node:path';
import type { Config } from '../../src/config/types.js';
import { DEFAULT_MAX_FILE_BYTES } from '../../src/config/defaults.js';

/** A config as the loader makes it (nothing configured, every default), with the test's changes. */
export function testConfig(root = '/repo', overrides: Partial<Config> = {}): Config {
  return {
    file: path.join(root, '.ormlint.yml'),
    root,
    models: null,
    migrations: null,
    dialect: 'postgres',
    defaultSchema: 'public',
    rules: {},
    plugins: [],
    baseline: null,
    maxFileBytes: DEFAULT_MAX_FILE_BYTES,
    ...overrides,
  };
}

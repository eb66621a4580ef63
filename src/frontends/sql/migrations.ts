// STUB — owned by the SQL helper; replace wholesale.
import type { MigrationFrontend } from '../types.js';

export const sqlMigrationsFrontend: MigrationFrontend = {
  async extract() {
    return { migrations: [], graph: null, operations: [], problems: [] };
  },
};

// STUB — owned by the Alembic helper; replace wholesale.
import type { MigrationFrontend } from '../types.js';

export const alembicFrontend: MigrationFrontend = {
  async extract() {
    return { migrations: [], graph: null, operations: [], problems: [] };
  },
};

// STUB — owned by the SQLAlchemy helper; replace wholesale.
import { emptySchema } from '../../ir.js';
import type { ModelFrontend } from '../types.js';

export const sqlalchemyFrontend: ModelFrontend = {
  async extract() {
    return { models: [], registry: null, schema: emptySchema(), problems: [] };
  },
};

import type { RuleDefinition } from '../src/engine/rule.js';
import config from './config.js';
import duplicateClassName from './duplicate-class-name.js';
import duplicateTableName from './duplicate-table-name.js';
import foreignKeyTarget from './foreign-key-target.js';
import internalError from './internal-error.js';
import migrationError from './migration-error.js';
import migrationGraph from './migration-graph.js';
import missingMigration from './missing-migration.js';
import modelBase from './model-base.js';
import orphanTable from './orphan-table.js';
import parseError from './parse-error.js';
import schemaDrift from './schema-drift.js';
import unimportedModel from './unimported-model.js';
import unresolved from './unresolved.js';
import unusedSuppression from './unused-suppression.js';

/** Every built-in rule, one file each under rules/ (`npm run new-rule <id>` adds to this list). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const builtinRules: RuleDefinition<any>[] = [
  duplicateClassName,
  duplicateTableName,
  unimportedModel,
  missingMigration,
  orphanTable,
  schemaDrift,
  foreignKeyTarget,
  modelBase,
  migrationGraph,
  migrationError,
  parseError,
  config,
  unresolved,
  unusedSuppression,
  internalError,
];

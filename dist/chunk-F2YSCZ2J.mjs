import { createRequire as __ormlintCreateRequire } from 'node:module';
import { fileURLToPath as __ormlintFileURLToPath } from 'node:url';
import { dirname as __ormlintDirname } from 'node:path';
const require = __ormlintCreateRequire(import.meta.url);
const __filename = __ormlintFileURLToPath(import.meta.url);
const __dirname = __ormlintDirname(__filename);
import {
  loadSqlParser,
  scanTokens,
  sqlToOperations
} from "./chunk-CMUDUXAC.mjs";
import "./chunk-4FHPRCOI.mjs";
import "./chunk-X5VI77A6.mjs";
export {
  loadSqlParser,
  scanTokens,
  sqlToOperations
};

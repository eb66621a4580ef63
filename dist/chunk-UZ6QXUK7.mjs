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
} from "./chunk-JV7GSIGN.mjs";
import "./chunk-JAHM4SGJ.mjs";
import "./chunk-OK67AZ7F.mjs";
export {
  loadSqlParser,
  scanTokens,
  sqlToOperations
};

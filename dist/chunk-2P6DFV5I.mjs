import { createRequire as __ormlintCreateRequire } from 'node:module';
import { fileURLToPath as __ormlintFileURLToPath } from 'node:url';
import { dirname as __ormlintDirname } from 'node:path';
const require = __ormlintCreateRequire(import.meta.url);
const __filename = __ormlintFileURLToPath(import.meta.url);
const __dirname = __ormlintDirname(__filename);
import {
  sqlMigrationsFrontend,
  sqlPerFile
} from "./chunk-O2KF746A.mjs";
import "./chunk-BDW4MDRY.mjs";
import "./chunk-GGE2FSDP.mjs";
import "./chunk-ER6IP3PZ.mjs";
import "./chunk-A6M3K2JY.mjs";
import "./chunk-7ATV6MXW.mjs";
import "./chunk-OK67AZ7F.mjs";
export {
  sqlMigrationsFrontend,
  sqlPerFile
};

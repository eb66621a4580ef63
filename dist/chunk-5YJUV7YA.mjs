import { createRequire as __ormlintCreateRequire } from 'node:module';
import { fileURLToPath as __ormlintFileURLToPath } from 'node:url';
import { dirname as __ormlintDirname } from 'node:path';
const require = __ormlintCreateRequire(import.meta.url);
const __filename = __ormlintFileURLToPath(import.meta.url);
const __dirname = __ormlintDirname(__filename);
import {
  require_dist
} from "./chunk-CFCLJGKF.mjs";
import "./chunk-VHE52EGW.mjs";
import "./chunk-OK67AZ7F.mjs";
export default require_dist();

import { createRequire as __ormlintCreateRequire } from 'node:module';
import { fileURLToPath as __ormlintFileURLToPath } from 'node:url';
import { dirname as __ormlintDirname } from 'node:path';
const require = __ormlintCreateRequire(import.meta.url);
const __filename = __ormlintFileURLToPath(import.meta.url);
const __dirname = __ormlintDirname(__filename);
import {
  sqlMigrationsFrontend,
  sqlPerFile
} from "./chunk-U4G6T5N6.mjs";
import "./chunk-4GJUDZH7.mjs";
import "./chunk-GGE2FSDP.mjs";
import "./chunk-UZYLDHA3.mjs";
import "./chunk-JV7GSIGN.mjs";
import "./chunk-JAHM4SGJ.mjs";
import "./chunk-OK67AZ7F.mjs";
export {
  sqlMigrationsFrontend,
  sqlPerFile
};

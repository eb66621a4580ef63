import { createRequire as __ormlintCreateRequire } from 'node:module';
import { fileURLToPath as __ormlintFileURLToPath } from 'node:url';
import { dirname as __ormlintDirname } from 'node:path';
const require = __ormlintCreateRequire(import.meta.url);
const __filename = __ormlintFileURLToPath(import.meta.url);
const __dirname = __ormlintDirname(__filename);
import {
  parsePython,
  pythonParser,
  pythonSyntaxReader
} from "./chunk-U25424FD.mjs";
import "./chunk-OK67AZ7F.mjs";
export {
  parsePython,
  pythonParser,
  pythonSyntaxReader
};

// STUB — owned by the config/discovery helper; replace wholesale.
import type { FrontendProblem } from './ir.js';
import type { SourceFile } from './frontends/types.js';

/** Files under root matching include and not exclude; never outside root, symlinks included. */
export async function discoverFiles(
  root: string,
  include: string[],
  exclude: string[],
  maxFileBytes: number,
): Promise<{ files: SourceFile[]; problems: FrontendProblem[] }> {
  void root; void include; void exclude; void maxFileBytes;
  return { files: [], problems: [] };
}

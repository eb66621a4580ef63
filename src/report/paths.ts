/**
 * Options shared by the reporters whose paths a consumer resolves against the repository root
 * (GitHub annotations, code scanning), not against the ormlint project root.
 */
export interface PathOptions {
  /**
   * Prepended to every project-relative path, e.g. `services/api` when the project root is that
   * folder of the repository: GitHub resolves annotation and SARIF paths from the repository root
   * and ignores SARIF's `uriBaseId`.
   */
  pathPrefix?: string;
}

/** `prefix/file` with `/` separators and no doubled or trailing slash; '' stays '' (no file). */
export function withPrefix(file: string, pathPrefix: string | undefined): string {
  const prefix = normalizePrefix(pathPrefix);
  if (!file || !prefix) return file;
  return `${prefix}/${file}`;
}

export function normalizePrefix(pathPrefix: string | undefined): string {
  if (!pathPrefix) return '';
  const parts = pathPrefix.split('\\').join('/').split('/').filter((p) => p !== '' && p !== '.');
  return parts.join('/');
}

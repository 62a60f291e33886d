import { accessSync, constants, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { BasemapError, fileOrFolder } from './basemap-error';

/**
 * The absolute path of an existing, readable file or folder named by the `path` setting. These are paths on
 * the server (an administrator's PUT may name any the server process can read, and nothing else).
 */
export function requireReadablePath(path: string | undefined, want: 'file' | 'folder', example: string): string {
  const what = fileOrFolder(want);
  if (!path) throw new BasemapError('path', 'basemap_path_not_set', { ...what, example });
  const absolute = resolve(path);
  let isFolder: boolean;
  try {
    isFolder = statSync(absolute).isDirectory();
  } catch {
    throw new BasemapError('path', 'basemap_path_missing', { ...what, path: absolute });
  }
  if (isFolder !== (want === 'folder')) {
    const is = fileOrFolder(isFolder ? 'folder' : 'file');
    throw new BasemapError('path', 'basemap_path_wrong_kind', { ...what, path: absolute, isWhat: is.what, isWhatEn: is.whatEn });
  }
  try {
    accessSync(absolute, want === 'folder' ? constants.R_OK | constants.X_OK : constants.R_OK);
  } catch {
    throw new BasemapError('path', 'basemap_path_unreadable', { ...what, path: absolute });
  }
  return absolute;
}

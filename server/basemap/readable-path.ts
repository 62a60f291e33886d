import { accessSync, constants, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { BasemapError } from './basemap-error';

/**
 * The absolute path of an existing, readable file or folder named by the `path` setting. These are paths on
 * the server (an administrator's PUT may name any the server process can read, and nothing else).
 */
export function requireReadablePath(path: string | undefined, want: 'file' | 'folder', example: string): string {
  const what = want === 'file' ? '文件' : '文件夹';
  const whatEn = want === 'file' ? 'file' : 'folder';
  if (!path) throw new BasemapError('path', `未设置${what}路径，例如 ${example}（${whatEn} path not set）`);
  const absolute = resolve(path);
  let isFolder: boolean;
  try {
    isFolder = statSync(absolute).isDirectory();
  } catch {
    throw new BasemapError('path', `找不到${what} ${absolute}（${whatEn} not found）`);
  }
  if (isFolder !== (want === 'folder')) {
    throw new BasemapError('path', `${absolute} 是${isFolder ? '文件夹' : '文件'}，不是${what}（not a ${whatEn}）`);
  }
  try {
    accessSync(absolute, want === 'folder' ? constants.R_OK | constants.X_OK : constants.R_OK);
  } catch {
    throw new BasemapError('path', `无法读取${what} ${absolute}（${whatEn} not readable）`);
  }
  return absolute;
}

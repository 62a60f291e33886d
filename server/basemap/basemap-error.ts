import type { Language } from '../i18n/language';
import { say, type ApiMessageCode, type MessageParams } from '../i18n/messages';
/** The settings of a base map, as PUT /api/admin/basemap names them (core/contracts/basemap.ts). */
export type BasemapSettingName = 'kind' | 'path' | 'url' | 'labelUrl' | 'token' | 'crs' | 'attribution';

const envNames: Record<BasemapSettingName, string> = {
  kind: 'BASEMAP_KIND',
  path: 'BASEMAP_PATH',
  url: 'BASEMAP_URL',
  labelUrl: 'BASEMAP_LABEL_URL',
  token: 'BASEMAP_TOKEN',
  crs: 'BASEMAP_CRS',
  attribution: 'BASEMAP_ATTRIBUTION',
};

/**
 * A base map that cannot be opened, as a code of the API's catalogue (server/i18n/messages.ts) and its parameters,
 * so that PUT /api/admin/basemap answers in the administrator's language. The message — all a failed start prints —
 * is the Chinese one, on one line, naming the environment variable (`BASEMAP_PATH：找不到文件 /x/y.mbtiles`).
 */
export class BasemapError extends Error {
  constructor(
    readonly setting: BasemapSettingName,
    readonly code: ApiMessageCode,
    readonly params: MessageParams = {},
  ) {
    super(`${envNames[setting]}：${oneLine(say('zh-CN', code, params))}`);
    this.name = 'BasemapError';
  }

  /** The reason alone, in `language` (`找不到文件 …`). */
  reason(language: Language): string {
    return oneLine(say(language, this.code, this.params));
  }
}

/**
 * A proxied tile service that failed or answered no tile (route: 502 with this message, which never holds the
 * token); worded, like BasemapError, from a code in the request's language.
 */
export class UpstreamError extends Error {
  constructor(
    readonly code: ApiMessageCode,
    readonly params: MessageParams = {},
  ) {
    super(say('zh-CN', code, params));
    this.name = 'UpstreamError';
  }
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The parameters {what} and {whatEn} of a message about a file or a folder. */
export function fileOrFolder(want: 'file' | 'folder'): { what: string; whatEn: string } {
  return want === 'file' ? { what: '文件', whatEn: 'file' } : { what: '文件夹', whatEn: 'folder' };
}

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
 * A base map that cannot be opened. The message is one line, Chinese first, naming the environment variable
 * (`BASEMAP_PATH：找不到文件 /x/y.mbtiles（file not found）`), which is all a failed start prints.
 */
export class BasemapError extends Error {
  readonly reason: string;
  constructor(
    readonly setting: BasemapSettingName,
    reason: string,
  ) {
    const oneLine = reason.replace(/\s+/g, ' ').trim();
    super(`${envNames[setting]}：${oneLine}`);
    this.name = 'BasemapError';
    this.reason = oneLine;
  }

  /** The same reason naming the field of PUT /api/admin/basemap's body (`path：找不到文件 …`). */
  get fieldMessage(): string {
    return `${this.setting}：${this.reason}`;
  }
}

/** A proxied tile service that failed or answered no tile (route: 502 with this message, which never holds the token). */
export class UpstreamError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UpstreamError';
  }
}

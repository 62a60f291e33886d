import type { BasemapCrs, BasemapKind, BasemapSettings } from '../../../core/contracts/basemap';

/** The switch form's fields, as typed (empty text for an unset setting). */
export interface BasemapForm {
  kind: BasemapKind;
  crs: BasemapCrs;
  path: string;
  url: string;
  labelUrl: string;
  token: string; // "••••" as the server shows a token in use, which a PUT sending it back keeps
  attribution: string;
}

/** Which fields a kind uses: a package on the server's disk, a tile service, or neither (builtin). */
export function fieldsOfKind(kind: BasemapKind, form: Pick<BasemapForm, 'path' | 'url'>): { path: boolean; url: boolean; service: boolean } {
  if (kind === 'builtin') return { path: false, url: false, service: false };
  if (kind === 'mbtiles' || kind === 'pmtiles') return { path: true, url: false, service: false };
  if (kind === 'wmts') return { path: false, url: true, service: true };
  // xyz: a folder of tiles, or an XYZ tile service when a URL and no path is given.
  const service = form.url.trim() !== '' && form.path.trim() === '';
  return { path: !service, url: true, service };
}

/** The form filled from the settings in use. */
export function formOfSettings(settings: BasemapSettings): BasemapForm {
  return {
    kind: settings.kind,
    crs: settings.crs,
    path: settings.path ?? '',
    url: settings.url ?? '',
    labelUrl: settings.labelUrl ?? '',
    token: settings.token ?? '',
    attribution: settings.attribution ?? '',
  };
}

/** The PUT body of the form: trimmed, empty fields and fields the kind does not use left out. Does not mutate the form. */
export function settingsOfForm(form: BasemapForm): BasemapSettings {
  const fields = fieldsOfKind(form.kind, form);
  const settings: BasemapSettings = { kind: form.kind, crs: form.crs };
  const put = (key: 'path' | 'url' | 'labelUrl' | 'token' | 'attribution', value: string, used: boolean) => {
    if (used && value.trim() !== '') settings[key] = value.trim();
  };
  put('path', form.path, fields.path);
  put('url', form.url, fields.url);
  put('labelUrl', form.labelUrl, fields.service);
  put('token', form.token, fields.service);
  put('attribution', form.attribution, true);
  return settings;
}

/** Bounds [w, s, e, n] as "107.4902° E – 107.5781° E, 31.2034° N – 31.2786° N". */
export function formatBounds([w, s, e, n]: [number, number, number, number]): string {
  const lng = (v: number) => `${Math.abs(v).toFixed(4)}° ${v < 0 ? 'W' : 'E'}`;
  const lat = (v: number) => `${Math.abs(v).toFixed(4)}° ${v < 0 ? 'S' : 'N'}`;
  return `${lng(w)} – ${lng(e)}, ${lat(s)} – ${lat(n)}`;
}

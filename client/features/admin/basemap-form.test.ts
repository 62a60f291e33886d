import { describe, expect, it } from 'vitest';
import { fieldsOfKind, formatBounds, formOfSettings, settingsOfForm, type BasemapForm } from './basemap-form';

const empty: BasemapForm = { kind: 'builtin', crs: 'wgs84', path: '', url: '', labelUrl: '', token: '', attribution: '' };

describe('the base-map switch form', () => {
  it('sends a package’s path and leaves out the service fields', () => {
    const form = { ...empty, kind: 'mbtiles' as const, path: ' /srv/basemap/dachuan.mbtiles ', url: 'http://x/{z}/{x}/{y}', token: 't' };
    expect(settingsOfForm(form)).toEqual({ kind: 'mbtiles', crs: 'wgs84', path: '/srv/basemap/dachuan.mbtiles' });
  });

  it('sends a WMTS service’s URL, label URL and token, and no path', () => {
    const form = { ...empty, kind: 'wmts' as const, crs: 'cgcs2000' as const, path: '/x', url: 'http://t0/{z}/{x}/{y}', labelUrl: 'http://t0/cva/{z}/{x}/{y}', token: '••••', attribution: '天地图' };
    expect(settingsOfForm(form)).toEqual({ kind: 'wmts', crs: 'cgcs2000', url: 'http://t0/{z}/{x}/{y}', labelUrl: 'http://t0/cva/{z}/{x}/{y}', token: '••••', attribution: '天地图' });
  });

  it('reads an xyz kind with a URL and no path as a tile service', () => {
    expect(fieldsOfKind('xyz', { path: '', url: 'http://x/{z}/{x}/{y}.png' })).toEqual({ path: false, url: true, service: true });
    expect(fieldsOfKind('xyz', { path: '/srv/tiles', url: '' })).toEqual({ path: true, url: true, service: false });
  });

  it('fills the form from the settings in use and gives them back unchanged', () => {
    const settings = { kind: 'pmtiles' as const, crs: 'gcj02' as const, path: '/srv/basemap/dachuan.pmtiles', attribution: '高德' };
    expect(settingsOfForm(formOfSettings(settings))).toEqual(settings);
  });

  it('does not mutate the form', () => {
    const form = { ...empty, kind: 'xyz' as const, path: ' /srv/tiles ' };
    const copy = { ...form };
    settingsOfForm(form);
    expect(form).toEqual(copy);
  });

  it('writes bounds with hemispheres', () => {
    expect(formatBounds([107.490234, 31.203405, 107.578125, 31.278551])).toBe('107.4902° E – 107.5781° E, 31.2034° N – 31.2786° N');
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, setCsrfToken } from './client';
import { decodePlanFile } from './planner-endpoints';

interface Call {
  url: string;
  headers: Headers;
  bytes: number[];
}
let calls: Call[];
let answers: Response[];
const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const decoded = { type: 'FeatureCollection', features: [], file: { type: 'shp', layer: 'grids', crs: 'CRS84', encoding: 'gbk', warnings: [] } };

beforeEach(() => {
  calls = [];
  answers = [];
  setCsrfToken('csrf-1');
  vi.stubGlobal('fetch', async (request: Request) => {
    const url = new URL(request.url);
    calls.push({ url: url.pathname + url.search, headers: request.headers, bytes: [...new Uint8Array(await request.arrayBuffer())] });
    return answers.shift()!;
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

describe('decodePlanFile', () => {
  it('sends a .zip as application/zip, byte for byte', async () => {
    answers.push(json(200, decoded));
    expect(await decodePlanFile(new Blob([new Uint8Array([0x50, 0x4b, 3, 4, 0xff])]), '网格.ZIP')).toEqual(decoded);
    expect(calls[0]).toMatchObject({ url: '/api/planner/plan-file', bytes: [0x50, 0x4b, 3, 4, 0xff] });
    expect(calls[0].headers.get('content-type')).toBe('application/zip');
    expect(calls[0].headers.get('x-csrf-token')).toBe('csrf-1');
  });

  it('sends a .gpkg as a GeoPackage', async () => {
    answers.push(json(200, decoded));
    await decodePlanFile(new Blob([new Uint8Array([1])]), 'plan.gpkg');
    expect(calls[0].headers.get('content-type')).toBe('application/geopackage+sqlite3');
  });

  it('asks again as GBK when the server finds a Shapefile without .cpg to be GBK', async () => {
    answers.push(json(400, { error: 'bad_request', message: '属性编码：…', issues: [{ field: 'encoding', message: '…' }], detectedEncoding: 'gbk' }), json(200, decoded));
    expect(await decodePlanFile(new Blob([new Uint8Array([1])]), 'plan.zip')).toEqual(decoded);
    expect(calls.map((c) => c.url)).toEqual(['/api/planner/plan-file', '/api/planner/plan-file?encoding=gbk']);
  });

  it('throws any other refusal as an ApiError with the server’s message', async () => {
    answers.push(json(400, { error: 'bad_request', message: 'Shapefile 的 .dbf 属性文件：压缩包中的 Shapefile grids 缺少 .dbf 文件', issues: [{ field: '.dbf', message: '…' }] }));
    const err = await decodePlanFile(new Blob([new Uint8Array([1])]), 'plan.zip').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).message).toContain('缺少 .dbf 文件');
    expect(calls).toHaveLength(1);
  });
});

import { describe, expect, it } from 'vitest';
import { ApiError } from './client';
import { jsonAnswer, stubFetch } from './stub-fetch';
import { exportRegistryFile, getRegistryFreshness, importRegistryFile, importRegistryUpload, listRegistryTasks } from './registry-endpoints';

const { calls, answers } = stubFetch();
const json = jsonAnswer;

describe('the registry endpoints', () => {
  it('asks for the grids, or for the buildings of one grid', async () => {
    answers.push(json(200, { level: 'grids', freshDays: 90, rows: [] }), json(200, { level: 'buildings', freshDays: 90, gridCode: 'G', rows: [] }));
    await getRegistryFreshness();
    await getRegistryFreshness('511703001001001');
    expect(calls.map((c) => c.url)).toEqual(['/api/registry/freshness', '/api/registry/freshness?grid=511703001001001']);
  });

  it('leaves out empty task filters', async () => {
    answers.push(json(200, []));
    await listRegistryTasks({ grid: '', status: 'open' });
    expect(calls[0].url).toBe('/api/registry/tasks?status=open');
  });

  it('sends a CSV file as text/csv with the CSRF token and reads a 422 as the rejection report', async () => {
    const refusal = { error: 'rejected_rows', message: '1 of 2 rows refused; nothing was imported', kind: 'residents', rows: 2, rejected: [{ row: 3, field: 'id_number', reason: 'x' }] };
    answers.push(json(422, refusal));
    const outcome = await importRegistryFile({ kind: 'residents', format: 'csv', content: 'id,name\r\n', dryRun: false });
    expect(outcome).toEqual({ ok: false, refusal });
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.url).toBe('/api/registry/import?kind=residents');
    expect([post.headers.get('content-type'), post.headers.get('x-csrf-token')]).toEqual(['text/csv; charset=utf-8', 'csrf-1']);
    expect(post.body).toBe('id,name\r\n'); // the file as it is, not a JSON string
  });

  it('sends GeoJSON as application/geo+json, asks for a dry run, and reads the result', async () => {
    const result = { kind: 'houses', format: 'geojson', rows: 2, written: 2, dryRun: true, ignoredColumns: [] };
    answers.push(json(200, result));
    expect(await importRegistryFile({ kind: 'houses', format: 'geojson', content: '{}', dryRun: true })).toEqual({ ok: true, result });
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.url).toBe('/api/registry/import?kind=houses&dryRun=true');
    expect(post.headers.get('content-type')).toBe('application/geo+json');
    expect(post.body).toBe('{}');
  });

  it('sends a zipped Shapefile as application/zip with the encoding asked, and a GeoPackage as one, reading a 422 as the report', async () => {
    const refusal = { error: 'rejected_rows', message: 'x', kind: 'addresses', rows: 1, rejected: [{ row: 1, field: 'geometry', reason: 'y' }], file: { type: 'shp', layer: 'a', crs: 'EPSG:4524', warnings: [] } };
    answers.push(json(422, refusal), json(201, { kind: 'addresses', format: 'geojson', rows: 1, written: 1, dryRun: false, ignoredColumns: [] }));
    expect(await importRegistryUpload({ kind: 'addresses', format: 'shp', file: new Blob(['PK-zip']), encoding: 'gbk', dryRun: false })).toEqual({ ok: false, refusal });
    await importRegistryUpload({ kind: 'addresses', format: 'gpkg', file: new Blob(['SQLite format 3']), dryRun: true });
    const posts = calls.filter((c) => c.method === 'POST');
    expect(posts.map((c) => [c.url, c.headers.get('content-type'), c.body])).toEqual([
      ['/api/registry/import?kind=addresses&encoding=gbk', 'application/zip', 'PK-zip'],
      ['/api/registry/import?kind=addresses&dryRun=true', 'application/geopackage+sqlite3', 'SQLite format 3'],
    ]);
  });

  it('throws the server’s message for any other failure, e.g. a file over 10 MiB', async () => {
    answers.push(json(413, { error: 'payload_too_large', message: 'import file over 10 MiB: split it' }));
    const err = await importRegistryFile({ kind: 'residents', format: 'csv', content: '', dryRun: false }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ status: 413, code: 'payload_too_large', message: 'import file over 10 MiB: split it' });
  });

  it('asks for an unmasked export only when told to, and hands on the file’s bytes and the name the server gives it', async () => {
    const disposition = `attachment; filename="registry-residents-511703001001001.csv"; filename*=UTF-8''${encodeURIComponent('实有人口-梧桐梁社区第1网格.csv')}`;
    answers.push(new Response('id\r\n', { headers: { 'content-disposition': disposition } }), new Response('id\r\n'));
    const file = await exportRegistryFile({ grid: '511703001001001', kind: 'residents', format: 'csv', unmask: false });
    expect(new TextDecoder().decode(file.bytes)).toBe('id\r\n');
    expect(file.fileName).toBe('实有人口-梧桐梁社区第1网格.csv');
    await exportRegistryFile({ grid: '511703001001001', kind: 'residents', format: 'geojson', unmask: true });
    expect(calls.map((c) => c.url)).toEqual([
      '/api/registry/export?grid=511703001001001&kind=residents&format=csv',
      '/api/registry/export?grid=511703001001001&kind=residents&format=geojson&unmask=true',
    ]);
  });
});

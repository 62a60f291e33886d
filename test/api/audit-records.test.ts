import type { Feature } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuditRow } from '../../core/contracts/admin';
import type { PlanDraft, PlannerAreas, PlannerUnits } from '../../core/contracts/planner';
import { writeGeoPackage } from '../../server/files/write-geopackage';
import { loginAs, type TestClient } from '../support/test-database';

// What the audit log stores of a request (issue: the 审计日志 page showed plans by UUID and a preview as 写入数据).
let admin: TestClient;
let planner: TestClient;
let leader: TestClient;
let community: { code: string; name: string };
let building: string;
beforeAll(async () => {
  [admin, planner, leader] = await Promise.all([loginAs('admin'), loginAs('planner'), loginAs('grid001')]);
  const areas = (await (await planner.request('/api/planner/areas')).json()) as PlannerAreas;
  community = areas.streets.flatMap((s) => s.communities)[0];
  const units = (await (await planner.request(`/api/planner/units?community=${community.code}`)).json()) as PlannerUnits;
  building = units.units.features[0].properties.code;
});

const json = (method: string, body: unknown) => ({ method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
// One building of many: a draft saves, but it would leave the others out, so a preview or publish is refused (422).
const input = (name: string) => ({ name, areaKind: 'community', areaCode: community.code, band: [300, 500], assignment: { [building]: 'N001' } });

/** The newest audit row of `action` that `match` picks, read as the audit page reads it. */
async function newestAudit(action: string, match: (r: AuditRow) => boolean = () => true): Promise<AuditRow | undefined> {
  const res = await admin.request(`/api/admin/audit?action=${action}&limit=50`);
  expect(res.status).toBe(200);
  return ((await res.json()) as AuditRow[]).find(match);
}

async function saveDraft(name: string): Promise<PlanDraft> {
  const res = await planner.request('/api/planner/drafts', json('POST', input(name)));
  expect(res.status).toBe(201);
  return (await res.json()) as PlanDraft;
}

describe('the audit rows of grid plans', () => {
  it('names a saved draft by its name and its area’s name, after its id', async () => {
    const draft = await saveDraft('审计·新草案');
    const row = await newestAudit('save_grid_draft', (r) => r.records[0] === draft.id);
    expect(row?.records).toEqual([draft.id, 'plan_name:审计·新草案', `area:${community.name}`]);
    await planner.request(`/api/planner/drafts/${draft.id}`, { method: 'DELETE' });
  });

  it('names a draft saved over by the name it is given', async () => {
    const draft = await saveDraft('审计·改名前');
    expect((await planner.request(`/api/planner/drafts/${draft.id}`, json('PUT', input('审计·改名后')))).status).toBe(200);
    const row = await newestAudit('save_grid_draft', (r) => r.records[0] === draft.id);
    expect(row?.records).toEqual([draft.id, 'plan_name:审计·改名后', `area:${community.name}`]);
    await planner.request(`/api/planner/drafts/${draft.id}`, { method: 'DELETE' });
  });

  it('names a deleted draft, though nothing holds its name afterwards', async () => {
    const draft = await saveDraft('审计·将删除');
    expect((await planner.request(`/api/planner/drafts/${draft.id}`, { method: 'DELETE' })).status).toBe(204);
    const row = await newestAudit('delete_grid_draft', (r) => r.records[0] === draft.id);
    expect(row?.records).toEqual([draft.id, 'plan_name:审计·将删除', `area:${community.name}`]);
  });

  it('names a plan whose publishing was refused', async () => {
    const draft = await saveDraft('审计·发布');
    expect((await planner.request(`/api/planner/drafts/${draft.id}/publish`, { method: 'POST' })).status).toBe(422);
    const row = await newestAudit('publish_grid_plan', (r) => r.records[0] === draft.id);
    expect(row).toMatchObject({ records: [draft.id, 'plan_name:审计·发布', `area:${community.name}`], outcome: 'failed', status: 422 });
    await planner.request(`/api/planner/drafts/${draft.id}`, { method: 'DELETE' });
  });
});

describe('the audit rows of requests that write nothing', () => {
  const previews = (r: AuditRow) => r.route === '/api/planner/preview';

  it('records a publish preview as a preview of the named plan, not as a write', async () => {
    expect((await planner.request('/api/planner/preview', json('POST', input('审计·预览')))).status).toBe(422);
    const row = await newestAudit('preview_grid_plan', previews);
    expect(row).toMatchObject({ username: 'planner', records: ['plan_name:审计·预览', `area:${community.name}`] });
    expect(await newestAudit('write', previews)).toBeUndefined();
  });

  it('records a preview refused before its handler (a role that does not plan, a bad body) as a preview too', async () => {
    expect((await leader.request('/api/planner/preview', json('POST', input('审计·无权')))).status).toBe(403);
    expect(await newestAudit('preview_grid_plan', (r) => previews(r) && r.username === 'grid001')).toMatchObject({ outcome: 'denied', records: [] });
    expect((await planner.request('/api/planner/preview', json('POST', { name: '' }))).status).toBe(400);
    expect(await newestAudit('preview_grid_plan', previews)).toMatchObject({ username: 'planner', outcome: 'failed', status: 400 });
    expect(await newestAudit('write', previews)).toBeUndefined();
  });

  it('records reading a plan file as a file read, with its format and features, refused or not', async () => {
    const square: Feature = { type: 'Feature', properties: { code: 'N001' }, geometry: { type: 'Polygon', coordinates: [[[106.7, 31.2], [106.71, 31.2], [106.71, 31.21], [106.7, 31.2]]] } };
    const gpkg = writeGeoPackage([square], 'grids', '网格');
    const post = (type: string) => planner.request('/api/planner/plan-file', { method: 'POST', headers: { 'content-type': type }, body: new Uint8Array(gpkg) });
    expect((await post('application/geopackage+sqlite3')).status).toBe(200);
    expect((await newestAudit('read_plan_file'))?.records).toEqual(['format:gpkg', 'features:1']);
    expect((await post('text/csv')).status).toBe(415);
    expect(await newestAudit('read_plan_file')).toMatchObject({ status: 415, records: [] });
    expect(await newestAudit('write', (r) => r.route === '/api/planner/plan-file')).toBeUndefined();
  });
});

import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { maxVoiceBytes, type FieldReportInboxItem, type FieldReportView } from '../../core/contracts/field';
import { queryRows, type Db } from '../../server/db/engine';
import { isoAgo, newId, pointInGrid, postJson, scopeCodeOf, tinyJpeg } from '../support/field-fixtures';
import { getTestDatabase, loginAs, type TestClient } from '../support/test-database';

let db: Db;
let worker: TestClient, grid001: TestClient, viewer: TestClient;
let here: [number, number];
let elsewhere: [number, number];
let myGrid: string;
beforeAll(async () => {
  db = (await getTestDatabase()).db;
  [worker, grid001, viewer] = await Promise.all(['worker001', 'grid001', 'viewer'].map((u) => loginAs(u)));
  myGrid = await scopeCodeOf(worker);
  here = await pointInGrid(db, myGrid);
  const [other] = await queryRows<{ code: string }>(db, sql`SELECT g.code FROM grids g JOIN grid_plans p ON p.id = g.plan_id AND p.status = 'published'
    WHERE g.code <> ${myGrid} ORDER BY g.code LIMIT 1`);
  elsewhere = await pointInGrid(db, other.code);
});

/** A WebM file's EBML header (DocType "webm"), then bytes that differ on every call, as a recording's would. */
const webm = (size = 3000) => {
  const header = Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 0x01, 0x42, 0xf7, 0x81, 0x01, 0x42, 0xf2, 0x81, 0x04, 0x42, 0xf3, 0x81, 0x08, 0x42, 0x82, 0x84, ...Buffer.from('webm'), 0x42, 0x87, 0x81, 0x04, 0x42, 0x85, 0x81, 0x02]);
  return Buffer.concat([header, randomBytes(size - header.length)]);
};

const report = (over: Record<string, unknown> = {}) => ({
  id: newId(), category: 'dispute', text: '楼下商铺深夜噪音扰民，录了一段声音', createdAt: isoAgo(60_000), position: here,
  photos: [tinyJpeg.toString('base64')], ...over,
});
const withVoice = (bytes: Buffer, voiceMime = 'audio/webm', over: Record<string, unknown> = {}) => report({ voice: bytes.toString('base64'), voiceMime, ...over });

async function stored(id: string): Promise<{ reports: number; photos: number; voices: number }> {
  const [row] = await queryRows<{ reports: number; photos: number; voices: number }>(db, sql`SELECT
    (SELECT count(*)::int FROM field_reports WHERE id = ${id}) AS reports,
    (SELECT count(*)::int FROM field_report_media WHERE report_id = ${id} AND kind = 'photo') AS photos,
    (SELECT count(*)::int FROM field_report_media WHERE report_id = ${id} AND kind = 'voice') AS voices`);
  return { reports: Number(row.reports), photos: Number(row.photos), voices: Number(row.voices) };
}

async function refusal(body: ReturnType<typeof report>): Promise<{ status: number; message: string }> {
  const res = await postJson(worker, '/api/field/reports', body);
  return { status: res.status, message: ((await res.json()) as { message: string }).message };
}

describe('a 随手拍 report with a voice note', () => {
  it('sent three times is one report with one photo and one voice note, served back byte for byte with its type', async () => {
    const voice = webm();
    const body = withVoice(voice);
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push(await postJson(worker, '/api/field/reports', body));
    expect(answers.map((r) => r.status)).toEqual([201, 200, 200]);
    expect((await answers[2].json()) as FieldReportView).toMatchObject({ id: body.id, replayed: true, photoCount: 1, voiceMime: 'audio/webm' });
    expect(await stored(body.id)).toEqual({ reports: 1, photos: 1, voices: 1 });

    const res = await worker.request(`/api/field/reports/${body.id}/voice`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('audio/webm');
    expect(Buffer.from(await res.arrayBuffer()).equals(voice)).toBe(true);
  });

  it('keeps the type it was sent as: an Ogg note is served as audio/ogg', async () => {
    const ogg = Buffer.concat([Buffer.from('OggS'), Buffer.from([0x00, 0x02]), randomBytes(1200)]);
    const body = withVoice(ogg, 'audio/ogg');
    expect((await postJson(worker, '/api/field/reports', body)).status).toBe(201);
    const res = await grid001.request(`/api/field/reports/${body.id}/voice`);
    expect(res.headers.get('content-type')).toBe('audio/ogg');
    expect(Buffer.from(await res.arrayBuffer()).equals(ogg)).toBe(true);
  });

  it('answers a byte range with 206 (Safari asks for bytes=0-1 before it plays)', async () => {
    const voice = webm(500);
    const body = withVoice(voice);
    expect((await postJson(worker, '/api/field/reports', body)).status).toBe(201);
    const res = await worker.request(`/api/field/reports/${body.id}/voice`, { headers: { range: 'bytes=0-1' } });
    expect(res.status).toBe(206);
    expect(res.headers.get('content-range')).toBe('bytes 0-1/500');
    expect([...new Uint8Array(await res.arrayBuffer())]).toEqual([0x1a, 0x45]);
    const tail = await worker.request(`/api/field/reports/${body.id}/voice`, { headers: { range: 'bytes=-100' } });
    expect(Buffer.from(await tail.arrayBuffer()).equals(voice.subarray(400))).toBe(true);
  });

  it('is shown as its type in 我的上报 and in the handlers’ inbox; a report without one has none', async () => {
    const body = withVoice(webm());
    const plain = report();
    for (const b of [body, plain]) expect((await postJson(worker, '/api/field/reports', b)).status).toBe(201);
    const mine = (await (await worker.request('/api/field/reports/mine')).json()) as FieldReportView[];
    expect(mine.find((r) => r.id === body.id)?.voiceMime).toBe('audio/webm');
    expect(mine.find((r) => r.id === plain.id)?.voiceMime ?? null).toBeNull();
    const inbox = (await (await grid001.request('/api/field/reports')).json()) as FieldReportInboxItem[];
    expect(inbox.find((r) => r.id === body.id)?.voiceMime).toBe('audio/webm');
    expect((await worker.request(`/api/field/reports/${plain.id}/voice`)).status).toBe(404);
  });
});

describe('a voice note refused, with nothing of the report written', () => {
  it('of a type not allowed (WAV): 400 naming 语音格式', async () => {
    const body = withVoice(webm(), 'audio/wav');
    const r = await refusal(body);
    expect(r.status).toBe(400);
    expect(r.message).toContain('语音格式');
    expect(await stored(body.id)).toEqual({ reports: 0, photos: 0, voices: 0 });
  });

  it('over 1 MiB: 422 saying its size and the limit', async () => {
    const body = withVoice(webm(maxVoiceBytes + 1));
    const r = await refusal(body);
    expect(r.status).toBe(422);
    expect(r.message).toContain(`语音：语音 ${maxVoiceBytes + 1} 字节，超过 ${maxVoiceBytes} 字节`);
    expect(await stored(body.id)).toEqual({ reports: 0, photos: 0, voices: 0 });
  });

  it('whose bytes are not the declared audio (a JPEG, or WebM declared as Ogg): 422', async () => {
    for (const [bytes, mime] of [[tinyJpeg, 'audio/webm'], [webm(), 'audio/ogg'], [Buffer.from('ID3 but only text, no audio'), 'audio/mp4']] as const) {
      const body = withVoice(bytes, mime);
      const r = await refusal(body);
      expect(r.status, mime).toBe(422);
      expect(r.message).toContain(`语音内容不是所声明的 ${mime} 音频`);
      expect(await stored(body.id)).toEqual({ reports: 0, photos: 0, voices: 0 });
    }
  });

  it('without its declared type: 422 naming 语音格式', async () => {
    const body = report({ voice: webm().toString('base64') });
    const r = await refusal(body);
    expect(r.status).toBe(422);
    expect(r.message).toMatch(/^语音格式：语音缺少格式/);
    expect(await stored(body.id)).toEqual({ reports: 0, photos: 0, voices: 0 });
  });

  it('a declared type without a voice note: 422 naming 语音格式', async () => {
    const body = report({ voiceMime: 'audio/webm' });
    const r = await refusal(body);
    expect(r.status).toBe(422);
    expect(r.message).toBe('语音格式：只给了语音格式，没有语音');
    expect(await stored(body.id)).toEqual({ reports: 0, photos: 0, voices: 0 });
  });

  it('two voice notes in one report: 400', async () => {
    const body = report({ voice: [webm().toString('base64'), webm().toString('base64')], voiceMime: 'audio/webm' });
    const res = await postJson(worker, '/api/field/reports', body);
    expect(res.status).toBe(400);
    expect(await stored(body.id)).toEqual({ reports: 0, photos: 0, voices: 0 });
  });
});

describe('who may hear a voice note', () => {
  it('its sender and the handlers of its grid; not a handler of another grid, nor a viewer', async () => {
    const inMine = withVoice(webm());
    const outside = withVoice(webm(), 'audio/webm', { position: elsewhere });
    for (const b of [inMine, outside]) expect((await postJson(worker, '/api/field/reports', b)).status).toBe(201);
    const [row] = await queryRows<{ grid_code: string }>(db, sql`SELECT grid_code FROM field_reports WHERE id = ${outside.id}`);
    expect(row.grid_code).not.toBe(myGrid);

    expect((await grid001.request(`/api/field/reports/${inMine.id}/voice`)).status).toBe(200);
    expect((await worker.request(`/api/field/reports/${outside.id}/voice`)).status).toBe(200);
    const refused = await grid001.request(`/api/field/reports/${outside.id}/voice`);
    expect(refused.status).toBe(404);
    expect(((await refused.json()) as { message: string }).message).toBe('该随手拍没有语音');
    expect((await viewer.request(`/api/field/reports/${inMine.id}/voice`)).status).toBe(403);
  });
});

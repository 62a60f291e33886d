import { describe, expect, it } from 'vitest';
import { ApiError } from './client';
import { jsonAnswer, stubFetch } from './stub-fetch';
import { changeResident } from './residents-endpoints';

const { calls, answers } = stubFetch();
const json = jsonAnswer;

describe('changeResident', () => {
  it('sends the change as PATCH /api/residents/:id with the CSRF token, and reads the saved record', async () => {
    const saved = { id: 'R000123', kind: 'registered', movedOutOn: null, verifiedAt: '2026-03-01T02:00:00.000Z', masked: true };
    answers.push(json(200, saved));
    await expect(changeResident('R000123', { kind: 'registered', phone: '13912345678' })).resolves.toEqual(saved);
    expect(calls).toMatchObject([{ url: '/api/residents/R000123', method: 'PATCH', body: JSON.stringify({ kind: 'registered', phone: '13912345678' }) }]);
    expect(calls[0].headers.get('x-csrf-token')).toBe('csrf-1');
  });

  it('rejects a refusal as an ApiError that carries the server’s issues by field', async () => {
    const body = { error: 'bad_request', message: '身份证号：校验位错误（GB 11643），请核对号码', issues: [{ field: 'idNumber', message: '校验位错误（GB 11643），请核对号码' }] };
    answers.push(json(400, body));
    const err = await changeResident('R000123', { idNumber: '511703199001011230' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ status: 400, message: body.message, body });
  });
});

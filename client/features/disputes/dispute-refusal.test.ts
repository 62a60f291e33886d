import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client';
import { createTranslator } from '../../i18n/messages';
import { disputeLoadProblem } from './dispute-refusal';

const zh = createTranslator('zh-CN');
const en = createTranslator('en');
const officer = { scope: { kind: 'beat' as const, codes: ['B01'] }, jurisdiction: { level: 'beat' as const, names: ['三里坪派出所第1警格'] } };
const notFound = new ApiError(404, 'not_found', '您的辖区内没有矛盾纠纷 MD0001');

describe('disputeLoadProblem', () => {
  it('says a dispute outside the beat plainly, naming the dispute and the beat, not as a failed load', () => {
    const problem = disputeLoadProblem(notFound, 'MD0001', officer, zh);
    expect(problem).toEqual({ kind: 'outside', text: '矛盾纠纷 MD0001 不在您的辖区（三里坪派出所第1警格）内，或不存在' });
    expect(problem.text).not.toContain('数据加载失败');
    expect(disputeLoadProblem(notFound, 'MD0001', officer, en).text).toBe('Dispute MD0001 is not in your jurisdiction (三里坪派出所第1警格), or does not exist');
  });

  it('names every place of a jurisdiction of several, and the codes when the server named none', () => {
    const grids = { scope: { kind: 'grids' as const, codes: ['A', 'B'] }, jurisdiction: { level: 'grids' as const, names: ['梧桐梁社区第1网格', '梧桐梁社区第2网格'] } };
    expect(disputeLoadProblem(notFound, 'MD0002', grids, zh).text).toContain('（梧桐梁社区第1网格、梧桐梁社区第2网格）');
    expect(disputeLoadProblem(notFound, 'MD0002', { scope: grids.scope }, zh).text).toContain('（网格 A、B）');
  });

  it('tells a district-wide user the dispute does not exist', () => {
    const commander = { scope: { kind: 'district' as const, codes: [] }, jurisdiction: { level: 'district' as const, names: [] } };
    expect(disputeLoadProblem(notFound, 'MD9999', commander, zh)).toEqual({ kind: 'outside', text: '没有矛盾纠纷 MD9999' });
  });

  it('keeps any other failure a failed load, in the server’s words', () => {
    expect(disputeLoadProblem(new ApiError(500, 'internal', '服务器内部错误'), 'MD0001', officer, zh)).toEqual({ kind: 'failed', text: '数据加载失败：服务器内部错误' });
    expect(disputeLoadProblem(new TypeError('Failed to fetch'), 'MD0001', officer, zh).kind).toBe('failed');
  });
});

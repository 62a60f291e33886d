import { describe, expect, it } from 'vitest';
import { roundSchema } from '../../../core/contracts/workforce';
import { defaultAssessmentRound, previousRound, recentRounds, roundOf } from './rounds';

describe('assessment rounds', () => {
  it('puts a moment in its two-month round, in China Standard Time', () => {
    expect(roundOf(Date.parse('2026-11-27T08:00:00Z'))).toBe('2026-11/12');
    expect(roundOf(Date.parse('2026-10-31T16:30:00Z'))).toBe('2026-11/12'); // 00:30 on 1 November in Dazhou
    expect(roundOf(Date.parse('2026-10-31T15:30:00Z'))).toBe('2026-09/10');
    expect(roundOf(Date.parse('2026-02-10T00:00:00Z'))).toBe('2026-01/02');
  });

  it('steps back over the new year', () => {
    expect(previousRound('2026-01/02')).toBe('2025-11/12');
    expect(previousRound('2026-11/12')).toBe('2026-09/10');
  });

  it('offers recent rounds newest first, all valid for the API, and grades the last ended round by default', () => {
    const now = Date.parse('2026-01-15T00:00:00Z');
    const rounds = recentRounds(now, 4);
    expect(rounds).toEqual(['2026-01/02', '2025-11/12', '2025-09/10', '2025-07/08']);
    expect(rounds.every((r) => roundSchema.safeParse(r).success)).toBe(true);
    expect(defaultAssessmentRound(now)).toBe('2025-11/12');
  });
});

import { describe, expect, it } from 'vitest';
import { planValidationFolds } from './plan-validation-folds';

describe('planValidationFolds', () => {
  it('steps three folds back from the end of a 24-day window with 6-day tests', () => {
    expect(planValidationFolds(100, 124, 7)).toEqual([
      { trainFrom: 100, testFrom: 118, testTo: 124 },
      { trainFrom: 100, testFrom: 112, testTo: 118 },
      { trainFrom: 100, testFrom: 106, testTo: 112 },
    ]);
  });

  it('never tests at or after the end of the training window, and trains at least as long as it tests', () => {
    for (const [from, to, h] of [[0, 10, 7], [0, 17, 7], [0, 31, 7], [5, 9.5, 3]]) {
      const folds = planValidationFolds(from, to, h);
      expect(folds.length).toBeGreaterThan(0);
      for (const f of folds) {
        expect(f.testTo).toBeLessThanOrEqual(to);
        expect(f.testFrom - f.trainFrom).toBeGreaterThanOrEqual(f.testTo - f.testFrom);
      }
    }
  });

  it('has no fold for a window shorter than 4 days', () => {
    expect(planValidationFolds(0, 3.5, 7)).toEqual([]);
  });
});

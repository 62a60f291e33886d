import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../i18n/messages';
import { exportFileName } from './export-file-name';

describe('exportFileName', () => {
  // 14:56 UTC: 22:56 in Beijing, whatever zone the browser is in.
  const now = Date.parse('2026-12-04T14:56:00Z');

  it('names the plan by its area in Chinese with the Beijing date and minute', () => {
    expect(exportFileName(createTranslator('zh-CN'), '三里坪街道', 'geojson', now)).toBe('网格方案-三里坪街道-20261204-2256.geojson');
  });

  it('says the kind in English in the English interface, the place still by its name', () => {
    expect(exportFileName(createTranslator('en'), '三里坪街道', 'csv', now)).toBe('grid-plan-三里坪街道-20261204-2256.csv');
  });
});

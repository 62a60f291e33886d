import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../i18n/messages';
import { gridLabelTexts, gridSequence, placeGridLabels, type GridLabelCandidate } from './place-grid-labels';

// At zoom 13 one degree of longitude is about 11,650 px (512 · 2^13 / 360): 0.001° ≈ 12 px, and of latitude ≈ 14 px here.
const grid = (key: string, position: [number, number], offending = false): GridLabelCandidate => ({
  key,
  texts: [`第${gridSequence(key).n}网格\n412 户`, `第${gridSequence(key).n}网格`, gridSequence(key).n],
  position,
  offending,
});

describe('gridSequence', () => {
  it('shortens a 15-digit code to its sequence and leaves a draft key as it is', () => {
    expect(gridSequence('511703001001003')).toEqual({ published: true, n: '3' });
    expect(gridSequence('N002')).toEqual({ published: false, n: 'N002' });
  });
});

const zh = createTranslator('zh-CN');

describe('gridLabelTexts', () => {
  it('names a published grid by its number, and a new one as the table does, never by its bare key where more fits', () => {
    expect(gridLabelTexts('511703001001003', 412, zh)).toEqual(['第3网格\n412 户', '第3网格', '3']);
    expect(gridLabelTexts('N001', 388, zh)).toEqual(['新网格 N001\n388 户', '新网格 N001', 'N001']);
  });
});

describe('placeGridLabels', () => {
  const codes = ['511703001001001', '511703001001002', '511703001001003'];
  const column = codes.map((k, i) => grid(k, [107.5, 31.2 + i * 0.002])); // ≈ 27 px apart at zoom 13
  const row = codes.map((k, i) => grid(k, [107.5 + i * 0.004, 31.2])); // ≈ 23 px apart at zoom 12

  it('writes the name and households when zoomed in far enough for them to fit', () => {
    expect(placeGridLabels(column, 15).map((l) => l.text)).toEqual(['第1网格\n412 户', '第2网格\n412 户', '第3网格\n412 户']);
  });

  it('drops the households, then shortens the name to the number, as the grids crowd together', () => {
    expect(placeGridLabels(column, 13).map((l) => l.text)).toEqual(['第1网格', '第2网格', '第3网格']);
    expect(placeGridLabels(row, 12).map((l) => l.text)).toEqual(['1', '2', '3']);
  });

  it('leaves out labels that cannot fit at all, keeping those of grids that break a rule', () => {
    expect(placeGridLabels(column, 11)).toHaveLength(1);
    const crowded = [grid(codes[0], [107.5, 31.2]), grid(codes[1], [107.5001, 31.2], true)];
    expect(placeGridLabels(crowded, 9).map((l) => l.key)).toEqual([codes[1]]);
  });

  it('keeps grid labels off a community’s name written before them, so a bare number sits beside its community', () => {
    const name = { position: [107.5, 31.2] as [number, number], text: '花溪社区', sizePx: 15 };
    const free = placeGridLabels(row, 12);
    expect(free.map((l) => l.key)).toContain(codes[0]);
    const around = placeGridLabels(row, 12, 12, 2, [name]);
    expect(around.map((l) => l.key)).not.toContain(codes[0]);
    expect(around.map((l) => l.text)).toEqual(['3']); // the name, 60 px wide, covers the first two (23 px apart)
  });
});

import { describe, expect, it } from 'vitest';
import { declutterLabels, estimateTextWidthPx } from './declutter-labels';
import type { LabelPoint } from './label-points';

const sizes = { street: 16, community: 12 };
const label = (text: string, lng: number, lat: number, rank: LabelPoint['rank'] = 'community'): LabelPoint => ({
  text,
  position: [lng, lat],
  rank,
});

describe('estimateTextWidthPx', () => {
  it('counts a CJK character as one em and a Latin letter as about 0.6 em', () => {
    expect(estimateTextWidthPx('三里坪', 10)).toBe(30);
    expect(estimateTextWidthPx('ab', 10)).toBe(12);
  });
});

describe('declutterLabels', () => {
  // At zoom 13 one degree of longitude is about 11,650 px (512 · 2^13 / 360): 0.001° ≈ 12 px.
  it('keeps the earlier of two labels that would overlap', () => {
    const street = label('三里坪街道', 107.5, 31.2, 'street');
    const community = label('小河嘴社区', 107.5005, 31.2);
    expect(declutterLabels([street, community], 13, sizes)).toEqual([street]);
  });

  it('keeps both labels when they are far enough apart', () => {
    const a = label('南滨社区', 107.45, 31.2);
    const b = label('花园社区', 107.5, 31.2);
    expect(declutterLabels([a, b], 13, sizes)).toEqual([a, b]);
  });

  it('keeps more labels as the map zooms in', () => {
    const labels = [label('南滨社区', 107.5, 31.2), label('花园社区', 107.505, 31.2)];
    expect(declutterLabels(labels, 12, sizes)).toHaveLength(1);
    expect(declutterLabels(labels, 15, sizes)).toHaveLength(2);
  });

  it('writes a label whose place is taken at its first free alternative, and drops it when none is free', () => {
    const street = label('三里坪街道', 107.5, 31.2, 'street');
    const community: LabelPoint = { ...label('玉坪社区', 107.5, 31.2), alternatives: [[107.5005, 31.2], [107.5, 31.197]] };
    expect(declutterLabels([street, community], 13, sizes)).toEqual([street, { ...community, position: [107.5, 31.197] }]);
    const crowded: LabelPoint = { ...community, alternatives: [[107.5005, 31.2]] };
    expect(declutterLabels([street, crowded], 13, sizes)).toEqual([street]);
  });

  it('moves a street’s name off a station’s dot to an alternative clear of it, and keeps it on the dot when there is none', () => {
    const station = { position: [107.5, 31.2] as [number, number], radiusPx: 12 };
    const street: LabelPoint = { ...label('三里坪街道', 107.5, 31.2, 'street'), alternatives: [[107.5, 31.197]] };
    expect(declutterLabels([street], 13, sizes, 3, [station])).toEqual([{ ...street, position: [107.5, 31.197] }]);
    const nowhere = label('翠屏街道', 107.5, 31.2, 'street');
    expect(declutterLabels([nowhere], 13, sizes, 3, [station])).toEqual([nowhere]);
  });

  it('writes a label only where its whole box lies inside the view’s frame, moving it to an alternative inside', () => {
    // 三里坪街道 at 16 px is 80 px wide (about 0.0069° at zoom 13): centred 0.002° (about 23 px) inside the east edge, it is cut.
    const frame = [107.4, 31.1, 107.502, 31.3] as const;
    const cut = label('三里坪街道', 107.5, 31.2, 'street');
    expect(declutterLabels([cut], 13, sizes, 3, [], frame)).toEqual([]);
    const movable: LabelPoint = { ...cut, alternatives: [[107.49, 31.2]] };
    expect(declutterLabels([movable], 13, sizes, 3, [], frame)).toEqual([{ ...movable, position: [107.49, 31.2] }]);
    // Outside the frame's north edge, and well inside it.
    expect(declutterLabels([label('南滨社区', 107.45, 31.2999)], 13, sizes, 3, [], frame)).toEqual([]);
    const inside = label('南滨社区', 107.45, 31.2);
    expect(declutterLabels([inside], 13, sizes, 3, [], frame)).toEqual([inside]);
    // Without a frame the cut label is kept, as before.
    expect(declutterLabels([cut], 13, sizes)).toEqual([cut]);
  });

  it('answers an empty list for no labels and does not mutate its input', () => {
    expect(declutterLabels([], 13, sizes)).toEqual([]);
    const labels = [label('甲', 107.5, 31.2), label('乙', 107.5, 31.2)];
    declutterLabels(labels, 13, sizes);
    expect(labels).toHaveLength(2);
  });
});

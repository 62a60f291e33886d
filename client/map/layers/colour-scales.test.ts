import { describe, expect, it } from 'vitest';
import { keyPlaceKinds } from '../../api/feature-types';
import {
  heatColourRange,
  heatLegendGradient,
  householdBreaks,
  householdClass,
  householdColour,
  householdLegend,
  keyPlaceColour,
  toCssColour,
} from './colour-scales';

// Relative luminance (sRGB, without gamma): enough to check that a sequential ramp darkens.
const luminance = ([r, g, b]: number[]) => 0.2126 * r + 0.7152 * g + 0.0722 * b;

describe('householdClass', () => {
  it('puts a count on a break into the class above it', () => {
    expect(householdClass(299)).toBe(0);
    expect(householdClass(300)).toBe(1);
    expect(householdClass(349)).toBe(1);
    expect(householdClass(499)).toBe(4);
    expect(householdClass(500)).toBe(5);
  });

  it('puts zero and very large counts into the open end classes', () => {
    expect(householdClass(0)).toBe(0);
    expect(householdClass(1e9)).toBe(householdBreaks.length);
  });
});

describe('householdColour', () => {
  it('darkens as households grow', () => {
    const lum = [0, 320, 370, 420, 470, 520].map((h) => luminance(householdColour(h)));
    for (let k = 1; k < lum.length; k++) expect(lum[k]).toBeLessThan(lum[k - 1]);
  });

  it('gives one colour to every count of a class', () => {
    expect(householdColour(401)).toEqual(householdColour(449));
  });

  it('gives the no-data grey to missing, negative and non-finite counts', () => {
    const grey = householdColour(null);
    expect(householdColour(undefined)).toEqual(grey);
    expect(householdColour(-1)).toEqual(grey);
    expect(householdColour(Number.NaN)).toEqual(grey);
    expect(grey).not.toEqual(householdColour(0));
  });

  it('applies the requested alpha', () => {
    expect(householdColour(400, 128)[3]).toBe(128);
  });
});

describe('householdLegend', () => {
  it('lists one entry a class, each starting where the previous ends', () => {
    const legend = householdLegend();
    expect(legend).toHaveLength(householdBreaks.length + 1);
    expect(legend[0].from).toBeNull();
    expect(legend.at(-1)!.to).toBeNull();
    for (let k = 1; k < legend.length; k++) expect(legend[k].from).toBe(legend[k - 1].to);
  });

  it('shows the colour the map gives to a count of that class', () => {
    for (const entry of householdLegend()) expect(entry.colour).toEqual(householdColour(entry.from ?? 0));
  });
});

describe('heat colours', () => {
  it('runs from light to dark', () => {
    expect(luminance(heatColourRange[0])).toBeGreaterThan(luminance(heatColourRange.at(-1)!));
  });

  it('fades in: the thinnest density is the most transparent', () => {
    const alphas = heatColourRange.map((c) => c[3]);
    for (let k = 1; k < alphas.length; k++) expect(alphas[k]).toBeGreaterThan(alphas[k - 1]);
  });

  it('writes the legend gradient with every colour of the ramp', () => {
    expect(heatLegendGradient().match(/rgba\(/g)).toHaveLength(heatColourRange.length);
  });
});

describe('keyPlaceColour', () => {
  it('gives every kind of key place its own colour', () => {
    const colours = new Set(keyPlaceKinds.map((k) => keyPlaceColour(k).join(',')));
    expect(colours.size).toBe(keyPlaceKinds.length);
  });

  it('gives an unknown kind a neutral grey', () => {
    const [r, g, b] = keyPlaceColour('harbour');
    expect(r).toBe(g);
    expect(g).toBe(b);
  });
});

describe('toCssColour', () => {
  it('writes alpha as a fraction', () => {
    expect(toCssColour([255, 0, 0, 128])).toBe('rgba(255, 0, 0, 0.5)');
    expect(toCssColour([0, 0, 0])).toBe('rgba(0, 0, 0, 1)');
  });
});

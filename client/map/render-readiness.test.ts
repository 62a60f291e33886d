import { describe, expect, it } from 'vitest';
import { RenderReadiness } from './render-readiness';

function tracker() {
  const reports: boolean[] = [];
  return { readiness: new RenderReadiness((r) => reports.push(r)), reports };
}

describe('RenderReadiness', () => {
  it('is ready only once data, map and deck are all done', () => {
    const { readiness } = tracker();
    readiness.setDataReady(true);
    readiness.mapIdle();
    expect(readiness.ready).toBe(false);
    readiness.deckRendered();
    expect(readiness.ready).toBe(true);
  });

  it('is not ready again after new layers until deck has drawn them', () => {
    const { readiness } = tracker();
    readiness.setDataReady(true);
    readiness.mapIdle();
    readiness.deckRendered();
    readiness.layersChanged();
    expect(readiness.ready).toBe(false);
    readiness.deckRendered();
    expect(readiness.ready).toBe(true);
  });

  it('waits for the map after a style change', () => {
    const { readiness } = tracker();
    readiness.setDataReady(true);
    readiness.deckRendered();
    readiness.mapIdle();
    readiness.styleChanged();
    expect(readiness.ready).toBe(false);
    readiness.mapIdle();
    expect(readiness.ready).toBe(true);
  });

  it('reports each change of readiness once', () => {
    const { readiness, reports } = tracker();
    readiness.mapIdle();
    readiness.deckRendered();
    readiness.setDataReady(true);
    readiness.deckRendered();
    readiness.layersChanged();
    expect(reports).toEqual([false, true, false]);
  });
});

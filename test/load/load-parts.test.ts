import type { FeatureCollection } from 'geojson';
import { booleanPointInPolygon } from '@turf/turf';
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { gridPointSource } from './grid-points';
import { percentile } from './latency-stats';
import { LoadOptionsError, parseLoadOptions } from './load-options';
import { isLoopbackUrl } from './loopback-url';
import { incidentIdsOf, SseParser } from './sse-parser';

describe('load harness options', () => {
  it('takes the defaults of issue 15 and the settings given', () => {
    expect(parseLoadOptions([], {})).toMatchObject({ seconds: 20, streams: 50, writeRate: 50, url: undefined });
    expect(parseLoadOptions(['--url', 'http://127.0.0.1:8787', '--seconds', '5', '--workers', '2'], { DEMO_PASSWORD: 'abcdefgh' }))
      .toMatchObject({ url: 'http://127.0.0.1:8787', seconds: 5, workers: 2, password: 'abcdefgh' });
  });

  it('refuses a URL off this machine, Chinese first', () => {
    expect(() => parseLoadOptions(['--url', 'http://10.1.2.3:8787'], {})).toThrow(/^参数有误.*只能对本机回环地址施压.*10\.1\.2\.3/);
    expect(() => parseLoadOptions(['--url', 'http://127.0.0.1.example.com/'], {})).toThrow(LoadOptionsError);
  });

  it('refuses a run longer than ten minutes and an unknown flag', () => {
    expect(() => parseLoadOptions(['--seconds', '601'], {})).toThrow(/--seconds 至多为 600/);
    expect(() => parseLoadOptions(['--rate', '5'], {})).toThrow(LoadOptionsError);
  });

  it('knows the loopback addresses', () => {
    expect(['http://localhost:1', 'http://127.0.0.1', 'http://127.5.0.9:80', 'http://[::1]:8787'].map(isLoopbackUrl)).toEqual([true, true, true, true]);
    expect(['http://192.168.1.2', 'https://example.com', 'not a url', 'http://localhost.evil.cn'].map(isLoopbackUrl)).toEqual([false, false, false, false]);
  });
});

describe('reading the live stream', () => {
  it('parses events split anywhere across chunks, skipping comments', () => {
    const wire = 'event: hello\ndata: {"replayFrom":null}\nretry: 2000\n\n: keep-alive\n\nid: 7\nevent: incident\ndata: {"id":7,"kind":"incident","payload":{"id":41}}\n\n';
    const parser = new SseParser();
    const events = [wire.slice(0, 30), wire.slice(30, 71), wire.slice(71)].flatMap((c) => parser.push(c));
    expect(events).toEqual([
      { event: 'hello', id: undefined, data: '{"replayFrom":null}' },
      { event: 'incident', id: '7', data: '{"id":7,"kind":"incident","payload":{"id":41}}' },
    ]);
    expect(events.flatMap(incidentIdsOf)).toEqual([41]);
  });

  it('takes the incident ids of a batched event, and none of a plan event', () => {
    expect(incidentIdsOf({ event: 'incidents', id: '9', data: JSON.stringify({ payload: [{ id: 1 }, { id: 2 }] }) })).toEqual([1, 2]);
    expect(incidentIdsOf({ event: 'plan', id: '10', data: JSON.stringify({ payload: { planId: 'x' } }) })).toEqual([]);
  });
});

describe('figures', () => {
  it('takes nearest-rank percentiles without reordering the samples', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect([percentile(samples, 50), percentile(samples, 95), percentile(samples, 99), percentile([], 99)]).toEqual([50, 95, 99, 0]);
    expect(samples[0]).toBe(100);
  });

  it('places every write inside a grid', () => {
    const triangle = (x: number) => ({ type: 'Feature' as const, properties: {}, geometry: { type: 'Polygon' as const, coordinates: [[[x, 31], [x + 0.01, 31], [x, 31.01], [x, 31]]] } });
    const grids: FeatureCollection = { type: 'FeatureCollection', features: [triangle(107.4), triangle(107.5)] };
    const next = gridPointSource(grids, seedrandom('load'));
    for (let i = 0; i < 200; i++) {
      const p = next();
      expect(grids.features.some((f) => booleanPointInPolygon(p, f as never))).toBe(true);
    }
  });
});

import { bbox, booleanPointInPolygon } from '@turf/turf';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { GridMeasure } from '../../core/contracts/wall';
import type { GridProperties, StreetProperties } from '../../client/api/feature-types';
import { gridMeasureClass } from '../../client/map/layers/grid-measure-colours';
import { adminSession, browserPerFile, openWall, saveScreenshotTo, waitForWall, wallTokenPerFile, type AppPage } from './driver';

// The kiosk's grid colouring; the test reads each grid's class of it with the page's own function.
const measure = 'incidentsPer1000';
const tid = (id: string) => `[data-testid="${id}"]`;
type Rgb = [number, number, number];
type Box = { x: number; y: number; width: number; height: number };

const { browser, opened } = browserPerFile();
const { token: wallToken } = wallTokenPerFile('e2e wall legend');
let wall: AppPage | undefined;
let grids: FeatureCollection<Polygon | MultiPolygon, GridProperties>;
let classOf: Map<string, number | null>;
let street: string;

beforeAll(async () => {
  const { api } = await adminSession();
  grids = await (await api.get('/api/grids')).json();
  const measures = (await (await api.get('/api/wall/grid-measures')).json()) as GridMeasure[];
  const streets = (await (await api.get('/api/streets')).json()) as FeatureCollection<Polygon | MultiPolygon, StreetProperties>;
  await api.dispose();
  const byCode = new Map(measures.map((m) => [m.code, m]));
  classOf = new Map(grids.features.map((g) => [g.properties.code, gridMeasureClass(measure, byCode.get(g.properties.code))]));
  // The street scene whose grids spread over the most classes: the most colours to compare.
  const classesIn = (code: string) => new Set(grids.features.filter((g) => g.properties.streetCode === code).map((g) => classOf.get(g.properties.code))).size;
  street = streets.features.filter((s) => s.properties.urban).sort((a, b) => classesIn(b.properties.code) - classesIn(a.properties.code))[0].properties.name;
});
function pixel(png: PNG, [x, y]: [number, number]): Rgb {
  const i = (Math.round(y) * png.width + Math.round(x)) * 4;
  return [png.data[i], png.data[i + 1], png.data[i + 2]];
}
const distance = (a: Rgb, b: Rgb) => Math.max(...a.map((v, i) => Math.abs(v - b[i])));
const inside = (b: Box, [x, y]: [number, number], marginPx = 0) => x >= b.x + marginPx && x <= b.x + b.width - marginPx && y >= b.y + marginPx && y <= b.y + b.height - marginPx;

/** The most frequent colour among pixels, and its share: a fill's colour, whatever lines and labels cross it. */
function modeColour(colours: Rgb[]): { colour: Rgb; share: number } {
  const counts = new Map<string, number>();
  for (const c of colours) counts.set(c.join(), (counts.get(c.join()) ?? 0) + 1);
  const [key, n] = [...counts].sort((a, b) => b[1] - a[1])[0];
  return { colour: key.split(',').map(Number) as Rgb, share: n / colours.length };
}

/** Points on a 6 × 6 lattice over each grid's box that fall inside the grid, tagged with the grid's class. */
function samplePoints(): { lngLat: [number, number]; k: number }[] {
  const points: { lngLat: [number, number]; k: number }[] = [];
  for (const g of grids.features) {
    const k = classOf.get(g.properties.code);
    if (k === null || k === undefined || !g.geometry) continue;
    const [w, s, e, n] = bbox(g);
    for (let i = 1; i <= 6; i++) for (let j = 1; j <= 6; j++) {
      const lngLat: [number, number] = [w + ((e - w) * i) / 7, s + ((n - s) * j) / 7];
      if (booleanPointInPolygon(lngLat, g.geometry)) points.push({ lngLat, k });
    }
  }
  return points;
}

async function boxOf(page: Page, selector: string): Promise<Box> {
  return (await page.locator(selector).first().boundingBox())!;
}

/** Opens the kiosk wall on the chosen street at a screen size and checks legend against map, and the feed. */
async function checkStreetScene(viewport: { width: number; height: number }, shot: string) {
  wall = opened(await openWall(browser(), inject('baseUrl'), `/wall?token=${wallToken()}&kiosk=1&interval=600&scene=${encodeURIComponent(street)}`, viewport));
  // Generous: on a loaded 2-core machine software WebGL took 50–90 s to draw the first wall (20 s when idle).
  await waitForWall(wall.page, 150_000);
  const page = wall.page;
  await expect(page.locator(tid('wall-scene-name')).innerText()).resolves.toBe(street);
  await page.waitForTimeout(1000);
  await saveScreenshotTo(page, shot);
  const png = PNG.sync.read(await page.screenshot());

  // The legend lies outside the map's drawing area, on its own opaque background.
  const mapBox = await boxOf(page, '.wall-map-area');
  const legendBox = await boxOf(page, tid('wall-legend'));
  expect(legendBox.y).toBeGreaterThanOrEqual(mapBox.y + mapBox.height - 0.5);
  const legendBackground = pixel(png, [legendBox.x + 4, legendBox.y + legendBox.height - 3]);
  expect(distance(legendBackground, [10, 22, 40])).toBeLessThanOrEqual(2);
  expect(distance(pixel(png, [legendBox.x + legendBox.width - 4, legendBox.y + 4]), [10, 22, 40])).toBeLessThanOrEqual(2);

  // Each class's swatch is the colour its grids show on the map.
  const swatches = await page.locator(`${tid('wall-legend-class')} i`).evaluateAll((els) => els.map((e) => {
    const r = e.getBoundingClientRect();
    return [r.left + r.width / 2, r.top + r.height / 2] as [number, number];
  }));
  expect(swatches.length).toBeGreaterThanOrEqual(4);
  const swatchColours = swatches.map((p) => pixel(png, p));
  const points = samplePoints();
  const onScreen = await page.evaluate((lngLats) => lngLats.map((p) => window.__wall!.project!(p)), points.map((p) => p.lngLat));
  const sceneNameBox = await boxOf(page, tid('wall-scene-name'));
  const byClass = new Map<number, Rgb[]>();
  points.forEach(({ k }, i) => {
    const xy = onScreen[i];
    if (!inside(mapBox, xy, 6) || inside(sceneNameBox, xy)) return;
    byClass.set(k, [...(byClass.get(k) ?? []), pixel(png, xy)]);
  });
  const compared = [...byClass].filter(([, colours]) => colours.length >= 20);
  for (const [k, colours] of compared) {
    const { colour, share } = modeColour(colours);
    console.log(`wall ${viewport.width}: class ${k} swatch ${swatchColours[k].join()} map ${colour.join()} (${Math.round(share * 100)}% of ${colours.length} samples)`);
    expect(share, `class ${k}: one colour dominates its grids`).toBeGreaterThan(0.3);
    expect(distance(colour, swatchColours[k]), `class ${k}: swatch ${swatchColours[k]} vs map ${colour}`).toBeLessThanOrEqual(8);
  }
  expect(compared.length).toBeGreaterThanOrEqual(3);

  // The feed names places, and shows only whole rows.
  const feedText = await page.locator(tid('wall-panel-feed')).innerText();
  expect(feedText).not.toMatch(/\d{15}/);
  const places = await page.locator(`${tid('wall-feed')} > li:not([hidden]) ${tid('wall-feed-place')}`).allInnerTexts();
  expect(places.length).toBeGreaterThanOrEqual(3);
  for (const p of places) expect(p).toMatch(/网格|社区|村|街道|镇|乡/);
  const feedBox = await boxOf(page, tid('wall-feed'));
  const lastRow = (await page.locator(`${tid('wall-feed')} > li:not([hidden])`).last().boundingBox())!;
  expect(lastRow.y + lastRow.height).toBeLessThanOrEqual(feedBox.y + feedBox.height + 0.5);
  expect(wall.pageErrors).toEqual([]);
  return page;
}

describe('the wall\'s legend and feed in a street scene, in headless Chromium', () => {
  it('at 1920×1080 shows each class swatch in the colour of its grids, an opaque legend off the map, and names in whole feed rows', async () => {
    await checkStreetScene({ width: 1920, height: 1080 }, 'test-results/wall-street-1920.png');
  }, 240_000);

  it('at 3840×2160 does the same and fills the screen without scroll bars', async () => {
    const page = await checkStreetScene({ width: 3840, height: 2160 }, 'test-results/wall-street-3840.png');
    const stage = await boxOf(page, tid('wall-stage'));
    expect(stage.width).toBeCloseTo(3840, 0);
    expect(stage.height).toBeCloseTo(2160, 0);
    expect(await page.evaluate(() => document.scrollingElement!.scrollHeight <= innerHeight && document.scrollingElement!.scrollWidth <= innerWidth)).toBe(true);
  }, 240_000);
});

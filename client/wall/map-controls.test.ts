import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { MapControls, type HeatControls } from './MapControls';
import type { WallMapView } from '../map/layers/wall-layers';
import { wallText } from './wall-messages';

/** The markup of the heat's row of the wall's map controls, in the view given. */
function heatRow(view: WallMapView): string {
  const heat: HeatControls = { windowDays: 28, hour: null, playing: false };
  const html = renderToStaticMarkup(createElement(MapControls, {
    view, onView: () => {}, measure: 'incidentsPer1000', onMeasure: () => {}, heat, onHeat: () => {}, language: 'zh-CN', t: wallText('zh-CN'),
  }));
  const start = html.indexOf('<div class="wall-control-group', html.indexOf('data-testid="wall-view-heat"'));
  return html.slice(start);
}

describe('the wall’s heat period and hour', () => {
  it('are named as the heat’s, dimmed with none lit while the grids are coloured (千人警情 keeps its own 30 days)', () => {
    const row = heatRow('grids');
    expect(row).toMatch(/^<div class="wall-control-group wall-control-idle" data-testid="wall-heat-controls">/);
    expect(row).toContain('热力时间范围');
    expect(row).not.toContain('class="on"');
  });

  it('light the heat’s period once the heat is shown', () => {
    const row = heatRow('heat');
    expect(row).toMatch(/^<div class="wall-control-group" data-testid="wall-heat-controls">/);
    expect(row).toMatch(/<button type="button" class="on">近28天<\/button>/);
  });
});

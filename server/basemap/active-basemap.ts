import type { BasemapDescription, BasemapSettings } from '../../core/contracts/basemap';
import type { Env } from '../env';
import type { BasemapPackage } from './basemap-package';
import { basemapSettingsOfEnv, openBasemap } from './open-basemap';

/** The base map being served and the settings it was opened from. */
export interface ActiveState {
  pkg: BasemapPackage;
  settings: BasemapSettings;
}

// A request that took the previous package just before a swap may still be reading from it.
const closeAfterMs = 30_000;

/**
 * The process's active base map. It starts as the environment's (BASEMAP_*); an administrator's PUT
 * /api/admin/basemap replaces it in this process and, under WORKERS, in the others through the primary — nothing is stored, so a restart returns to the
 * environment's setting. A replacement is opened and checked before it is swapped in, so a refused one
 * leaves the running base map as it was; swaps run one at a time.
 */
export class ActiveBasemap {
  private state: Promise<ActiveState>;
  private switching: Promise<unknown> = Promise.resolve();
  private generation = 0;
  private announce?: (settings: BasemapSettings) => void;

  private constructor(state: Promise<ActiveState>) {
    this.state = state;
  }

  /** Opens the settings' base map; throws BasemapError (one line naming the setting) when it cannot. */
  static async open(settings: BasemapSettings): Promise<ActiveBasemap> {
    const pkg = await openBasemap(settings);
    return new ActiveBasemap(Promise.resolve({ pkg, settings }));
  }

  /**
   * The environment's base map, opened in the background (createApp without one opened first, as in API tests).
   * If it cannot be opened, every base-map request fails with that error; server/index.ts opens it first instead.
   */
  static openingFromEnv(env: Env): ActiveBasemap {
    const settings = basemapSettingsOfEnv(env);
    const state = openBasemap(settings).then((pkg) => ({ pkg, settings }));
    state.catch((err: unknown) => console.error(err instanceof Error ? err.message : err));
    return new ActiveBasemap(state);
  }

  current(): Promise<ActiveState> {
    return this.state;
  }

  /**
   * The active base map's description for browsers: its tile URLs carry the swap's number (?v=), so tiles a
   * browser cached for a day from the previous base map are not shown for the new one.
   */
  async describe(): Promise<BasemapDescription> {
    const d = (await this.state).pkg.describe();
    if (this.generation === 0) return d;
    const v = (url: string) => `${url}${url.includes('?') ? '&' : '?'}v=${this.generation}`;
    return { ...d, tiles: d.tiles.map(v), labelTiles: d.labelTiles.map(v) };
  }

  /**
   * With several API processes (WORKERS > 1) a swap made in one is told to the others through `announce`, and each
   * of them replaces its own with `fromPeer` set, so that every process serves the same base map.
   */
  announceReplacementsTo(announce: (settings: BasemapSettings) => void): void {
    this.announce = announce;
  }

  /** Opens the new settings' base map and, once it opened, swaps it in; throws BasemapError, changing nothing, when it cannot. */
  replace(settings: BasemapSettings, fromPeer = false): Promise<ActiveState> {
    const run = this.switching.then(async () => {
      const next = { pkg: await openBasemap(settings), settings };
      const previous = await this.state.catch(() => null);
      this.state = Promise.resolve(next);
      this.generation += 1;
      if (previous) setTimeout(() => void previous.pkg.close().catch(() => {}), closeAfterMs).unref();
      if (!fromPeer) this.announce?.(settings);
      return next;
    });
    this.switching = run.catch(() => {});
    return run;
  }

  /** One line for the start-up log: "dachuan.mbtiles (mbtiles, raster png, wgs84, z 10–16)". */
  async summary(): Promise<string> {
    const d = (await this.state).pkg.describe();
    const type = d.tileType ? `, ${d.tileType} ${d.format}` : '';
    return `${d.name} (${d.kind}${type}, ${d.crs}${d.kind === 'builtin' ? '' : `, z ${d.minzoom}–${d.maxzoom}`})`;
  }

  /** Closes the active package (at shutdown). */
  async close(): Promise<void> {
    const state = await this.state.catch(() => null);
    await state?.pkg.close();
  }
}

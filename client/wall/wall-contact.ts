import { createContext, useContext } from 'react';
import { ApiError } from '../api/client';

/**
 * What the wall's loaders and live stream tell the page about the server: that it answered (for 「数据更新于」 and
 * the stale warning), and that it refused the session (401), with its words for why.
 */
export interface WallContact {
  heard(): void;
  unauthorized(message: string | null): void;
  /** Page clock (ms) of the last answer or live event; null before the first. */
  lastHeardMs(): number | null;
}

/** A contact that only keeps the time: what a panel rendered on its own (a test) reports to. */
export function quietContact(): WallContact {
  let last: number | null = null;
  return { heard: () => void (last = Date.now()), unauthorized: () => {}, lastHeardMs: () => last };
}

export const WallContactContext = createContext<WallContact>(quietContact());

export function useWallContact(): WallContact {
  return useContext(WallContactContext);
}

/** Tells `contact` how a request ended: an answer is contact; a 401 is a refused session. */
export function reportOutcome(contact: WallContact, error?: unknown) {
  if (error === undefined) contact.heard();
  else if (error instanceof ApiError && error.status === 401) contact.unauthorized(serverMessageOf(error));
}

/** The server's own words in an error answer, or null when it sent none (then `message` is only a status line). */
export function serverMessageOf(error: ApiError): string | null {
  const message = (error.body as { message?: unknown } | null)?.message;
  return typeof message === 'string' && message !== '' ? message : null;
}

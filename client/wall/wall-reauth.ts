import { ApiError } from '../api/client';
import { serverMessageOf } from './wall-contact';

/**
 * Whether the wall may show its figures: yes, signing in again after a 401, or no with the words to show instead;
 * `person`: the session lost was a person's (no wall token to renew it), who signs in again with a password.
 */
export type WallAccess = { kind: 'ok' } | { kind: 'renewing' } | { kind: 'lost'; message: string | null; person: boolean };

/**
 * The wall's answer to a refused session (401 from a request, or the live stream's `ended`): sign in again once with
 * the stored token (`renew`); if the server refuses that too, the wall has lost access and says so in the server's
 * words (or the refusal's, when there was no token to try). 401s arriving while a renewal runs are the same loss.
 * A renewal that fails for want of the server (network, 5xx) leaves the wall as it was: the next 401 tries again.
 * A lost wall stays lost: only a person can give it a new token.
 */
export class WallReauth {
  private access: WallAccess = { kind: 'ok' };

  constructor(
    private readonly renew: () => Promise<void>,
    private readonly onChange: (access: WallAccess) => void,
  ) {}

  get current(): WallAccess {
    return this.access;
  }

  unauthorized(message: string | null): void {
    if (this.access.kind !== 'ok') return;
    this.set({ kind: 'renewing' });
    this.renew().then(
      () => this.set({ kind: 'ok' }),
      (error: unknown) => {
        if (error instanceof NoStoredToken) this.set({ kind: 'lost', message, person: true });
        else if (error instanceof ApiError && error.status >= 400 && error.status < 500) this.set({ kind: 'lost', message: serverMessageOf(error) ?? message, person: false });
        else this.set({ kind: 'ok' });
      },
    );
  }

  /** A person gave the wall a token again: it may show its figures. */
  reset(): void {
    this.set({ kind: 'ok' });
  }

  private set(access: WallAccess) {
    this.access = access;
    this.onChange(access);
  }
}

/** Thrown by a renewal that has no token to sign in with (the wall was opened with a person's session). */
export class NoStoredToken extends Error {}

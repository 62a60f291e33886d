/** What a guarded call did: sent, with its answer, or left out because the previous one was still pending. */
export type Guarded<T> = { sent: true; value: T } | { sent: false };

/**
 * `send`, made to leave out a call while its previous call is still pending: a double click or a second Enter, which
 * both arrive before the form's button is disabled, sends once. Once the previous call has settled (kept or refused),
 * the next is sent again, so a corrected form goes out anew. A refusal rejects as `send` did.
 */
export function oneAtATime<A extends unknown[], T>(send: (...args: A) => Promise<T>): (...args: A) => Promise<Guarded<T>> {
  let pending = false;
  return async (...args) => {
    if (pending) return { sent: false };
    pending = true;
    try {
      return { sent: true, value: await send(...args) };
    } finally {
      pending = false;
    }
  };
}

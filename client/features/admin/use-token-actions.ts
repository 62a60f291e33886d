import { useState } from 'react';

/**
 * What the wall-token and API-token pages share: one action at a time with its failure shown, the list reloaded
 * after it, and revoking in two clicks (the first arms the button, the second revokes).
 */
export function useTokenActions(reload: () => void, revokeOne: (id: string) => Promise<unknown>) {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);

  async function act(work: () => Promise<void>) {
    setBusy(true);
    setFailure(null);
    try {
      await work();
    } catch (err) {
      setFailure(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
      reload();
    }
  }

  function revoke(id: string) {
    if (confirming !== id) return setConfirming(id);
    setConfirming(null);
    void act(async () => {
      await revokeOne(id);
    });
  }

  const disarm = (id: string) => setConfirming((c) => (c === id ? null : c));
  return { busy, failure, confirming, act, revoke, disarm };
}

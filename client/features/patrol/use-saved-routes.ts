import { useState } from 'react';
import type { SavedPatrolRoute } from '../../../core/contracts/patrol';
import { deletePatrolRoute, getPatrolRoute, savePatrolRoute } from '../../api/patrol-endpoints';
import type { FormIssue } from '../../ui/form-issues';
import { toSaveBody, type ShownRoute } from './shown-route';

export type SaveState =
  | { status: 'idle' }
  | { status: 'invalid'; issues: FormIssue[] }
  | { status: 'saving' }
  | { status: 'saved'; route: SavedPatrolRoute }
  | { status: 'failed'; message: string };

const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** Saving and assigning the shown route, and opening and deleting saved ones; the list reloads after each change. */
export function useSavedRoutes(reloadList: () => void) {
  const [save, setSave] = useState<SaveState>({ status: 'idle' });
  const [listError, setListError] = useState<string | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);

  return {
    save,
    listError,
    busyId,
    resetSave: () => setSave({ status: 'idle' }),
    /** Saves the route; the answer (with its id) on success, null otherwise (the state says why). */
    saveRoute: async (route: ShownRoute, name: string, assignedTo: string): Promise<SavedPatrolRoute | null> => {
      const built = toSaveBody(route, name, assignedTo);
      if (!built.ok) {
        setSave({ status: 'invalid', issues: built.issues });
        return null;
      }
      setSave({ status: 'saving' });
      try {
        const saved = await savePatrolRoute(built.body);
        setSave({ status: 'saved', route: saved });
        reloadList();
        return saved;
      } catch (err) {
        setSave({ status: 'failed', message: messageOf(err) });
        return null;
      }
    },
    openRoute: async (id: string): Promise<SavedPatrolRoute | null> => {
      setBusyId(id);
      setListError(null);
      try {
        return await getPatrolRoute(id);
      } catch (err) {
        setListError(messageOf(err));
        return null;
      } finally {
        setBusyId(null);
      }
    },
    deleteRoute: async (id: string): Promise<boolean> => {
      setBusyId(id);
      setListError(null);
      try {
        await deletePatrolRoute(id);
        reloadList();
        return true;
      } catch (err) {
        setListError(messageOf(err));
        return false;
      } finally {
        setBusyId(null);
      }
    },
  };
}

import { useState } from 'react';
import type { PlanDraft, PlanDraftInput } from '../../../core/contracts/planner';
import {
  createPlanDraft,
  getPlanDraft,
  listPlanDrafts,
  publishPlanDraft,
  updatePlanDraft,
  type PublishOutcome,
} from '../../api/planner-endpoints';
import { useResource } from '../../api/use-resource';

export type SaveStatus = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: string } | { kind: 'error'; message: string };

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

/**
 * The drafts of an area and the one being edited: the first save creates it (POST), later saves update it (PUT);
 * publishing saves first, so what is published is what the planner sees.
 */
export function usePlanDrafts(areaCode: string | null) {
  const [list, reloadList] = useResource((signal) => (areaCode ? listPlanDrafts(areaCode, signal) : Promise.resolve([])), [areaCode]);
  // updatedAt: the draft as this editor last opened or saved it, so that a save never overwrites one saved since.
  const [draft, setDraft] = useState<{ area: string; id: string; updatedAt: string } | null>(null);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const editing = draft && draft.area === areaCode ? draft : null;
  const draftId = editing?.id ?? null;

  async function saveOrThrow(input: PlanDraftInput): Promise<PlanDraft> {
    setStatus({ kind: 'saving' });
    try {
      const saved = editing ? await updatePlanDraft(editing.id, { ...input, baseUpdatedAt: editing.updatedAt }) : await createPlanDraft(input);
      setDraft({ area: input.areaCode, id: saved.id, updatedAt: saved.updatedAt });
      setStatus({ kind: 'saved', at: saved.updatedAt });
      reloadList();
      return saved;
    } catch (err) {
      setStatus({ kind: 'error', message: message(err) });
      throw err;
    }
  }

  /** Saves; a failure is shown through `status` and answers null. */
  const save = (input: PlanDraftInput): Promise<PlanDraft | null> => saveOrThrow(input).catch(() => null);

  async function open(id: string): Promise<PlanDraft> {
    const opened = await getPlanDraft(id);
    // Only a draft can be saved again; reopening a published or archived plan starts a new draft from it.
    setDraft(opened.status === 'draft' && opened.areaCode ? { area: opened.areaCode, id: opened.id, updatedAt: opened.updatedAt } : null);
    setStatus({ kind: 'idle' });
    return opened;
  }

  /** Saves, then publishes; throws when either request fails other than with a 422. */
  async function publish(input: PlanDraftInput): Promise<PublishOutcome> {
    const saved = await saveOrThrow(input);
    const outcome = await publishPlanDraft(saved.id);
    if (outcome.ok) {
      setDraft(null);
      setStatus({ kind: 'idle' });
    }
    reloadList();
    return outcome;
  }

  return { list, draftId, status, save, open, publish, startNew: () => setDraft(null) };
}

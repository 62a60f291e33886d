/**
 * The parties of the demo disputes, drawn from the demo residents who live where each dispute happened. The
 * applicant is one household member of the nearest building, the same one for every dispute there: a household that
 * quarrels once tends to quarrel again, and that repeat is what the 民转刑 early warning's "same parties" rule looks
 * for. The other side depends on the kind of dispute: a family dispute is within the applicant's home, a neighbour or
 * property dispute with the same household of the next building each time, and any other with someone of the next
 * building drawn afresh for each dispute.
 */
import type { DisputeType } from './dataset';
import { localFields } from '../../core/time';
import { createRng } from './prng';

/** An adult living in a building near the dispute. */
export interface PartyCandidate {
  id: string;
  name: string;
  idNumber: string;
  phone: string | null;
  houseCode: string | null;
  buildingCode: string;
}

/** A party as the disputes table stores it (core/contracts/disputes DisputeParty). */
export interface DemoParty {
  role: 'applicant' | 'respondent';
  name: string;
  idNumber: string;
  phone?: string;
}

const sameRespondentEachTime = new Set<DisputeType>(['neighbour', 'property']);

const asParty = (role: DemoParty['role'], c: PartyCandidate): DemoParty => ({ role, name: c.name, idNumber: c.idNumber, ...(c.phone ? { phone: c.phone } : {}) });

/**
 * The applicant and respondent of dispute `code` of `type`, from the adults of its nearest building (`nearest`) and
 * the next one (`next`), each listed in a fixed order. None when the nearest building has no adult; the applicant
 * alone when nobody fits the other side.
 */
export function chooseDemoParties(seed: string, dispute: { code: string; type: DisputeType }, nearest: readonly PartyCandidate[], next: readonly PartyCandidate[]): DemoParty[] {
  if (nearest.length === 0) return [];
  const applicant = createRng(seed, `dispute-party:${nearest[0].buildingCode}`).pick(nearest);
  const perDispute = createRng(seed, `dispute-party:${dispute.code}`);
  let others: readonly PartyCandidate[];
  if (dispute.type === 'family') others = nearest.filter((c) => c.id !== applicant.id && c.houseCode !== null && c.houseCode === applicant.houseCode);
  else others = next.filter((c) => c.id !== applicant.id);
  if (others.length === 0) return [asParty('applicant', applicant)];
  const respondent = sameRespondentEachTime.has(dispute.type) ? createRng(seed, `dispute-party:${others[0].buildingCode}`).pick(others) : perDispute.pick(others);
  return [asParty('applicant', applicant), asParty('respondent', respondent)];
}

/** Whether an 18-digit ID number (GB 11643) says its holder was 18 or older on `atMs`'s date in China. */
export function isAdultOn(idNumber: string, atMs: number): boolean {
  const born = /^\d{6}(\d{4})(\d{2})(\d{2})/.exec(idNumber);
  if (!born) return false;
  const [y, m, d] = [Number(born[1]), Number(born[2]), Number(born[3])];
  const at = localFields(atMs);
  const hadBirthday = at.month > m || (at.month === m && at.day >= d);
  return at.year - y - (hadBirthday ? 0 : 1) >= 18;
}

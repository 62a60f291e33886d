/**
 * Words a plan's findings for people (issue 11): collects the places the findings name (server/i18n
 * plan-finding-text.ts), reads their names (plan-place-names.repo.ts), and words each finding in the caller's
 * language with those names. Used for the problems that refuse a plan and for the warnings of a publication.
 */
import type { PlanFinding, PlanProblem, PlanProblemParams } from '../../core/contracts/planner';
import type { Db } from '../db/engine';
import { findPlaceNames } from '../db/repos/plan-place-names.repo';
import type { Language } from '../i18n/language';
import type { ApiMessageCode } from '../i18n/messages';
import { findNamedPlaces, wordPlanFindings } from '../i18n/plan-finding-text';

/** Findings worded in `language`, places by name (see wordPlanFindings). */
export async function sayPlanFindings<F extends { code: ApiMessageCode; params: PlanProblemParams }>(db: Db, language: Language, findings: readonly F[]): Promise<(F & { message: string })[]> {
  if (findings.length === 0) return [];
  return wordPlanFindings(language, findings, await findPlaceNames(db, findNamedPlaces(findings)));
}

/** A plan's problems in `language` (see sayPlanFindings). */
export function sayPlanProblems(db: Db, language: Language, findings: readonly PlanFinding[]): Promise<PlanProblem[]> {
  return sayPlanFindings(db, language, findings);
}

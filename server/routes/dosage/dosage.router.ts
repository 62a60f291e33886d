import { Hono } from 'hono';
import { DosageAnswerSchema, DosageEffectAnswerSchema, DosageEffectQuerySchema, DosageQuerySchema, PatrolAdherenceAnswerSchema, PatrolAdherenceQuerySchema, WallDosageSchema } from '../../../core/contracts/dosage';
import { allow } from '../../auth/auth.middleware';
import { everyone, patrolPlanners, staff } from '../../auth/roles';
import { heavyReadDb } from '../../db/replica';
import { requestLanguage } from '../../i18n/language';
import { describe } from '../../openapi/describe';
import { answerDosage, answerDosageEffect } from '../../services/dosage.service';
import { answerPatrolAdherence } from '../../services/patrol-adherence.service';
import { answerWallDosage } from '../../services/wall-dosage.service';
import type { AppEnv } from '../context';
import { validate } from '../validate';

// Scoped like the analysis routes: the figures are of the caller's hot cells and key places. The wall's answer holds
// counts per place only (no unit's name or position), so the wall display may read it.
export const dosageRouter = new Hono<AppEnv>()
  .get('/dosage', describe('巡防剂量 / patrol dosage per hot spot and key place', { 200: DosageAnswerSchema }), allow(staff), validate('query', DosageQuerySchema), async (c) =>
    c.json(await answerDosage(heavyReadDb(c.var.database), c.req.valid('query'), c.var.user!.scope), 200),
  )
  .get('/dosage/effect', describe('巡后警情对比 / incidents after visits against the same hours without', { 200: DosageEffectAnswerSchema }), allow(staff), validate('query', DosageEffectQuerySchema), async (c) =>
    c.json(await answerDosageEffect(heavyReadDb(c.var.database), c.req.valid('query'), c.var.user!.scope, requestLanguage(c)), 200),
  )
  // Who patrolled when is about people, so only those who plan and lead patrols (the patrol view's roles) may read it.
  .get('/dosage/patrols', describe('巡逻执行情况 / whether patrols on saved routes reached their stops on time', { 200: PatrolAdherenceAnswerSchema }), allow(patrolPlanners, 'adherence_refused'), validate('query', PatrolAdherenceQuerySchema), async (c) =>
    c.json(await answerPatrolAdherence(heavyReadDb(c.var.database), c.req.valid('query'), c.var.user!.scope, c.var.env.FIELD_CHECKIN_RADIUS_M), 200),
  )
  .get('/wall/dosage', describe('大屏巡防态势 / presence now and places uncovered at their peak', { 200: WallDosageSchema }), allow(everyone), async (c) =>
    c.json(await answerWallDosage(c.var.database.db, c.var.user!.scope), 200),
  );

import { Hono } from 'hono';
import type { AnalysisQuery } from '../../../core/contracts/analysis';
import { AnalysisQuerySchema, HotspotQuerySchema, RepeatQuerySchema } from '../../../core/contracts/analysis';
import { allow } from '../../auth/auth.middleware';
import { staff } from '../../auth/roles';
import { findProfile, findRates, type Period } from '../../db/repos/analysis.repo';
import type { AppEnv } from '../context';
import { heavyReadDb } from '../../db/replica';
import { apiError } from '../../i18n/messages';
import { validate } from '../validate';
import { findNamedRepeats, forecastIncidents } from '../../services/analysis-incidents.service';
import { findAnalysisHotCells, findEmergingHotCells } from '../../services/hot-cells.service';
import { EmergingAnswerSchema, ForecastAnswerSchema, HotspotAnswerSchema, ProfileAnswerSchema, RatesAnswerSchema, RepeatsAnswerSchema } from '../../../core/contracts/analysis';
import { ApiErrorSchema } from '../../../core/contracts/api-error';
import { describe } from '../../openapi/describe';

const defaultDays = 28;

/** The filter with its period made explicit: to defaults to now, from to `defaultDays` before to. */
function withPeriod<Q extends AnalysisQuery>(q: Q): Q & Period {
  const to = q.to ?? new Date().toISOString();
  const from = q.from ?? new Date(Date.parse(to) - defaultDays * 86_400_000).toISOString();
  return { ...q, from: new Date(from).toISOString(), to: new Date(to).toISOString() };
}


export const analysisRouter = new Hono<AppEnv>()
  .get('/analysis/profile', describe('时段分布与类别趋势 / hour × weekday matrix and categories over time', { 200: ProfileAnswerSchema }), allow(staff), validate('query', AnalysisQuerySchema), async (c) =>
    c.json(await findProfile(heavyReadDb(c.var.database), withPeriod(c.req.valid('query')), c.var.user!.scope), 200),
  )
  .get('/analysis/rates', describe('网格与警格千人发案率 / rates per grid and beat', { 200: RatesAnswerSchema }), allow(staff), validate('query', AnalysisQuerySchema), async (c) =>
    c.json(await findRates(heavyReadDb(c.var.database), withPeriod(c.req.valid('query')), c.var.user!.scope), 200),
  )
  .get('/analysis/hotspots', describe('热点（Gi*）/ Gi* hotspot cells', { 200: HotspotAnswerSchema, 404: ApiErrorSchema }), allow(staff), validate('query', HotspotQuerySchema), async (c) => {
    const answer = await findAnalysisHotCells(heavyReadDb(c.var.database), withPeriod(c.req.valid('query')), c.var.user!.scope);
    return answer ? c.json(answer, 200) : c.json(apiError(c, 'not_found', 'no_grid_to_analyse'), 404);
  })
  .get('/analysis/emerging', describe('新兴热点 / emerging hotspot patterns', { 200: EmergingAnswerSchema, 404: ApiErrorSchema }), allow(staff), validate('query', HotspotQuerySchema), async (c) => {
    const answer = await findEmergingHotCells(heavyReadDb(c.var.database), withPeriod(c.req.valid('query')), c.var.user!.scope);
    return answer ? c.json(answer, 200) : c.json(apiError(c, 'not_found', 'no_grid_to_analyse'), 404);
  })
  .get('/analysis/forecast', describe('下周预测 / next period’s forecast cells', { 200: ForecastAnswerSchema, 404: ApiErrorSchema }), allow(staff), validate('query', HotspotQuerySchema), async (c) => {
    const answer = await forecastIncidents(heavyReadDb(c.var.database), withPeriod(c.req.valid('query')), c.var.user!.scope);
    return answer ? c.json(answer, 200) : c.json(apiError(c, 'not_found', 'no_grid_to_analyse'), 404);
  })
  .get('/analysis/repeats', describe('重复与近重复警情 / repeat and near-repeat incidents', { 200: RepeatsAnswerSchema }), allow(staff), validate('query', RepeatQuerySchema), async (c) => {
    return c.json(await findNamedRepeats(heavyReadDb(c.var.database), withPeriod(c.req.valid('query')), c.var.user!.scope), 200);
  });

/**
 * The grid planner's API (issue 5): the units of a street or community, drafts, publishing and beat docking.
 * Units are buildings; each carries its territory (its Voronoi cell clipped to its community, computed in PostGIS)
 * so that any assignment of buildings to grids gives grids that tile their communities exactly.
 */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { z } from 'zod';
import { plainText } from './query-params';
import { personRoles } from './workforce';
import { rule } from './rule-messages';
import { featureCollectionOf, MultiPolygonSchema, PolygonSchema } from './geojson';

const areaCode = z.string().regex(/^\d{9}$|^\d{12}$/, 'must be a street code (9 digits) or community code (12 digits)');

/** GET /api/planner/units?street=511703001 or ?community=511703001001 (exactly one). */
export const PlannerAreaQuerySchema = z
  .object({ street: areaCode.optional(), community: areaCode.optional() })
  .refine((q) => (q.street === undefined) !== (q.community === undefined), { ...rule('one_area'), path: ['street'] });
export type PlannerAreaQuery = z.infer<typeof PlannerAreaQuerySchema>;

export type AreaKind = 'street' | 'community';
export const PlannerAreaSchema = z.object({
  kind: z.enum(["street", "community"]),
  code: z.string(),
  name: z.string(),
});
export type PlannerArea = z.infer<typeof PlannerAreaSchema>;

/**
 * GET /api/planner/areas: what a planner can pick, with the published figures: the communities whose every grid lies
 * in the caller's jurisdiction, under their streets.
 */
export const PlannerAreasSchema = z.object({
  /** The caller's jurisdiction by name when it is not the whole district (the list is limited to it); null otherwise. */
  jurisdiction: z.array(z.string()).nullable(),
  streets: z.array(z.object({
    code: z.string(),
    name: z.string(),
    /** Whether the whole street may be opened: every grid of it lies in the caller's jurisdiction. */
    plannable: z.boolean(),
    communities: z.array(z.object({
      code: z.string(),
      name: z.string(),
      households: z.number(),
      buildings: z.number(),
      grids: z.number(),
      /** Each published grid's households, in grid-code order: what the planner's overview checks against the band. */
      gridHouseholds: z.array(z.number()),
    })),
  })),
});
export type PlannerAreas = z.infer<typeof PlannerAreasSchema>;

export const PlannerUnitPropertiesSchema = z.object({
  code: z.string(),
  name: z.string(),
  /** The building as people name it, its compound's name and its own: "星河城1栋" (lists show this, not the code). */
  label: z.string(),
  compoundCode: z.string(),
  /** The compound's name (星河城), for reports that name a compound. */
  compoundName: z.string(),
  communityCode: z.string(),
  /** The building's grid in the published plan. */
  gridCode: z.string(),
  /** The beat its published grid is docked onto; null when none. */
  beatCode: z.string().nullable(),
  households: z.number(),
  residents: z.number(),
  partyMembers: z.number(),
  institutionStaff: z.number(),
  /** Incidents inside the building's territory over the last 12 months (for beat load). */
  incidents12m: z.number(),
  /** The building's centroid, [lng, lat]. */
  position: z.tuple([z.number(), z.number()]),
  footprint: PolygonSchema,
});
export type PlannerUnitProperties = z.infer<typeof PlannerUnitPropertiesSchema>;
export type PlannerUnit = Feature<Polygon | MultiPolygon, PlannerUnitProperties>;

export const PlannerGridPropertiesSchema = z.object({
  code: z.string(),
  name: z.string(),
  communityCode: z.string(),
  households: z.number(),
  residents: z.number(),
});
export type PlannerGridProperties = z.infer<typeof PlannerGridPropertiesSchema>;

/** GET /api/planner/units answer. */
export const PlannerUnitsSchema = z.object({
  area: PlannerAreaSchema,
  publishedPlanId: z.string(),
  communities: featureCollectionOf(MultiPolygonSchema, z.object({
    code: z.string(),
    name: z.string(),
  })),
  /** Geometry = the building's territory. */
  units: featureCollectionOf(z.discriminatedUnion('type', [PolygonSchema, MultiPolygonSchema]), PlannerUnitPropertiesSchema),
  grids: featureCollectionOf(MultiPolygonSchema, PlannerGridPropertiesSchema),
  beats: featureCollectionOf(MultiPolygonSchema, z.object({
    code: z.string(),
    name: z.string(),
    officerId: z.string().nullable(),
  })),
  /** Rook adjacency of the territories: [codeA, codeB, sharedLengthM]. */
  adjacency: z.array(z.tuple([z.string(), z.string(), z.number()])),
});
export type PlannerUnits = z.infer<typeof PlannerUnitsSchema>;

/** A grid of a draft is named by a key until publishing assigns its code (published grids keep their code as key). */
const gridKey = z.string().regex(/^[0-9A-Za-z_-]{1,40}$/, 'grid keys are 1–40 letters, digits, - or _');
const buildingCode = z.string().regex(/^[0-9A-Za-z_-]{1,40}$/, 'building codes are 1–40 letters, digits, - or _');

export const HouseholdBandSchema = z
  .tuple([z.number().int().min(1), z.number().int().min(1)], { message: 'band must be two whole numbers [min, max]' })
  .refine(([lo, hi]) => lo < hi, rule('band_in_order'));

/** The longest draft name: it must fit one line of the drafts list (the form shows a counter, the API refuses more). */
export const draftNameMaxLength = 60;

/** POST /api/planner/drafts and PUT /api/planner/drafts/:id body. */
export const PlanDraftInputSchema = z.object({
  name: plainText('name', draftNameMaxLength).trim().min(1, 'name is required'),
  areaKind: z.enum(['street', 'community'], { message: 'areaKind must be street or community' }),
  areaCode,
  band: HouseholdBandSchema,
  /** building code → grid key; must cover every building of the area exactly once (checked against the database). */
  assignment: z.record(buildingCode, gridKey).refine((a) => Object.keys(a).length > 0, rule('assignment_not_empty')),
  locked: z.array(gridKey).max(1000).default([]),
  /** grid key → beat code, when the planner accepted a docking; publishing uses the proposal for grids not listed. */
  docking: z.record(gridKey, z.string().regex(/^[0-9A-Za-z_-]{1,40}$/, 'beat codes are letters, digits, - or _')).default({}),
});
export type PlanDraftInput = z.infer<typeof PlanDraftInputSchema>;

/**
 * A draft saved over (PUT): its content, and the updatedAt of the draft as the editor opened or last saved it. Given,
 * a draft saved since by another tab or planner is not overwritten (409 draft_changed); a client that omits it
 * overwrites whatever is there.
 */
export const PlanDraftUpdateSchema = PlanDraftInputSchema.extend({
  baseUpdatedAt: z.iso.datetime({ offset: true, message: 'baseUpdatedAt must be an ISO date-time' }).optional(),
});
export type PlanDraftUpdate = z.infer<typeof PlanDraftUpdateSchema>;

export const PlanIdSchema = z.object({ id: z.uuid({ message: 'id must be a plan id (uuid)' }) });

export const PlanDraftSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  status: z.enum(['draft', 'published', 'archived']),
  areaKind: z.enum(["street", "community"]).nullable(),
  areaCode: z.string().nullable(),
  createdBy: z.string().nullable(),
  /** Whom createdBy shows as: the account's display name, as other lists name authors. */
  createdByName: z.string().nullable(),
  updatedAt: z.string(),
  publishedAt: z.string().nullable(),
  publishedBy: z.string().nullable(),
});
export type PlanDraftSummary = z.infer<typeof PlanDraftSummarySchema>;
export const PlanDraftSchema = PlanDraftSummarySchema.extend({
  band: z.tuple([z.number(), z.number()]),
  assignment: z.record(z.string(), z.string()),
  locked: z.array(z.string()),
  docking: z.record(z.string(), z.string()),
});
export type PlanDraft = z.infer<typeof PlanDraftSchema>;

/** The rules a plan can break, one code a sentence (server/i18n/messages.ts words each in both languages). */
export const PlanProblemCodeSchema = z.enum(['plan_buildings_unassigned', 'plan_buildings_unknown', 'plan_compound_split', 'plan_grid_crosses_communities', 'plan_grids_in_pieces', 'plan_grid_empty', 'plan_grid_pieces', 'plan_grid_invalid', 'plan_grids_overlap', 'plan_community_gap', 'plan_building_grids', 'plan_area_without_grids', 'plan_docking_unknown', 'plan_handover_undecided']);
export type PlanProblemCode = z.infer<typeof PlanProblemCodeSchema>;

/**
 * A problem's facts. Places are codes here — building(s), compound, community/communities, grid/grids/a/b (grid keys
 * of the plan), beat — and the server puts their names in the message; counts and figures are numbers.
 */
export const PlanProblemParamsSchema = z.record(z.string(), z.union([z.string(), z.number(), z.array(z.string())]));
export type PlanProblemParams = z.infer<typeof PlanProblemParamsSchema>;

/** A rule a plan breaks, as core and the repositories find it: no words yet. */
export const PlanFindingSchema = z.object({
  kind: z.enum(['coverage', 'community', 'compound', 'contiguity', 'geometry', 'overlap', 'gap', 'building', 'docking', 'handover']),
  code: PlanProblemCodeSchema,
  params: PlanProblemParamsSchema,
  gridKeys: z.array(z.string()).optional(),
});
export type PlanFinding = z.infer<typeof PlanFindingSchema>;

/** One reason a plan cannot be published: the finding with its message in the caller's language, places by name. */
export const PlanProblemSchema = PlanFindingSchema.extend({
  message: z.string(),
});
export type PlanProblem = z.infer<typeof PlanProblemSchema>;

/** POST /api/planner/drafts/:id/publish: 200 with the new codes, or 422 { error: 'invalid_plan', problems }. */

/** A grid as people know it: its name, with the code for those who need it. */
export const NamedGridSchema = z.object({
  code: z.string(),
  name: z.string(),
});
export type NamedGrid = z.infer<typeof NamedGridSchema>;

/**
 * Where a published grid's people and work go when a plan replaces it (issue 12): to its successor, the new grid
 * that receives the largest share of its households (ties: the lower code). Listed for every replaced grid whose
 * successor is another grid, i.e. whose code is retired or now names another area.
 */
export const GridHandoverSchema = z.object({
  from: NamedGridSchema,
  /** The successor; null when none can be found (no building of the grid is left in the area). */
  to: NamedGridSchema.nullable(),
  retired: z.boolean(),
  /** The grid's households, and how many of them the successor receives. */
  households: z.number(),
  sharedHouseholds: z.number(),
  /** Staff placed by grid rather than by a compound or building (网格长, 网格员, 社区民警): they follow the successor. */
  people: z.array(z.object({
    id: z.string(),
    name: z.string(),
    role: z.enum(personRoles),
  })),
  /** Accounts whose scope names the grid: the successor replaces it in their scope. */
  accounts: z.array(z.object({
    username: z.string(),
    displayName: z.string(),
  })),
  meetings: z.number(),
  workRecords: z.number(),
  /** Collection tasks: with their building where they name one, else with the successor. */
  tasks: z.number(),
  /** 双月考评 grades of past rounds: kept under the old code as history; grid_history records the successor. */
  assessmentsKept: z.number(),
});
export type GridHandover = z.infer<typeof GridHandoverSchema>;

/** POST /api/planner/preview: what publishing the body would change, computed as publishing computes it. */
export const PublishPreviewSchema = z.object({
  /** Buildings whose grid code changes, with their households and residents (the buildings' figures). */
  changed: z.object({
    buildings: z.number(),
    households: z.number(),
    residents: z.number(),
  }),
  total: z.object({
    buildings: z.number(),
    households: z.number(),
    residents: z.number(),
  }),
  /**
   * Each grid key of the plan → the code publishing gives it (a kept grid's key is its code): how the dialog tells that
   * the draft's 新网格 N001 and the preview's 南滨社区第12网格 are one grid.
   */
  codes: z.record(z.string(), z.string()),
  added: z.array(NamedGridSchema),
  removed: z.array(NamedGridSchema),
  kept: z.array(NamedGridSchema),
  /**
   * Published grids that keep their code but get a new outline (their buildings change, or a neighbour redrawn with
   * them would otherwise come apart: planner-publish-outlines.repo.ts), by their present names: every grid leader
   * knows the old outline. The removed grids are not among them.
   */
  redrawn: z.array(NamedGridSchema),
  /** How many published grids keep their code and their outline exactly as they are. */
  unchangedOutlines: z.number(),
  handovers: z.array(GridHandoverSchema),
  /** 小区长 and 楼栋长 (placed by compound or building) who change grid with it. */
  staffWithBuildings: z.number(),
  /** New grids to which no grid leader comes, and those to which more than one does (the first leads). */
  leaderless: z.array(NamedGridSchema),
  sharedLeadership: z.array(z.object({
    grid: NamedGridSchema,
    leaders: z.array(z.string()),
  })),
  /** Handovers without a successor that carry people, accounts or work: publishing is refused until they are placed. */
  undecided: z.array(GridHandoverSchema),
  /**
   * Grids of the new plan that publishing docks onto another beat (警格) than the one their code is docked onto now,
   * published grids first, then by code. Beats by name as people read them (三里坪派出所第1警格): `from` is null for a
   * grid docked onto none now (every new grid), `to` null for one docked onto none after. A new grid docked onto no beat
   * is not among them: nothing about it changes beat. A plan whose only change is this list still publishes.
   */
  docking: z.array(z.object({
    grid: NamedGridSchema,
    from: z.string().nullable(),
    to: z.string().nullable(),
  })),
});
export type PublishPreview = z.infer<typeof PublishPreviewSchema>;
export type PlanDockingChange = PublishPreview['docking'][number];

export const PublishResultSchema = z.object({
  planId: z.string(),
  /** grid key → assigned code. */
  codes: z.record(z.string(), z.string()),
  grids: z.number(),
  /** Grids outside the household band: published, but listed. */
  warnings: z.array(z.string()),
  /** What the publication changed: the preview's figures as they were when it was written. */
  changes: PublishPreviewSchema,
});
export type PublishResult = z.infer<typeof PublishResultSchema>;

/** Beat docking (警格网格对接) of a plan. */
export interface DockingReport {
  beats: {
    code: string;
    grids: string[];
    households: number;
    incidents12m: number;
    /** Incidents per community officer (one officer a beat in the demo). */
    incidentsPerOfficer: number;
    officers: number;
  }[];
  /** Grids whose buildings lie in more than one beat, with the households in each. */
  splitGrids: { grid: string; beats: { beat: string; households: number }[] }[];
  /** Grids none of whose buildings lies in a beat. */
  orphanGrids: string[];
  /** Every grid to exactly one beat: the beat holding most of its households (ties: the lower code). */
  proposal: Record<string, string>;
}

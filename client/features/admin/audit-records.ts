import type { ImportKind } from '../../../core/contracts/registry';
import type { Translate } from '../../i18n/messages';
import type { MessageKey } from '../../i18n/zh-CN';

/** One stored record: `key:value` as the server writes details (`kind:residents`), or a bare value (an id, a login). */
export interface AuditRecord {
  key: string | null;
  value: string;
}

/** Splits a record at its first colon when a lowercase key comes before it; anything else (an old row's id) is bare. */
export function parseAuditRecord(record: string): AuditRecord {
  const m = /^([a-z_]+):([\s\S]*)$/.exec(record);
  return m ? { key: m[1], value: m[2] } : { key: null, value: record };
}

// The registry page's words for the kinds (features/registry/registry-labels.ts; features share no code): typed by the
// contract's kinds, so a new kind cannot be imported without a name here.
const kindLabels: Record<ImportKind, MessageKey> = {
  residents: 'regKindResidents', houses: 'regKindHouses', organisations: 'regKindOrganisations', addresses: 'regKindAddresses',
  buildings: 'regKindBuildings', key_places: 'regKindKeyPlaces',
};
// File formats are names, the same in both languages.
const formatNames: Record<string, string> = { csv: 'CSV', geojson: 'GeoJSON', shp: 'Shapefile', gpkg: 'GeoPackage' };
const countLabels: Record<string, MessageKey> = {
  rows: 'auditRecRows', written: 'auditRecWritten', features: 'auditRecFeatures', items: 'auditRecItems', created: 'auditRecCreated', replayed: 'auditRecReplayed',
};
// Records the server knows only by id or code: named for what they are, so an auditor sees what the code is.
const nounLabels: Record<string, MessageKey> = {
  plan: 'auditNounPlan', station: 'auditNounStation', patrol_route: 'auditNounPatrolRoute', task: 'auditNounTask', grid: 'auditNounGrid',
  building: 'auditNounBuilding', activity: 'auditNounActivity', meeting: 'auditNounMeeting', incident: 'auditNounIncident', external: 'auditNounExternal',
  field_patrol: 'auditNounFieldPatrol', field_check_in: 'auditNounFieldCheckIn', field_report: 'auditNounFieldReport', key_place: 'auditNounKeyPlace',
};
// The fields an account change lists after the account (PATCH /api/admin/users/:username), as the account form names them.
const accountFieldLabels: Record<string, MessageKey> = {
  displayName: 'colDisplayName', role: 'accountRole', scope: 'colScope', disabled: 'colState', personId: 'accountPerson',
};
// The fields a resident change lists after the resident (PATCH /api/residents/:id), as the residents table names them.
const residentFieldLabels: Record<string, MessageKey> = {
  name: 'colName', idNumber: 'colIdNumber', phone: 'colPhone', houseNumber: 'colHouse', kind: 'colKind', movedOutOn: 'residentChangeMovedOut',
};
// Their rows begin with the plan's bare id (server/audit/plan-audit.repo.ts); rows written before plans were named hold only it.
const planActions = new Set(['save_grid_draft', 'delete_grid_draft', 'publish_grid_plan', 'preview_grid_plan']);

const isCount = (v: string | undefined): v is string => v !== undefined && /^\d+$/.test(v);

/** A registry kind as the registry page names it (实有人口); a kind this client does not know, as stored. */
function describeKind(kind: string, t: Translate): string {
  const key = (kindLabels as Record<string, MessageKey | undefined>)[kind];
  return key ? t(key) : kind;
}

/** One record in words: a known key by its label, a bare value as stored, an unknown key as stored (`key:value`). */
function describeRecord({ key, value }: AuditRecord, t: Translate): string {
  if (key === null) return value;
  if (key === 'kind') return describeKind(value, t);
  if (key === 'format') return formatNames[value] ?? value;
  if (key === 'q') return t('auditRecQuery', { query: value });
  if (key === 'plan_name' || key === 'area') return value;
  if (key === 'masked' && (value === 'true' || value === 'false')) return t(value === 'true' ? 'auditRecMasked' : 'auditRecUnmasked');
  if (countLabels[key] && isCount(value)) return t(countLabels[key], { count: Number(value) });
  if (nounLabels[key]) return t('auditRecNamed', { noun: t(nounLabels[key]), value });
  return `${key}:${value}`;
}

/** An import (or its check) as one phrase: 实有人口 · CSV · 2 行，写入 0 行; null when a row lacks a part (left to the general form). */
function describeImport(action: string, records: AuditRecord[], t: Translate): string | null {
  const of = (key: string) => records.find((r) => r.key === key)?.value;
  const [kind, format, rows, written] = [of('kind'), of('format'), of('rows'), of('written')];
  if (kind === undefined || format === undefined || !isCount(rows) || !isCount(written)) return null;
  const params = { kind: describeKind(kind, t), format: formatNames[format] ?? format, rows: Number(rows), written: Number(written) };
  return t(action === 'registry_import_check' ? 'auditRecImportChecked' : 'auditRecImportWritten', params);
}

/** A plan by its area and name (曹家梁社区 · 方案名); its id only in a row written before plans were named. */
function describePlan(records: AuditRecord[], t: Translate): string {
  const name = records.find((r) => r.key === 'plan_name')?.value;
  const area = records.find((r) => r.key === 'area')?.value;
  if (name !== undefined) return area ? `${area} · ${name}` : name;
  return records.map((r) => (r.key === null ? t('auditRecNamed', { noun: t('auditNounPlan'), value: r.value }) : describeRecord(r, t))).join(t('listSeparator'));
}

/**
 * An audit row's records as a person reads them, Chinese first: a plan by its area and name, an import as a sentence,
 * an account change by its fields' names, known keys by their labels; a key this does not know stays as stored. The
 * stored records themselves (ids included) are for the row's hover.
 */
export function describeAuditRecords(action: string, records: readonly string[], t: Translate): string {
  const parsed = records.map(parseAuditRecord);
  if ((action === 'user_update' || action === 'resident_change') && parsed.length > 0) {
    const [account, ...fields] = records;
    const labels = action === 'user_update' ? accountFieldLabels : residentFieldLabels;
    const named = fields.map((f) => (labels[f] ? t(labels[f]) : f));
    return named.length > 0 ? t('auditAccountFields', { account, fields: named.join(t('listSeparator')) }) : account;
  }
  if (planActions.has(action) && parsed.length > 0) return describePlan(parsed, t);
  if (action === 'registry_import' || action === 'registry_import_check') {
    const sentence = describeImport(action, parsed, t);
    if (sentence !== null) return sentence;
  }
  return parsed.map((r) => describeRecord(r, t)).join(t('listSeparator'));
}

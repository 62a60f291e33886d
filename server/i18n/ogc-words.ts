import { remitLabels, sourceLabels, statusLabels, typeLabels } from '../../client/shared/dispute-labels';
import { incidentSourceLabels } from '../../client/shared/incident-labels';
import type { OgcCollectionId, OgcQueryable } from '../../core/contracts/ogc';
import { chineseWords, keyPlaceKindWords } from './interface-words';
import type { Language } from './language';

/** What /ogc calls itself and its collections, in each language (GDAL and QGIS show the titles beside the ids). */
export const ogcServiceWords: Record<Language, { title: string; description: string }> = {
  'zh-CN': { title: '警网 OGC API 要素服务', description: '网格、警格、派出所、重点场所、楼栋、警情、矛盾纠纷与巡防路线等要素（OGC API – Features 第 1–3 部分，GeoJSON，CRS84 或 CGCS2000）' },
  en: { title: 'Jingwang OGC API – Features', description: 'grids, beats, stations, key places, buildings, incidents, disputes, patrol routes and more (OGC API – Features Parts 1–3, GeoJSON, CRS84 or CGCS2000)' },
};

export const ogcCollectionWords: Record<Language, Record<OgcCollectionId, { title: string; description: string }>> = {
  'zh-CN': {
    streets: { title: '街道（乡镇）', description: '街道、乡镇边界' },
    communities: { title: '社区（村）', description: '社区、村边界' },
    grids: { title: '网格', description: '已发布方案中您辖区内的网格，含户数与实有人口' },
    beats: { title: '警格', description: '警格边界，inScope 表示是否含您辖区的网格' },
    stations: { title: '派出所', description: '派出所位置' },
    key_places: { title: '重点场所', description: '重点场所及其高峰时段' },
    buildings: { title: '楼栋', description: '您辖区内的楼栋，含所属小区、网格、层数与户数' },
    incidents: { title: '警情', description: '您辖区内的警情（时间 occurredAt）' },
    disputes: { title: '矛盾纠纷', description: '您辖区内的矛盾纠纷，当事人信息已脱敏；每次读取都记入审计（时间 registeredAt）' },
    patrol_routes: { title: '巡防路线', description: '您辖区内已保存的巡防路线，含起点名称（时间 createdAt）' },
  },
  en: {
    streets: { title: 'Streets (towns)', description: 'street and town boundaries' },
    communities: { title: 'Communities (villages)', description: 'community and village boundaries' },
    grids: { title: 'Grids', description: 'the grids of the published plan in your jurisdiction, with households and residents' },
    beats: { title: 'Beats', description: 'police beats; inScope says whether one holds a grid of your jurisdiction' },
    stations: { title: 'Police stations', description: 'police station locations' },
    key_places: { title: 'Key places', description: 'key places and their peak hours' },
    buildings: { title: 'Buildings', description: 'the buildings in your jurisdiction, with compound, grid, floors and households' },
    incidents: { title: 'Incidents', description: 'the incidents in your jurisdiction (time: occurredAt)' },
    disputes: { title: 'Disputes', description: 'the disputes in your jurisdiction, parties masked; every read is audited (time: registeredAt)' },
    patrol_routes: { title: 'Patrol routes', description: 'the saved patrol routes in your jurisdiction, with where they start (time: createdAt)' },
  },
};

/** The titles of the queryables (OGC Part 3), which a GIS client shows beside each property's name. */
export const ogcQueryableWords: Record<Language, Record<OgcQueryable, string>> = {
  'zh-CN': {
    kind: '类型', streetCode: '街道（乡镇）代码', communityCode: '社区（村）代码', beatCode: '警格代码', stationCode: '派出所代码',
    gridCode: '网格代码', compoundCode: '小区代码', categoryCode: '警情类别代码', source: '来源', type: '纠纷类型', status: '状态', mode: '出行方式',
  },
  en: {
    kind: 'kind', streetCode: 'street code', communityCode: 'community code', beatCode: 'beat code', stationCode: 'station code',
    gridCode: 'grid code', compoundCode: 'compound code', categoryCode: 'incident category code', source: 'source', type: 'dispute type',
    status: 'status', mode: 'travel mode',
  },
};

/** What the collection-level queryables document calls itself. */
export const ogcQueryablesTitle: Record<Language, (collection: string) => string> = {
  'zh-CN': (collection) => `${collection}：可筛选的属性`,
  en: (collection) => `${collection}: properties to filter on`,
};

/**
 * The coded properties a collection also names in words, and the property holding the name: a dispute's type
 * 'neighbour' comes with typeName 邻里纠纷. Chinese whatever the request's language, like the place names beside them
 * (the data's own language, written into exported files too); the words are the interface's own tables.
 */
export const ogcCodeNames: Partial<Record<OgcCollectionId, Record<string, { as: string; words: Record<string, string> }>>> = {
  key_places: { kind: { as: 'kindName', words: keyPlaceKindWords } },
  // An incident's category is named from its table (categoryName, ogc-sources.repo), its source here.
  incidents: { source: { as: 'sourceName', words: chineseWords(incidentSourceLabels) } },
  disputes: {
    type: { as: 'typeName', words: chineseWords(typeLabels) },
    status: { as: 'statusName', words: chineseWords(statusLabels) },
    source: { as: 'sourceName', words: chineseWords(sourceLabels) },
    remit: { as: 'remitName', words: chineseWords(remitLabels) },
  },
};

import type { OgcCollectionId } from '../../core/contracts/ogc';
import type { Language } from './language';

/** What /ogc calls itself and its collections, in each language (GDAL and QGIS show the titles beside the ids). */
export const ogcServiceWords: Record<Language, { title: string; description: string }> = {
  'zh-CN': { title: '警网 OGC API 要素服务', description: '网格、警务区、派出所、重点场所与警情等要素（OGC API – Features 第 1 部分，GeoJSON，CRS84）' },
  en: { title: 'Jingwang OGC API – Features', description: 'grids, beats, stations, key places, incidents and more (OGC API – Features Part 1, GeoJSON, CRS84)' },
};

export const ogcCollectionWords: Record<Language, Record<OgcCollectionId, { title: string; description: string }>> = {
  'zh-CN': {
    streets: { title: '街道（乡镇）', description: '街道、乡镇边界' },
    communities: { title: '社区（村）', description: '社区、村边界' },
    grids: { title: '网格', description: '已发布方案中您辖区内的网格，含户数与实有人口' },
    beats: { title: '警务区', description: '社区警务区边界，inScope 表示是否含您辖区的网格' },
    stations: { title: '派出所', description: '派出所位置' },
    key_places: { title: '重点场所', description: '重点场所及其高峰时段' },
    incidents: { title: '警情', description: '您辖区内的警情（时间 occurredAt）' },
  },
  en: {
    streets: { title: 'Streets (towns)', description: 'street and town boundaries' },
    communities: { title: 'Communities (villages)', description: 'community and village boundaries' },
    grids: { title: 'Grids', description: 'the grids of the published plan in your jurisdiction, with households and residents' },
    beats: { title: 'Beats', description: 'police beats; inScope says whether one holds a grid of your jurisdiction' },
    stations: { title: 'Police stations', description: 'police station locations' },
    key_places: { title: 'Key places', description: 'key places and their peak hours' },
    incidents: { title: 'Incidents', description: 'the incidents in your jurisdiction (time: occurredAt)' },
  },
};

import type { TileLayerId } from '../../core/contracts/tiles';
import type { Language } from './language';

/** What each /tiles layer is called in its TileJSON, in each language (QGIS and MapLibre show the name). */
export const tileLayerWords: Record<Language, Record<TileLayerId, { name: string; description: string }>> = {
  'zh-CN': {
    incidents: { name: '警情', description: '您辖区内的警情点（时间 occurredAt，UTC）' },
    buildings: { name: '楼栋', description: '您辖区网格内的楼栋，含标准地址、楼层与户数' },
    grids: { name: '网格', description: '已发布方案中您辖区内的网格' },
  },
  en: {
    incidents: { name: 'Incidents', description: 'incident points in your jurisdiction (time occurredAt, UTC)' },
    buildings: { name: 'Buildings', description: 'buildings of your jurisdiction’s grids, with standard address, floors and households' },
    grids: { name: 'Grids', description: 'the grids of the published plan in your jurisdiction' },
  },
};

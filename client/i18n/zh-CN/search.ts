/** Interface strings in Chinese: search by name, on every map view and in the registers. */
export const search = {
  // Search by name (issue 11, part 6): one box on every map view, the dispute register's place, the residents' grid.
  searchLabel: '搜索地址、楼栋、网格、重点场所',
  // No example place: one that works for the district (slp) finds nothing for a user whose jurisdiction lies elsewhere.
  searchPlaceholder: '地址、楼栋、网格、场所名或拼音首字母', // 18 characters: whole in the 275 px box (it cut a 20-character hint short)
  searchResults: '搜索结果',
  searchSearching: '搜索中…',
  searchNone: '没有找到“{q}”',
  // The map's box finds places, and people by ID number only: every people search is audited, not each keystroke.
  searchPeopleByName: '找人？到“实有人口”按姓名查找“{q}”',
  searchFailed: '搜索失败：{message}',
  searchKindStreet: '街道',
  searchKindCommunity: '社区',
  searchKindKeyPlace: '重点场所',
  searchKindStation: '派出所',
  searchKindGrid: '网格',
  searchKindCompound: '小区',
  searchKindAddress: '标准地址',
  searchKindBuilding: '楼栋',
  searchKindPerson: '人员',
  dspPlaceSearch: '地址或楼栋',
  dspPlaceSearchHint: '输入小区、楼栋或地址的一部分，从列表中选择',
  dspPlaceChosen: '已选：{name}（{context}）',
  residentsGridSearch: '网格',
  residentsGridSearchHint: '输入网格名称或编码',
  residentsGridAny: '全部网格',
  residentsGridClear: '清除网格',
  analysisPlaceUnnamed: '（300 米内无标准地址）',
  analysisTipNear: '位置：{place}',
} as const;

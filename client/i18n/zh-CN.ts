/** Interface strings in Chinese, the default language. en.ts must have the same keys (checked by its type). */
export const zhCN = {
  appTitle: '警网 · 达川区 警网融合态势图',
  appTitleShort: '警网',
  demoBadge: '演示数据',
  demoBadgeTitle: '数据库中为系统生成的演示数据，不涉及真实人员和警情',
  languageSwitch: 'English',
  languageSwitchTitle: '切换到英文界面',
  loading: '加载中…',
  loadFailed: '数据加载失败：{message}',
  retry: '重试',

  layersTitle: '图层',
  layerGrids: '网格（按户数着色）',
  layerHeatmap: '警情热力',
  layerBeats: '警格边界',
  layerKeyPlaces: '重点部位',
  layerStations: '派出所',
  layerLabels: '街道、社区名称',

  legendTitle: '图例',
  legendHouseholds: '网格户数',
  legendHeatmap: '警情密度',
  legendLow: '低',
  legendHigh: '高',
  legendBelow: '< {value}',
  legendAbove: '≥ {value}',
  legendRange: '{from}–{to}',
  legendBeat: '警格边界',
  legendStation: '派出所',

  periodTitle: '热力时段',
  period7d: '近7天',
  period30d: '近30天',
  period90d: '近90天',
  period12m: '近12个月',

  figuresTitle: '概况',
  figureResidents: '常住人口',
  figureHouseholds: '户数',
  figureGrids: '网格',
  figurePoliceGridLeaders: '民警任网格长',
  figureGridLeadersOf: '共 {total} 名网格长',
  figureIncidents: '时段内警情',

  keyPlaceGovernment: '党政机关',
  keyPlaceSchool: '学校',
  keyPlaceMall: '商场',
  keyPlaceHospital: '医院',
  keyPlaceConstruction: '建筑工地',
  keyPlaceNightlife: '娱乐场所',
  keyPlaceTransport: '交通枢纽',

  tooltipHouseholds: '户数：{value}',
  tooltipResidents: '人口：{value}',
  tooltipBeat: '警格：{value}',
  tooltipStation: '派出所',
  tooltipKeyPlace: '重点部位 · {kind}',

  loginTitle: '登录警网',
  loginUsername: '用户名',
  loginPassword: '密码',
  loginSubmit: '登录',
  loginFailed: '登录失败：{message}',
  logout: '退出',
} as const;

export type MessageKey = keyof typeof zhCN;
export type Messages = Record<MessageKey, string>;

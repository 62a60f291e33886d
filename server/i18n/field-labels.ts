/**
 * What a person calls each field the API validates, in Chinese, and for some the form the value takes (a hint that
 * makes a refusal actionable where zod's issue alone says only "wrong format"). Keyed by the field's name as the
 * contracts (core/contracts) spell it; English answers use the name itself, as the API documentation does. A name
 * that means another thing inside another field is keyed with that field in front ('pings.at': a ping's time, while
 * a route's `at` is its start). A field missing here is named by its code.
 */
export const fieldLabels: Record<string, { zh: string; hint?: string }> = {
  addressCode: { zh: '标准地址编号' },
  address_code: { zh: '标准地址编号' },
  area: { zh: '街道或社区', hint: '9 位街道代码或 12 位社区代码' },
  areaCode: { zh: '街道或社区', hint: '9 位街道代码或 12 位社区代码' },
  areaKind: { zh: '区域类型' },
  assignedTo: { zh: '分配给' },
  assignee: { zh: '承办人', hint: '人员编号，如 P00012' },
  assignment: { zh: '楼栋划分' },
  at: { zh: '起点', hint: '经度,纬度' },
  attendance: { zh: '参会人员', hint: '人员编号，如 P00001' },
  attribution: { zh: '版权说明' },
  band: { zh: '户数区间', hint: '两个整数 [下限, 上限]' },
  voice: { zh: '语音' },
  voiceMime: { zh: '语音格式', hint: 'audio/webm、audio/ogg、audio/mp4、audio/aac 或 audio/mpeg' },
  bbox: { zh: '地图范围', hint: '四个数：最小经度,最小纬度,最大经度,最大纬度' },
  body: { zh: '请求内容' },
  budgetMin: { zh: '时间预算（分钟）' },
  buildingCode: { zh: '楼栋编号' },
  building_code: { zh: '楼栋编号' },
  categories: { zh: '警情类别', hint: '类别代码，如 THEFT_RES' },
  categoryCode: { zh: '警情类别', hint: '类别代码，如 THEFT_RES' },
  cell: { zh: '网格边长（米）' },
  code: { zh: '编号' },
  comments: { zh: '评语' },
  community: { zh: '社区', hint: '12 位社区代码' },
  content: { zh: '文件内容' },
  'content-type': { zh: '内容类型' },
  coverage: { zh: '覆盖比例' },
  crs: { zh: '坐标系' },
  days: { zh: '天数' },
  description: { zh: '详细情况' },
  distance: { zh: '距离（米）' },
  docking: { zh: '警格对接' },
  dryRun: { zh: '仅检查' },
  dueOn: { zh: '截止日期', hint: '如 2026-03-01' },
  dwellMin: { zh: '停留（分钟）' },
  end: { zh: '结束时间', hint: '时:分，如 23:00' },
  expiresInDays: { zh: '有效天数', hint: '1 到 365 的整数' },
  externalId: { zh: '接警单号', hint: '1–64 个字母、数字或 _-:.' },
  format: { zh: '格式' },
  from: { zh: '开始时间', hint: '日期（2026-01-01）或带时区的时间（2026-01-01T00:00:00+08:00）' },
  grade: { zh: '等次' },
  grid: { zh: '网格', hint: '15 位网格代码，如 511703001001001' },
  gridCode: { zh: '网格', hint: '15 位网格代码，如 511703001001001' },
  heldOn: { zh: '召开日期', hint: '如 2026-10-08' },
  hotspots: { zh: '热点来源', hint: 'gi（Gi* 热点）或 forecast（时段预测）' },
  hours: { zh: '小时数' },
  houseNumber: { zh: '门牌' },
  id: { zh: '编号' },
  idNumber: { zh: '身份证号', hint: '18 位' },
  kind: { zh: '类别' },
  kinds: { zh: '查询类别' },
  label: { zh: '名称' },
  labelUrl: { zh: '注记图层地址' },
  lang: { zh: '语言' },
  lat: { zh: '纬度' },
  limit: { zh: '条数' },
  linkedIncidents: { zh: '关联警情' },
  lng: { zh: '经度' },
  'lng/lat': { zh: '位置' },
  lngLat: { zh: '位置', hint: '[经度, 纬度]' },
  locked: { zh: '锁定网格' },
  mandatory: { zh: '必到点位' },
  maxCandidates: { zh: '候选点数' },
  minutes: { zh: '会议记录' },
  mode: { zh: '出行方式' },
  movedOutOn: { zh: '迁出日期' },
  name: { zh: '名称' },
  notes: { zh: '备注' },
  occurredAt: { zh: '发生时间', hint: '带时区的时间，如 2026-03-01T10:00:00+08:00' },
  offset: { zh: '起始条数' },
  parties: { zh: '当事人' },
  password: { zh: '密码' },
  currentPassword: { zh: '当前密码' },
  newPassword: { zh: '新密码' },
  displayName: { zh: '显示名称' },
  disabled: { zh: '停用' },
  'scope.kind': { zh: '辖区类型' },
  'scope.codes': { zh: '辖区' },
  scope: { zh: '辖区' },
  path: { zh: '文件路径' },
  personId: { zh: '人员', hint: '人员编号，如 P00001' },
  phone: { zh: '电话' },
  plan: { zh: '路线方案' },
  q: { zh: '关键词' },
  radiusM: { zh: '搜索半径（米）' },
  reason: { zh: '理由' },
  registeredAt: { zh: '登记时间', hint: '带时区的时间，如 2026-03-01T10:00:00+08:00' },
  remit: { zh: '职责归属' },
  responsibleBody: { zh: '责任单位' },
  role: { zh: '身份' },
  round: { zh: '考评轮次', hint: '如 2026-09/10' },
  scores: { zh: '分项得分' },
  since: { zh: '事件序号' },
  sort: { zh: '排序' },
  source: { zh: '来源' },
  start: { zh: '起点', hint: '时:分（如 19:00）或 [经度, 纬度]' },
  station: { zh: '派出所' },
  stationCode: { zh: '派出所' },
  status: { zh: '状态' },
  street: { zh: '街道', hint: '9 位街道代码' },
  summary: { zh: '事由' },
  taskId: { zh: '采集任务' },
  threats: { zh: '有威胁言行' },
  to: { zh: '结束时间', hint: '日期（2026-01-31）或带时区的时间（2026-02-01T00:00:00+08:00）' },
  token: { zh: '大屏令牌' },
  topic: { zh: '议题' },
  type: { zh: '类型' },
  unmask: { zh: '明文导出' },
  url: { zh: '地址' },
  use: { zh: '用途' },
  username: { zh: '用户名' },
  violence: { zh: '有暴力行为' },
  visitedAt: { zh: '走访时间', hint: '带时区的时间，如 2026-03-01T10:00:00+08:00' },
  weekdays: { zh: '星期', hint: '1（周一）至 7（周日）' },
  weeks: { zh: '周数' },
  window: { zh: '时段' },
  work: { zh: '工作量' },
  // The field app's writes (/m, issue 16).
  routeId: { zh: '巡逻路线' },
  startedAt: { zh: '开始时间', hint: '带时区的时间，如 2026-03-01T19:00:00+08:00' },
  endedAt: { zh: '结束时间', hint: '带时区的时间，如 2026-03-01T21:00:00+08:00' },
  patrolId: { zh: '巡逻' },
  pings: { zh: '定位点' },
  'pings.at': { zh: '定位时间', hint: '带时区的时间，如 2026-03-01T19:05:00+08:00' },
  // A patrol window's start is a time, not the route's starting point (时段·起点 offered coordinates for it).
  'window.start': { zh: '时段开始', hint: '时:分，如 19:00' },
  'window.end': { zh: '时段结束', hint: '时:分，如 23:00' },
  position: { zh: '位置', hint: '[经度, 纬度]' },
  accuracyM: { zh: '定位精度（米）' },
  method: { zh: '签到方式', hint: 'geofence（定位）或 qr（扫码）' },
  'plan.method': { zh: '规划方法' },
  'plan.stops': { zh: '路线停靠点' },
  'plan.minutes': { zh: '路线用时（分钟）' },
  baseUpdatedAt: { zh: '草稿打开时的保存时间', hint: '带时区的时间，取自草稿的 updatedAt' },
  keyPlaceCode: { zh: '必到点' },
  stopIndex: { zh: '路线站点' },
  qrPayload: { zh: '二维码' },
  category: { zh: '类别' },
  text: { zh: '情况说明' },
  createdAt: { zh: '上报时间', hint: '带时区的时间，如 2026-03-01T10:00:00+08:00' },
  photos: { zh: '照片' },
  as: { zh: '处理方式' },
  note: { zh: '说明' },
  n: { zh: '照片序号' },
  // Parts of an uploaded Shapefile or GeoPackage (issue 14, item 4).
  '.shp': { zh: 'Shapefile 的 .shp 文件' },
  '.dbf': { zh: 'Shapefile 的 .dbf 属性文件' },
  '.prj': { zh: 'Shapefile 的 .prj 坐标系文件' },
  encoding: { zh: '属性编码', hint: 'utf-8 或 gbk' },
  srs_id: { zh: 'GeoPackage 坐标系' },
  table: { zh: '要素表', hint: 'GeoPackage 中的要素表名' },
  f: { zh: '导出格式', hint: 'geojson、csv、shp 或 gpkg' },
  // The part of the request a refusal of the whole input is about (a JSON array where an object is due, say).
  json: { zh: '请求内容' },
  query: { zh: '查询条件' },
  param: { zh: '地址中的编号' },
  action: { zh: '操作类型', hint: '小写英文单词，如 login、write、unmask' },
  codes: { zh: '编号' },
  overdue: { zh: '是否逾期', hint: 'true 或 false' },
  place: { zh: '地点' },
  risk: { zh: '风险等级' },
  windowStart: { zh: '时段开始', hint: '时:分，如 19:00' },
  windowEnd: { zh: '时段结束', hint: '时:分，如 23:00' },
};

/**
 * A field's path as a person reads it: "parties.0.name" is 当事人·第1项·名称 in Chinese and stays the path in English.
 * Unknown names stay as they are.
 */
export function fieldLabel(path: string, language: 'zh-CN' | 'en'): string {
  if (language === 'en') return path;
  const whole = fieldLabels[path];
  if (whole) return whole.zh;
  let parent = '';
  return path
    .split('.')
    .map((part) => {
      if (/^\d+$/.test(part)) return `第${Number(part) + 1}项`;
      const label = labelWithin(parent, part)?.zh ?? part;
      parent = part;
      return label;
    })
    .join('·');
}

/** A field's entry as a part of `parent` ('pings.at'), else its own. */
const labelWithin = (parent: string, part: string) => (parent ? fieldLabels[`${parent}.${part}`] : undefined) ?? fieldLabels[part];

/** The form a field's value takes, in Chinese, when it is worth saying (the last named part of a path). */
export function fieldHint(path: string): string | undefined {
  const parts = path.split('.').filter((p) => !/^\d+$/.test(p));
  return fieldLabels[path]?.hint ?? labelWithin(parts[parts.length - 2] ?? '', parts[parts.length - 1] ?? '')?.hint;
}

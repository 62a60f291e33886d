import type { Context } from 'hono';
import { fieldLabel } from './field-labels';
import { requestLanguage, type Language } from './language';

/**
 * Everything the API says to a person when it refuses a request, by code, in both languages (issue 12). A message
 * names its parameters as {name}; a field's name is put in front by fieldProblem(), never written into the text.
 * zod's refusals are worded in zod-issue-text.ts; the contracts' own rules in core/contracts/rule-messages.ts.
 */
export const apiMessages = {
  unauthenticated: { 'zh-CN': '请先登录', en: 'log in first (POST /api/auth/login)' },
  forbidden_route: { 'zh-CN': '当前账号的身份无权使用此功能（{method} {path}）', en: 'role {role} may not call {method} {path}' },
  csrf_token: { 'zh-CN': '请求缺少有效的安全令牌，请刷新页面后重试', en: 'missing or wrong X-CSRF-Token header' },
  csrf_origin: { 'zh-CN': '拒绝来自其他网站的请求', en: 'cross-site request refused' },
  body_too_large: { 'zh-CN': '请求内容超过 {limit}', en: 'request body over {limit}' },
  import_too_large: { 'zh-CN': '导入文件超过 10 MiB，请拆分后再导入', en: 'import file over 10 MiB: split it' },
  no_route: { 'zh-CN': '没有这个接口：{method} {path}', en: 'no API route {method} {path}' },
  malformed_request: { 'zh-CN': '请求格式不对，无法读取', en: '{detail}' },
  internal_error: { 'zh-CN': '服务器内部错误，请稍后再试（请求编号 {requestId}）', en: 'internal error' },
  login_failed: { 'zh-CN': '用户名或密码错误', en: 'wrong username or password' },
  too_many_attempts: { 'zh-CN': '登录失败次数过多，请 15 分钟后再试', en: 'too many failed attempts, try again in 15 minutes' },
  wall_token_refused: { 'zh-CN': '大屏令牌无效或已吊销', en: 'the wall token is unknown or revoked' },
  no_wall_token: { 'zh-CN': '没有有效的大屏令牌 {id}', en: 'no live wall token {id}' },
  no_district: { 'zh-CN': '尚未载入区界数据', en: 'no district loaded yet' },
  no_grid_to_analyse: { 'zh-CN': '您的辖区内没有可分析的网格', en: 'no grid in your jurisdiction to analyse' },
  // Outside the caller's jurisdiction reads as "not found", so scope does not reveal what exists.
  not_in_jurisdiction: { 'zh-CN': '您的辖区内没有{what} {code}', en: 'no {whatEn} {code} in your jurisdiction' },
  no_such: { 'zh-CN': '没有这个{what}', en: 'no such {whatEn}' },
  no_such_code: { 'zh-CN': '没有{what} {code}', en: 'no {whatEn} {code}' },
  outside_grids: { 'zh-CN': '该位置不在已发布方案的任何网格内', en: 'the point lies outside every grid of the published plan' },
  outside_scope: { 'zh-CN': '该位置不在您的辖区内', en: 'the point lies outside your jurisdiction' },
  station_outside_scope: { 'zh-CN': '派出所 {code} 不在您的辖区内', en: 'station {code} is outside your jurisdiction' },
  grid_outside_scope: { 'zh-CN': '该网格不在您的辖区内', en: 'the grid lies outside your jurisdiction' },
  // A grid's page: the map shows every grid by name, so saying that one lies outside reveals nothing and explains the refusal.
  grid_page_outside_scope: { 'zh-CN': '{grid}不在您的辖区（{jurisdiction}）内，无权查看', en: '{grid} lies outside your jurisdiction ({jurisdiction})' },
  no_staff_record: { 'zh-CN': '您的账号没有对应的工作人员记录，请指明是谁的工作', en: 'your account has no staff record; say whose work this is' },
  grid_without_leader: { 'zh-CN': '该网格没有网格长，无法考评', en: 'the grid has no leader to assess' },
  task_not_open: { 'zh-CN': '该任务已完成或已取消', en: 'the task is done or cancelled' },
  building_not_in_task_grid: { 'zh-CN': '该楼栋不在任务所属网格内', en: 'the building is not in the task’s grid' },
  not_a_grid_worker: { 'zh-CN': '不是任务所属网格的网格员', en: 'not a grid worker of the task’s grid' },
  due_in_past: { 'zh-CN': '截止日期已过', en: 'the due date has passed' },
  task_elsewhere: { 'zh-CN': '该任务属于其他楼栋或网格', en: 'the task is for another building or grid' },
  visit_in_future: { 'zh-CN': '走访时间不能晚于现在', en: 'the visit lies in the future' },
  import_content_type: { 'zh-CN': '请以 text/csv、application/geo+json 或 application/json（{ format, content }）发送', en: 'send text/csv, application/geo+json or application/json ({ format, content })' },
  body_not_json: { 'zh-CN': '请求内容不是有效的 JSON', en: 'the body is not valid JSON' },
  csv_as_text: { 'zh-CN': 'CSV 文件须以文本发送', en: 'a CSV file is sent as text' },
  kinds_differ: { 'zh-CN': '查询参数与请求内容中的类别不一致', en: 'the query and the body name different kinds' },
  kind_missing: { 'zh-CN': '请指明类别：?kind=residents|houses|organisations|addresses', en: 'name the kind: ?kind=residents|houses|organisations|addresses' },
  unmask_export_refused: { 'zh-CN': '当前账号的身份无权导出明文个人信息', en: 'role {role} may not export unmasked personal data' },
  people_search_refused: { 'zh-CN': '无权查询人员信息', en: 'not allowed to search people' },
  plan_not_draft: { 'zh-CN': '方案 {id} 已发布或已归档，历史不能修改；请另存为新草稿', en: 'plan {id} is published or archived: history cannot change; save a new draft instead' },
  no_planning_area: { 'zh-CN': '没有带网格的街道或社区 {code}', en: 'no street or community {code} with grids' },
  mandatory_unknown: { 'zh-CN': '您的辖区内没有必到点位 {codes}', en: 'no key place {codes} in your jurisdiction' },
  mandatory_infeasible: { 'zh-CN': '以下必到点位无法在时长内全部到达：{codes}', en: '{detail}' },
  patrol_input: { 'zh-CN': '无法规划路线：起点离道路太远或参数不对', en: '{detail}' },
} as const satisfies Record<string, Record<Language, string>>;
export type ApiMessageCode = keyof typeof apiMessages;
export type MessageParams = Record<string, string | number | readonly string[]>;

/** A message in one language with its {name} placeholders filled (a list joined as the language lists). */
export function say(language: Language, code: ApiMessageCode, params: MessageParams = {}): string {
  return apiMessages[code][language].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return Array.isArray(value) ? value.join(language === 'zh-CN' ? '、' : ', ') : String(value);
  });
}

/** A problem with one field: "用户名：最多 64 个字符" / "username: username is at most 64 characters". */
export function fieldSentence(language: Language, field: string, text: string): string {
  return language === 'zh-CN' ? `${fieldLabel(field, language)}：${text}` : `${field}: ${text}`;
}

/** The body of a 400 that names the fields at fault: { error: 'bad_request', message, issues }. */
export function fieldProblems(language: Language, issues: { field: string; message: string }[]) {
  const message = issues.map((i) => fieldSentence(language, i.field, i.message)).join(language === 'zh-CN' ? '；' : '; ');
  return { error: 'bad_request', message, issues };
}

/** An error body { error, message, …extra } in the request's language. */
export function apiError<E extends string, X extends object = object>(c: Context, error: E, code: ApiMessageCode, params: MessageParams = {}, extra?: X) {
  return { error, message: say(requestLanguage(c), code, params), ...(extra ?? ({} as X)) };
}

/** An error body about one field, in the request's language: { error, message: "field: text", issues: [{ field, message }] }. */
export function fieldError<E extends string>(c: Context, error: E, field: string, code: ApiMessageCode, params: MessageParams = {}) {
  const language = requestLanguage(c);
  const text = say(language, code, params);
  return { error, message: fieldSentence(language, field, text), issues: [{ field, message: text }] };
}

/** The things a refusal may name, as each language names them. */
const things = {
  dispute: ['矛盾纠纷', 'dispute'],
  grid: ['网格', 'grid'],
  building: ['楼栋', 'building'],
  address: ['标准地址', 'standard address'],
  task: ['采集任务', 'task'],
  resident: ['居民', 'resident'],
  patrol_route: ['巡逻路线', 'patrol route'],
  grid_plan: ['网格方案', 'grid plan'],
  station: ['派出所', 'station'],
  person: ['人员', 'person'],
  incident: ['警情', 'incident'],
  incident_category: ['警情类别', 'incident category'],
} as const;
export type Thing = keyof typeof things;

/** The parameters {what} and {whatEn} of a message that names a thing. */
export function thing(t: Thing): { what: string; whatEn: string } {
  return { what: things[t][0], whatEn: things[t][1] };
}

/** 404 for a record the caller cannot see: absent, or outside the jurisdiction (the two read alike). */
export function notInJurisdiction(c: Context, t: Thing, code: string | number | readonly string[]) {
  return apiError(c, 'not_found', 'not_in_jurisdiction', { ...thing(t), code: Array.isArray(code) ? code : String(code) });
}

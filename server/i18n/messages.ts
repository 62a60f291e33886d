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
  unknown_query_parameter: { 'zh-CN': '不是此接口的查询参数，可用的参数：{names}', en: 'not a query parameter of this route; it takes {names}' },
  internal_error: { 'zh-CN': '服务器内部错误，请稍后再试（请求编号 {requestId}）', en: 'internal error' },
  database_unavailable: { 'zh-CN': '数据库暂时不可用，请稍后重试', en: 'the database is unavailable just now: retry in a moment' },
  login_failed: { 'zh-CN': '用户名或密码错误', en: 'wrong username or password' },
  too_many_attempts: { 'zh-CN': '登录失败次数过多，请 15 分钟后再试', en: 'too many failed attempts, try again in 15 minutes' },
  wall_token_refused: { 'zh-CN': '大屏令牌无效或已吊销，请联系管理员重新发放', en: 'the wall token is unknown or revoked: ask an administrator for a new one' },
  live_session_ended: { 'zh-CN': '登录已失效（已退出、过期、被停用或令牌已吊销），实时推送已停止，请重新登录', en: 'the session has ended (signed out, expired, disabled or its token revoked): the live stream stopped; sign in again' },
  no_wall_token: { 'zh-CN': '没有有效的大屏令牌 {id}', en: 'no live wall token {id}' },
  // Machine tokens (issue 14): a refused Bearer token says which of these is wrong, so its owner knows what to fix.
  api_token_unknown: { 'zh-CN': '令牌无效', en: 'the API token is not valid' },
  api_token_revoked: { 'zh-CN': '令牌已吊销', en: 'the API token has been revoked' },
  api_token_expired: { 'zh-CN': '令牌已过期', en: 'the API token has expired' },
  api_token_disabled: { 'zh-CN': '令牌所属账号已停用', en: 'the API token’s account is disabled' },
  api_token_read_only: { 'zh-CN': '接口令牌只能读取数据和接入登记警情，不能提交其他修改（{method} {path}）', en: 'API tokens read, and write only incidents (the dispatch intake): {method} {path} refused' },
  api_token_not_here: { 'zh-CN': '接口令牌不能用于账号和管理功能（{path}）', en: 'API tokens may not call account or admin routes ({path})' },
  api_token_rate: { 'zh-CN': '请求过于频繁：每个令牌每分钟最多 {limit} 次，请 {seconds} 秒后再试', en: 'too many requests: at most {limit} a minute per token; retry in {seconds} s' },
  no_api_token: { 'zh-CN': '没有有效的接口令牌 {id}', en: 'no live API token {id}' },
  no_account: { 'zh-CN': '没有账号 {username}', en: 'no account {username}' },
  // Accounts (用户管理) and one's own password.
  account_exists: { 'zh-CN': '{username} 已被使用，请换一个', en: '{username} is taken: choose another' },
  unknown_scope_codes: { 'zh-CN': '没有这些代码：{codes}', en: 'no such codes: {codes}' },
  password_has_username: { 'zh-CN': '不能包含用户名', en: 'must not contain the username' },
  own_account_locked_out: { 'zh-CN': '不能停用自己的账号，也不能取消自己的系统管理员身份，请由另一位管理员操作', en: 'you may not disable your own account or give up your own admin role: ask another administrator' },
  admin_whole_district: { 'zh-CN': '系统管理员的辖区只能是全区', en: 'an administrator’s jurisdiction is the whole district' },
  wrong_current_password: { 'zh-CN': '不正确', en: 'does not match the account’s password' },
  password_unchanged: { 'zh-CN': '不能与当前密码相同', en: 'must differ from the current password' },
  password_change_required: {
    'zh-CN': '请先修改密码：当前密码由管理员设置（新建账号或重置密码），修改为只有您知道的密码后才能使用其他功能',
    en: 'change your password first: an administrator set the current one (a new account or a reset); everything else opens once you have chosen your own',
  },
  // An account's staff record (人员): the field app reads its tasks, routes and disputes through it.
  no_staff_person: { 'zh-CN': '没有这位工作人员（{id}）', en: 'no staff record {id}' },
  person_has_account: { 'zh-CN': '{name}已关联账号 {username}（{displayName}），一人只能有一个账号', en: '{name} already has the account {username} ({displayName}): one account a person' },
  person_not_police: { 'zh-CN': '{name}不是民警，该身份的账号只能关联民警', en: '{name} is not a police officer, as this role’s account must be' },
  person_not_grid_leader: { 'zh-CN': '{name}不是网格长，网格长账号只能关联网格长', en: '{name} is not a grid leader, as a grid leader’s account must be' },
  person_not_grid_staff: { 'zh-CN': '{name}不是网格员、小区长或楼栋长', en: '{name} is not a grid worker, compound leader or building leader' },
  person_outside_scope: { 'zh-CN': '{name}所在的{place}不在该账号的辖区内', en: '{name} works in {place}, outside the account’s jurisdiction' },
  no_district: { 'zh-CN': '尚未载入区界数据', en: 'no district loaded yet' },
  no_grid_to_analyse: { 'zh-CN': '您的辖区内没有可分析的网格', en: 'no grid in your jurisdiction to analyse' },
  // Outside the caller's jurisdiction reads as "not found", so scope does not reveal what exists.
  not_in_jurisdiction: { 'zh-CN': '您的辖区内没有{what} {code}', en: 'no {whatEn} {code} in your jurisdiction' },
  no_such: { 'zh-CN': '没有这个{what}', en: 'no such {whatEn}' },
  no_such_code: { 'zh-CN': '没有{what} {code}', en: 'no {whatEn} {code}' },
  outside_grids: { 'zh-CN': '该位置不在已发布方案的任何网格内', en: 'the point lies outside every grid of the published plan' },
  outside_scope: { 'zh-CN': '该位置不在您的辖区内', en: 'the point lies outside your jurisdiction' },
  station_outside_scope: { 'zh-CN': '{name}不在您的辖区内：只能从辖区内的派出所或辖区内的地点出发', en: '{name} is outside your jurisdiction: start from a station or a place within it' },
  grid_outside_scope: { 'zh-CN': '该网格不在您的辖区内', en: 'the grid lies outside your jurisdiction' },
  // A grid's page: the map shows every grid by name, so saying that one lies outside reveals nothing and explains the refusal.
  wall_district_only: {
    'zh-CN': '指挥大屏显示全区汇总，只对全区范围的账号和大屏令牌开放；您的辖区是{jurisdiction}，请在地图和警情研判中查看本辖区',
    en: 'the wall shows the whole district, for district-wide accounts and wall tokens only; your jurisdiction is {jurisdiction}: see it on the map and in the analysis',
  },
  planner_area_outside_scope: {
    'zh-CN': '{area}有网格不在您的辖区（{jurisdiction}）内：规划会重划该区域的全部网格，您只能规划辖区内的街道或社区',
    en: '{area} has grids outside your jurisdiction ({jurisdiction}): planning redraws every grid of an area, so you may plan only streets or communities inside it',
  },
  planner_district_outside_scope: {
    'zh-CN': '该方案覆盖全区，超出您的辖区（{jurisdiction}）：只有全区范围的账号可以打开或修改',
    en: 'this plan covers the whole district, beyond your jurisdiction ({jurisdiction}): only district-wide accounts may open or change it',
  },
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
  file_text_not_utf8: { 'zh-CN': '文件不是 UTF-8 编码（Excel 另存的 CSV 常为 GBK）：请选择文件编码 GBK（接口为 ?encoding=gbk）重新导入，或把文件另存为 UTF-8；未写入任何数据', en: 'the file is not UTF-8 (Excel often saves CSV as GBK): choose the GBK encoding (?encoding=gbk) and import again, or save the file as UTF-8. Nothing was written' },
  content_garbled: { 'zh-CN': '文件内容含无法识别的字符（�），是按错误的编码读取的：请确认文件编码（UTF-8 或 GBK）后重新导入；未写入任何数据', en: 'the content holds unreadable characters (�): it was read in the wrong encoding. Check the file’s encoding (UTF-8 or GBK) and import again. Nothing was written' },
  kinds_differ: { 'zh-CN': '查询参数与请求内容中的类别不一致', en: 'the query and the body name different kinds' },
  kind_missing: { 'zh-CN': '请指明类别：?kind=residents|houses|organisations|addresses|buildings|key_places', en: 'name the kind: ?kind=residents|houses|organisations|addresses|buildings|key_places' },
  unmask_export_refused: { 'zh-CN': '当前账号的身份无权导出明文个人信息', en: 'role {role} may not export unmasked personal data' },
  people_search_refused: { 'zh-CN': '无权查询人员信息', en: 'not allowed to search people' },
  // A search that found nothing, for a user with a jurisdiction: the names are streets, communities and grids their map shows.
  search_outside_scope: { 'zh-CN': '{names}不在您的辖区（{jurisdiction}）内', en: '{names}: outside your jurisdiction ({jurisdiction})' },
  search_partly_in_scope: {
    'zh-CN': '{names}只有一部分在您的辖区（{jurisdiction}）内，请搜索其中的网格、小区或楼栋',
    en: '{names}: only partly in your jurisdiction ({jurisdiction}); search for a grid, compound or building in it',
  },
  search_none_in_scope: { 'zh-CN': '您的辖区（{jurisdiction}）内没有找到“{q}”', en: 'nothing called “{q}” in your jurisdiction ({jurisdiction})' },
  plan_draft_changed: {
    'zh-CN': '这份草稿在你打开或上次保存之后，已被另一个窗口或另一位规划人员保存过；本次保存未写入，以免覆盖对方的改动。请点“另存为新草稿”保存你的方案，或重新打开该草稿查看后再改',
    en: 'this draft was saved by another tab or planner after you opened or last saved it; nothing was written, so as not to overwrite their changes. Use “Save as new” to keep your plan, or reopen the draft to see theirs',
  },
  plan_not_draft: { 'zh-CN': '方案 {id} 已发布或已归档，历史不能修改；请另存为新草稿', en: 'plan {id} is published or archived: history cannot change; save a new draft instead' },
  no_planning_area: { 'zh-CN': '没有带网格的街道或社区 {code}', en: 'no street or community {code} with grids' },
  mandatory_unknown: { 'zh-CN': '您的辖区内没有必到点位 {codes}', en: 'no key place {codes} in your jurisdiction' },
  mandatory_over_budget: { 'zh-CN': '必到点位{names}无法在 {budget} 分钟内全部到达：经过它们的最短路线需 {required} 分钟', en: 'mandatory stops {names} cannot all be visited within {budget} min: the shortest tour found through them takes {required} min' },
  mandatory_over_budget_waiting: {
    'zh-CN': '必到点位{names}无法在 {budget} 分钟内全部到达：经过它们的最短路线需 {required} 分钟，其中 {wait} 分钟是在等{place}的到访时段（{opens} 起）。可把时段改为从 {opens} 开始，或增加时间预算',
    en: 'mandatory stops {names} cannot all be visited within {budget} min: the shortest tour found through them takes {required} min, {wait} of them waiting for {place}’s visiting window (from {opens}). Start the window at {opens}, or allow more time',
  },
  mandatory_unreachable: { 'zh-CN': '必到点位{names}无法在 {budget} 分钟内全部到达：有的点位从起点无法到达，或会错过其开放时段', en: 'mandatory stops {names} cannot all be visited within {budget} min: one cannot be reached, or its window is missed' },
  mandatory_far_from_roads: { 'zh-CN': '必到点位{names}离道路超过 {limit} 米，无法规划到达', en: 'mandatory stops {names} lie more than {limit} m from the roads' },
  dropped_off_road: { 'zh-CN': '离最近的道路 {distance} 米，超过 {limit} 米', en: '{distance} m from the nearest road (limit {limit} m)' },
  dropped_unreachable: { 'zh-CN': '从起点无法沿道路到达', en: 'unreachable from the start' },
  dropped_no_return: { 'zh-CN': '从此处无法沿道路返回起点', en: 'the start cannot be reached from it' },
  start_far_from_roads: { 'zh-CN': '起点离最近的道路 {distance} 米，超过 {limit} 米，请在道路附近选择起点', en: 'the start is {distance} m from the road network (limit {limit} m): choose a start near a road' },
  patrol_input: { 'zh-CN': '无法规划路线：参数不对', en: '{detail}' },
  no_assignee: { 'zh-CN': '没有警格、派出所或民警 {code}', en: 'no beat, station or officer {code}' },
  assignee_outside_scope: { 'zh-CN': '{name}不在您的辖区内：请从“分配给”列表中选择辖区内的警格、派出所或民警', en: '{name} is outside your jurisdiction: pick a beat, station or officer of yours from the list' },

  // Dispute workflow refusals (core/disputes checkTransition): states and remits as the interface names them.
  dispute_not_next: { 'zh-CN': '状态为{from}的纠纷只能转为{allowed}，不能转为{to}', en: 'a {from} dispute can move to {allowed}, not {to}' },
  dispute_final: { 'zh-CN': '状态为{from}的纠纷已结束流程，不能再变更状态', en: 'a {from} dispute is final' },
  dispute_needs_responsible_body: { 'zh-CN': '移交纠纷须填写接收纠纷的责任单位', en: 'referring a dispute needs the responsible body it goes to' },
  dispute_remit_routes_elsewhere: { 'zh-CN': '职责归属为{remit}的纠纷应转为{routesTo}，不能转为{to}', en: 'remit {remit} routes a dispute to {routesTo}, not {to}' },
  dispute_remit_not_routing: { 'zh-CN': '职责归属只在分流（转为{routes}）时确定，转为{to}时不能填写', en: 'remit is decided when a dispute is routed (to {routes}), not when it moves to {to}' },

  // The reasons of a dispute's early-warning score (core/disputes RiskReason), worded by risk-reason-text.ts.
  risk_repeat_address: { 'zh-CN': '同一地址反复纠纷：90 天内另有 {n} 起（{codes}）', en: '{n} other dispute(s) at the same address within 90 days: {codes}' },
  risk_repeat_parties: { 'zh-CN': '同一当事人反复纠纷：90 天内另有 {n} 起（{codes}）', en: '{n} other dispute(s) between the same parties within 90 days: {codes}' },
  risk_linked_incidents: { 'zh-CN': '关联警情 {n} 起', en: '{n} linked incident(s)' },
  risk_threats_word: { 'zh-CN': '扬言威胁：记录中有“{word}”', en: 'threats in the record (“{word}”)' },
  risk_threats: { 'zh-CN': '扬言威胁：登记时已勾选', en: 'threats recorded' },
  risk_violence_word: { 'zh-CN': '暴力行为：记录中有“{word}”', en: 'violence in the record (“{word}”)' },
  risk_violence: { 'zh-CN': '暴力行为：登记时已勾选', en: 'violence recorded' },
  risk_escalation: { 'zh-CN': '曾上报综治办', en: 'escalated to the comprehensive-governance office' },
  risk_type: { 'zh-CN': '家庭、邻里纠纷易激化', en: 'family and neighbour disputes turn violent most often' },

  // The planner's refusals (422 problems) and publish warnings; places by name, which say what they are (星河城 is
  // the exception: a compound's name does not), so the sentences do not repeat 网格 or grid before them.
  plan_buildings_unassigned: { 'zh-CN': '{count} 栋楼未划入任何网格：{buildings}', en: '{count} building(s) in no grid: {buildings}' },
  plan_buildings_unknown: { 'zh-CN': '{count} 个楼栋编号不属于该区域：{buildings}', en: '{count} building code(s) not in this area: {buildings}' },
  plan_compound_split: { 'zh-CN': '小区{compound}被分到了多个网格：{grids}', en: 'compound {compound} is split between {grids}' },
  plan_grid_crosses_communities: { 'zh-CN': '{grid}跨越了多个社区：{communities}', en: '{grid} crosses {communities}' },
  plan_grids_in_pieces: {
    'zh-CN': '以下网格不连片：{grids}；请把分离出去的楼栋移回相邻网格，或撤销最近的改动',
    en: 'grid(s) in more than one piece: {grids}; move the buildings cut off back to a neighbouring grid, or undo the last change',
  },
  plan_grid_empty: { 'zh-CN': '{grid}没有范围（不含任何楼栋的地块）', en: '{grid} is empty' },
  plan_grid_pieces: { 'zh-CN': '{grid}的范围分成了 {pieces} 块，不连片', en: '{grid} is in {pieces} pieces' },
  plan_grid_invalid: { 'zh-CN': '{grid}的边界不是有效的多边形', en: '{grid} is not a valid polygon: {detail}' },
  plan_grids_overlap: { 'zh-CN': '{a}与{b}相互重叠', en: '{a} and {b} overlap' },
  plan_community_gap: { 'zh-CN': '{community}的网格只覆盖了 {covered} 平方米，社区面积为 {area} 平方米', en: 'the grids of {community} cover {covered} m² of its {area} m²' },
  plan_building_grids: { 'zh-CN': '楼栋{building}位于 {n} 个网格内（应恰好一个）', en: 'building {building} lies in {n} grids' },
  plan_area_without_grids: { 'zh-CN': '方案的区域 {code} 没有可替换的网格', en: 'the draft’s area {code} has no grids to replace' },
  plan_docking_unknown: { 'zh-CN': '已确认的警格对接中有不存在的网格或警格：{pairs}', en: 'the accepted docking names unknown grids or beats: {pairs}' },
  plan_handover_undecided: { 'zh-CN': '{grid}的楼栋已全部划出，无法确定接替网格；{items}仍属于该网格，请先将其改派到其他网格，再发布', en: 'every building of {grid} has moved out, so no grid succeeds it; {items} still belong to it: reassign them to another grid, then publish' },
  plan_unchanged: { 'zh-CN': '方案与现行方案相同，没有可发布的改动', en: 'the plan is the same as the one in force: there is nothing to publish' },
  plan_new_grid: { 'zh-CN': '新网格 {key}', en: 'new grid {key}' },
  handover_person: { 'zh-CN': '{role}{name}', en: '{role} {name}' },
  handover_account: { 'zh-CN': '账号 {username}（{name}）', en: 'account {username} ({name})' },
  handover_meetings: { 'zh-CN': '会议 {n} 次', en: '{n} meeting(s)' },
  handover_work: { 'zh-CN': '工作记录 {n} 条', en: '{n} work record(s)' },
  handover_tasks: { 'zh-CN': '采集任务 {n} 项', en: '{n} collection task(s)' },
  plan_warning_out_of_band: { 'zh-CN': '{grid}有 {households} 户，不在 {min}–{max} 户之内', en: '{grid} holds {households} households, outside {min}–{max}' },
  plan_warning_no_beat: { 'zh-CN': '{grid}不在任何警格内', en: '{grid} lies in no beat' },
  plan_warning_empty_beat: { 'zh-CN': '{beat}已没有网格', en: '{beat} has no grid left' },

  // Base-map refusals (server/basemap, routes/basemap): {what} is 文件/文件夹, {whatEn} file/folder. A {z}, {x}, {y} or
  // {token} with no such parameter stays as written: it is the template's own placeholder.
  basemap_path_not_set: { 'zh-CN': '未设置{what}路径，例如 {example}', en: '{whatEn} path not set, e.g. {example}' },
  basemap_path_missing: { 'zh-CN': '找不到{what} {path}', en: '{whatEn} not found: {path}' },
  basemap_path_wrong_kind: { 'zh-CN': '{path} 是{isWhat}，不是{what}', en: '{path} is a {isWhatEn}, not a {whatEn}' },
  basemap_path_unreadable: { 'zh-CN': '无法读取{what} {path}', en: 'cannot read the {whatEn} {path}' },
  basemap_xyz_no_tiles: { 'zh-CN': '文件夹 {path} 中没有 {z}/{x}/{y}.png、.jpg 或 .webp 瓦片', en: 'no {z}/{x}/{y}.png, .jpg or .webp tiles in the folder {path}' },
  basemap_metadata_json: { 'zh-CN': '{file} 不是有效的 JSON', en: '{file} is not valid JSON' },
  basemap_url_not_set: { 'zh-CN': '未设置瓦片服务网址模板，例如 {example}', en: 'tile service URL template not set, e.g. {example}' },
  basemap_url_invalid: { 'zh-CN': '不是有效的网址模板', en: 'not a valid URL template' },
  basemap_url_protocol: { 'zh-CN': '网址模板必须以 http:// 或 https:// 开头', en: 'the URL template must start with http:// or https://' },
  basemap_url_placeholder: { 'zh-CN': '网址模板中缺少 {placeholder}', en: 'the URL template lacks {placeholder}' },
  basemap_token_missing: { 'zh-CN': '网址模板含 {token}，但未设置令牌', en: 'the URL template has {token} but no token is set' },
  basemap_pmtiles_invalid: { 'zh-CN': '{file} 不是有效的 PMTiles v3 文件', en: '{file} is not a valid PMTiles v3 archive: {detail}' },
  basemap_not_pmtiles: { 'zh-CN': '{file} 不是 PMTiles 文件', en: '{file} is not a PMTiles archive' },
  basemap_pmtiles_version: { 'zh-CN': '{file} 是 PMTiles 第 {version} 版，只支持第 3 版', en: '{file} is PMTiles version {version}: only version 3 is read' },
  basemap_tile_type: { 'zh-CN': '{file} 的瓦片类型（{type}）不受支持，只支持 MVT、PNG、JPEG、WebP', en: 'the tile type of {file} ({type}) is not supported: only MVT, PNG, JPEG, WebP' },
  basemap_compression_unknown: { 'zh-CN': '{file} 未注明瓦片压缩方式', en: '{file} does not say how its tiles are compressed' },
  basemap_kind: { 'zh-CN': '必须是 builtin、xyz、mbtiles、pmtiles 或 wmts', en: 'must be builtin, xyz, mbtiles, pmtiles or wmts' },
  basemap_crs: { 'zh-CN': '必须是 wgs84、cgcs2000 或 gcj02', en: 'must be wgs84, cgcs2000 or gcj02' },
  basemap_not_sqlite: { 'zh-CN': '{file} 不是 SQLite 数据库，不是 MBTiles 文件', en: '{file} is not an SQLite database, so not MBTiles' },
  basemap_mbtiles_unreadable: { 'zh-CN': '无法读取 MBTiles 文件 {file}', en: 'cannot read the MBTiles file {file}: {detail}' },
  basemap_no_tiles_table: { 'zh-CN': '{file} 中没有 tiles 表，不是 MBTiles 文件', en: '{file} has no tiles table: not an MBTiles file' },
  basemap_mbtiles_empty: { 'zh-CN': '{file} 中没有瓦片', en: 'the MBTiles file {file} holds no tiles' },
  basemap_upstream_timeout: { 'zh-CN': '底图服务 {seconds} 秒内没有应答', en: 'the tile service did not answer within {seconds} s' },
  basemap_upstream_unreachable: { 'zh-CN': '无法连接底图服务', en: 'the tile service could not be reached' },
  basemap_upstream_status: { 'zh-CN': '底图服务应答 {status}', en: 'the tile service answered {status}' },
  basemap_upstream_not_tile: { 'zh-CN': '底图服务返回的不是瓦片（{type}）', en: 'the tile service answered {type}, not a tile' },
  basemap_not_pmtiles_active: { 'zh-CN': '当前底图不是 PMTiles 文件', en: 'the active base map is not a PMTiles archive' },
  basemap_tile_address: { 'zh-CN': 'z/x/y 必须是整数，且 x、y 在 0 到 2^z−1 之间', en: 'z/x/y must be whole numbers naming a tile (x and y from 0 to 2^z−1)' },
  basemap_builtin_no_tiles: { 'zh-CN': '当前为内置底图，由浏览器绘制，没有瓦片', en: 'the built-in base map is drawn by the browser and has no tiles' },
  basemap_no_label_layer: { 'zh-CN': '当前底图没有单独的注记图层', en: 'the base map has no separate label layer' },
  basemap_zoom_outside: { 'zh-CN': '第 {z} 级不在底图的 {min}–{max} 级之内', en: 'zoom {z} is outside the base map’s zooms {min}–{max}' },
  basemap_tile_outside: { 'zh-CN': '瓦片 {tile} 在底图范围之外', en: 'tile {tile} lies outside the base map’s bounds' },
  range_not_satisfiable: { 'zh-CN': '请求的字节范围超出文件大小 {size}', en: 'the requested range lies beyond the file’s {size} bytes' },

  // OGC API – Features under /ogc (issue 14): each names the parameter or thing at fault and what it got.
  ogc_bad_bbox: { 'zh-CN': '地图范围 bbox 须为四个数“最小经度,最小纬度,最大经度,最大纬度”（CRS84），经度在 -180 到 180 之间，纬度在 -90 到 90 之间，且最小值不大于最大值；收到 {value}', en: 'bbox must be four numbers minLng,minLat,maxLng,maxLat (CRS84), longitudes in -180..180, latitudes in -90..90, min not above max; got {value}' },
  ogc_bad_limit: { 'zh-CN': '每页条数 limit 须为 1 到 {max} 之间的整数；收到 {value}', en: 'limit must be a whole number from 1 to {max}; got {value}' },
  ogc_bad_offset: { 'zh-CN': '起始位置 offset 须为不小于 0 的整数；收到 {value}', en: 'offset must be a whole number from 0; got {value}' },
  ogc_bad_datetime: { 'zh-CN': '时间 datetime 须为 RFC 3339 时刻（如 2026-01-01T00:00:00+08:00）或“起/止”区间，开放的一端写 ..，且起不晚于止；收到 {value}', en: 'datetime must be an RFC 3339 instant (2026-01-01T00:00:00+08:00) or an interval start/end with .. for an open end, start not after end; got {value}' },
  ogc_no_collection: { 'zh-CN': '没有要素集 {id}；现有要素集：{ids}', en: 'no collection {id}; the collections are {ids}' },
  ogc_no_feature: { 'zh-CN': '要素集 {collection} 中没有您可查看的要素 {id}', en: 'no feature {id} you may see in collection {collection}' },
  ogc_bad_bbox_lat_first: { 'zh-CN': 'bbox-crs 为 CGCS2000（EPSG:4490）时，地图范围 bbox 须为四个数“最小纬度,最小经度,最大纬度,最大经度”（纬度在前），纬度在 -90 到 90 之间，经度在 -180 到 180 之间，且最小值不大于最大值；收到 {value}', en: 'with bbox-crs CGCS2000 (EPSG:4490), bbox must be four numbers minLat,minLng,maxLat,maxLng (latitude first), latitudes in -90..90, longitudes in -180..180, min not above max; got {value}' },
  ogc_bad_crs: { 'zh-CN': '坐标参考系 {parameter} 须为以下之一：{crs}；收到 {value}', en: '{parameter} must be one of {crs}; got {value}' },
  ogc_unknown_parameter: { 'zh-CN': '不支持查询参数 {name}；要素集 {collection} 可用的参数：{names}', en: 'unknown query parameter {name}; collection {collection} takes {names}' },
  ogc_collection_refused: { 'zh-CN': '当前账号的身份无权读取要素集 {collection}', en: 'role {role} may not read collection {collection}' },

  // Vector tiles under /tiles (issue 14, item 2).
  tile_bad_zoom: { 'zh-CN': '缩放级别 z 须为 0 到 {max} 之间的整数；收到 {value}', en: 'zoom z must be a whole number from 0 to {max}; got {value}' },
  tile_bad_column: { 'zh-CN': '瓦片列号 x 在第 {z} 级须为 0 到 {max} 之间的整数；收到 {value}', en: 'tile column x must be a whole number from 0 to {max} at zoom {z}; got {value}' },
  tile_bad_row: { 'zh-CN': '瓦片行号 y 在第 {z} 级须为 0 到 {max} 之间的整数；收到 {value}', en: 'tile row y must be a whole number from 0 to {max} at zoom {z}; got {value}' },
  tile_no_layer: { 'zh-CN': '没有瓦片图层 {layer}；现有图层：{layers}', en: 'no tile layer {layer}; the layers are {layers}' },

  // Files in and out (issue 14, item 4): exports of /ogc collections, and Shapefile/GeoPackage uploads. Each refusal
  // names the part of the file at fault; warnings are said with the answer.
  ogc_bad_export_format: { 'zh-CN': '导出格式 f 须为 {formats} 之一；收到 {value}', en: 'f must be one of {formats}; got {value}' },
  import_content_type_files: { 'zh-CN': '请以 text/csv、application/geo+json、application/json（{ format, content }）、application/zip（压缩的 Shapefile）或 application/geopackage+sqlite3（GeoPackage）发送', en: 'send text/csv, application/geo+json, application/json ({ format, content }), application/zip (a zipped Shapefile) or application/geopackage+sqlite3 (a GeoPackage)' },
  plan_file_content_type: { 'zh-CN': '请以 application/zip（压缩的 Shapefile）或 application/geopackage+sqlite3（GeoPackage）发送方案文件', en: 'send the plan file as application/zip (a zipped Shapefile) or application/geopackage+sqlite3 (a GeoPackage)' },
  file_not_zip: { 'zh-CN': '上传的文件不是有效的 ZIP 压缩包；请把同名的 .shp、.dbf（及 .prj）文件一起压缩后上传', en: 'the upload is not a ZIP archive we can read ({detail})' },
  file_no_shapefile: { 'zh-CN': '压缩包中没有 Shapefile（.shp 文件）；请把同名的 .shp、.dbf（及 .prj）文件一起压缩后上传', en: 'the ZIP holds no Shapefile (.shp file): zip the .shp, .dbf (and .prj) files of one name together and upload that' },
  file_missing_part: { 'zh-CN': '压缩包中的 Shapefile {layer} 缺少 {part} 文件', en: 'the Shapefile {layer} in the ZIP has no {part} file' },
  file_bad_prj: { 'zh-CN': '无法识别 Shapefile {layer} 的 .prj 坐标系：{text}', en: 'cannot read the coordinate system in the .prj of {layer}: {text}' },
  file_looks_gbk: { 'zh-CN': 'Shapefile 没有 .cpg 编码文件，其属性不是 UTF-8 编码，看起来是 {detected}；请确认编码后以 ?encoding=gbk（或 utf-8）重新导入，未写入任何数据', en: 'the Shapefile has no .cpg and its attributes are not UTF-8: they look like {detected}; say ?encoding=gbk (or utf-8) and import again. Nothing was written' },
  file_bad_shapefile: { 'zh-CN': '无法读取 Shapefile {layer}，文件可能已损坏；请在 GIS 软件中重新导出后上传', en: 'cannot read the Shapefile {layer}: {detail}' },
  file_not_geopackage: { 'zh-CN': '上传的文件不是有效的 GeoPackage（.gpkg）；请在 GIS 软件中重新导出后上传', en: 'the upload is not a GeoPackage we can read ({detail})' },
  file_gpkg_no_table: { 'zh-CN': 'GeoPackage 中没有要素表 {table}；现有要素表：{tables}', en: 'the GeoPackage has no feature table {table}; its feature tables: {tables}' },
  file_gpkg_bad_srs: { 'zh-CN': '无法识别 GeoPackage 的坐标系 {organization}（srs_id {srsId}）', en: 'cannot read the GeoPackage’s coordinate system {organization} (srs_id {srsId})' },
  file_gpkg_bad_geometry: { 'zh-CN': 'GeoPackage 表 {table} 第 {row} 行的几何无法读取；请在 GIS 软件中检查并修复该要素', en: 'the geometry of row {row} of table {table} cannot be read: {detail}' },
  file_outside_lnglat: { 'zh-CN': '按坐标系 {crs} 换算后，坐标 ({x}, {y}) 不在经纬度范围内；文件缺少 .prj 或 .prj 与数据不符', en: 'in {crs} the position ({x}, {y}) does not land on the globe: the .prj is missing or does not fit the data' },
  file_bad_crs: { 'zh-CN': '无法识别坐标系 {crs}', en: 'cannot read the coordinate system {crs}' },
  file_warn_no_prj: { 'zh-CN': 'Shapefile {layer} 没有 .prj，已按 WGS 84 经纬度（CRS84）读取', en: 'the Shapefile {layer} has no .prj: read as WGS 84 longitude/latitude (CRS84)' },
  file_warn_more_layers: { 'zh-CN': '压缩包中有 {count} 个 Shapefile，只读取了第一个：{layer}', en: 'the ZIP holds {count} Shapefiles: only the first, {layer}, was read' },
  file_warn_encoding_differs: { 'zh-CN': '已按指定的 {asked} 编码读取属性，但内容看起来是 {detected}', en: 'attributes were read as {asked} as asked, but they look like {detected}' },
  file_warn_cpg_unknown: { 'zh-CN': '无法识别 .cpg 中的编码 {cpg}', en: 'the encoding {cpg} in the .cpg is unknown' },
  // The name of a 一标三实 export file: the register and the grid by name.
  registry_export_residents: { 'zh-CN': '实有人口-{grid}', en: 'residents-{grid}' },
  registry_export_houses: { 'zh-CN': '实有房屋-{grid}', en: 'houses-{grid}' },
  registry_export_organisations: { 'zh-CN': '实有单位-{grid}', en: 'organisations-{grid}' },
  registry_export_addresses: { 'zh-CN': '标准地址-{grid}', en: 'addresses-{grid}' },
  // The 一标三实 import's reasons (core/registry RegistryProblem); the report names the row and column beside them.
  registry_not_csv: { 'zh-CN': '不是有效的 CSV 文件，常见原因是引号不成对；请检查该行', en: 'not valid CSV: {detail}' },
  registry_not_json: { 'zh-CN': '文件不是有效的 JSON', en: 'the file is not valid JSON' },
  registry_empty_file: { 'zh-CN': '文件是空的（没有表头）', en: 'the file is empty (no header row)' },
  registry_no_rows: { 'zh-CN': '文件中没有数据行', en: 'the file holds no rows' },
  registry_too_many_rows: { 'zh-CN': '文件有 {rows} 行，每次最多导入 {max} 行', en: 'the file holds {rows} rows; at most {max} an import' },
  registry_column_twice: { 'zh-CN': '表头中列 {column} 出现了两次', en: 'column {column} appears twice in the header' },
  registry_missing_columns: { 'zh-CN': '表头缺少列：{columns}', en: 'the header lacks the column(s) {columns}' },
  registry_value_count: { 'zh-CN': '该行有 {values} 个值，表头有 {columns} 列（未加引号的值中有逗号？）', en: 'the row has {values} values; the header has {columns} columns (a comma in an unquoted value?)' },
  registry_not_collection: { 'zh-CN': '文件不是 GeoJSON 要素集合（FeatureCollection）', en: 'the file is not a GeoJSON FeatureCollection' },
  registry_not_feature: { 'zh-CN': '不是 GeoJSON 要素（Feature）', en: 'not a GeoJSON Feature' },
  registry_property_object: { 'zh-CN': '应为文字，不能是对象或列表', en: '{field} must be text, not an object or array' },
  registry_geometry_point: { 'zh-CN': '几何应为空或 WGS 84 经纬度的点（Point）', en: 'geometry must be null or a Point [lng, lat] in WGS 84 degrees' },
  registry_required: { 'zh-CN': '不能为空', en: '{field} is required' },
  registry_no_building: { 'zh-CN': '辖区内没有楼栋 {code}', en: 'no building {code} in your jurisdiction' },
  registry_no_address: { 'zh-CN': '辖区内没有标准地址 {code}', en: 'no standard address {code} in your jurisdiction' },
  registry_no_house: { 'zh-CN': '辖区内没有房屋 {code}', en: 'no house {code} in your jurisdiction' },
  registry_house_elsewhere: { 'zh-CN': '房屋 {code} 不在楼栋 {building} 内', en: 'house {code} is not in building {building}' },
  registry_after_today: { 'zh-CN': '{value} 晚于今天（{today}）', en: '{field} {value} is after today ({today})' },
  registry_repeats_value: { 'zh-CN': '{value} 与第 {first} 行重复', en: '{field} {value} repeats row {first}' },
  registry_repeats: { 'zh-CN': '与第 {first} 行重复', en: '{field} repeats row {first}' },
  registry_exists: { 'zh-CN': '{value} 已存在，导入只新增，不修改已有记录', en: '{field} {value} already exists' },
  registry_house_repeats: { 'zh-CN': '房屋 {number}（标准地址 {address}）与第 {first} 行重复', en: 'house {number} at {address} repeats row {first}' },
  registry_point_outside_grid: { 'zh-CN': '位置不在楼栋 {building} 所在的网格 {grid} 内', en: 'the point lies outside grid {grid}, where building {building} is' },
  // A resident's change (PATCH /api/residents/:id): a move-out is judged against the record's own moved-in date.
  resident_moved_out_before_in: { 'zh-CN': '{value} 早于入住日期（{movedInOn}）', en: '{field} {value} is before the moved-in date ({movedInOn})' },

  // Buildings and key places imported from feature files (issue 14, item 4): core/registry/read-place-rows.ts.
  place_needs_geometry: { 'zh-CN': '楼栋和重点场所须以带几何的文件导入：GeoJSON、压缩的 Shapefile 或 GeoPackage', en: 'buildings and key places are imported from a file with geometry: GeoJSON, a zipped Shapefile or a GeoPackage' },
  import_rows_refused: { 'zh-CN': '{rows} 行中有 {refused} 行不合格，未导入任何数据', en: '{refused} of {rows} rows refused; nothing was imported' },
  import_file_refused: { 'zh-CN': '文件不合格，未导入任何数据：{problems}', en: 'the file was refused; nothing was imported: {problems}' },
  place_not_collection: { 'zh-CN': '文件不是 GeoJSON 要素集合（FeatureCollection）', en: 'the file is not a GeoJSON FeatureCollection' },
  place_no_rows: { 'zh-CN': '文件中没有数据行', en: 'the file holds no rows' },
  place_too_many_rows: { 'zh-CN': '文件有 {rows} 行，每次最多导入 {max} 行', en: 'the file holds {rows} rows; at most {max} an import' },
  place_not_feature: { 'zh-CN': '不是 GeoJSON 要素（Feature）', en: 'not a GeoJSON Feature' },
  place_required: { 'zh-CN': '缺少 {field}', en: '{field} is required' },
  place_code_format: { 'zh-CN': '{field} 须由字母、数字和连字符组成，最多 40 个字符', en: '{field} must be a code of letters, digits and hyphens (at most 40)' },
  place_text_too_long: { 'zh-CN': '{field} 最多 {max} 个字符', en: '{field} is at most {max} characters' },
  place_floors: { 'zh-CN': '层数须为 1 到 {max} 的整数', en: 'floors must be a whole number from 1 to {max}' },
  place_households: { 'zh-CN': '户数须为不小于 0 的整数', en: 'households must be a whole number, 0 or more' },
  place_kind: { 'zh-CN': '类别须为以下之一：{kinds}', en: 'kind must be one of {kinds}' },
  place_polygon_expected: { 'zh-CN': '楼栋的几何须为面（Polygon，或只有一个部分的 MultiPolygon）', en: 'a building’s geometry must be a Polygon (or a MultiPolygon of one part)' },
  place_point_expected: { 'zh-CN': '重点场所的几何须为点（Point）', en: 'a key place’s geometry must be a Point' },
  place_code_repeats: { 'zh-CN': '编码 {code} 与第 {first} 行重复', en: 'code {code} repeats row {first}' },
  place_code_exists: { 'zh-CN': '编码 {code} 已存在，导入只新增，不修改已有数据', en: 'code {code} already exists; an import only adds, it does not update' },
  place_outside_grids: { 'zh-CN': '位置不在已发布方案的任何网格内', en: 'it lies outside every grid of the published plan' },
  place_outside_scope: { 'zh-CN': '位置在网格 {grid} 内，不在您的辖区内', en: 'it lies in grid {grid}, outside your jurisdiction' },
  place_geometry_invalid: { 'zh-CN': '几何无效（如边界自相交）', en: 'the geometry is not valid (a self-intersecting ring, say)' },
  place_no_compound: { 'zh-CN': '楼栋不在网格 {grid} 的任何小区内，请填写 compound_code', en: 'the building lies in no compound of grid {grid}: give compound_code' },
  place_compound_elsewhere: { 'zh-CN': '网格 {grid} 内没有小区 {compound}', en: 'grid {grid} has no compound {compound}' },

  // The dispatch write path (issue 15, item 2): single POST with externalId, batches, and the back-fill import CLI.
  external_id_conflict: { 'zh-CN': '接警单号 {externalId} 已登记过一条内容不同（类别、来源、位置或时间）的警情；重发须与首次发送的内容一致', en: 'externalId {externalId} is already registered with different content (category, source, place or time); a retry must repeat the first call exactly' },
  external_id_repeats: { 'zh-CN': '接警单号与第 {first} 条相同，但内容不同', en: 'the externalId repeats item {first} with different content' },
  json_content_type: { 'zh-CN': '请求内容须以 JSON 发送（Content-Type: application/json），收到的是 {type}', en: 'send the body as JSON (Content-Type: application/json), not {type}' },
  batch_content_type: { 'zh-CN': '请以 application/json（警情数组）或 application/x-ndjson（每行一条警情）发送', en: 'send application/json (an array of incidents) or application/x-ndjson (one incident a line)' },
  batch_not_array: { 'zh-CN': '请求内容须为警情数组', en: 'the body must be a JSON array of incidents' },
  batch_empty: { 'zh-CN': '请求中没有警情', en: 'the batch holds no incident' },
  batch_too_many: { 'zh-CN': '每批最多 {max} 条警情，收到 {count} 条，请分批发送', en: 'at most {max} incidents a batch; got {count}: split it' },
  batch_too_large: { 'zh-CN': '请求内容超过 {limit}，请分批发送', en: 'request body over {limit}: split the batch' },
  batch_line_not_json: { 'zh-CN': '不是有效的 JSON', en: 'not valid JSON' },
  batch_item: { 'zh-CN': '第 {item} 条：{text}', en: 'item {item}: {text}' },
  batch_items_invalid: { 'zh-CN': '{count} 条警情格式有误，未写入任何警情。{details}', en: '{count} incident(s) malformed; nothing was written. {details}' },
  batch_items_refused: { 'zh-CN': '{count} 条警情被拒绝，未写入任何警情。{details}', en: '{count} incident(s) refused; nothing was written. {details}' },
  import_line: { 'zh-CN': '第 {line} 行：{text}', en: 'line {line}: {text}' },
  import_usage: { 'zh-CN': '用法：npm run import:incidents -- <文件.csv|文件.ndjson> [--source 110]', en: 'usage: npm run import:incidents -- <file.csv|file.ndjson> [--source 110]' },
  import_file_missing: { 'zh-CN': '找不到文件 {path}', en: 'no file {path}' },
  import_file_kind: { 'zh-CN': '只能导入 .csv 或 .ndjson 文件：{path}', en: 'only .csv and .ndjson files are imported: {path}' },
  import_csv_columns: { 'zh-CN': 'CSV 缺少列：{columns}（须有 externalId、occurredAt、categoryCode、lng、lat，source 可由 --source 给出）', en: 'the CSV lacks column(s) {columns} (externalId, occurredAt, categoryCode, lng, lat; source, or give --source)' },
  import_csv_unreadable: { 'zh-CN': '无法读取 CSV，常见原因是引号不成对，或文件不是逗号分隔的 UTF-8 文本；请检查后重试', en: 'cannot read the CSV: {detail}' },
  import_external_id_required: { 'zh-CN': '补录历史警情须有接警单号，重新导入时据此避免重复', en: 'a back-filled incident needs its externalId, which keeps a re-run from doubling it' },
  import_bad_rows: { 'zh-CN': '{count} 行有误，未写入任何警情', en: '{count} bad row(s); nothing was written' },
  import_more_bad_rows: { 'zh-CN': '……另有 {count} 行有误', en: '… and {count} more bad row(s)' },
  import_chunk_refused: { 'zh-CN': '第 {from}–{to} 行中有警情被拒绝，该批未写入；此前的 {written} 条已写入（重新导入时按接警单号跳过，不会重复）', en: 'incidents of lines {from}–{to} were refused and that chunk was not written; the {written} before it were (a re-run skips them by externalId)' },
  import_progress: { 'zh-CN': '已处理 {rows} 行：新增 {created}，已存在 {replayed}', en: '{rows} rows: {created} new, {replayed} already there' },
  import_done: { 'zh-CN': '导入完成：共 {rows} 行，新增 {created} 条警情，{replayed} 条此前已登记，用时 {seconds} 秒', en: 'import done: {rows} rows, {created} new incidents, {replayed} already registered, in {seconds} s' },

  // Patrol dosage (issue 16): said with the figures so no one reads a cause into a comparison.
  dosage_effect_caveat: { 'zh-CN': '此为对比，不表明因果：巡逻常去本就预计多发的时间和地点，且小时数少时差异多为偶然。', en: 'A comparison, not a cause: patrols go where and when incidents are expected, and with few hours a difference is mostly chance.' },
  // The field app (issue 16): patrols, pings, check-ins, 随手拍 reports, positions.
  field_id_conflict: { 'zh-CN': '编号 {id} 已用于内容不同的{what}；重发须与首次发送的内容一致', en: 'id {id} is already used by a {whatEn} with different content; a replay must repeat the first call exactly' },
  field_patrol_not_yours: { 'zh-CN': '没有您的巡逻 {id}', en: 'no patrol {id} of yours' },
  field_patrol_open: { 'zh-CN': '您已有一次巡逻正在进行（{startedAt} 开始），请先结束它再开始新的巡逻', en: 'a patrol of yours is already under way (started {startedAt}, Beijing time): end it before starting another' },
  field_patrol_ended: { 'zh-CN': '该巡逻已于 {endedAt} 结束', en: 'the patrol ended at {endedAt}' },
  field_end_before_start: { 'zh-CN': '结束时间早于巡逻开始时间 {startedAt}', en: 'the end lies before the patrol’s start {startedAt}' },
  field_route_unknown: { 'zh-CN': '您的辖区内没有巡逻路线 {id}', en: 'no patrol route {id} in your jurisdiction' },
  field_ping_before_start: { 'zh-CN': '第 {n} 个定位点（{at}）早于巡逻开始时间 {startedAt}，未写入任何定位', en: 'ping {n} ({at}) lies before the patrol started ({startedAt}); nothing was written' },
  field_ping_after_end: { 'zh-CN': '第 {n} 个定位点（{at}）晚于巡逻结束时间 {endedAt}，未写入任何定位', en: 'ping {n} ({at}) lies after the patrol ended ({endedAt}); nothing was written' },
  field_ping_in_future: { 'zh-CN': '第 {n} 个定位点（{at}）晚于服务器当前时间超过 2 分钟，请检查手机时间；未写入任何定位', en: 'ping {n} ({at}) lies more than 2 minutes in the future: check the phone’s clock; nothing was written' },
  field_checkin_target: { 'zh-CN': '没有指明在哪里签到。必到点随时可以签到；巡逻路线上的其他站点，须先按该路线开始巡逻才能签到（keyPlaceCode 或 stopIndex）', en: 'no place named: a key place can be checked in at any time, another stop of a route only in a patrol started on that route (keyPlaceCode or stopIndex)' },
  field_checkin_position: { 'zh-CN': '定位签到需要当前位置和定位精度', en: 'a geofence check-in needs the position and its accuracy' },
  field_checkin_outside: { 'zh-CN': '距{place} {distance} 米（定位精度 {accuracy} 米），超出签到范围 {radius} 米', en: '{distance} m from {place} (accuracy {accuracy} m): outside the {radius} m check-in radius' },
  field_no_key_place: { 'zh-CN': '没有必到点 {code}', en: 'no key place {code}' },
  field_no_stop: { 'zh-CN': '巡逻路线上没有第 {n} 个站点', en: 'the patrol’s route has no stop {n}' },
  field_stop_needs_route: { 'zh-CN': '按路线站点签到须在按路线开始的巡逻中进行', en: 'a check-in at a route stop needs a patrol started on a route' },
  field_qr_missing: { 'zh-CN': '扫码签到需要二维码内容', en: 'a QR check-in needs the code’s payload' },
  field_qr_invalid: { 'zh-CN': '不是本系统打印的必到点二维码，或内容已被改动，无法签到', en: 'the QR code is not valid: not printed by this system, or altered' },
  field_qr_other_place: { 'zh-CN': '二维码属于{place}，不是 {code}', en: 'the QR code is for {place}, not {code}' },
  field_photo_not_jpeg: { 'zh-CN': '第 {n} 张照片不是 JPEG 图片', en: 'photo {n} is not a JPEG image' },
  field_photo_too_large: { 'zh-CN': '第 {n} 张照片 {size} 字节，超过 {max} 字节', en: 'photo {n} is {size} bytes, over {max}' },
  field_voice_no_type: { 'zh-CN': '语音缺少格式，应为 {allowed} 之一', en: 'the voice note needs its type, one of {allowed}' },
  field_voice_mime_alone: { 'zh-CN': '只给了语音格式，没有语音', en: 'a voice type without a voice note' },
  field_voice_not_audio: { 'zh-CN': '语音内容不是所声明的 {declared} 音频', en: 'the voice note is not {declared} audio as declared' },
  field_voice_too_large: { 'zh-CN': '语音 {size} 字节，超过 {max} 字节（约 {seconds} 秒）', en: 'the voice note is {size} bytes, over {max} (about {seconds} s)' },
  field_no_voice: { 'zh-CN': '该随手拍没有语音', en: 'the report has no voice note' },
  field_report_too_large: { 'zh-CN': '随手拍内容超过 {limit}：最多 4 张照片，每张不超过 1 MB，语音不超过 1 MB', en: 'report over {limit}: at most 4 photos of 1 MB each and a voice note of 1 MiB' },
  field_report_handled: { 'zh-CN': '该随手拍已于 {handledAt} 处理', en: 'the report was handled at {handledAt}' },
  field_report_no_place: { 'zh-CN': '该随手拍没有位置，无法转为{as}', en: 'the report has no place, so it cannot become a {asEn}' },
  field_report_no_worker: { 'zh-CN': '网格{grid}没有网格员，无法派发采集任务', en: 'grid {grid} has no grid worker to give a collection task to' },
  field_no_photo: { 'zh-CN': '该随手拍没有第 {n} 张照片', en: 'the report has no photo {n}' },
  adherence_refused: { 'zh-CN': '您的身份不能查看巡逻执行情况：仅管理员、指挥中心、巡防指挥和民警可查看', en: 'your role may not see patrol adherence: admins, commanders, patrol leaders and officers only' },
  field_positions_refused: { 'zh-CN': '您的身份不能查看其他单位的位置', en: 'your role may not see other units’ positions' },
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
  return errorBody(requestLanguage(c), error, code, params, extra);
}

/** An error body { error, message, …extra } in `language`, for code that has the language but not the request. */
export function errorBody<E extends string, X extends object = object>(language: Language, error: E, code: ApiMessageCode, params: MessageParams = {}, extra?: X) {
  return { error, message: say(language, code, params), ...(extra ?? ({} as X)) };
}

/** An error body about one field, in the request's language: { error, message: "field: text", issues: [{ field, message }] }. */
export function fieldError<E extends string>(c: Context, error: E, field: string, code: ApiMessageCode, params: MessageParams = {}) {
  return fieldErrorBody(requestLanguage(c), error, field, code, params);
}

/** fieldError in `language`. */
export function fieldErrorBody<E extends string>(language: Language, error: E, field: string, code: ApiMessageCode, params: MessageParams = {}) {
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
  field_patrol: ['巡逻', 'patrol'],
  field_check_in: ['签到', 'check-in'],
  field_report: ['随手拍', 'report'],
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

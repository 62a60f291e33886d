/**
 * The words of the contracts' own rules (refinements that relate fields or check what zod's checks cannot), in
 * both languages, by code (issue 12). Why a code and not the sentence: zod fixes an issue's message when it parses,
 * before anyone knows the caller's language, while the server answers in the language the request asks for. So a
 * schema states the English sentence (what the client's forms and the OpenAPI document read) and carries the code in
 * the issue's params; server/routes/validate.ts says it in the caller's language from this one table. zod's own
 * checks (min, max, enum, formats) need no entry: their issues carry the bound or the values, and the server words
 * them (server/i18n/zod-issue-text.ts).
 */
export const ruleMessages = {
  from_before_to: { 'zh-CN': '开始时间必须早于结束时间', en: 'from must be before to' },
  not_in_future: { 'zh-CN': '不能晚于现在', en: 'must not be in the future' },
  not_before_days: { 'zh-CN': '不能早于 {days} 天前（请核对年份；更早的历史警情请批量导入）', en: 'must not be more than {days} days ago (check the year; import older records instead)' },
  one_dispute_place: { 'zh-CN': '请在地图上选点、填写楼栋编号或标准地址编号，三者只选其一', en: 'give exactly one of lngLat, buildingCode or addressCode' },
  end_differs_from_start: { 'zh-CN': '结束时间不能与开始时间相同', en: 'end must differ from start' },
  no_repeats: { 'zh-CN': '不能有重复项', en: 'must not repeat' },
  one_patrol_start: { 'zh-CN': '派出所和起点须且只能给出一个', en: 'give exactly one of stationCode or start' },
  one_station_or_point: { 'zh-CN': '派出所（station）和起点（at）须且只能给出一个', en: 'give exactly one of station or at' },
  one_area: { 'zh-CN': '街道和社区须且只能给出一个', en: 'give exactly one of street or community' },
  band_in_order: { 'zh-CN': '户数区间的下限必须小于上限', en: 'band must have min < max' },
  assignment_not_empty: { 'zh-CN': '须列出各楼栋的归属网格', en: 'assignment must list the buildings' },
  no_control_characters: { 'zh-CN': '不能包含控制字符', en: 'must not contain control characters' },
  search_kinds: { 'zh-CN': '只能是 {kinds}', en: 'kinds must be some of {kinds}' },
  both_or_neither: { 'zh-CN': '{a} 与 {b} 须同时给出或都不给', en: 'give both {a} and {b}, or neither' },
  dismissal_needs_note: { 'zh-CN': '不予处理须写明理由，上报人会看到这段说明', en: 'a dismissal needs a note saying why: the sender reads it' },
  period_at_most_days: { 'zh-CN': '时段最长 {days} 天', en: 'the period must be at most {days} days' },
  // A person's numbers (core/contracts/person-numbers.ts): the 一标三实 import and the dispute parties share them.
  id_number_length: { 'zh-CN': '应为 18 位：17 位数字加 1 位数字或 X', en: 'must have 18 characters: 17 digits, then a digit or X' },
  id_number_region: { 'zh-CN': '地区码无效（首位不能为 0）', en: 'has no valid region code (the first digit is 0)' },
  id_number_birth_date: { 'zh-CN': '出生日期无效（{date}）', en: 'has no valid birth date ({date})' },
  id_number_check_char: { 'zh-CN': '校验位错误（GB 11643），请核对号码', en: 'has a wrong check character (GB 11643)' },
  phone_format: { 'zh-CN': '应为 11 位手机号或固定电话（如 0818-2345678）', en: 'must be a mobile (11 digits) or landline number' },
  // The 一标三实 import's rows (core/contracts/registry.ts).
  resident_id_format: { 'zh-CN': '应为居民编号，如 R000123', en: 'must be a resident id like R000123' },
  code_format: { 'zh-CN': '应由字母、数字和连字符组成，最多 40 个字符', en: 'must be a code of letters, digits and hyphens (at most 40)' },
  // {otherName} is the other column's name as a person reads it (入住日期); {other}, the CSV column it is.
  date_not_before: { 'zh-CN': '不能早于{otherName}（{other}）', en: 'is before {other}' },
  rental_start_required: { 'zh-CN': '出租房屋须填写起租日期', en: 'is required for a rented house' },
  // Accounts (core/contracts/accounts.ts).
  username_format: { 'zh-CN': '应为 2–32 个小写字母、数字或 . _ -，以字母开头', en: 'must be 2–32 lower-case letters, digits or . _ -, starting with a letter' },
  password_mix: { 'zh-CN': '须包含字母、数字、符号中的至少两类', en: 'must mix at least two of letters, digits and symbols' },
  district_without_codes: { 'zh-CN': '全区范围不需要列出代码', en: 'a district-wide jurisdiction lists no codes' },
  scope_needs_codes: { 'zh-CN': '请至少选择一个', en: 'choose at least one' },
  admin_whole_district: { 'zh-CN': '系统管理员的辖区只能是全区', en: 'an administrator’s jurisdiction is the whole district' },
  // Patrol routes (core/contracts/patrol.ts).
  route_has_stops: { 'zh-CN': '路线没有停靠点，不能保存：请放宽时段、时间预算或搜索范围后重新生成', en: 'the route has no stops: widen the window, the budget or the radius and plan again' },
  route_within_window: { 'zh-CN': '路线需 {minutes} 分钟，超出时段的 {window} 分钟：请重新生成路线', en: 'the route takes {minutes} min, longer than its {window}-minute window: plan it again' },
  change_something: { 'zh-CN': '没有要修改的内容', en: 'give something to change' },
} as const satisfies Record<string, { 'zh-CN': string; en: string }>;
export type RuleCode = keyof typeof ruleMessages;
export type RuleLanguage = 'zh-CN' | 'en';

type RuleParams = Record<string, string | number | readonly string[]>;

/** A rule's sentence in one language, with {name} placeholders filled from `params` (a list joined as the language lists). */
export function sayRule(code: RuleCode, language: RuleLanguage, params: Record<string, unknown> = {}): string {
  return ruleMessages[code][language].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return Array.isArray(value) ? value.join(language === 'zh-CN' ? '、' : ', ') : String(value);
  });
}

/**
 * The options of a refinement (or an addIssue) for rule `code`: the English sentence, which `subject` (the field's
 * name) may lead, and the code with its parameters for the server to say it in the caller's language.
 */
export function rule(code: RuleCode, params: RuleParams = {}, subject?: string) {
  const english = sayRule(code, 'en', params);
  return { message: subject ? `${subject} ${english}` : english, params: { rule: code, ...params } };
}

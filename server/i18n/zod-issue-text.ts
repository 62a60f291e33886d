import type { z } from 'zod';
import { zhCN } from 'zod/locales';
import { ruleMessages, sayRule, type RuleCode } from '../../core/contracts/rule-messages';
import { fieldHint } from './field-labels';
import type { Language } from './language';

type Issue = z.core.$ZodIssue & { input?: unknown; params?: Record<string, unknown> };

// zod's own Chinese, for the rare issue kinds worded below by nobody (a union, a key of a record…).
const zodChinese = zhCN().localeError;

const formatWords: Record<string, string> = {
  datetime: '带时区的日期时间，如 2026-03-01T10:00:00+08:00',
  date: '日期，如 2026-03-01',
  time: '时间，如 10:00',
  uuid: '系统生成的编号（UUID）',
  email: '电子邮件地址',
  url: '网址',
};

const typeWords: Record<string, string> = {
  number: '数字',
  int: '整数',
  string: '文字',
  boolean: 'true 或 false',
  array: '列表',
  object: '对象',
  tuple: '列表',
};

/**
 * One zod issue in Chinese, without the field's name (the caller puts it in front): zod's checks from the bound or
 * values the issue carries, the contracts' own rules from their code (core/contracts/rule-messages.ts), and the
 * field's hint where the issue alone would only say the form is wrong.
 */
export function issueInChinese(issue: Issue, field: string): string {
  const hint = fieldHint(field);
  const withHint = (text: string) => (hint ? `${text}，应为${hint}` : text);
  switch (issue.code) {
    case 'invalid_type': {
      if (!('input' in issue) || issue.input === undefined) return '必填';
      if (issue.expected === 'int') return '必须是整数';
      const expected = typeWords[issue.expected];
      return withHint(expected ? `必须是${expected}` : '类型不对');
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return min <= 1 ? '不能为空' : `至少 ${min} 个字符`;
      if (issue.origin === 'array' || issue.origin === 'set') return min <= 1 ? '至少要有一项' : `至少要有 ${min} 项`;
      return issue.inclusive ? `不能小于 ${min}` : `必须大于 ${min}`;
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return `最多 ${max} 个字符`;
      if (issue.origin === 'array' || issue.origin === 'set') return `最多 ${max} 项`;
      return issue.inclusive ? `不能大于 ${max}` : `必须小于 ${max}`;
    }
    case 'invalid_format': {
      const words = formatWords[issue.format];
      if (words) return `必须是${words}`;
      return withHint('格式不对');
    }
    case 'invalid_value':
      return issue.values.length === 1 ? `只能是 ${String(issue.values[0])}` : `只能是以下之一：${issue.values.map(String).join('、')}`;
    case 'not_multiple_of':
      return `必须是 ${String(issue.divisor)} 的倍数`;
    case 'unrecognized_keys':
      return `不认识的字段：${issue.keys.join('、')}`;
    case 'custom': {
      const code = issue.params?.rule;
      if (typeof code === 'string' && code in ruleMessages) return sayRule(code as RuleCode, 'zh-CN', issue.params);
      // A rule without a code: its own words when they are Chinese, else what the field should hold.
      return /[\u4e00-\u9fff]/.test(issue.message) ? issue.message : withHint('取值不对');
    }
    default:
      return withHint(zodChinese(issue as never) as string);
  }
}

/**
 * One zod issue in `language`. English keeps the schema's own words (the contract's documentation; a rule's English
 * comes from the same table as its Chinese, through rule()).
 */
export function issueText(issue: Issue, field: string, language: Language): string {
  return language === 'en' ? issue.message : issueInChinese(issue, field);
}

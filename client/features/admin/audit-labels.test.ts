import { describe, expect, it } from 'vitest';
import { auditActions } from '../../../core/contracts/audit';
import { createTranslator } from '../../i18n/messages';
import { describeAuditAction } from './audit-labels';

const zh = createTranslator('zh-CN');
const en = createTranslator('en');

describe('the audit log’s actions in words', () => {
  it('words every action the server writes in Chinese, never as its code', () => {
    for (const action of auditActions) {
      const words = describeAuditAction(action, zh);
      expect(words, action).toMatch(/^[\u4e00-\u9fff]+$/);
    }
  });

  it('words every action in English, each differently', () => {
    const words = auditActions.map((a) => describeAuditAction(a, en));
    for (const [k, w] of words.entries()) expect(w, auditActions[k]).not.toBe(auditActions[k]);
    expect(new Set(words).size).toBe(auditActions.length);
    expect(new Set(auditActions.map((a) => describeAuditAction(a, zh))).size).toBe(auditActions.length);
  });

  it('says the named actions as people say them', () => {
    expect(['login', 'unmask', 'dispute_register'].map((a) => describeAuditAction(a, zh))).toEqual(['登录', '查看明文', '登记矛盾纠纷']);
  });

  it('shows a code written before today’s list as it was stored', () => {
    expect(describeAuditAction('retired_action', zh)).toBe('retired_action');
  });
});

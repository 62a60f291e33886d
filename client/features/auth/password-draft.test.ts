import { describe, expect, it } from 'vitest';
import { passwordDraftProblem, toOwnPasswordChange } from './password-draft';

describe('passwordDraftProblem', () => {
  it('finds nothing when the new password was typed the same twice', () => {
    expect(passwordDraftProblem({ currentPassword: 'old', newPassword: 'Neu-Passwort1', repeat: 'Neu-Passwort1' })).toBeNull();
  });

  it('says the two typings differ', () => {
    expect(passwordDraftProblem({ currentPassword: 'old', newPassword: 'Neu-Passwort1', repeat: 'Neu-Passwort2' })).toBe('mismatch');
  });

  it('counts a trailing space as part of the password', () => {
    expect(passwordDraftProblem({ currentPassword: 'old', newPassword: 'Neu-Passwort1 ', repeat: 'Neu-Passwort1' })).toBe('mismatch');
  });
});

describe('toOwnPasswordChange', () => {
  it('sends the current and the new password, not the second typing', () => {
    expect(toOwnPasswordChange({ currentPassword: 'a', newPassword: 'b', repeat: 'b' })).toEqual({ currentPassword: 'a', newPassword: 'b' });
  });
});

import type { OwnPasswordChange } from '../../../core/contracts/accounts';

/** The change-own-password form as typed (client/features/auth/ChangePasswordForm.tsx). */
export interface PasswordDraft {
  currentPassword: string;
  newPassword: string;
  repeat: string;
}

export const emptyPasswordDraft: PasswordDraft = { currentPassword: '', newPassword: '', repeat: '' };

/**
 * What keeps the form from being sent: only the second typing, which the server never sees. The password rule
 * (length, kinds of character, not the username) the server checks and words itself. Nothing is trimmed: a space
 * is part of a password.
 */
export function passwordDraftProblem(draft: PasswordDraft): 'mismatch' | null {
  return draft.newPassword === draft.repeat ? null : 'mismatch';
}

export function toOwnPasswordChange(draft: PasswordDraft): OwnPasswordChange {
  return { currentPassword: draft.currentPassword, newPassword: draft.newPassword };
}

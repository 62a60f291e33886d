/**
 * A person's identity number and phone as every form and import of the API checks them: the 一标三实 resident rows
 * and the parties of a dispute read the same rules, worded in both languages by rule-messages.ts.
 */
import { z } from 'zod';
import { checkIdNumber } from './check-id-number';
import { rule } from './rule-messages';

/** A mobile (11 digits from 1) or a landline with its area code (0818-2345678, 08182345678). */
export const phoneRe = /^(1\d{10}|0\d{2,3}-?\d{7,8})$/;

/** An 18-character resident identity number (GB 11643), upper-cased; `field` leads the English sentence. */
export function idNumberSchema(field: string) {
  return z
    .string()
    .transform((s) => s.toUpperCase())
    .superRefine((s, ctx) => {
      const problem = checkIdNumber(s);
      if (problem) ctx.addIssue({ code: 'custom', ...rule(problem.rule, problem.params, field) });
    });
}

/** A phone number (phoneRe); `field` leads the English sentence. */
export function phoneSchema(field: string) {
  return z.string().refine((s) => phoneRe.test(s), rule('phone_format', {}, field));
}

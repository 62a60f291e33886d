import { z } from 'zod';
import { rule } from './rule-messages';

// eslint-disable-next-line no-control-regex
const controlCharacters = /[\u0000-\u001f\u007f-\u009f]/;

/** What a person types to search: no control characters, trimmed, 1–50 characters (the residents list's q too). */
export const searchTextSchema = z
  .string()
  .refine((s) => !controlCharacters.test(s), rule('no_control_characters'))
  .transform((s) => s.trim())
  .pipe(z.string().min(1).max(50));

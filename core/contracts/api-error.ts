import { z } from 'zod';

/**
 * Every refusal the API answers (server/i18n/messages.ts: apiError, fieldError, fieldProblems): a stable code, a
 * sentence in the request's language, and for field refusals each field with its own sentence. Some refusals add
 * their own facts (requestId on a 500, problems on a refused grid plan), so other keys are allowed.
 */
export const ApiErrorSchema = z
  .looseObject({
    error: z.string().meta({ description: '稳定的错误代码 / a stable code, e.g. not_found, bad_request, forbidden' }),
    message: z.string().meta({ description: '按 Accept-Language 的说明（默认中文）/ the refusal in the request’s language' }),
    issues: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: 'ApiError' });
export type ApiError = z.infer<typeof ApiErrorSchema>;

/** The answer of a write that has nothing else to say. */
export const OkSchema = z.object({ ok: z.literal(true) });
export type Ok = z.infer<typeof OkSchema>;

import { zValidator } from '@hono/zod-validator';
import type { ValidationTargets } from 'hono';
import { resolver, uniqueSymbol } from 'hono-openapi';
import { z } from 'zod';
import { requestLanguage } from '../i18n/language';
import { fieldError, fieldProblems } from '../i18n/messages';
import { issueText } from '../i18n/zod-issue-text';

type Validation = { target: keyof ValidationTargets; schema: z.ZodType };
// application/json, or a JSON-based type (application/geo+json), with any parameters (charset=utf-8).
const jsonType = /^application\/([\w.-]+\+)?json\s*(;|$)/i;
const validations = new WeakMap<object, Validation>();

/**
 * What a validate() middleware checks, for tests that walk the app's routes (app.routes lists the handlers) and
 * send each validated route input it refuses; undefined for any other handler.
 */
export function validationOf(handler: unknown): Validation | undefined {
  return typeof handler === 'function' ? validations.get(handler) : undefined;
}

/**
 * The parameter names a query schema takes: the keys of its object (through pipes and transforms), or null when it
 * is not a plain object (a union, a loose object) and so says nothing of which names are foreign.
 */
function queryNamesOf(schema: z.ZodType): string[] | null {
  if (schema instanceof z.ZodPipe) return queryNamesOf(schema.in as z.ZodType);
  if (!(schema instanceof z.ZodObject) || schema.def.catchall !== undefined) return null;
  return Object.keys(schema.shape);
}

/**
 * zod validation whose failure answers 400 naming each field, in the request's language (Accept-Language; Chinese
 * when it names none): "地图范围：必须是数字，应为四个数：…" or "bbox: bbox must be four numbers…". The messages
 * are worded here, after parsing, from each issue's code and bounds, because zod fixes a message when it parses and
 * a language chosen per request must not be a global setting that concurrent requests would race on.
 */
export function validate<T extends z.ZodType, Target extends keyof ValidationTargets>(target: Target, schema: T) {
  const middleware = zValidator(
    target,
    schema,
    (result, c) => {
      if (!result.success) {
        const language = requestLanguage(c);
        // A query or path parameter is named as the person typed it (hours, not hours.0); body fields by their path.
        const fieldOf = (path: PropertyKey[]) => (target === 'query' || target === 'param' ? String(path[0] ?? target) : path.join('.') || target);
        const seen = new Set<string>();
        const issues = result.error.issues
          .map((i) => {
            const field = fieldOf(i.path);
            return { field, message: issueText(i, field, language) };
          })
          .filter((i) => !seen.has(`${i.field}\u0000${i.message}`) && seen.add(`${i.field}\u0000${i.message}`));
        return c.json(fieldProblems(language, issues), 400);
      }
    },
    // The input is kept on each issue so that a missing field reads as 必填; it is never sent back. (The cast: the
    // validator types the result for zod 3 and 4 at once, which zod 4's own result type does not match.)
    { validationFunction: (s, value) => s.safeParseAsync(value, { reportInput: true }) as never },
  );
  // A JSON body sent under another type (text/plain, a form) is read by the validator as no body at all, and each
  // field then reads as missing or wrong: the sender is told the type instead (415). No type at all is left to the
  // schema, so that an empty request to a route whose fields are all optional is still taken.
  const known = target === 'query' ? queryNamesOf(schema) : null;
  const checked: typeof middleware = async (c, next) => {
    const type = c.req.header('content-type');
    if (target === 'json' && type && !jsonType.test(type)) return c.json(fieldError(c, 'unsupported_media_type', 'content-type', 'json_content_type', { type: type.split(';')[0].trim() }), 415) as never; // typed as the validator's own answers, which it is not
    // A mistyped filter (statu=open) would otherwise be dropped by the schema and answer everything, unfiltered, as if
    // it had been applied: the caller is told which parameter is not one, and which are.
    const unknown = known && Object.keys(c.req.query()).find((name) => !known.includes(name));
    if (unknown) return c.json(fieldError(c, 'bad_request', unknown, 'unknown_query_parameter', { names: known }), 400) as never;
    return middleware(c, next);
  };
  validations.set(checked, { target, schema });
  // The same schema documents the route's request in /api/openapi.json (hono-openapi reads this mark from app.routes).
  return Object.assign(checked, { [uniqueSymbol]: { target, ...resolver(schema), options: undefined } });
}

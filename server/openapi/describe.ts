import type { DescribeRouteOptions } from 'hono-openapi';
import { describeRoute, resolver } from 'hono-openapi';
import type { z } from 'zod';

/** An answer that is not JSON (a stream, a tile, a file): its media type and what it holds, with a schema when it has one. */
export interface MediaAnswer {
  media: string | string[];
  description: string;
  schema?: z.ZodType;
}
/** A status's answer: a JSON schema, another media type, several of them (format=binary, say), or null for no body. */
export type Answer = z.ZodType | MediaAnswer | (z.ZodType | MediaAnswer)[] | null;

const statusWords: Record<number, string> = {
  200: '成功 / OK', 201: '已创建 / created', 204: '无内容 / no content', 206: '部分内容 / partial content', 304: '未修改 / not modified',
  400: '请求有误 / bad request', 401: '未登录 / not signed in', 403: '无权限 / forbidden', 404: '不存在或不在辖区内 / not found',
  409: '状态冲突 / conflict', 413: '请求体过大 / payload too large', 415: '不支持的内容类型 / unsupported media type',
  416: '范围无法满足 / range not satisfiable', 422: '无法处理 / unprocessable', 429: '尝试过多 / too many attempts',
  500: '服务器内部错误 / internal error', 502: '上游服务失败 / bad gateway',
};

/** A zod schema for an answer: as the server sends it (output), not as a request would be parsed. */
export const answerSchema = (schema: z.ZodType) => resolver(schema, { options: { io: 'output' } });

function contentOf(answer: z.ZodType | MediaAnswer) {
  if ('media' in answer && !('_zod' in answer)) {
    const media = Array.isArray(answer.media) ? answer.media : [answer.media];
    return Object.fromEntries(media.map((m) => [m, answer.schema ? { schema: answerSchema(answer.schema) } : {}]));
  }
  return { 'application/json': { schema: answerSchema(answer as z.ZodType) } };
}

function response(status: number, answer: Answer) {
  const description = statusWords[status] ?? String(status);
  if (answer === null) return { description };
  const answers = Array.isArray(answer) ? answer : [answer];
  const notes = answers.flatMap((a) => ('media' in a && !('_zod' in a) ? [a.description] : []));
  return { description: [description, ...notes].join('. '), content: Object.assign({}, ...answers.map(contentOf)) };
}

/**
 * The OpenAPI description of one route, placed in its handler chain: what it does (Chinese first) and each status it
 * answers with the zod schema of that answer. The request's schemas come from validate() and the roles from
 * allow() in the same chain, so they are not repeated here. `null` is an answer without a body.
 */
export function describe(summary: string, answers: Record<number, Answer>, more: Omit<DescribeRouteOptions, 'responses' | 'summary'> = {}) {
  const responses = Object.fromEntries(Object.entries(answers).map(([status, answer]) => [status, response(Number(status), answer)]));
  return describeRoute({ summary, ...more, responses });
}


// The one place errors become HTTP answers: `{"error":{"code","message"}}`.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, ERROR_CODES, type ErrorCode } from '../errors.ts';

export interface ErrorBody {
  error: { code: ErrorCode; message: string; field?: string; details?: Record<string, unknown> };
}

export function errorBody(code: ErrorCode, message: string, extra: Partial<ErrorBody['error']> = {}): ErrorBody {
  return { error: { code, message, ...extra } };
}

export function handleError(err: FastifyError | AppError | Error, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (err instanceof AppError) {
    return reply.status(err.status).send(errorBody(err.code, err.message, { ...(err.place?.field ? { field: err.place.field } : {}), ...(err.details ? { details: err.details } : {}) }));
  }
  if (hasZodFastifySchemaValidationErrors(err)) {
    const issue = err.validation[0];
    const path = issue?.instancePath.replace(/^\//, '').replace(/\//g, '.') ?? '';
    const where = err.validationContext ?? 'request';
    const issuePath = (issue?.params.issue as { path?: PropertyKey[] } | undefined)?.path ?? [];
    const field = path || issuePath.map(String).join('.');
    const message = `${where}${field ? ` field "${field}"` : ''}: ${issue?.message ?? 'invalid'}`;
    return reply.status(400).send(errorBody('bad-input', message, field ? { field } : {}));
  }
  const fe = err as FastifyError;
  if (fe.statusCode === 413 || fe.code === 'FST_REQ_FILE_TOO_LARGE' || fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    return reply.status(413).send(errorBody('too-large', fe.message));
  }
  if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
    const code = (Object.entries(ERROR_CODES).find(([, s]) => s === fe.statusCode)?.[0] ?? 'bad-input') as ErrorCode;
    return reply.status(fe.statusCode).send(errorBody(code, fe.message));
  }
  request.log.error({ err }, 'unhandled error');
  return reply.status(500).send(errorBody('internal', 'internal error; the server log has the details'));
}

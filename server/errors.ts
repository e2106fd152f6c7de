// One error type for the whole server, with a code per failure. `http/errors.ts` maps the
// codes to HTTP statuses; the CLI maps them to exit codes. Messages are for a user to act on.

export const ERROR_CODES = {
  'bad-input': 400,
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  'too-large': 413,
  'unsupported-kind': 422,
  locked: 423,
  'rate-limited': 429,
  internal: 500,
  unavailable: 503,
} as const;
export type ErrorCode = keyof typeof ERROR_CODES;

/** Where in an input something went wrong: the file and the place inside it. */
export interface InputPlace {
  file?: string;
  page?: number;
  line?: number;
  row?: number;
  field?: string;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly place: InputPlace | undefined;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, message: string, opts: { place?: InputPlace; details?: Record<string, unknown>; cause?: unknown } = {}) {
    super(message, { cause: opts.cause });
    this.name = 'AppError';
    this.code = code;
    this.place = opts.place;
    this.details = opts.details;
  }

  get status(): number {
    return ERROR_CODES[this.code];
  }
}

/** Formats a place as `file, page 3, line 12, field "Text"` for messages. */
export function describePlace(place: InputPlace): string {
  const parts: string[] = [];
  if (place.file) parts.push(place.file);
  if (place.page !== undefined) parts.push(`page ${place.page}`);
  if (place.line !== undefined) parts.push(`line ${place.line}`);
  if (place.row !== undefined) parts.push(`row ${place.row}`);
  if (place.field !== undefined) parts.push(`field "${place.field}"`);
  return parts.join(', ');
}

/** A bad-input error whose message starts with the place, so a person can find it. */
export function inputError(place: InputPlace, message: string, cause?: unknown): AppError {
  const where = describePlace(place);
  return new AppError('bad-input', where ? `${where}: ${message}` : message, { place, cause });
}

// The one error type of every Pulputtamo service and its RFC 9457 problem+json shape.
import { z } from 'zod';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** One field-level error inside a validation problem. */
export const problemFieldErrorSchema = z.object({
  /** Dotted path of the offending field, e.g. `title` or `tags.2`. */
  path: z.string(),
  message: z.string(),
});
export type ProblemFieldError = z.infer<typeof problemFieldErrorSchema>;

export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  errors: z.array(problemFieldErrorSchema).optional(),
});
export type Problem = z.infer<typeof problemSchema>;

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** The standard reason phrase for a status, used as the problem title. */
export function statusTitle(status: number): string {
  return TITLES[status] ?? (status >= 500 ? 'Server Error' : 'Client Error');
}

/** Relative problem type URI for a short machine-readable code. */
export function problemType(code: string): string {
  return `/problems/${code}`;
}

export interface HttpErrorOptions {
  /** Short machine-readable code, becomes the problem `type` (`/problems/<code>`). */
  code?: string;
  errors?: ProblemFieldError[];
  /** Extra response headers, e.g. `Retry-After` on a 429. */
  headers?: Record<string, string>;
}

/**
 * A failure a client can act on. Thrown anywhere in a request; the service's
 * error handler turns it into `application/problem+json`. `detail` is shown to
 * the client, so it must never carry secrets or internal state.
 */
export class HttpError extends Error {
  readonly status: number;
  readonly code: string;
  readonly errors: ProblemFieldError[] | undefined;
  readonly headers: Record<string, string>;

  constructor(status: number, detail: string, options: HttpErrorOptions = {}) {
    super(detail);
    this.name = 'HttpError';
    this.status = status;
    this.code = options.code ?? statusTitle(status).toLowerCase().replaceAll(' ', '-');
    this.errors = options.errors;
    this.headers = options.headers ?? {};
  }

  toProblem(): Problem {
    return {
      type: problemType(this.code),
      title: statusTitle(this.status),
      status: this.status,
      detail: this.message,
      ...(this.errors ? { errors: this.errors } : {}),
    };
  }
}

/** Field errors of a zod failure, with paths a person can find in their request. */
export function zodFieldErrors(error: z.ZodError): ProblemFieldError[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(body)',
    message: issue.message,
  }));
}

/** A 400 validation problem built from a zod failure; `where` says body, query or params. */
export function validationError(error: z.ZodError, where = 'request'): HttpError {
  const errors = zodFieldErrors(error);
  const fields = [...new Set(errors.map((e) => e.path))].join(', ');
  return new HttpError(400, `Invalid ${where}: check ${fields}.`, { code: 'validation', errors });
}

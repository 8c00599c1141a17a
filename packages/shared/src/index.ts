// The one public entry of @pulputtamo/shared: schemas, types, problems, i18n, text utilities.

export type { Health } from './health.ts';
export { healthSchema } from './health.ts';
export type { HttpErrorOptions, Problem, ProblemFieldError } from './problem.ts';
export {
  HttpError,
  PROBLEM_CONTENT_TYPE,
  problemSchema,
  problemType,
  statusTitle,
  validationError,
  zodFieldErrors,
} from './problem.ts';

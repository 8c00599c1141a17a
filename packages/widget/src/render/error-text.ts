// Words for a failed request: the service's own problem detail, or what to do when it was unreachable.
import { ApiError } from '../api.ts';

export function errorText(err: unknown, texts: { errorNetwork: string; errorGeneric: string }): string {
  if (err instanceof ApiError) {
    if (err.status === 0) return texts.errorNetwork;
    return err.problem?.detail ?? texts.errorGeneric;
  }
  return texts.errorGeneric;
}

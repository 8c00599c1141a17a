// Opaque keyset cursors for idea listings: the sort they belong to, the last sort key and id.
import { HttpError, type IdeaSort } from '@pulputtamo/shared';

export function encodeCursor(sort: IdeaSort, key: number, id: number): string {
  return Buffer.from(JSON.stringify([sort, key, id])).toString('base64url');
}

/** Decodes a cursor from encodeCursor; anything else is a 400 naming the cursor. */
export function decodeCursor(cursor: string, sort: IdeaSort): { key: number; id: number } {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    value = undefined;
  }
  if (
    Array.isArray(value) &&
    value.length === 3 &&
    value[0] === sort &&
    typeof value[1] === 'number' &&
    Number.isFinite(value[1]) &&
    Number.isSafeInteger(value[2])
  ) {
    return { key: value[1], id: value[2] };
  }
  throw new HttpError(
    400,
    'Invalid query: check cursor. Pass the nextCursor of the previous page with the same sort.',
    {
      code: 'validation',
      errors: [{ path: 'cursor', message: 'Not a cursor of this listing.' }],
    },
  );
}

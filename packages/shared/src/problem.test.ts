import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { HttpError, validationError } from './problem.ts';

describe('HttpError', () => {
  it('becomes a problem with a typed code and the status reason as title', () => {
    const problem = new HttpError(404, 'No idea with id 7.', { code: 'idea-not-found' }).toProblem();
    expect(problem).toEqual({
      type: '/problems/idea-not-found',
      title: 'Not Found',
      status: 404,
      detail: 'No idea with id 7.',
    });
  });

  it('names every invalid field of a zod failure', () => {
    const result = z
      .object({ title: z.string().min(3), tags: z.array(z.string()) })
      .safeParse({ title: 'a', tags: [1] });
    if (result.success) throw new Error('expected failure');
    const problem = validationError(result.error, 'body').toProblem();
    expect(problem.status).toBe(400);
    expect(problem.errors?.map((e) => e.path)).toEqual(['title', 'tags.0']);
    expect(problem.detail).toBe('Invalid body: check title, tags.0.');
  });
});

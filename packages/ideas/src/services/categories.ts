// Categories: the City's service areas with their default owners (admins change the owners).

import type { updateCategorySchema } from '@pulputtamo/shared';
import { type Category, HttpError } from '@pulputtamo/shared';
import type { z } from 'zod';
import type { CurrentUser } from '../auth/current-user.ts';
import { insertAudit } from '../db/audit-log.ts';
import { findCategory, listCategories, updateCategoryRow } from '../db/categories.ts';
import { inTransaction } from '../db/transaction.ts';
import { findUser } from '../db/users.ts';
import { fieldError } from './field-error.ts';
import type { Deps } from './ideas.ts';

export function getCategories(deps: Pick<Deps, 'db'>): Category[] {
  return listCategories(deps.db).map((c) => ({
    id: c.id,
    slug: c.slug,
    name: { fi: c.nameFi, sv: c.nameSv, en: c.nameEn },
    parentId: c.parentId,
    defaultOwner: c.defaultOwnerId !== null ? { id: c.defaultOwnerId, displayName: c.defaultOwnerName ?? '' } : null,
  }));
}

/** Sets a category's default owner or admin (admins only; checked by the route). */
export function updateCategory(
  deps: Pick<Deps, 'db' | 'clock'>,
  user: CurrentUser,
  id: number,
  input: z.infer<typeof updateCategorySchema>,
): Category {
  if (!findCategory(deps.db, id))
    throw new HttpError(404, `There is no category ${id}.`, { code: 'category-not-found' });
  for (const field of ['defaultOwnerId', 'adminId'] as const) {
    const userId = input[field];
    if (userId != null && !findUser(deps.db, userId)) throw fieldError(field, `There is no user ${userId}.`);
  }
  inTransaction(deps.db, () => {
    updateCategoryRow(deps.db, id, input);
    insertAudit(deps.db, {
      actorId: user.id,
      action: 'category.update',
      targetType: 'category',
      targetId: id,
      detail: input,
      now: deps.clock(),
    });
  });
  const category = getCategories(deps).find((c) => c.id === id);
  if (!category) throw new HttpError(404, `There is no category ${id}.`, { code: 'category-not-found' });
  return category;
}

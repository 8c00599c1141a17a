// Who answers for a category: its admin, or the nearest ancestor's; failing that every admin.
import { findCategory } from '../db/categories.ts';
import { findUser, findUsersByRole, type UserRow } from '../db/users.ts';
import type { Deps } from './ideas.ts';

/** The admins to escalate an idea in `categoryId` to (never empty while the platform has an admin). */
export function categoryAdmins(deps: Pick<Deps, 'db'>, categoryId: number | null): UserRow[] {
  const seen = new Set<number>();
  let next = categoryId;
  while (next !== null && !seen.has(next)) {
    seen.add(next);
    const category = findCategory(deps.db, next);
    if (!category) break;
    const admin = category.adminId !== null ? findUser(deps.db, category.adminId) : undefined;
    if (admin) return [admin];
    next = category.parentId;
  }
  return findUsersByRole(deps.db, 'admin');
}

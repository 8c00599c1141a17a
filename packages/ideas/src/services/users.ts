// People directory: finding a colleague to hand an idea over to.
import { searchUsers } from '../db/users.ts';
import type { Deps } from './ideas.ts';

export function findPeople(deps: Pick<Deps, 'db'>, q: string | undefined) {
  return searchUsers(deps.db, q, 50).map((u) => ({ id: u.id, displayName: u.displayName, orgUnit: u.orgUnit }));
}

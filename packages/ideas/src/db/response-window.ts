// The query behind the owner response window: owned ideas whose current owner has not answered.
import type { Db } from './client.ts';
import { prepared } from './prepared.ts';

export interface AwaitingResponse {
  ideaId: number;
  title: string;
  categoryId: number | null;
  ownerId: number;
  assignmentId: number;
  assignedAt: number;
}

/**
 * Open ideas (not closed, merged or deleted) whose current owner was assigned before
 * `assignedBefore` and has not responded since: no status change or comment of theirs.
 */
export function listAwaitingResponse(db: Db, assignedBefore: number): AwaitingResponse[] {
  return prepared(
    db,
    `SELECT i.id AS ideaId, i.title, i.category_id AS categoryId, i.owner_id AS ownerId,
            a.id AS assignmentId, a.created_at AS assignedAt
       FROM ideas i
       JOIN assignments a ON a.id = (SELECT max(id) FROM assignments WHERE idea_id = i.id)
      WHERE i.owner_id IS NOT NULL AND a.owner_id = i.owner_id
        AND i.deleted_at IS NULL AND i.merged_into_id IS NULL
        AND i.status NOT IN ('implemented', 'declined', 'duplicate')
        AND a.created_at <= ?
        AND (i.last_owner_response_at IS NULL OR i.last_owner_response_at < a.created_at)
      ORDER BY a.created_at, i.id`,
  ).all(assignedBefore) as AwaitingResponse[];
}

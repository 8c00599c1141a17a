// Deletes what the retention period no longer allows: conversations, unanswered questions,
// contact requests and sent or dead email older than the cut-off. Counters are kept (anonymous).
import { and, inArray, lt } from 'drizzle-orm';
import type { Db } from './client.ts';
import { contactRequests, outbox, sessions, unansweredQuestions } from './schema.ts';
import { inTransaction } from './transaction.ts';

export interface Removed {
  sessions: number;
  unanswered: number;
  contactRequests: number;
  outbox: number;
}

/** Removes rows last touched before `cutoff` (epoch ms); messages go with their sessions. */
export function deleteOlderThan(db: Db, cutoff: number): Removed {
  return inTransaction(db, () => ({
    sessions: db.delete(sessions).where(lt(sessions.updatedAt, cutoff)).run().changes,
    unanswered: db.delete(unansweredQuestions).where(lt(unansweredQuestions.createdAt, cutoff)).run().changes,
    contactRequests: db.delete(contactRequests).where(lt(contactRequests.createdAt, cutoff)).run().changes,
    outbox: db
      .delete(outbox)
      .where(and(lt(outbox.createdAt, cutoff), inArray(outbox.status, ['sent', 'dead'])))
      .run().changes,
  }));
}

// The owner response window: a reminder after N days without an owner response, an escalation
// to the category's admin after 2N. Run hourly; the outbox's dedupe keys make reruns harmless.
import { listAwaitingResponse } from '../db/response-window.ts';
import { inTransaction } from '../db/transaction.ts';
import { findUser } from '../db/users.ts';
import { categoryAdmins } from './category-admins.ts';
import type { Deps } from './ideas.ts';
import { notifyEscalation, notifyResponseReminder } from './notifications.ts';

const DAY_MS = 86_400_000;

/** Queues due reminders and escalations (each once); returns how many ideas are past N and 2N days. */
export function sendResponseReminders(deps: Deps): { overdue: number; escalated: number } {
  const now = deps.clock();
  const windowMs = deps.config.responseDays * DAY_MS;
  let overdue = 0;
  let escalated = 0;
  inTransaction(deps.db, () => {
    for (const idea of listAwaitingResponse(deps.db, now - windowMs)) {
      const owner = findUser(deps.db, idea.ownerId);
      if (!owner) continue;
      notifyResponseReminder(deps, { ...idea, owner });
      overdue++;
      if (idea.assignedAt <= now - 2 * windowMs) {
        const admins = categoryAdmins(deps, idea.categoryId).filter((a) => a.id !== owner.id);
        notifyEscalation(deps, { ...idea, owner, admins });
        escalated++;
      }
    }
  });
  return { overdue, escalated };
}

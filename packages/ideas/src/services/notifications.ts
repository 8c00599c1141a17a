// Who hears about what: builds the notifications of idea events and queues them in the outbox.
import type { IdeaStatus } from '@pulputtamo/shared';
import type { CurrentUser } from '../auth/current-user.ts';
import type { IdeaRow } from '../db/ideas.ts';
import type { Deps } from './ideas.ts';

// PENDING: wired to notify/outbox-worker.ts enqueueNotification once the ideas-bot module lands.

export function notifyComment(
  _deps: Deps,
  _event: { idea: IdeaRow; commentId: number; commenter: CurrentUser; body: string },
): void {}

export function notifyStatusChange(
  _deps: Deps,
  _event: {
    idea: IdeaRow;
    changedBy: CurrentUser;
    from: IdeaStatus;
    to: IdeaStatus;
    response: string | null;
    mergedInto: IdeaRow | null;
  },
): void {}

export function notifyOwnerAssigned(
  _deps: Deps,
  _event: { idea: Pick<IdeaRow, 'id' | 'title' | 'body'>; ownerId: number; reasonFi: string; by: 'bot' | 'person' },
): void {}

// Who hears about what: builds the notifications of idea events and queues them in the outbox.
import type { IdeaStatus } from '@pulputtamo/shared';
import type { CurrentUser } from '../auth/current-user.ts';
import type { IdeaRow } from '../db/ideas.ts';
import { listSubscribers } from '../db/subscriptions.ts';
import { findUser } from '../db/users.ts';
import { ideaLink } from './idea-link.ts';
import type { Deps } from './ideas.ts';
import { STATUS_LABEL_FI } from './status-rules.ts';

/** One message for the outbox (columns of notification_outbox). */
export interface OutgoingNotification {
  channel: 'email' | 'webhook';
  recipient: string;
  subject: string;
  bodyText: string;
  payload?: unknown;
  /** Same key twice → queued once. */
  dedupeKey: string;
}

// PENDING: queue() hands messages to notify/outbox-worker.ts enqueueNotification once it lands.
function queue(_deps: Deps, _messages: OutgoingNotification[]): void {}

const excerpt = (text: string, max = 400) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Author and subscribers with an email address, except the person who acted. */
function audience(deps: Deps, idea: IdeaRow, actorId: number): { id: number; email: string }[] {
  const people = new Map<number, string>();
  for (const s of listSubscribers(deps.db, idea.id)) if (s.email) people.set(s.id, s.email);
  if (idea.authorId !== null) {
    const author = findUser(deps.db, idea.authorId);
    if (author?.email) people.set(author.id, author.email);
  }
  people.delete(actorId);
  return [...people].map(([id, email]) => ({ id, email }));
}

/** New comment → the author and subscribers. */
export function notifyComment(
  deps: Deps,
  event: { idea: IdeaRow; commentId: number; commenter: CurrentUser; body: string },
): OutgoingNotification[] {
  const link = ideaLink(deps.config, event.idea.id);
  const messages = audience(deps, event.idea, event.commenter.id).map((p) => ({
    channel: 'email' as const,
    recipient: p.email,
    subject: `Uusi kommentti: ${event.idea.title}`,
    bodyText: `${event.commenter.displayName} kommentoi ideaa "${event.idea.title}":\n\n${excerpt(event.body)}\n\nAvaa idea: ${link}`,
    dedupeKey: `comment:${event.commentId}:to:${p.id}`,
  }));
  queue(deps, messages);
  return messages;
}

/** Status change → the author and subscribers. */
export function notifyStatusChange(
  deps: Deps,
  event: {
    idea: IdeaRow;
    historyId: number;
    changedBy: CurrentUser;
    from: IdeaStatus;
    to: IdeaStatus;
    response: string | null;
    mergedInto: IdeaRow | null;
  },
): OutgoingNotification[] {
  const link = ideaLink(deps.config, event.idea.id);
  const merged = event.mergedInto
    ? `\nIdea yhdistettiin ideaan "${event.mergedInto.title}": ${ideaLink(deps.config, event.mergedInto.id)}`
    : '';
  const messages = audience(deps, event.idea, event.changedBy.id).map((p) => ({
    channel: 'email' as const,
    recipient: p.email,
    subject: `${STATUS_LABEL_FI[event.to]}: ${event.idea.title}`,
    bodyText: `${event.changedBy.displayName} muutti idean "${event.idea.title}" tilan: ${STATUS_LABEL_FI[event.from]} → ${STATUS_LABEL_FI[event.to]}.${event.response ? `\n\n${excerpt(event.response, 2000)}` : ''}${merged}\n\nAvaa idea: ${link}`,
    dedupeKey: `status:${event.historyId}:to:${p.id}`,
  }));
  queue(deps, messages);
  return messages;
}

/** New owner (by the bot or a person) → the owner; a new idea → the configured webhook channel. */
export function notifyOwnerAssigned(
  deps: Deps,
  event: {
    idea: Pick<IdeaRow, 'id' | 'title' | 'body'>;
    assignmentId: number;
    ownerId: number;
    reasonFi: string;
    by: 'bot' | 'person';
  },
): OutgoingNotification[] {
  const owner = findUser(deps.db, event.ownerId);
  const link = ideaLink(deps.config, event.idea.id);
  const messages: OutgoingNotification[] = [];
  if (owner?.email) {
    messages.push({
      channel: 'email',
      recipient: owner.email,
      subject: `Sinut on merkitty idean vastuuhenkilöksi: ${event.idea.title}`,
      bodyText: `Hei ${owner.displayName},\n\nsinut on merkitty idean "${event.idea.title}" vastuuhenkilöksi.\n${event.reasonFi}\n\n${excerpt(event.idea.body)}\n\nVastaa idean tekijälle ${deps.config.responseDays} päivän kuluessa muuttamalla tilaa tai kommentoimalla: ${link}`,
      dedupeKey: `assignment:${event.assignmentId}`,
    });
  }
  queue(deps, messages);
  return messages;
}

/** A new idea → the team channel webhook, when one is configured. */
export function announceNewIdea(
  deps: Deps,
  event: { idea: Pick<IdeaRow, 'id' | 'title' | 'body'>; ownerName: string | null },
): OutgoingNotification[] {
  if (!deps.config.webhookUrl) return [];
  const link = ideaLink(deps.config, event.idea.id);
  const text = `Uusi idea: **${event.idea.title}**${event.ownerName ? ` (vastuuhenkilö ${event.ownerName})` : ''}`;
  const messages: OutgoingNotification[] = [
    {
      channel: 'webhook',
      recipient: deps.config.webhookUrl,
      subject: `Uusi idea: ${event.idea.title}`,
      bodyText: `${text}\n\n${excerpt(event.idea.body)}\n\n${link}`,
      payload: { ideaId: event.idea.id, title: event.idea.title, link, owner: event.ownerName },
      dedupeKey: `new-idea:${event.idea.id}:webhook`,
    },
  ];
  queue(deps, messages);
  return messages;
}

// Who hears about what: builds the notifications of idea events and queues them in the outbox.
import type { IdeaStatus } from '@pulputtamo/shared';
import type { CurrentUser } from '../auth/current-user.ts';
import type { IdeaRow } from '../db/ideas.ts';
import { insertOutboxMessages, type NewOutboxMessage } from '../db/outbox.ts';
import { listSubscribers } from '../db/subscriptions.ts';
import { findUser } from '../db/users.ts';
import { ideaLink } from './idea-link.ts';
import type { Deps } from './ideas.ts';
import { STATUS_LABEL_FI } from './status-rules.ts';

/** One message for the outbox. */
export type OutgoingNotification = NewOutboxMessage;

/** Queues the messages in the caller's transaction, so they exist exactly when the event does. */
function queue(deps: Deps, messages: OutgoingNotification[]): void {
  insertOutboxMessages(deps.db, messages, deps.clock());
}

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

/** An idea the bot found no owner for → the category's admin, else every admin, to assign one. */
export function notifyUnassigned(
  deps: Deps,
  event: { idea: Pick<IdeaRow, 'id' | 'title' | 'body'>; admins: { id: number; email: string | null }[] },
): OutgoingNotification[] {
  const link = ideaLink(deps.config, event.idea.id);
  const messages = event.admins.flatMap((a) =>
    a.email
      ? [
          {
            channel: 'email' as const,
            recipient: a.email,
            subject: `Idealta puuttuu vastuuhenkilö: ${event.idea.title}`,
            bodyText: `Omistajabotti ei löytänyt vastuuhenkilöä idealle "${event.idea.title}".\n\n${excerpt(event.idea.body)}\n\nValitse vastuuhenkilö: ${link}`,
            dedupeKey: `unassigned:${event.idea.id}:to:${a.id}`,
          },
        ]
      : [],
  );
  queue(deps, messages);
  return messages;
}

/** No response within the window → a reminder to the owner (once per assignment). */
export function notifyResponseReminder(
  deps: Deps,
  event: { ideaId: number; title: string; assignmentId: number; owner: { email: string | null; displayName: string } },
): OutgoingNotification[] {
  if (!event.owner.email) return [];
  const days = deps.config.responseDays;
  const messages: OutgoingNotification[] = [
    {
      channel: 'email',
      recipient: event.owner.email,
      subject: `Muistutus: idea odottaa vastaustasi – ${event.title}`,
      bodyText: `Hei ${event.owner.displayName},\n\nidea "${event.title}" on odottanut vastaustasi yli ${days} päivää. Vastaa muuttamalla sen tilaa tai kommentoimalla, tai siirrä se oikealle vastuuhenkilölle. Jos vastausta ei tule ${days} päivän kuluessa, asia siirtyy palvelualueen ylläpitäjälle.\n\nAvaa idea: ${ideaLink(deps.config, event.ideaId)}`,
      dedupeKey: `reminder:${event.assignmentId}`,
    },
  ];
  queue(deps, messages);
  return messages;
}

/** No response within twice the window → the category's admin (once per assignment). */
export function notifyEscalation(
  deps: Deps,
  event: {
    ideaId: number;
    title: string;
    assignmentId: number;
    owner: { displayName: string };
    admins: { id: number; email: string | null }[];
  },
): OutgoingNotification[] {
  const days = 2 * deps.config.responseDays;
  const messages = event.admins.flatMap((a) =>
    a.email
      ? [
          {
            channel: 'email' as const,
            recipient: a.email,
            subject: `Idea ilman vastausta ${days} päivää: ${event.title}`,
            bodyText: `Idean "${event.title}" vastuuhenkilö ${event.owner.displayName} ei ole vastannut ${days} päivässä muistutuksesta huolimatta. Vastaa, siirrä idea toiselle vastuuhenkilölle tai ota yhteyttä vastuuhenkilöön.\n\nAvaa idea: ${ideaLink(deps.config, event.ideaId)}`,
            dedupeKey: `escalation:${event.assignmentId}:to:${a.id}`,
          },
        ]
      : [],
  );
  queue(deps, messages);
  return messages;
}

// Generic JSON webhook that a Teams incoming webhook also understands (a MessageCard with the
// message text, a link button, and the event's own fields under `pulputtamo`).

import type { Send } from '@pulputtamo/shared/server';
import type { OutboxRow } from '../db/outbox.ts';

/** Slowest webhook answer we wait for before counting the attempt as failed. */
const TIMEOUT_MS = 10_000;

interface WebhookPayload {
  link?: string;
  [key: string]: unknown;
}

/** The JSON body posted for one message. */
export function webhookBody(m: OutboxRow): Record<string, unknown> {
  const payload: WebhookPayload = m.payloadJson ? JSON.parse(m.payloadJson) : {};
  return {
    '@type': 'MessageCard',
    '@context': 'https://schema.org/extensions',
    summary: m.subject,
    title: m.subject,
    text: m.bodyText,
    ...(payload.link
      ? {
          potentialAction: [{ '@type': 'OpenUri', name: 'Avaa idea', targets: [{ os: 'default', uri: payload.link }] }],
        }
      : {}),
    pulputtamo: payload,
  };
}

/** Posts each message to its recipient URL; a non-2xx answer or a timeout is a failure to retry. */
export function createWebhookSender(fetchFn: typeof fetch = fetch): Send<OutboxRow> {
  return async (m) => {
    const res = await fetchFn(m.recipient, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(webhookBody(m)),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (!res.ok) throw new Error(`webhook answered ${res.status} ${res.statusText}`);
  };
}

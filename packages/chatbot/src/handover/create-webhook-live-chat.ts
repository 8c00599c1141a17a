// A generic live-chat adapter: posts the handover as JSON to a webhook URL; the product answers
// 2xx (optionally `{url, message}`) to accept it.
import { z } from 'zod';
import type { LiveChatAdapter } from './live-chat-adapter.ts';

/** Slowest webhook answer waited for; the visitor is waiting too. */
const TIMEOUT_MS = 8_000;

const acceptedSchema = z.object({
  url: z.url({ protocol: /^https?$/ }).nullish(),
  message: z.string().max(2_000).nullish(),
});

/**
 * Posts `{type: 'pulputtamo.handover', botId, sessionId, lang, target, transcript, requestedAt}`
 * to `url`. A non-2xx answer or a timeout rejects; a 2xx body that is not the expected JSON is
 * accepted without a URL.
 */
export function createWebhookLiveChat(url: string, fetchFn: typeof fetch = fetch): LiveChatAdapter {
  return {
    name: 'webhook',
    async start(handover) {
      const res = await fetchFn(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ type: 'pulputtamo.handover', ...handover }),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      if (!res.ok) throw new Error(`live-chat webhook answered ${res.status} ${res.statusText}`);
      const text = await res.text();
      let body: unknown = {};
      if (text.trim()) {
        try {
          body = JSON.parse(text);
        } catch {
          // A product may answer 2xx with a plain "OK": accepted, with nothing to show.
          body = {};
        }
      }
      const parsed = acceptedSchema.safeParse(body);
      return {
        url: parsed.success ? (parsed.data.url ?? null) : null,
        message: parsed.success ? (parsed.data.message ?? null) : null,
      };
    },
  };
}

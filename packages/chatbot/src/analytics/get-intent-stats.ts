// Statistics for content owners: messages, fallbacks, hits and feedback per intent, handovers per target.
import type { IntentStats } from '@pulputtamo/shared';
import type { ChatbotDeps } from '../app.ts';
import { requireBot } from '../conversation/require-bot.ts';
import { sumCounts } from '../db/daily-counts.ts';

/** Totals over the days `from`…`to` (inclusive, `YYYY-MM-DD` in Finnish time; open when missing). */
export function getIntentStats(
  deps: Pick<ChatbotDeps, 'db' | 'bots'>,
  botId: string,
  range: { from?: string | undefined; to?: string | undefined },
): IntentStats {
  const bot = requireBot(deps.bots, botId);
  const from = range.from ?? null;
  const to = range.to ?? null;
  const totals = new Map<string, number>();
  for (const row of sumCounts(deps.db, botId, from, to)) totals.set(`${row.kind}:${row.key}`, row.count);
  const count = (kind: string, key: string) => totals.get(`${kind}:${key}`) ?? 0;
  const sum = (kind: string) => [...totals].filter(([k]) => k.startsWith(`${kind}:`)).reduce((s, [, n]) => s + n, 0);
  const intents = bot.intents
    .map((i) => ({
      id: i.id,
      label: i.label.fi,
      // The out-of-scope intent is counted as a fallback; it is still this intent's hit.
      hits: count('intent', i.id) + count('fallback', i.id),
      helpful: count('helpful', i.id),
      notHelpful: count('not_helpful', i.id),
    }))
    .sort((a, b) => b.hits - a.hits || a.id.localeCompare(b.id));
  const handovers = bot.bot.handoverTargets.map((t) => ({
    target: t.id,
    offered: count('handover', t.id),
    contactRequests: count('contact_request', t.id),
    liveChats: count('live_chat', t.id),
  }));
  return {
    botId,
    from,
    to,
    messages: sum('message'),
    fallbacks: sum('fallback'),
    clarifications: sum('clarification'),
    intents,
    handovers,
  };
}

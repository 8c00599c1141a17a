// The statistics as one CSV table: a row per intent, then a row per handover target.
import type { IntentStats } from '@pulputtamo/shared';
import { formatCsv } from '../csv/format-csv.ts';

export function statsCsv(stats: IntentStats): string {
  const header = [
    'type',
    'id',
    'label',
    'hits',
    'helpful',
    'not_helpful',
    'handovers_offered',
    'contact_requests',
    'live_chats',
  ];
  const rows = [
    ...stats.intents.map((i) => ['intent', i.id, i.label, i.hits, i.helpful, i.notHelpful, null, null, null]),
    ...stats.handovers.map((h) => [
      'handover',
      h.target,
      null,
      null,
      null,
      null,
      h.offered,
      h.contactRequests,
      h.liveChats,
    ]),
    ['total', 'messages', null, stats.messages, null, null, null, null, null],
    ['total', 'fallbacks', null, stats.fallbacks, null, null, null, null, null],
    ['total', 'clarifications', null, stats.clarifications, null, null, null, null, null],
  ];
  return formatCsv([header, ...rows]);
}

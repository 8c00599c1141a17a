// A served bot's content, with the examples content owners added, in Rasa YAML or CSV.
import type { ChatbotDeps } from '../app.ts';
import { requireBot } from '../conversation/require-bot.ts';
import { exportCsv } from './export-csv.ts';
import { exportRasaDomain, exportRasaNlu } from './export-rasa.ts';
import { portableIntents } from './portable-intent.ts';

export type ExportFormat = 'nlu.yml' | 'domain.yml' | 'questions.csv';

export function exportBot(deps: Pick<ChatbotDeps, 'bots'>, botId: string, format: ExportFormat): string {
  const bot = requireBot(deps.bots, botId);
  const intents = portableIntents({ bot: bot.bot, intents: bot.intents }, bot.added);
  if (format === 'nlu.yml') return exportRasaNlu(intents);
  if (format === 'domain.yml') return exportRasaDomain(intents);
  return exportCsv(intents);
}

// The unanswered-questions log for content owners: list, CSV, dismiss, and turn one into an example.
import { HttpError, type UnansweredQuestion } from '@pulputtamo/shared';
import type { ChatbotDeps } from '../app.ts';
import type { BotLang } from '../content/bot-schema.ts';
import { requireBot } from '../conversation/require-bot.ts';
import { formatCsv } from '../csv/format-csv.ts';
import { insertAddedExample } from '../db/added-examples.ts';
import { inTransaction } from '../db/transaction.ts';
import {
  getUnanswered,
  listUnanswered,
  setUnansweredStatus,
  type UnansweredRow,
  type UnansweredStatus,
} from '../db/unanswered.ts';

type Deps = Pick<ChatbotDeps, 'db' | 'bots' | 'clock' | 'logger'>;

function view(row: UnansweredRow): UnansweredQuestion {
  return {
    id: row.id,
    text: row.text,
    lang: row.lang as BotLang,
    topIntent: row.topIntent,
    confidence: row.confidence,
    status: row.status,
    intentId: row.intentId,
    createdAt: row.createdAt,
  };
}

export function listUnansweredQuestions(
  deps: Pick<Deps, 'db' | 'bots'>,
  botId: string,
  query: { status: UnansweredStatus | 'all'; limit: number },
): UnansweredQuestion[] {
  requireBot(deps.bots, botId);
  return listUnanswered(deps.db, botId, query.status === 'all' ? undefined : query.status, query.limit).map(view);
}

export function unansweredCsv(questions: readonly UnansweredQuestion[]): string {
  const header = ['id', 'created_at', 'lang', 'text', 'top_intent', 'confidence', 'status', 'intent_id'];
  const rows = questions.map((q) => [
    q.id,
    new Date(q.createdAt).toISOString(),
    q.lang,
    q.text,
    q.topIntent,
    q.confidence === null ? null : q.confidence.toFixed(3),
    q.status,
    q.intentId,
  ]);
  return formatCsv([header, ...rows], { guardFormulas: true });
}

function requireQuestion(deps: Pick<Deps, 'db'>, botId: string, id: number): UnansweredRow {
  const row = getUnanswered(deps.db, botId, id);
  if (!row)
    throw new HttpError(404, `No unanswered question ${id} for bot "${botId}".`, { code: 'question-not-found' });
  return row;
}

export function dismissQuestion(deps: Pick<Deps, 'db' | 'bots'>, botId: string, id: number): void {
  requireBot(deps.bots, botId);
  requireQuestion(deps, botId, id);
  setUnansweredStatus(deps.db, id, 'dismissed', null);
}

/**
 * Makes the question (or the owner's edited wording of it) a training example of `intentId`,
 * stored in the database so it survives restarts, and retrains the bot (resolving once the new
 * model answers).
 */
export async function addExampleFromQuestion(
  deps: Deps,
  botId: string,
  id: number,
  input: { intentId: string; text?: string | undefined },
): Promise<UnansweredQuestion> {
  const bot = requireBot(deps.bots, botId);
  const question = requireQuestion(deps, botId, id);
  if (!bot.intentById.has(input.intentId)) {
    throw new HttpError(400, `Bot "${botId}" has no intent "${input.intentId}".`, {
      code: 'unknown-intent',
      errors: [{ path: 'intentId', message: 'Use an intent id of this bot.' }],
    });
  }
  const text = input.text ?? question.text;
  inTransaction(deps.db, () => {
    insertAddedExample(
      deps.db,
      { botId, intentId: input.intentId, text, lang: question.lang, questionId: question.id },
      deps.clock(),
    );
    setUnansweredStatus(deps.db, question.id, 'added', input.intentId);
  });
  await deps.bots.retrain(botId);
  deps.logger.info({ botId, intentId: input.intentId, questionId: id }, 'example added; bot retrained');
  return view(requireQuestion(deps, botId, id));
}

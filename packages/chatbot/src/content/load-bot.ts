// Reads and validates one bot's content folder; every error names the file, the intent and the field.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';
import { type BotFile, botSchema, type IntentFile, intentSchema } from './bot-schema.ts';

/** A bot's content: the bot file and its intents in file-name order. */
export interface BotContent {
  bot: BotFile;
  intents: IntentFile[];
}

/** Broken content: `problems` lists every place, e.g. `bots/library/intents/lib_pin_code.yml: examples.sv: …`. */
export class ContentError extends Error {
  constructor(readonly problems: string[]) {
    super(`Bot content is invalid:\n  ${problems.join('\n  ')}`);
    this.name = 'ContentError';
  }
}

function readYaml(file: string, shown: string, problems: string[]): unknown {
  try {
    return parse(readFileSync(file, 'utf8'));
  } catch (err) {
    problems.push(`${shown}: not readable YAML: ${(err as Error).message.split('\n')[0]}`);
    return undefined;
  }
}

function check<T>(schema: z.ZodType<T>, data: unknown, shown: string, problems: string[]): T | undefined {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    problems.push(`${shown}: ${issue.path.join('.') || '(file)'}: ${issue.message}`);
  }
  return undefined;
}

/** Cross-file rules: ids match file names, references point at intents and targets that exist. */
function checkReferences(
  bot: BotFile,
  intents: { file: string; intent: IntentFile }[],
  where: (name: string) => string,
  problems: string[],
): void {
  const intentIds = new Set(intents.map((i) => i.intent.id));
  const targetIds = new Set(bot.handoverTargets.map((t) => t.id));
  const refer = (place: string, id: string): void => {
    if (!intentIds.has(id)) problems.push(`${place}: no intent "${id}" in this bot`);
  };
  for (const [i, id] of bot.openingQuickReplies.entries()) refer(`${where('bot.yml')}: openingQuickReplies.${i}`, id);
  if (bot.id !== basename(where('.'))) {
    problems.push(`${where('bot.yml')}: id: "${bot.id}" differs from the folder name`);
  }
  if (!targetIds.has(bot.defaultHandover)) {
    problems.push(`${where('bot.yml')}: defaultHandover: no handover target "${bot.defaultHandover}"`);
  }
  for (const { file, intent } of intents) {
    const shown = where(join('intents', file));
    if (`${intent.id}.yml` !== file) problems.push(`${shown}: id: "${intent.id}" differs from the file name`);
    for (const [i, id] of intent.quickReplies.entries()) refer(`${shown}: quickReplies.${i}`, id);
    if (intent.handover && !targetIds.has(intent.handover)) {
      problems.push(`${shown}: handover: no handover target "${intent.handover}" in bot.yml`);
    }
  }
}

/** Loads `dir` (a bots/<bot-id> folder); throws ContentError listing every problem found. */
export function loadBot(dir: string, shownRoot = join(dir, '..', '..')): BotContent {
  const problems: string[] = [];
  const where = (name: string) => relative(shownRoot, join(dir, name));
  const bot = check(botSchema, readYaml(join(dir, 'bot.yml'), where('bot.yml'), problems), where('bot.yml'), problems);
  let files: string[] = [];
  try {
    files = readdirSync(join(dir, 'intents'))
      .filter((f) => f.endsWith('.yml'))
      .sort();
  } catch {
    problems.push(`${where('intents')}: folder missing`);
  }
  const intents: { file: string; intent: IntentFile }[] = [];
  for (const file of files) {
    const shown = where(join('intents', file));
    const intent = check(intentSchema, readYaml(join(dir, 'intents', file), shown, problems), shown, problems);
    if (intent) intents.push({ file, intent });
  }
  if (bot) checkReferences(bot, intents, where, problems);
  if (problems.length > 0 || !bot) throw new ContentError(problems);
  return { bot, intents: intents.map((i) => i.intent) };
}

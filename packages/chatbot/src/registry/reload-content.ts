// The admin's "content reload": read the content files again and retrain; broken content is
// refused with every problem named, and the bots already served stay as they were.
import { HttpError } from '@pulputtamo/shared';
import { ConfigError } from '@pulputtamo/shared/server';
import type { ChatbotDeps } from '../app.ts';
import { ContentError } from '../content/load-bot.ts';

export interface ReloadedBot {
  id: string;
  intents: number;
  examples: number;
}

/** One problem line `bots/x/intents/y.yml: examples.sv: …` as a problem field error. */
function fieldError(problem: string): { path: string; message: string } {
  const [file = problem, ...rest] = problem.split(': ');
  return { path: file, message: rest.join(': ') || problem };
}

export async function reloadContent(deps: Pick<ChatbotDeps, 'bots' | 'logger'>): Promise<ReloadedBot[]> {
  try {
    const bots = await deps.bots.reload();
    deps.logger.info({ bots: bots.map((b) => b.id) }, 'content reloaded');
    return bots.map((b) => ({
      id: b.id,
      intents: b.intents.length,
      examples:
        b.intents.reduce((n, i) => n + b.bot.languages.reduce((m, lang) => m + i.examples[lang].length, 0), 0) +
        b.added.length,
    }));
  } catch (err) {
    if (err instanceof ContentError) {
      throw new HttpError(422, 'The content files have errors; the bots keep their previous content.', {
        code: 'content-invalid',
        errors: err.problems.map(fieldError),
      });
    }
    if (err instanceof ConfigError) throw new HttpError(422, err.message, { code: 'content-invalid' });
    throw err;
  }
}

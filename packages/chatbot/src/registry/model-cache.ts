// Where trained models are kept between starts: the service's database, or (for tests and CLIs)
// a folder of files. Keys describe exactly what a model was trained from.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from '../db/client.ts';
import { getTrainedModel, saveTrainedModel } from '../db/trained-models.ts';

export interface ModelCache {
  /** The serialised model of `botId` trained from `key`, if kept. */
  get(botId: string, key: string): string | undefined;
  set(botId: string, key: string, model: string): void;
}

/** Keeps each bot's latest model in the `trained_models` table. */
export function createDbModelCache(db: Db, clock: () => number): ModelCache {
  return {
    get: (botId, key) => getTrainedModel(db, botId, key),
    set: (botId, key, model) => saveTrainedModel(db, botId, key, model, clock()),
  };
}

/** Keeps models as `<dir>/<botId>-<key>.json`; writes are atomic (parallel test files may race). */
export function createFileModelCache(dir: string): ModelCache {
  const file = (botId: string, key: string) => join(dir, `${botId}-${key.slice(0, 32)}.json`);
  return {
    get(botId, key) {
      try {
        return readFileSync(file(botId, key), 'utf8');
      } catch {
        return undefined; // not trained yet
      }
    },
    set(botId, key, model) {
      mkdirSync(dir, { recursive: true });
      const tmp = `${file(botId, key)}.${process.pid}.tmp`;
      writeFileSync(tmp, model);
      renameSync(tmp, file(botId, key));
    },
  };
}

// Trains a model in a worker thread (one per job), keeping the service responsive meanwhile.
import { Worker } from 'node:worker_threads';
import { deserializeModel } from '../nlu/deserialize-model.ts';
import type { NluExample, NluModel } from '../nlu/nlu-model.ts';
import type { TrainOptions } from '../nlu/train-model.ts';

const WORKER = new URL('./train-worker.ts', import.meta.url).href;
/**
 * The service runs from TypeScript source through tsx, whose `--import` hooks do not reach
 * worker threads; the worker registers them itself before loading its entry.
 */
const BOOT = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})
  .then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER)}); })`;

/** Resolves with the trained model; rejects when the worker fails. */
export function trainInWorker(examples: NluExample[], options: TrainOptions): Promise<NluModel> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(BOOT, { eval: true, workerData: { examples, options } });
    worker.once('message', (json: string) => {
      try {
        resolve(deserializeModel(json));
      } catch (err) {
        reject(err);
      }
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`the training worker exited with code ${code}`));
    });
  });
}

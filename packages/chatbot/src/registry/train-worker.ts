// Worker thread entry: trains one model from `workerData` and posts it back serialised, so that
// training never blocks the service's event loop.
import { parentPort, workerData } from 'node:worker_threads';
import type { NluExample } from '../nlu/nlu-model.ts';
import { serializeModel } from '../nlu/serialize-model.ts';
import { type TrainOptions, trainModel } from '../nlu/train-model.ts';

const input = workerData as { examples: NluExample[]; options: TrainOptions };
parentPort?.postMessage(serializeModel(trainModel(input.examples, input.options)));

// Trains an NLU model from example phrases: fits the classifier, then calibrates its confidences.
import { calibrateModel, type ValidationSet } from './calibrate-model.ts';
import { crossValidate } from './cross-validate.ts';
import { type FitOptions, fitModel } from './fit-model.ts';
import { fitTemperature } from './fit-temperature.ts';
import type { NluExample, NluModel } from './nlu-model.ts';

/** Up to this many examples, a model without validation data is calibrated by cross-validation. */
const CROSS_VALIDATION_LIMIT = 5_000;

/** Options of `trainModel`; every field is optional. */
export interface TrainOptions extends FitOptions {
  /** Held-out data for the temperature and (with out-of-scope messages) the threshold. */
  validation?: ValidationSet;
  /** Explicit out-of-scope threshold; wins over one chosen on validation data. */
  threshold?: number;
  /**
   * Without `validation`, fit the temperature by 5-fold cross-validation on the examples
   * (default: yes up to 5,000 examples, as for a bot's content; it costs five extra fits).
   */
  crossValidate?: boolean;
}

/**
 * Trains a model from examples. Deterministic: the same examples and options give the same
 * model, byte for byte once serialised.
 *
 * Calibration: with `validation`, the softmax temperature is fitted on it and, when it holds
 * out-of-scope messages, the threshold is chosen on it (most messages handled right when one
 * in five is out of scope; see `chooseThreshold`). Without, the temperature comes from cross-validation and the threshold
 * is `DEFAULT_THRESHOLD` (0.3: fall back when the best intent is under 30 % likely).
 * `options.threshold` overrides either.
 */
export function trainModel(examples: readonly NluExample[], options: TrainOptions = {}): NluModel {
  const model = fitModel(examples, options);
  if (options.validation) {
    const calibration = calibrateModel(model, options.validation);
    model.temperature = calibration.temperature;
    if (calibration.threshold !== undefined) model.threshold = calibration.threshold;
  } else if (options.crossValidate ?? (examples.length > 0 && examples.length <= CROSS_VALIDATION_LIMIT)) {
    const { outcomes } = crossValidate(examples, options);
    const scored = outcomes.flatMap(({ logits, label }) =>
      logits && Number.isFinite(logits[label]) ? [{ logits, label }] : [],
    );
    model.temperature = fitTemperature(scored);
  }
  if (options.threshold !== undefined) model.threshold = options.threshold;
  return model;
}

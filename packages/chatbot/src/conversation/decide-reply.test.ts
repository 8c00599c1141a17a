// The dialogue policy on its own, with made-up classifications (no model needed).
import { join } from 'node:path';
import { SOMETHING_ELSE } from '@pulputtamo/shared';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONTENT_DIR } from '../config.ts';
import { loadBot } from '../content/load-bot.ts';
import type { Classification } from '../nlu/nlu-model.ts';
import { servedBot } from '../registry/served-bot.ts';
import { chooseHandoverTarget, decideReply, nextState } from './decide-reply.ts';

const bot = servedBot(loadBot(join(DEFAULT_CONTENT_DIR, 'library')), [], null);
const fresh = { recentIntents: [], fallbackStreak: 0 };

function text(...ranking: [string, number][]): { kind: 'text'; classification: Classification } {
  return {
    kind: 'text',
    classification: {
      lang: 'fi',
      ranking: ranking.map(([intent, confidence]) => ({ intent, confidence })),
      outOfScope: false,
    },
  };
}

describe('decideReply', () => {
  it('answers a clear winner with its handover target', () => {
    expect(decideReply(bot, text(['lib_renew_loans', 0.8], ['lib_loan_periods', 0.1]), fresh)).toEqual({
      kind: 'answer',
      intentId: 'lib_renew_loans',
      confidence: 0.8,
      fallback: false,
      handoverTarget: bot.intentById.get('lib_renew_loans')?.handover ?? null,
    });
  });

  it('asks between the close topics (at most three), never offering small talk or out of scope', () => {
    const decision = decideReply(
      bot,
      text(['lib_renew_loans', 0.4], ['lib_greeting', 0.3], ['lib_loan_periods', 0.25], ['lib_fees_fines', 0.05]),
      fresh,
    );
    expect(decision).toEqual({
      kind: 'clarify',
      intentId: 'lib_renew_loans',
      confidence: 0.4,
      alternatives: ['lib_renew_loans', 'lib_loan_periods'],
    });
    expect(decideReply(bot, text(['lib_greeting', 0.5], ['lib_goodbye', 0.4]), fresh)).toMatchObject({
      kind: 'answer',
      intentId: 'lib_greeting',
    });
    expect(decideReply(bot, text(['lib_renew_loans', 0.5], ['lib_out_of_scope', 0.4]), fresh)).toMatchObject({
      kind: 'answer',
      intentId: 'lib_renew_loans',
    });
  });

  it('falls back under 0.30 or when the engine says out of scope, and offers a person on the second in a row', () => {
    const low = text(['lib_renew_loans', 0.29], ['lib_loan_periods', 0.1]);
    const first = decideReply(bot, low, fresh);
    expect(first).toEqual({
      kind: 'fallback',
      top: { intentId: 'lib_renew_loans', confidence: 0.29 },
      handoverTarget: null,
    });
    const second = decideReply(
      bot,
      { kind: 'text', classification: { lang: 'fi', ranking: [], outOfScope: true } },
      nextState(fresh, first),
    );
    expect(second).toEqual({ kind: 'fallback', top: null, handoverTarget: bot.bot.defaultHandover });
  });

  it('counts the out-of-scope intent and "something else" as fallbacks', () => {
    const oos = decideReply(bot, text(['lib_out_of_scope', 0.9]), fresh);
    expect(oos).toMatchObject({ kind: 'answer', fallback: true, handoverTarget: null });
    const state = nextState(fresh, oos);
    expect(state.fallbackStreak).toBe(1);
    expect(decideReply(bot, { kind: 'choice', choice: SOMETHING_ELSE }, state)).toEqual({
      kind: 'rephrase',
      handoverTarget: bot.bot.defaultHandover,
    });
    const answered = decideReply(bot, { kind: 'choice', choice: 'lib_pin_code' }, state);
    expect(nextState(state, answered)).toEqual({ recentIntents: ['lib_pin_code'], fallbackStreak: 0 });
  });

  it('routes "talk to a person" to the expert of the latest topic that has one', () => {
    expect(chooseHandoverTarget(bot, 'lib_ask_human', ['lib_opening_hours', 'lib_greeting'])).toBe(
      bot.intentById.get('lib_opening_hours')?.handover,
    );
    expect(chooseHandoverTarget(bot, 'lib_ask_human', [])).toBe(bot.intentById.get('lib_ask_human')?.handover);
  });
});

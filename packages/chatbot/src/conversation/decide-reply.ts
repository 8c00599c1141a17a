// The dialogue policy: from what the visitor sent (a classified text or a button id) and what the
// session remembers, decide whether to answer, ask "did you mean", fall back or hand over. Pure.
import { SOMETHING_ELSE } from '@pulputtamo/shared';
import type { Classification } from '../nlu/nlu-model.ts';
import type { ServedBot } from '../registry/served-bot.ts';
import { intentRole, isSmallTalk } from './intent-role.ts';

/** Below this confidence the bot does not guess (Botfront's rule of thumb). */
export const FALLBACK_BELOW = 0.3;
/** The top intent must be at least this many times as likely as the next, or the bot asks. */
export const CLEAR_WINNER_RATIO = 2;
/** At most this many intents are offered under "did you mean". */
export const MAX_ALTERNATIVES = 3;
/** Fallbacks in a row after which a person is offered directly. */
export const HANDOVER_AFTER_FALLBACKS = 2;
/** Intents remembered per session (for routing "talk to a person" to the right expert). */
export const RECENT_INTENTS = 5;

export type Input = { kind: 'text'; classification: Classification } | { kind: 'choice'; choice: string };

export interface DialogueState {
  recentIntents: string[];
  fallbackStreak: number;
}

export type Decision =
  /** Answer an intent; `fallback` is true for the bot's out-of-scope intent. */
  | { kind: 'answer'; intentId: string; confidence: number; fallback: boolean; handoverTarget: string | null }
  | { kind: 'clarify'; intentId: string; confidence: number; alternatives: string[] }
  /** Nothing fitted; `handoverTarget` is set once fallbacks came in a row. */
  | { kind: 'fallback'; top: { intentId: string; confidence: number } | null; handoverTarget: string | null }
  /** The visitor picked "something else" under "did you mean". */
  | { kind: 'rephrase'; handoverTarget: string | null };

/** The handover target for a person asked for now: the expert of what the conversation was about. */
export function chooseHandoverTarget(bot: ServedBot, intentId: string | null, recentIntents: string[]): string {
  for (const id of [...recentIntents].reverse()) {
    const target = bot.intentById.get(id)?.handover;
    if (target && intentRole(id) === 'topic') return target;
  }
  const own = intentId ? bot.intentById.get(intentId)?.handover : undefined;
  return own ?? bot.bot.defaultHandover;
}

function answer(bot: ServedBot, intentId: string, confidence: number, state: DialogueState): Decision {
  const role = intentRole(intentId);
  const fallback = role === 'out_of_scope';
  const streak = fallback ? state.fallbackStreak + 1 : 0;
  let handoverTarget = bot.intentById.get(intentId)?.handover ?? null;
  if (role === 'ask_human') handoverTarget = chooseHandoverTarget(bot, intentId, state.recentIntents);
  else if (fallback && streak >= HANDOVER_AFTER_FALLBACKS) {
    handoverTarget = chooseHandoverTarget(bot, null, state.recentIntents);
  }
  return { kind: 'answer', intentId, confidence, fallback, handoverTarget };
}

/** The intents close enough to the top one to offer as "did you mean" buttons, top first. */
function closeAlternatives(classification: Classification): string[] {
  const [top, second] = classification.ranking;
  if (!top || !second || isSmallTalk(top.intent) || intentRole(top.intent) === 'out_of_scope') return [];
  if (top.confidence >= CLEAR_WINNER_RATIO * second.confidence) return [];
  return classification.ranking
    .slice(0, MAX_ALTERNATIVES)
    .filter((r) => r.confidence * CLEAR_WINNER_RATIO > top.confidence)
    .filter((r) => !isSmallTalk(r.intent) && intentRole(r.intent) !== 'out_of_scope')
    .map((r) => r.intent);
}

/** Decides the reply. Button ids are trusted to be checked by the caller (an intent of the bot). */
export function decideReply(bot: ServedBot, input: Input, state: DialogueState): Decision {
  const fallbackTarget = (streak: number) =>
    streak >= HANDOVER_AFTER_FALLBACKS ? chooseHandoverTarget(bot, null, state.recentIntents) : null;
  if (input.kind === 'choice') {
    if (input.choice === SOMETHING_ELSE) {
      return { kind: 'rephrase', handoverTarget: fallbackTarget(state.fallbackStreak + 1) };
    }
    return answer(bot, input.choice, 1, state);
  }
  const { classification } = input;
  const top = classification.ranking[0];
  if (!top || classification.outOfScope || top.confidence < FALLBACK_BELOW) {
    return {
      kind: 'fallback',
      top: top ? { intentId: top.intent, confidence: top.confidence } : null,
      handoverTarget: fallbackTarget(state.fallbackStreak + 1),
    };
  }
  const alternatives = closeAlternatives(classification);
  if (alternatives.length >= 2) {
    return { kind: 'clarify', intentId: top.intent, confidence: top.confidence, alternatives };
  }
  return answer(bot, top.intent, top.confidence, state);
}

/** The session state after `decision`. */
export function nextState(state: DialogueState, decision: Decision): DialogueState {
  const remember = (id: string) => [...state.recentIntents.filter((i) => i !== id), id].slice(-RECENT_INTENTS);
  switch (decision.kind) {
    case 'answer':
      return {
        recentIntents: decision.fallback ? state.recentIntents : remember(decision.intentId),
        fallbackStreak: decision.fallback ? state.fallbackStreak + 1 : 0,
      };
    case 'clarify':
      return state;
    case 'fallback':
    case 'rephrase':
      return { ...state, fallbackStreak: state.fallbackStreak + 1 };
  }
}

// What part an intent plays in a conversation, from the id conventions of INTENTS.md
// (`<prefix>_greeting`, `<prefix>_out_of_scope`, …); every other intent is a topic.

export type IntentRole = 'greeting' | 'thanks' | 'goodbye' | 'ask_human' | 'capabilities' | 'out_of_scope' | 'topic';

const SUFFIXES: [string, IntentRole][] = [
  ['_greeting', 'greeting'],
  ['_thanks', 'thanks'],
  ['_goodbye', 'goodbye'],
  ['_ask_human', 'ask_human'],
  ['_bot_capabilities', 'capabilities'],
  ['_out_of_scope', 'out_of_scope'],
];

/** The role of `intentId`: a shared conversational intent, or `topic`. */
export function intentRole(intentId: string): IntentRole {
  for (const [suffix, role] of SUFFIXES) if (intentId.endsWith(suffix)) return role;
  return 'topic';
}

/** Small talk that is answered but never offered as a "did you mean" choice. */
export function isSmallTalk(intentId: string): boolean {
  const role = intentRole(intentId);
  return role === 'greeting' || role === 'thanks' || role === 'goodbye';
}

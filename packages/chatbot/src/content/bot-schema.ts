// The zod schema of a bot's content files (bots/<bot-id>/bot.yml and intents/<intent-id>.yml).
import { z } from 'zod';

export const BOT_LANGS = ['fi', 'sv', 'en'] as const;
export type BotLang = (typeof BOT_LANGS)[number];

const nonEmpty = z.string().trim().min(1, 'must not be empty');
/** One text per language; every bot speaks all three. */
export const localisedSchema = z.strictObject({ fi: nonEmpty, sv: nonEmpty, en: nonEmpty });
export type Localised = z.infer<typeof localisedSchema>;

const idSchema = z.string().regex(/^[a-z][a-z0-9_]*$/, 'lower-case letters, digits and _ only');

export const handoverTargetSchema = z.strictObject({
  id: idSchema,
  /** Who the customer reaches, e.g. "Business Kuopio business advisor". */
  role: localisedSchema,
  /** How they are reached in words (phone, address, booking page); where the City has not yet
   * filled the contact, say where to ask instead of inventing one. */
  contact: localisedSchema,
  hours: localisedSchema.nullable().default(null),
  /** Where contact requests for this target are e-mailed; null until the City fills it in
   * (requests then go to the deployment's CHATBOT_HANDOVER_EMAIL). */
  email: z.email().nullable().default(null),
  url: z
    .url({ protocol: /^https$/ })
    .nullable()
    .default(null),
});
export type HandoverTarget = z.infer<typeof handoverTargetSchema>;

export const botSchema = z.strictObject({
  /** The folder name: `businesskuopio`, `library`, `employer`, or an imported bot's own id. */
  id: z.string().regex(/^[a-z][a-z0-9_-]*$/, 'lower-case letters, digits, - and _ only'),
  name: localisedSchema,
  /** public: anyone on the internet; staff: served only by an internal deployment behind sign-in. */
  audience: z.enum(['public', 'staff']),
  languages: z.array(z.enum(BOT_LANGS)).min(1),
  defaultLanguage: z.enum(BOT_LANGS),
  greeting: localisedSchema,
  /** Topics listed as quick replies when the conversation opens (intent ids of this bot). */
  openingQuickReplies: z.array(idSchema).min(1).max(9),
  /** Said when nothing fits: admit it, invite a rephrase, offer a person. */
  fallback: localisedSchema,
  /** Said after two fallbacks in a row, together with the handover. */
  handoverOffer: localisedSchema,
  /** Said after "something else": invites the visitor to put the question in other words. */
  rephrase: localisedSchema.default({
    fi: 'Kerro kysymyksesi vielä omin sanoin, niin yritän uudelleen.',
    sv: 'Skriv gärna din fråga med andra ord, så försöker jag igen.',
    en: 'Please put your question in other words and I will try again.',
  }),
  /** Label of the "something else" button under "did you mean". */
  somethingElse: localisedSchema,
  /** The question "did you mean…?" before the alternatives. */
  didYouMean: localisedSchema,
  /** The target a handover goes to when the intent names none. */
  defaultHandover: idSchema,
  handoverTargets: z.array(handoverTargetSchema).min(1),
});
export type BotFile = z.infer<typeof botSchema>;

export const intentSchema = z.strictObject({
  id: idSchema,
  /** Readable name for "did you mean" buttons, e.g. "Kirjastokortin hankkiminen". */
  label: localisedSchema,
  examples: z.strictObject({
    fi: z.array(nonEmpty).min(12, 'needs at least 12 Finnish examples'),
    sv: z.array(nonEmpty).min(4, 'needs at least 4 Swedish examples'),
    en: z.array(nonEmpty).min(4, 'needs at least 4 English examples'),
  }),
  /** Short markdown, at most three sentences. */
  answer: localisedSchema,
  /** The one official page the answer points to. */
  link: z
    .strictObject({ url: z.url({ protocol: /^https?$/ }), label: localisedSchema })
    .nullable()
    .default(null),
  /** Follow-up intents of the same bot offered as buttons. */
  quickReplies: z.array(idSchema).max(4).default([]),
  /** Handover target offered with this answer. */
  handover: idSchema.nullable().default(null),
});
export type IntentFile = z.infer<typeof intentSchema>;

// Zod schemas and types of the chatbot service's HTTP payloads (requests and responses).
import { z } from 'zod';

export const CHAT_LANGS = ['fi', 'sv', 'en'] as const;
export const chatLangSchema = z.enum(CHAT_LANGS);
export type ChatLang = z.infer<typeof chatLangSchema>;

/** Longest message a visitor may send; a question is a few sentences, not a pasted document. */
export const CHAT_TEXT_MAX = 1_000;
export const CONTACT_MESSAGE_MAX = 4_000;

/** The choice id of the "something else" button under "did you mean". */
export const SOMETHING_ELSE = 'something_else';

const idPattern = /^[a-z][a-z0-9_]*$/;
const intentIdSchema = z.string().max(100).regex(idPattern, 'An id has lower-case letters, digits and _ only.');
const sessionIdSchema = z.uuid('A session id is the sessionId of an earlier answer.');
/** No control characters apart from tab and line breaks: binary noise is not a question. */
const readable = (max: number, what: string) =>
  z
    .string()
    .trim()
    .min(1, `The ${what} is empty.`)
    .max(max, `The ${what} has at most ${max} characters.`)
    // biome-ignore lint/suspicious/noControlCharactersInRegex: rejecting control characters is the point
    .refine((s) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/.test(s), {
      message: `The ${what} must be plain text.`,
    });

export const botIdParamSchema = z.object({
  botId: z
    .string()
    .max(64)
    .regex(/^[a-z][a-z0-9_-]*$/, 'A bot id has lower-case letters, digits, - and _ only.'),
});
export const sessionParamSchema = botIdParamSchema.extend({ sessionId: sessionIdSchema });
export const botQuerySchema = z.object({ lang: chatLangSchema.optional() });

/**
 * A visitor's message. `text` is what they typed; `choice` is the id of a quick reply or
 * "did you mean" button (an intent id, or `something_else`) and is resolved without NLU.
 * `lang` is the page's language: a hint when the text alone does not tell the language.
 */
export const sendMessageSchema = z
  .object({
    text: readable(CHAT_TEXT_MAX, 'text').optional(),
    choice: intentIdSchema.optional(),
    sessionId: sessionIdSchema.optional(),
    lang: chatLangSchema.optional(),
  })
  .refine((m) => m.text !== undefined || m.choice !== undefined, {
    path: ['text'],
    message: 'Send the question as text (or a quick reply id as choice).',
  });
export type SendMessage = z.infer<typeof sendMessageSchema>;

/** A button under an answer; sending its `id` as `choice` picks it. */
export const quickReplySchema = z.object({ id: z.string(), label: z.string() });
export type QuickReply = z.infer<typeof quickReplySchema>;

export const chatLinkSchema = z.object({ url: z.string(), label: z.string() });
export type ChatLink = z.infer<typeof chatLinkSchema>;

/** Things the widget can offer besides quick replies. */
export const CHAT_ACTIONS = ['clear-conversation', 'contact-request', 'live-chat'] as const;
export type ChatAction = (typeof CHAT_ACTIONS)[number];

export const chatAnswerSchema = z.object({
  /** Markdown as written by the content owners. */
  text: z.string(),
  /** `text` rendered to sanitised HTML. */
  html: z.string(),
  quickReplies: z.array(quickReplySchema),
  links: z.array(chatLinkSchema),
  actions: z.array(z.enum(CHAT_ACTIONS)),
});
export type ChatAnswer = z.infer<typeof chatAnswerSchema>;

/** A person the visitor can reach: who, how, and whether the contact form or live chat is offered. */
export const handoverSchema = z.object({
  /** Handover target id from the bot's content, e.g. `business_advisor`. */
  target: z.string(),
  /** How to reach them, in words. */
  contact: z.string(),
  role: z.string(),
  hours: z.string().nullable(),
  url: z.string().nullable(),
  liveChat: z.boolean(),
});
export type Handover = z.infer<typeof handoverSchema>;

export const messageReplySchema = z.object({
  sessionId: z.string(),
  /** Id of the bot's answer, for feedback. */
  messageId: z.number().int(),
  lang: chatLangSchema,
  /** The recognised intent (the best guess while asking "did you mean"); null when nothing fitted. */
  intent: z.object({ id: z.string(), confidence: z.number() }).nullable(),
  answer: chatAnswerSchema,
  /** Present when the bot asks "did you mean": the close intents, most likely first. */
  alternatives: z.array(quickReplySchema).optional(),
  handover: handoverSchema.optional(),
  /** True when the bot did not answer the question (nothing fitted, out of scope, or "something else"). */
  fallback: z.boolean(),
});
export type MessageReply = z.infer<typeof messageReplySchema>;

export const botSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  languages: z.array(chatLangSchema),
  defaultLanguage: chatLangSchema,
  audience: z.enum(['public', 'staff']),
  /** False for a few seconds after start-up while the bot's model is trained; messages get a 503 meanwhile. */
  ready: z.boolean(),
});
export type BotSummary = z.infer<typeof botSummarySchema>;
export const botListSchema = z.object({ items: z.array(botSummarySchema) });

/** What the widget shows before the first message: the greeting and the topics. */
export const botIntroSchema = botSummarySchema.extend({ lang: chatLangSchema, greeting: chatAnswerSchema });
export type BotIntro = z.infer<typeof botIntroSchema>;

export const feedbackSchema = z.object({
  sessionId: sessionIdSchema,
  messageId: z.number().int().positive(),
  helpful: z.boolean(),
});
export type Feedback = z.infer<typeof feedbackSchema>;

const phonePattern = /^\+?[0-9][0-9 ()-]{4,22}[0-9]$/;

/** A request to be contacted by a person. `target` defaults to the one last offered in the session. */
export const contactRequestSchema = z
  .object({
    sessionId: sessionIdSchema,
    name: readable(200, 'name'),
    email: z.email('Give a valid email address.').max(254).optional(),
    phone: z.string().trim().regex(phonePattern, 'Give a phone number with digits, e.g. 040 123 4567.').optional(),
    message: readable(CONTACT_MESSAGE_MAX, 'message'),
    consent: z.literal(true, 'Tick the consent: your contact details are passed to the person who contacts you.'),
    target: intentIdSchema.optional(),
  })
  .refine((r) => r.email !== undefined || r.phone !== undefined, {
    path: ['email'],
    message: 'Give an email address or a phone number so that we can contact you.',
  });
export type ContactRequest = z.infer<typeof contactRequestSchema>;

export const contactRequestReceiptSchema = z.object({
  id: z.number().int(),
  target: z.string(),
  /** `email`: queued to be mailed to the target; `stored`: kept for the admin (no address configured). */
  delivery: z.enum(['email', 'stored']),
});
export type ContactRequestReceipt = z.infer<typeof contactRequestReceiptSchema>;

export const liveChatRequestSchema = z.object({ sessionId: sessionIdSchema, target: intentIdSchema.optional() });
export const liveChatStartSchema = z.object({
  target: z.string(),
  /** Where the visitor continues with a person, when the live-chat product gives one. */
  url: z.string().nullable(),
  message: z.string().nullable(),
});
export type LiveChatStart = z.infer<typeof liveChatStartSchema>;

// Admin payloads.

export const unansweredQuerySchema = z.object({
  status: z.enum(['open', 'added', 'dismissed', 'all']).default('open'),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export const unansweredParamSchema = botIdParamSchema.extend({ id: z.coerce.number().int().positive() });

export const unansweredQuestionSchema = z.object({
  id: z.number().int(),
  /** The visitor's words with personal data redacted. */
  text: z.string(),
  lang: chatLangSchema,
  /** The engine's best guess and its confidence, when it had one. */
  topIntent: z.string().nullable(),
  confidence: z.number().nullable(),
  status: z.enum(['open', 'added', 'dismissed']),
  /** The intent the question was added to as an example. */
  intentId: z.string().nullable(),
  createdAt: z.number().int(),
});
export type UnansweredQuestion = z.infer<typeof unansweredQuestionSchema>;

export const addExampleSchema = z.object({
  intentId: intentIdSchema,
  text: readable(CHAT_TEXT_MAX, 'text').optional(),
});
export type AddExample = z.infer<typeof addExampleSchema>;

export const chatStatsQuerySchema = z.object({
  from: z.iso.date('from is a date like 2026-01-31.').optional(),
  to: z.iso.date('to is a date like 2026-01-31.').optional(),
});

export const intentStatsSchema = z.object({
  botId: z.string(),
  from: z.string().nullable(),
  to: z.string().nullable(),
  messages: z.number().int(),
  fallbacks: z.number().int(),
  clarifications: z.number().int(),
  intents: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      hits: z.number().int(),
      helpful: z.number().int(),
      notHelpful: z.number().int(),
    }),
  ),
  handovers: z.array(
    z.object({
      target: z.string(),
      offered: z.number().int(),
      contactRequests: z.number().int(),
      liveChats: z.number().int(),
    }),
  ),
});
export type IntentStats = z.infer<typeof intentStatsSchema>;

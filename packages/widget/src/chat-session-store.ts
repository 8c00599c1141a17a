// Keeps a chat conversation in sessionStorage, so it survives page loads in the same tab and is
// gone when the tab closes (a shared computer's next user does not see it).
import type { MessageReply } from '@pulputtamo/shared';
import type { Lang } from './i18n/resolve-lang.ts';

export interface ChatEntry {
  id: number;
  role: 'user' | 'bot' | 'notice';
  /** What the visitor typed or picked; the bot's markdown; or a notice from the widget. */
  text: string;
  /** The bot's answer in full (absent on the greeting and on notices). */
  reply?: MessageReply;
  /** The visitor's verdict on the answer, once given. */
  helpful?: boolean;
}

export interface SavedChat {
  sessionId: string | null;
  lang: Lang | null;
  open: boolean;
  entries: ChatEntry[];
}

const VERSION = 1;

export function chatStorageKey(apiBase: string, bot: string): string {
  return `pulputtamo-chat:${apiBase || location.origin}:${bot}`;
}

/** The saved conversation, or null when there is none (or it cannot be read). */
export function loadChat(key: string): SavedChat | null {
  try {
    const raw = sessionStorage.getItem(key);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as SavedChat & { v?: number };
    return parsed.v === VERSION && Array.isArray(parsed.entries) ? parsed : null;
  } catch {
    // Storage blocked (privacy mode) or a corrupt value: start afresh.
    return null;
  }
}

export function saveChat(key: string, chat: SavedChat): void {
  // The rendered HTML of answers is not needed again: the widget renders the markdown itself.
  const entries = chat.entries.map((e) =>
    e.reply ? { ...e, reply: { ...e.reply, answer: { ...e.reply.answer, html: '' } } } : e,
  );
  try {
    sessionStorage.setItem(key, JSON.stringify({ v: VERSION, ...chat, entries }));
  } catch {
    // Storage full or blocked: the conversation still works, it just does not survive a reload.
  }
}

export function forgetChat(key: string): void {
  try {
    sessionStorage.removeItem(key);
  } catch {
    // Nothing stored to forget.
  }
}

// <pulputtamo-chat>: a chatbot on any page — launcher button, chat panel, answers with quick replies,
// "did you mean", feedback, handover to a person, language switch and "clear conversation".
import type { BotIntro, ChatAnswer, MessageReply, SendMessage } from '@pulputtamo/shared';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import {
  ApiError,
  clearChatSession,
  defaultApiBase,
  getBotIntro,
  sendChatMessage,
  sendFeedback,
  startLiveChat,
} from '../api.ts';
import { type ChatEntry, chatStorageKey, forgetChat, loadChat, saveChat } from '../chat-session-store.ts';
import { emit } from '../emit.ts';
import { CHAT_TEXTS, type ChatTexts } from '../i18n/chat-texts.ts';
import { LANGS, type Lang, resolveLang, toLang } from '../i18n/resolve-lang.ts';
import { errorText } from '../render/error-text.ts';
import { plainText, renderMarkdown } from '../render/markdown.ts';
import { chatStyles } from '../styles/chat-styles.ts';
import { themeStyles } from '../styles/theme.ts';
import type { ContactRequestDetail } from './chat-contact-form.ts';
import './chat-contact-form.ts';

const LANG_NAMES: Record<Lang, string> = { fi: 'Suomi', sv: 'Svenska', en: 'English' };

const chatIcon = html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
  <path d="M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H8l-5 4V5a2 2 0 0 1 1-2zm3 6v2h10V9H7zm0 4v2h7v-2H7z" />
</svg>`;
const closeIcon = html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
  <path d="M18.3 5.7 12 12l6.3 6.3-1.4 1.4L10.6 13.4 4.3 19.7l-1.4-1.4L9.2 12 2.9 5.7l1.4-1.4 6.3 6.3 6.3-6.3z" />
</svg>`;
const clearIcon = html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
  <path d="M9 3h6l1 2h4v2H4V5h4l1-2zM6 8h12l-1 13H7L6 8zm4 3v7h1.5v-7H10zm3.5 0v7H15v-7h-1.5z" />
</svg>`;

interface Pending {
  payload: { text?: string; choice?: string };
  label: string;
}

/**
 * A chatbot of the Pulputtamo chatbot service. The conversation is kept in sessionStorage for the tab.
 *
 * @fires pulputtamo-chat-open - when the panel opens
 * @fires pulputtamo-chat-close - when the panel closes
 * @fires pulputtamo-chat-message - `{reply}` with each answer of the bot
 * @fires pulputtamo-chat-feedback - `{messageId, helpful}` after the visitor rated an answer
 * @fires pulputtamo-chat-contact-request - `{receipt}` after a contact request was received
 * @fires pulputtamo-chat-clear - after the conversation was cleared
 * @fires pulputtamo-chat-lang - `{lang}` when the visitor switches language
 * @csspart launcher - the button that opens the chat
 * @csspart panel - the chat panel
 * @csspart header - the panel's title bar
 * @csspart log - the list of messages
 * @csspart bot-message - a message of the bot
 * @csspart user-message - a message of the visitor
 * @csspart quick-reply - a quick-reply or "did you mean" button
 * @csspart handover - the box naming the person to contact
 * @csspart contact-form - the contact-request form
 * @csspart input - the message field
 * @csspart send-button - the send button
 * @cssprop --pulputtamo-primary - main colour (launcher, header, buttons), default #00539b
 * @cssprop --pulputtamo-on-primary - text on the main colour, default #fff
 * @cssprop --pulputtamo-bot-bubble - background of the bot's messages, default #eef2f7
 * @cssprop --pulputtamo-user-bubble - background of the visitor's messages, default the main colour
 * @cssprop --pulputtamo-on-user-bubble - text on the visitor's messages, default #fff
 * @cssprop --pulputtamo-offset - distance of the launcher and panel from the corner, default 1.25rem
 * @cssprop --pulputtamo-z-index - stacking order of the launcher and panel, default 1000
 * @cssprop --pulputtamo-font-family - font, default the system font
 * @cssprop --pulputtamo-radius - corner radius, default 8px
 */
@customElement('pulputtamo-chat')
export class PulputtamoChat extends LitElement {
  static override styles = [themeStyles, chatStyles];

  /** The bot's id on the chatbot service, e.g. `businesskuopio`. */
  @property() bot = '';
  /** Base URL of the chatbot service; default: where chat.js was loaded from. */
  @property({ attribute: 'api-base' }) apiBase = defaultApiBase();
  @property() override lang = '';
  @property({ type: Boolean, reflect: true }) open = false;

  @state() private entries: ChatEntry[] = [];
  @state() private sessionId: string | null = null;
  @state() private chosenLang: Lang | null = null;
  @state() private intro: BotIntro | null = null;
  @state() private introError = '';
  @state() private draft = '';
  @state() private pending: Pending | null = null;
  /** The last request that failed, with what retrying it does. */
  @state() private failed: { error: string; retry: () => void } | null = null;
  @state() private contactFor: { target: string; message: string } | null = null;
  @state() private announcement = '';
  @state() private feedbackError = 0;

  @query('textarea') private input?: HTMLTextAreaElement;
  @query('.launcher') private launcher?: HTMLButtonElement;
  @query('.scroll') private scroller?: HTMLElement;

  private nextId = 1;
  private restored = false;

  private get uiLang(): Lang {
    return this.chosenLang ?? toLang(this.lang) ?? resolveLang(this);
  }
  private get t(): ChatTexts {
    return CHAT_TEXTS[this.uiLang];
  }
  private get storageKey(): string {
    return chatStorageKey(this.apiBase, this.bot);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const saved = loadChat(this.storageKey);
    if (saved) {
      this.entries = saved.entries;
      this.sessionId = saved.sessionId;
      this.chosenLang = saved.lang;
      this.open ||= saved.open;
      this.nextId = Math.max(0, ...saved.entries.map((e) => e.id)) + 1;
    }
    this.restored = true;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('open') && this.open && !this.intro) void this.loadIntro();
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('entries') || changed.has('pending') || changed.has('contactFor')) this.scrollToLatest();
    if (this.restored && ['entries', 'sessionId', 'chosenLang', 'open'].some((k) => changed.has(k))) {
      saveChat(this.storageKey, {
        sessionId: this.sessionId,
        lang: this.chosenLang,
        open: this.open,
        entries: this.entries,
      });
    }
  }

  /** Opens the panel and moves focus into it. */
  async show(): Promise<void> {
    if (this.open) return;
    this.open = true;
    emit(this, 'pulputtamo-chat-open', null);
    await this.updateComplete;
    this.input?.focus();
  }

  /** Closes the panel and returns focus to the launcher. */
  async hide(): Promise<void> {
    if (!this.open) return;
    this.open = false;
    emit(this, 'pulputtamo-chat-close', null);
    await this.updateComplete;
    this.launcher?.focus();
  }

  /** Forgets the conversation here and on the service. */
  async clear(): Promise<void> {
    const sessionId = this.sessionId;
    this.entries = [];
    this.sessionId = null;
    this.contactFor = null;
    this.failed = null;
    forgetChat(this.storageKey);
    this.announcement = this.t.cleared;
    emit(this, 'pulputtamo-chat-clear', null);
    this.input?.focus();
    // Best effort: the service also forgets it after its retention period.
    if (sessionId) await clearChatSession(this.apiBase, this.bot, sessionId).catch(() => undefined);
  }

  private async loadIntro(): Promise<void> {
    this.introError = '';
    try {
      this.intro = await getBotIntro(this.apiBase, this.bot, this.uiLang);
    } catch (err) {
      this.introError = err instanceof ApiError && err.status === 404 ? this.t.unavailable : errorText(err, this.t);
    }
  }

  protected override render(): TemplateResult {
    const t = this.t;
    return html`<div lang=${this.uiLang}>
      <button
        class="launcher"
        part="launcher"
        type="button"
        aria-expanded="false"
        aria-controls="panel"
        ?hidden=${this.open}
        @click=${this.show}
      >
        ${chatIcon}<span>${t.launcher}</span>
      </button>
      <section
        id="panel"
        class="panel"
        part="panel"
        role="dialog"
        aria-modal="false"
        aria-labelledby="chat-title"
        ?hidden=${!this.open}
        @keydown=${this.onKeydown}
      >
        ${this.renderHeader()}
        <div class="scroll">
          ${
            this.introError
              ? html`<div class="alert" role="alert">
                <span>${this.introError}</span>
                <button class="btn secondary" type="button" @click=${this.loadIntro}>${t.retry}</button>
              </div>`
              : nothing
          }
          <ol class="log" part="log">
            ${this.intro ? this.renderBot(this.intro.greeting, null, this.entries.length === 0) : nothing}
            ${this.entries.map((e, i) => this.renderEntry(e, i === this.entries.length - 1))}
            ${
              this.pending
                ? html`<li class="msg user" part="user-message">${this.pending.label}</li>
                  <li class="msg bot typing" aria-hidden="true"><span></span><span></span><span></span></li>`
                : nothing
            }
          </ol>
          ${this.renderContactForm()}
        </div>
        ${this.renderComposer()}
      </section>
      <div class="sr-only" aria-live="polite" aria-atomic="true">${this.announcement}</div>
    </div>`;
  }

  private renderHeader(): TemplateResult {
    const t = this.t;
    return html`<div class="head" part="header">
      <h2 id="chat-title">${this.intro?.name ?? t.chat}</h2>
      <label class="sr-only" for="lang">${t.language}</label>
      <select id="lang" @change=${this.onLang}>
        ${LANGS.map((l) => html`<option value=${l} lang=${l} ?selected=${l === this.uiLang}>${LANG_NAMES[l]}</option>`)}
      </select>
      <button class="icon" type="button" title=${t.clear} aria-label=${t.clear} @click=${this.clear}>${clearIcon}</button>
      <button class="icon" type="button" title=${t.close} aria-label=${t.close} @click=${this.hide}>${closeIcon}</button>
    </div>`;
  }

  private renderEntry(entry: ChatEntry, latest: boolean): TemplateResult {
    if (entry.role === 'user') {
      return html`<li class="msg user" part="user-message"><span class="sr-only">${this.t.you}: </span>${entry.text}</li>`;
    }
    if (entry.role === 'notice') return html`<li><p class="notice">${entry.text}</p></li>`;
    return entry.reply ? this.renderBot(entry.reply.answer, entry, latest) : html``;
  }

  /** A bot message: the answer, its links, the person to contact, feedback and (latest only) buttons. */
  private renderBot(answer: ChatAnswer, entry: ChatEntry | null, latest: boolean): TemplateResult {
    const t = this.t;
    const reply = entry?.reply;
    const name = this.intro?.name ?? t.chat;
    return html`<li class="msg bot" part="bot-message">
      <span class="sr-only">${name}: </span>
      <div class="text">${renderMarkdown(answer.text, { newTab: t.newTab })}</div>
      ${
        answer.links.length
          ? html`<ul class="links" aria-label=${t.links}>
            ${answer.links.map(
              (l) =>
                html`<li><a href=${l.url} target="_blank" rel="noopener noreferrer"
                    >${l.label}<span class="sr-only"> ${t.newTab}</span></a
                  ></li>`,
            )}
          </ul>`
          : nothing
      }
      ${reply?.handover ? this.renderHandover(reply) : nothing}
      ${entry && reply?.intent && !reply.fallback && !reply.alternatives ? this.renderFeedback(entry, reply) : nothing}
      ${latest && !this.pending ? this.renderChoices(answer, reply) : nothing}
    </li>`;
  }

  private renderHandover(reply: MessageReply): TemplateResult {
    const h = reply.handover;
    if (!h) return html``;
    return html`<div class="handover" part="handover">
      <p><strong>${h.role}</strong></p>
      <p>${h.contact}</p>
      ${h.hours ? html`<p>${this.t.hours}: ${h.hours}</p>` : nothing}
      ${h.url ? html`<p><a href=${h.url} target="_blank" rel="noopener noreferrer">${h.url.replace(/^https?:\/\//, '').replace(/\/$/, '')}<span class="sr-only"> ${this.t.newTab}</span></a></p>` : nothing}
    </div>`;
  }

  private renderFeedback(entry: ChatEntry, reply: MessageReply): TemplateResult {
    const t = this.t;
    if (entry.helpful !== undefined) return html`<p class="feedback">${t.feedbackThanks}</p>`;
    const rate = (helpful: boolean) => () => this.onFeedback(entry, reply, helpful);
    return html`<div class="feedback" role="group" aria-labelledby="fb-${entry.id}">
      <span id="fb-${entry.id}">${t.feedbackQuestion}</span>
      <button type="button" @click=${rate(true)}>${t.helpful}</button>
      <button type="button" @click=${rate(false)}>${t.notHelpful}</button>
      ${this.feedbackError === entry.id ? html`<span class="error" role="alert">${t.errorGeneric}</span>` : nothing}
    </div>`;
  }

  private renderChoices(answer: ChatAnswer, reply: MessageReply | undefined): TemplateResult | typeof nothing {
    const t = this.t;
    const actions = answer.actions;
    const buttons: TemplateResult[] = answer.quickReplies.map(
      (q) =>
        html`<button class="choice" part="quick-reply" type="button" @click=${() => this.send({ choice: q.id }, q.label)}>
          ${q.label}
        </button>`,
    );
    if (actions.includes('contact-request') && !this.contactFor) {
      buttons.push(html`<button class="choice" part="quick-reply" type="button" @click=${() => this.openContact(reply)}>
        ${t.contactOpen}
      </button>`);
    }
    if (actions.includes('live-chat')) {
      buttons.push(
        html`<button class="choice" part="quick-reply" type="button" @click=${this.onLiveChat}>${t.liveChat}</button>`,
      );
    }
    if (actions.includes('clear-conversation')) {
      buttons.push(
        html`<button class="choice" part="quick-reply" type="button" @click=${this.clear}>${t.clear}</button>`,
      );
    }
    if (!buttons.length) return nothing;
    return html`<div class="choices" role="group" aria-label=${t.suggestions}>${buttons}</div>`;
  }

  private renderContactForm(): TemplateResult | typeof nothing {
    if (!this.contactFor || !this.sessionId) return nothing;
    return html`<pulputtamo-chat-contact-form
      exportparts="contact-form"
      api-base=${this.apiBase}
      bot=${this.bot}
      lang=${this.uiLang}
      session-id=${this.sessionId}
      target=${this.contactFor.target}
      message=${this.contactFor.message}
      @pulputtamo-chat-contact-request=${this.onContactSent}
      @pulputtamo-chat-contact-cancel=${this.closeContact}
    ></pulputtamo-chat-contact-form>`;
  }

  private renderComposer(): TemplateResult {
    const t = this.t;
    return html`<div class="composer">
      ${
        this.failed
          ? html`<div class="alert" role="alert">
            <span>${this.failed.error}</span>
            <button class="btn secondary" type="button" @click=${this.onRetry}>${t.retry}</button>
          </div>`
          : nothing
      }
      <form @submit=${this.onSubmit}>
        <label class="sr-only" for="input">${t.inputLabel}</label>
        <textarea
          id="input"
          part="input"
          rows="2"
          maxlength="1000"
          placeholder=${t.inputLabel}
          aria-describedby="input-hint"
          .value=${live(this.draft)}
          @input=${(e: Event) => {
            this.draft = (e.target as HTMLTextAreaElement).value;
          }}
          @keydown=${this.onInputKeydown}
        ></textarea>
        <button class="btn" part="send-button" type="submit" ?disabled=${this.pending !== null}>${t.send}</button>
      </form>
      <span class="hint" id="input-hint">${t.inputHint}</span>
    </div>`;
  }

  private scrollToLatest(): void {
    const scroller = this.scroller;
    const items = scroller?.querySelectorAll<HTMLElement>('ol.log > li');
    const last = items?.[items.length - 1];
    if (!scroller || !last) return;
    // A long answer is read from its start; a short one just scrolls into view.
    const form = scroller.querySelector<HTMLElement>('pulputtamo-chat-contact-form');
    if (form) scroller.scrollTop = form.offsetTop - 8;
    else if (last.offsetHeight > scroller.clientHeight) scroller.scrollTop = last.offsetTop - 8;
    else scroller.scrollTop = scroller.scrollHeight;
  }

  private async send(payload: Pending['payload'], label: string): Promise<void> {
    if (this.pending) return;
    this.failed = null;
    this.pending = { payload, label };
    this.announcement = this.t.typing;
    if (payload.text !== undefined && this.draft === payload.text) this.draft = '';
    try {
      let reply: MessageReply;
      const message = { ...payload, lang: this.uiLang };
      try {
        reply = await this.post({ ...message, ...(this.sessionId ? { sessionId: this.sessionId } : {}) });
      } catch (err) {
        // The service forgot the session (cleared or expired): carry on in a new one.
        if (!(err instanceof ApiError && err.status === 404 && this.sessionId)) throw err;
        this.sessionId = null;
        reply = await this.post(message);
      }
      this.sessionId = reply.sessionId;
      this.entries = [
        ...this.entries,
        { id: this.nextId++, role: 'user', text: label },
        { id: this.nextId++, role: 'bot', text: reply.answer.text, reply },
      ];
      this.announcement = `${this.intro?.name ?? this.t.chat}: ${plainText(reply.answer.text)}`;
      emit(this, 'pulputtamo-chat-message', { reply });
    } catch (err) {
      // Nothing looks sent that was not: the typed text goes back to the field, with a retry.
      if (payload.text !== undefined && !this.draft) this.draft = payload.text;
      this.failed = { error: errorText(err, this.t), retry: () => void this.send(payload, label) };
      this.announcement = '';
    } finally {
      this.pending = null;
    }
  }

  /** Sends one message, waiting out a bot that is still starting (503 with Retry-After) a few times. */
  private async post(message: SendMessage): Promise<MessageReply> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await sendChatMessage(this.apiBase, this.bot, message);
      } catch (err) {
        if (!(err instanceof ApiError && err.status === 503 && err.retryAfter && attempt < 4)) throw err;
        await new Promise((resolve) => setTimeout(resolve, Math.min(err.retryAfter ?? 1, 10) * 1000));
      }
    }
  }

  private onSubmit(e: Event): void {
    e.preventDefault();
    const text = this.draft.trim();
    if (!text) return;
    this.draft = text;
    void this.send({ text }, text);
    this.input?.focus();
  }

  private onInputKeydown(e: KeyboardEvent): void {
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
      e.preventDefault();
      this.onSubmit(e);
    }
  }

  private onKeydown(e: KeyboardEvent): void {
    if (e.key === 'Escape') {
      e.stopPropagation();
      void this.hide();
    }
  }

  private onRetry(): void {
    this.failed?.retry();
  }

  private async onLang(e: Event): Promise<void> {
    const lang = toLang((e.target as HTMLSelectElement).value) ?? 'fi';
    this.chosenLang = lang;
    emit(this, 'pulputtamo-chat-lang', { lang });
    await this.loadIntro();
  }

  private async onFeedback(entry: ChatEntry, reply: MessageReply, helpful: boolean): Promise<void> {
    this.feedbackError = 0;
    try {
      await sendFeedback(this.apiBase, this.bot, { sessionId: reply.sessionId, messageId: reply.messageId, helpful });
      this.entries = this.entries.map((e) => (e.id === entry.id ? { ...e, helpful } : e));
      this.announcement = this.t.feedbackThanks;
      emit(this, 'pulputtamo-chat-feedback', { messageId: reply.messageId, helpful });
      await this.updateComplete;
      this.input?.focus();
    } catch {
      this.feedbackError = entry.id;
    }
  }

  private async openContact(reply: MessageReply | undefined): Promise<void> {
    // The question the bot could not answer is a good start for the message.
    const lastQuestion = [...this.entries].reverse().find((e) => e.role === 'user')?.text ?? '';
    this.contactFor = { target: reply?.handover?.target ?? '', message: lastQuestion };
    await this.updateComplete;
    await this.renderRoot.querySelector('pulputtamo-chat-contact-form')?.focusFirst();
  }

  private closeContact = async (): Promise<void> => {
    this.contactFor = null;
    await this.updateComplete;
    this.input?.focus();
  };

  private onContactSent = async (e: CustomEvent<ContactRequestDetail>): Promise<void> => {
    this.entries = [...this.entries, { id: this.nextId++, role: 'notice', text: this.t.contactSent }];
    this.announcement = this.t.contactSent;
    emit(this, 'pulputtamo-chat-contact-request', e.detail);
    await this.closeContact();
  };

  private onLiveChat = async (): Promise<void> => {
    if (!this.sessionId) return;
    this.failed = null;
    try {
      const started = await startLiveChat(this.apiBase, this.bot, this.sessionId);
      const text = started.message ?? this.t.liveChatStarted;
      this.entries = [...this.entries, { id: this.nextId++, role: 'notice', text }];
      this.announcement = text;
      if (started.url) window.open(started.url, '_blank', 'noopener');
    } catch (err) {
      this.failed = { error: errorText(err, this.t), retry: () => void this.onLiveChat() };
    }
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'pulputtamo-chat': PulputtamoChat;
  }
}

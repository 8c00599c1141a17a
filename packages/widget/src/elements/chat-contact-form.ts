// The contact-request form inside the chat: name, email or phone, message and consent, sent to the
// person the bot handed over to.
import type { ContactRequest, ContactRequestReceipt } from '@pulputtamo/shared';
import { css, html, LitElement, nothing, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { ApiError, sendContactRequest } from '../api.ts';
import { emit } from '../emit.ts';
import { CHAT_TEXTS, type ChatTexts } from '../i18n/chat-texts.ts';
import { toLang } from '../i18n/resolve-lang.ts';
import { errorText } from '../render/error-text.ts';
import { themeStyles } from '../styles/theme.ts';

const FIELDS = ['name', 'email', 'phone', 'message', 'consent'] as const;
type Field = (typeof FIELDS)[number];

export interface ContactRequestDetail {
  receipt: ContactRequestReceipt;
}

/**
 * @fires pulputtamo-chat-contact-request - `{receipt}` after the request was received
 * @fires pulputtamo-chat-contact-cancel - when the visitor cancels
 * @csspart contact-form - the form
 */
@customElement('pulputtamo-chat-contact-form')
export class PulputtamoChatContactForm extends LitElement {
  static override styles = [
    themeStyles,
    css`
      form {
        padding: 0.75rem;
        border: 2px solid var(--_primary);
        border-radius: var(--_radius);
        background: var(--_surface);
      }
      h3 {
        margin: 0 0 0.25rem;
        font-size: 1rem;
      }
      p {
        margin: 0 0 0.75rem;
        font-size: 0.875rem;
      }
      .field {
        margin-bottom: 0.6rem;
      }
      .check {
        display: flex;
        gap: 0.5rem;
        align-items: flex-start;
        margin-bottom: 0.75rem;
        font-size: 0.9rem;
      }
      .check input {
        width: 1.2rem;
        height: 1.2rem;
        margin-top: 0.15rem;
        flex: none;
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
      }
    `,
  ];

  @property({ attribute: 'api-base' }) apiBase = '';
  @property() bot = '';
  @property() override lang = 'fi';
  @property({ attribute: 'session-id' }) sessionId = '';
  /** The handover target, e.g. `business_advisor`; default the one last offered in the session. */
  @property() target = '';
  /** Prefills the message, e.g. with the question the bot could not answer. */
  @property() message = '';

  @state() private values: Record<Exclude<Field, 'consent'>, string> = { name: '', email: '', phone: '', message: '' };
  @state() private consent = false;
  @state() private errors: Partial<Record<Field, string>> = {};
  @state() private error = '';
  @state() private sending = false;

  private get t(): ChatTexts {
    return CHAT_TEXTS[toLang(this.lang) ?? 'fi'];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.message && !this.values.message) this.values = { ...this.values, message: this.message };
  }

  /** Focuses the first field. */
  async focusFirst(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('input')?.focus();
  }

  protected override render(): TemplateResult {
    const t = this.t;
    return html`<form part="contact-form" @submit=${this.onSubmit} novalidate aria-labelledby="contact-heading">
      <h3 id="contact-heading">${t.contactHeading}</h3>
      <p id="contact-intro">${t.contactIntro}</p>
      ${this.error ? html`<div class="alert" role="alert">${this.error}</div>` : nothing}
      ${this.input('name', t.name, 'text', 'name', true)} ${this.input('email', t.email, 'email', 'email', false)}
      ${this.input('phone', t.phone, 'tel', 'tel', false)}
      <div class="field">
        <label for="message">${t.message} <span class="hint">${t.required}</span></label>
        <textarea
          id="message"
          rows="3"
          maxlength="4000"
          aria-invalid=${this.errors.message ? 'true' : 'false'}
          aria-describedby=${this.errors.message ? 'message-error' : ''}
          .value=${live(this.values.message)}
          @input=${(e: Event) => this.set('message', (e.target as HTMLTextAreaElement).value)}
        ></textarea>
        ${this.errors.message ? html`<span class="error" id="message-error">${this.errors.message}</span>` : nothing}
      </div>
      <div class="check">
        <input
          id="consent"
          type="checkbox"
          aria-invalid=${this.errors.consent ? 'true' : 'false'}
          aria-describedby=${this.errors.consent ? 'consent-error' : ''}
          .checked=${this.consent}
          @change=${(e: Event) => {
            this.consent = (e.target as HTMLInputElement).checked;
          }}
        />
        <label for="consent">${t.consent}</label>
      </div>
      ${this.errors.consent ? html`<p class="error" id="consent-error">${this.errors.consent}</p>` : nothing}
      <div class="row">
        <button class="btn" type="submit" ?disabled=${this.sending}>${t.contactSubmit}</button>
        <button class="btn secondary" type="button" @click=${this.onCancel}>${t.cancel}</button>
      </div>
    </form>`;
  }

  private input(
    id: Exclude<Field, 'consent' | 'message'>,
    label: string,
    type: string,
    autocomplete: string,
    required: boolean,
  ): TemplateResult {
    const error = this.errors[id];
    return html`<div class="field">
      <label for=${id}>${label}${required ? html` <span class="hint">${this.t.required}</span>` : nothing}</label>
      <input
        id=${id}
        type=${type}
        autocomplete=${autocomplete}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${error ? `${id}-error` : id === 'name' ? 'contact-intro' : ''}
        .value=${live(this.values[id])}
        @input=${(e: Event) => this.set(id, (e.target as HTMLInputElement).value)}
      />
      ${error ? html`<span class="error" id="${id}-error">${error}</span>` : nothing}
    </div>`;
  }

  private set(field: Exclude<Field, 'consent'>, value: string): void {
    this.values = { ...this.values, [field]: value };
  }

  private validate(): Partial<Record<Field, string>> {
    const t = this.t;
    const v = this.values;
    const errors: Partial<Record<Field, string>> = {};
    if (!v.name.trim()) errors.name = t.needName;
    if (!v.email.trim() && !v.phone.trim()) errors.email = t.needEmailOrPhone;
    if (!v.message.trim()) errors.message = t.needMessage;
    if (!this.consent) errors.consent = t.needConsent;
    return errors;
  }

  private async onSubmit(e: Event): Promise<void> {
    e.preventDefault();
    if (this.sending) return;
    this.error = '';
    this.errors = this.validate();
    if (Object.keys(this.errors).length) return this.focusInvalid();
    const v = this.values;
    const body: ContactRequest = {
      sessionId: this.sessionId,
      name: v.name.trim(),
      message: v.message.trim(),
      consent: true,
      ...(v.email.trim() ? { email: v.email.trim() } : {}),
      ...(v.phone.trim() ? { phone: v.phone.trim() } : {}),
      ...(this.target ? { target: this.target } : {}),
    };
    this.sending = true;
    try {
      const receipt = await sendContactRequest(this.apiBase, this.bot, body);
      emit<ContactRequestDetail>(this, 'pulputtamo-chat-contact-request', { receipt });
    } catch (err) {
      if (err instanceof ApiError && err.fieldErrors.length) {
        const errors: Partial<Record<Field, string>> = {};
        for (const f of err.fieldErrors) {
          const field = FIELDS.find((name) => name === f.path);
          if (field) errors[field] ??= f.message;
        }
        this.errors = errors;
        this.error = this.t.checkFields;
        return this.focusInvalid();
      }
      this.error = errorText(err, this.t);
    } finally {
      this.sending = false;
    }
  }

  private async focusInvalid(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }

  private onCancel(): void {
    emit(this, 'pulputtamo-chat-contact-cancel', null);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pulputtamo-chat-contact-form': PulputtamoChatContactForm;
  }
}

// The submit form: title, description, service, tags; similar ideas suggested while the person types.
import type { Category, Idea, SimilarIdeas } from '@pulputtamo/shared';
import { css, html, LitElement, nothing, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { ApiError, createIdea, findSimilarIdeas } from '../api.ts';
import { emit } from '../emit.ts';
import { IDEAS_TEXTS, type IdeasTexts } from '../i18n/ideas-texts.ts';
import { type Lang, toLang } from '../i18n/resolve-lang.ts';
import { errorText } from '../render/error-text.ts';
import { statusBadge, statusBadgeStyles } from '../render/status-badge.ts';
import { ideaStyles } from '../styles/idea-styles.ts';
import { themeStyles } from '../styles/theme.ts';
import type { IdeaOpenDetail } from './idea-list.ts';

const SIMILAR_DELAY_MS = 400;
const SIMILAR_MIN_CHARS = 4;
const FIELDS = ['title', 'body', 'categoryId', 'tags'] as const;

export interface IdeaSubmitDetail {
  idea: Idea;
}

/**
 * @fires pulputtamo-idea-submit - `{idea}` after the idea was created (with its owner and the bot's reason)
 * @fires pulputtamo-idea-open - `{id}` when a suggested similar idea is activated; cancelable
 * @fires pulputtamo-idea-cancel - when the person cancels the form
 * @csspart form - the form
 * @csspart similar - the similar-ideas suggestion box
 */
@customElement('pulputtamo-idea-form')
export class PulputtamoIdeaForm extends LitElement {
  static override styles = [
    themeStyles,
    ideaStyles,
    statusBadgeStyles,
    css`
      h2 {
        margin: 0 0 0.5rem;
        font-size: 1.5rem;
      }
      form {
        max-width: 46rem;
      }
      .similar {
        margin: 0 0 1rem;
        padding: 0.75rem 1rem;
        border: 2px solid var(--_primary);
        border-radius: var(--_radius);
        background: var(--_surface-alt);
      }
      .similar h3 {
        margin: 0 0 0.25rem;
        font-size: 1rem;
      }
      .similar p {
        margin: 0 0 0.5rem;
      }
      .similar ul {
        margin: 0;
        padding-left: 1.25rem;
      }
      .similar li {
        margin: 0.25rem 0;
      }
      .check {
        display: flex;
        gap: 0.5rem;
        align-items: flex-start;
        margin-bottom: 1rem;
      }
      .check input {
        width: 1.25rem;
        height: 1.25rem;
        margin-top: 0.15rem;
      }
    `,
  ];

  @property({ attribute: 'api-base' }) apiBase = '';
  @property() override lang = 'fi';
  @property({ attribute: false }) categories: Category[] = [];
  /** Prefix of the links to suggested ideas (followed by the id). */
  @property({ attribute: 'link-prefix' }) linkPrefix = '#/ideas/';

  @state() private titleText = '';
  @state() private bodyText = '';
  @state() private categoryId = '';
  @state() private tags = '';
  @state() private anonymous = false;
  @state() private similar: SimilarIdeas['items'] = [];
  @state() private errors: Record<string, string> = {};
  @state() private error = '';
  @state() private submitting = false;

  @query('h2') private headingEl?: HTMLElement;
  private similarTimer: ReturnType<typeof setTimeout> | undefined;
  private similarSeq = 0;

  private get t(): IdeasTexts {
    return IDEAS_TEXTS[this.uiLang];
  }
  private get uiLang(): Lang {
    return toLang(this.lang) ?? 'fi';
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.similarTimer);
  }

  async focusHeading(): Promise<void> {
    await this.updateComplete;
    this.headingEl?.focus();
  }

  protected override render(): TemplateResult {
    const t = this.t;
    return html`<form part="form" @submit=${this.onSubmit} novalidate aria-labelledby="form-heading">
      <h2 id="form-heading" tabindex="-1">${t.formHeading}</h2>
      <p>${t.formIntro}</p>
      ${
        this.error
          ? html`<div class="alert" role="alert">
            <span>${this.error}</span>
          </div>`
          : nothing
      }
      ${this.renderField('title', t.titleLabel, t.titleHint, true, (describedBy, invalid) => {
        return html`<input
          id="title"
          type="text"
          maxlength="120"
          required
          autocomplete="off"
          aria-describedby=${describedBy}
          aria-invalid=${invalid}
          .value=${live(this.titleText)}
          @input=${this.onTitleInput}
        />`;
      })}
      <div aria-live="polite">${this.renderSimilar()}</div>
      ${this.renderField('body', t.bodyLabel, t.bodyHint, true, (describedBy, invalid) => {
        return html`<textarea
          id="body"
          rows="6"
          maxlength="10000"
          required
          aria-describedby=${describedBy}
          aria-invalid=${invalid}
          .value=${live(this.bodyText)}
          @input=${this.onBodyInput}
        ></textarea>`;
      })}
      ${this.renderField('categoryId', t.categoryOptional, '', false, (describedBy, invalid) => {
        return html`<select id="categoryId" aria-describedby=${describedBy} aria-invalid=${invalid} @change=${this.onCategory}>
          <option value="" ?selected=${this.categoryId === ''}>${t.noCategory}</option>
          ${this.renderCategoryOptions()}
        </select>`;
      })}
      ${this.renderField('tags', t.tagsLabel, t.tagsHint, false, (describedBy, invalid) => {
        return html`<input
          id="tags"
          type="text"
          aria-describedby=${describedBy}
          aria-invalid=${invalid}
          .value=${live(this.tags)}
          @input=${(e: Event) => {
            this.tags = (e.target as HTMLInputElement).value;
          }}
        />`;
      })}
      <div class="check">
        <input
          id="anonymous"
          type="checkbox"
          .checked=${this.anonymous}
          @change=${(e: Event) => {
            this.anonymous = (e.target as HTMLInputElement).checked;
          }}
        />
        <label for="anonymous">${t.anonymousLabel}</label>
      </div>
      <div class="row">
        <button class="btn" type="submit" ?disabled=${this.submitting}>
          ${this.submitting ? t.submitting : t.submit}
        </button>
        <button class="btn secondary" type="button" @click=${this.onCancel}>${t.cancel}</button>
      </div>
    </form>`;
  }

  private renderField(
    id: (typeof FIELDS)[number],
    label: string,
    hint: string,
    required: boolean,
    control: (describedBy: string, invalid: 'true' | 'false') => TemplateResult,
  ): TemplateResult {
    const error = this.errors[id];
    const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
    return html`<div class="field">
      <label for=${id}>${label}${required ? html` <span class="hint">${this.t.required}</span>` : nothing}</label>
      ${control(describedBy, error ? 'true' : 'false')}
      ${hint ? html`<span class="hint" id="${id}-hint">${hint}</span>` : nothing}
      ${error ? html`<span class="error" id="${id}-error">${error}</span>` : nothing}
    </div>`;
  }

  private renderCategoryOptions(): TemplateResult[] {
    const lang = this.uiLang;
    return this.categories
      .filter((c) => c.parentId === null)
      .map(
        (area) => html`<optgroup label=${area.name[lang]}>
          ${this.categories
            .filter((c) => c.parentId === area.id)
            .map(
              (c) => html`<option value=${c.id} ?selected=${String(c.id) === this.categoryId}>${c.name[lang]}</option>`,
            )}
        </optgroup>`,
      );
  }

  private renderSimilar(): TemplateResult | typeof nothing {
    if (!this.similar.length) return nothing;
    const t = this.t;
    return html`<section class="similar" part="similar" aria-labelledby="similar-heading">
      <h3 id="similar-heading">${t.similarHeading}</h3>
      <p>${t.similarIntro}</p>
      <ul>
        ${this.similar.map(
          (s) => html`<li>
            <a class="link" href=${this.linkPrefix + s.id} @click=${(e: Event) => this.onOpen(e, s.id)}>${s.title}</a>
            ${statusBadge(s.status, t.statuses[s.status])} <span class="hint">${t.votes(s.voteCount)}</span>
          </li>`,
        )}
      </ul>
    </section>`;
  }

  private onTitleInput(e: Event): void {
    this.titleText = (e.target as HTMLInputElement).value;
    this.scheduleSimilar();
  }

  private onBodyInput(e: Event): void {
    this.bodyText = (e.target as HTMLTextAreaElement).value;
    this.scheduleSimilar();
  }

  private onCategory(e: Event): void {
    this.categoryId = (e.target as HTMLSelectElement).value;
  }

  private scheduleSimilar(): void {
    clearTimeout(this.similarTimer);
    const text = `${this.titleText} ${this.bodyText}`.trim();
    if (text.length < SIMILAR_MIN_CHARS) {
      this.similar = [];
      return;
    }
    this.similarTimer = setTimeout(async () => {
      const seq = ++this.similarSeq;
      try {
        const found = await findSimilarIdeas(this.apiBase, text.slice(0, 2000));
        if (seq === this.similarSeq) this.similar = found.items;
      } catch {
        // Suggestions are a help, not a must: the form works without them.
        if (seq === this.similarSeq) this.similar = [];
      }
    }, SIMILAR_DELAY_MS);
  }

  private onOpen(e: Event, id: number): void {
    if (!emit<IdeaOpenDetail>(this, 'pulputtamo-idea-open', { id }, true)) e.preventDefault();
  }

  private onCancel(): void {
    emit(this, 'pulputtamo-idea-cancel', null);
  }

  private validate(): Record<string, string> {
    const errors: Record<string, string> = {};
    const title = this.titleText.trim();
    if (title.length < 3 || title.length > 120) errors.title = this.t.titleHint;
    if (!this.bodyText.trim()) errors.body = this.t.bodyHint;
    return errors;
  }

  private async onSubmit(e: Event): Promise<void> {
    e.preventDefault();
    if (this.submitting) return;
    this.error = '';
    this.errors = this.validate();
    if (Object.keys(this.errors).length) return this.focusFirstInvalid();
    this.submitting = true;
    const tags = this.tags
      .split(',')
      .map((tag) => tag.trim())
      .filter(Boolean);
    try {
      const idea = await createIdea(this.apiBase, {
        title: this.titleText.trim(),
        body: this.bodyText.trim(),
        ...(this.categoryId ? { categoryId: Number(this.categoryId) } : {}),
        ...(tags.length ? { tags } : {}),
        ...(this.anonymous ? { anonymous: true } : {}),
      });
      this.titleText = '';
      this.bodyText = '';
      this.tags = '';
      this.categoryId = '';
      this.anonymous = false;
      this.similar = [];
      emit<IdeaSubmitDetail>(this, 'pulputtamo-idea-submit', { idea });
    } catch (err) {
      if (err instanceof ApiError && err.fieldErrors.length) {
        const errors: Record<string, string> = {};
        for (const f of err.fieldErrors) {
          const field = FIELDS.find((name) => f.path === name || f.path.startsWith(`${name}.`));
          if (field) errors[field] ??= f.message;
        }
        this.errors = errors;
        this.error = this.t.checkFields;
        return this.focusFirstInvalid();
      }
      this.error = errorText(err, this.t);
    } finally {
      this.submitting = false;
    }
  }

  private async focusFirstInvalid(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pulputtamo-idea-form': PulputtamoIdeaForm;
  }
}

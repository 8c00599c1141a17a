// One idea in full: body, owner and the bot's reason, status history, comments, and the owner's actions.
import type { Comment, IdeaDetail, Me } from '@pulputtamo/shared';
import { css, html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { ApiError, addComment, getIdea, hideComment, listComments, setVote } from '../api.ts';
import { emit } from '../emit.ts';
import { IDEAS_TEXTS, type IdeasTexts } from '../i18n/ideas-texts.ts';
import { type Lang, toLang } from '../i18n/resolve-lang.ts';
import { errorText } from '../render/error-text.ts';
import { formatDate } from '../render/format-date.ts';
import { safeHtml } from '../render/safe-html.ts';
import { statusBadge, statusBadgeStyles } from '../render/status-badge.ts';
import { voteButton, voteButtonStyles } from '../render/vote-button.ts';
import { ideaStyles } from '../styles/idea-styles.ts';
import { themeStyles } from '../styles/theme.ts';
import type { IdeaChangeDetail } from './idea-actions.ts';
import './idea-actions.ts';
import type { IdeaVoteDetail } from './idea-list.ts';

/**
 * @fires pulputtamo-idea-vote - `{id, voteCount, votedByMe}` after a thumbs-up is given or taken back
 * @fires pulputtamo-idea-comment - `{id, comment}` after the reader posted a comment
 * @csspart detail - the idea
 * @csspart comment - one comment
 */
@customElement('pulputtamo-idea-detail')
export class PulputtamoIdeaDetail extends LitElement {
  static override styles = [
    themeStyles,
    ideaStyles,
    statusBadgeStyles,
    voteButtonStyles,
    css`
      h2 {
        margin: 0 0 0.5rem;
        font-size: 1.5rem;
      }
      h3 {
        margin: 1.5rem 0 0.5rem;
        font-size: 1.15rem;
      }
      .top {
        display: flex;
        gap: 1rem;
        align-items: flex-start;
      }
      .owner {
        margin-top: 1rem;
        padding: 0.75rem 1rem;
        border-left: 4px solid var(--_primary);
        background: var(--_surface-alt);
      }
      .owner p {
        margin: 0.2rem 0;
      }
      .owner h3 {
        margin: 0;
      }
      ol.history,
      ol.comments {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      ol.history li,
      ol.comments li {
        padding: 0.6rem 0;
        border-bottom: 1px solid #d9dde2;
      }
      .comment-head {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem 0.75rem;
        align-items: baseline;
        font-size: 0.9rem;
      }
      .comment-head strong {
        font-size: 1rem;
      }
      li.kind-bot,
      li.kind-status {
        padding-left: 0.75rem;
        border-left: 3px solid var(--_border);
      }
      .placeholder {
        color: var(--_muted);
        font-style: italic;
      }
      .tags {
        display: flex;
        flex-wrap: wrap;
        gap: 0.35rem;
        list-style: none;
        padding: 0;
        margin: 0.5rem 0;
      }
      .tags li {
        padding: 0 0.5rem;
        border-radius: 4px;
        background: var(--_surface-alt);
        font-size: 0.875rem;
      }
      form.comment {
        margin-top: 1rem;
      }
      .hide-form {
        margin-top: 0.5rem;
      }
      .small {
        min-height: 2rem;
        padding: 0.15rem 0.6rem;
        font-size: 0.875rem;
      }
    `,
  ];

  @property({ attribute: 'api-base' }) apiBase = '';
  @property() override lang = 'fi';
  @property({ attribute: false }) me: Me | null = null;
  @property({ type: Number, attribute: 'idea-id' }) ideaId = 0;

  @state() private idea: IdeaDetail | null = null;
  @state() private comments: Comment[] = [];
  @state() private error = '';
  @state() private loading = false;
  @state() private voting = false;
  @state() private draft = '';
  @state() private commentError = '';
  @state() private posting = false;
  @state() private hidingId = 0;
  @state() private hideReason = '';
  @state() private hideError = '';
  @state() private announcement = '';

  @query('h2') private headingEl?: HTMLElement;
  private focusPending = false;

  private get t(): IdeasTexts {
    return IDEAS_TEXTS[this.uiLang];
  }
  private get uiLang(): Lang {
    return toLang(this.lang) ?? 'fi';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('ideaId') || changed.has('apiBase')) && this.ideaId) void this.load();
  }

  /** Moves focus to the idea's title (after navigation), as soon as the idea has loaded. */
  focusHeading(): void {
    this.focusPending = true;
    this.requestUpdate();
  }

  protected override updated(): void {
    if (this.focusPending && this.headingEl) {
      this.focusPending = false;
      this.headingEl.focus();
    }
  }

  async load(): Promise<void> {
    this.loading = true;
    this.error = '';
    try {
      const [idea, comments] = await Promise.all([
        getIdea(this.apiBase, this.ideaId),
        listComments(this.apiBase, this.ideaId),
      ]);
      this.idea = idea;
      this.comments = comments.items;
    } catch (err) {
      this.error = errorText(err, this.t);
    } finally {
      this.loading = false;
    }
  }

  protected override render(): TemplateResult {
    const t = this.t;
    const idea = this.idea;
    if (!idea || idea.id !== this.ideaId) {
      return html`${
        this.error
          ? html`<div class="alert" role="alert">
            <span>${this.error}</span>
            <button class="btn secondary" type="button" @click=${this.load}>${t.retry}</button>
          </div>`
          : html`<p role="status">${t.loading}</p>`
      }`;
    }
    const lang = this.uiLang;
    return html`<article part="detail" aria-labelledby="idea-title">
      <div class="top">
        ${voteButton({
          idea,
          me: this.me,
          texts: t,
          busy: this.voting,
          describedBy: 'idea-title',
          onToggle: this.onVote,
        })}
        <div>
          <h2 id="idea-title" tabindex="-1">${idea.title}</h2>
          <p class="meta">
            ${statusBadge(idea.status, t.statuses[idea.status])}
            ${idea.category ? html`<span>${idea.category.name[lang]}</span>` : nothing}
            <span>${t.author}: ${idea.author ? idea.author.displayName : t.anonymous}</span>
            <span>${t.submitted} <time datetime=${idea.createdAt}>${formatDate(idea.createdAt, lang)}</time></span>
            <span>${t.votes(idea.voteCount)}</span>
          </p>
        </div>
      </div>
      ${this.error ? html`<div class="alert" role="alert">${this.error}</div>` : nothing}
      <p class="sr-only" role="status">${this.announcement}</p>
      <div class="prose">${safeHtml(idea.bodyHtml)}</div>
      ${
        idea.tags.length
          ? html`<ul class="tags" aria-label=${t.tags}>
            ${idea.tags.map((tag) => html`<li>${tag}</li>`)}
          </ul>`
          : nothing
      }
      ${
        idea.mergedInto
          ? html`<p>${t.mergedInto} <a class="link" href="#/ideas/${idea.mergedInto.id}">${idea.mergedInto.title}</a></p>`
          : nothing
      }
      ${
        idea.duplicates.length
          ? html`<p>${t.duplicates}:</p>
            <ul>
              ${idea.duplicates.map((d) => html`<li><a class="link" href="#/ideas/${d.id}">${d.title}</a></li>`)}
            </ul>`
          : nothing
      }
      <section class="owner" part="owner" aria-labelledby="owner-heading">
        <h3 id="owner-heading">${t.owner}</h3>
        <p><strong>${idea.owner?.displayName ?? t.noOwner}</strong></p>
        ${
          idea.ownerReason
            ? html`<p><span class="label">${t.ownerReason}</span> ${idea.ownerReason[lang]}</p>
              <p class="hint">${idea.ownerAssignedBy === 'person' ? t.ownerByPerson : t.ownerByBot}</p>`
            : nothing
        }
      </section>
      <pulputtamo-idea-actions
        exportparts="actions"
        api-base=${this.apiBase}
        lang=${lang}
        .me=${this.me}
        .idea=${idea}
        @pulputtamo-idea-change=${this.onChange}
      ></pulputtamo-idea-actions>
      ${this.renderHistory(idea)} ${this.renderComments()}
    </article>`;
  }

  private renderHistory(idea: IdeaDetail): TemplateResult {
    const t = this.t;
    const lang = this.uiLang;
    return html`<section aria-labelledby="history-heading">
      <h3 id="history-heading">${t.historyHeading}</h3>
      ${
        idea.history.length
          ? html`<ol class="history">
            ${idea.history.map(
              (h) => html`<li>
                <div class="comment-head">
                  <span>${statusBadge(h.from, t.statuses[h.from])} → ${statusBadge(h.to, t.statuses[h.to])}</span>
                  <time datetime=${h.at}>${formatDate(h.at, lang)}</time>
                  ${h.changedBy ? html`<span>${t.by(h.changedBy.displayName)}</span>` : nothing}
                </div>
                ${h.responseHtml ? html`<div class="prose">${safeHtml(h.responseHtml)}</div>` : nothing}
              </li>`,
            )}
          </ol>`
          : html`<p>${t.noHistory}</p>`
      }
    </section>`;
  }

  private renderComments(): TemplateResult {
    const t = this.t;
    const moderator = this.me?.role === 'moderator' || this.me?.role === 'admin';
    return html`<section aria-labelledby="comments-heading">
      <h3 id="comments-heading">${t.commentsHeading} (${this.comments.length})</h3>
      ${
        this.comments.length
          ? html`<ol class="comments">
            ${this.comments.map((c) => this.renderComment(c, moderator))}
          </ol>`
          : html`<p>${t.noComments}</p>`
      }
      <form class="comment" @submit=${this.onComment} novalidate>
        <div class="field">
          <label for="comment">${t.commentLabel}</label>
          <textarea
            id="comment"
            rows="3"
            maxlength="5000"
            aria-invalid=${this.commentError ? 'true' : 'false'}
            aria-describedby=${this.commentError ? 'comment-error' : ''}
            .value=${live(this.draft)}
            @input=${(e: Event) => {
              this.draft = (e.target as HTMLTextAreaElement).value;
            }}
          ></textarea>
          ${this.commentError ? html`<span class="error" id="comment-error">${this.commentError}</span>` : nothing}
        </div>
        <button class="btn" type="submit" ?disabled=${this.posting}>${t.addComment}</button>
      </form>
    </section>`;
  }

  private renderComment(c: Comment, moderator: boolean): TemplateResult {
    const t = this.t;
    const who = c.kind === 'bot' ? t.botComment : (c.author?.displayName ?? t.anonymous);
    let body: TemplateResult;
    if (c.deleted) body = html`<p class="placeholder">${t.deletedComment}</p>`;
    else if (c.hidden) body = html`<p class="placeholder">${t.hiddenComment(c.hidden.reason)}</p>`;
    else body = html`<div class="prose">${safeHtml(c.bodyHtml)}</div>`;
    const canHide = moderator && c.kind === 'user' && !c.hidden && !c.deleted;
    return html`<li class="kind-${c.kind}" part="comment">
      <div class="comment-head">
        <strong>${who}</strong>
        ${c.kind === 'status' ? html`<span>${t.statusComment}</span>` : nothing}
        <time datetime=${c.createdAt}>${formatDate(c.createdAt, this.uiLang)}</time>
        ${c.editedAt ? html`<span>${t.edited}</span>` : nothing}
      </div>
      ${body} ${canHide ? this.renderHideComment(c) : nothing}
    </li>`;
  }

  private renderHideComment(c: Comment): TemplateResult {
    const t = this.t;
    if (this.hidingId !== c.id) {
      return html`<button class="btn secondary small" type="button" @click=${() => this.startHide(c.id)}>
        ${t.hideComment}
      </button>`;
    }
    return html`<form class="hide-form" @submit=${this.onHideComment} novalidate>
      <div class="field">
        <label for="hide-reason">${t.hideReason}</label>
        <input
          id="hide-reason"
          type="text"
          maxlength="500"
          aria-invalid=${this.hideError ? 'true' : 'false'}
          aria-describedby=${this.hideError ? 'hide-error' : ''}
          .value=${live(this.hideReason)}
          @input=${(e: Event) => {
            this.hideReason = (e.target as HTMLInputElement).value;
          }}
        />
        ${this.hideError ? html`<span class="error" id="hide-error">${this.hideError}</span>` : nothing}
      </div>
      <div class="row">
        <button class="btn small" type="submit">${t.hideComment}</button>
        <button class="btn secondary small" type="button" @click=${() => this.startHide(0)}>${t.cancel}</button>
      </div>
    </form>`;
  }

  private onVote = async (): Promise<void> => {
    const idea = this.idea;
    if (!idea) return;
    this.voting = true;
    try {
      const result = await setVote(this.apiBase, idea.id, !idea.votedByMe);
      this.idea = { ...idea, ...result };
      this.announcement = result.votedByMe ? this.t.voteAdded(result.voteCount) : this.t.voteRemoved(result.voteCount);
      emit<IdeaVoteDetail>(this, 'pulputtamo-idea-vote', { id: idea.id, ...result });
    } catch (err) {
      this.error = errorText(err, this.t);
    } finally {
      this.voting = false;
    }
  };

  private async onComment(e: Event): Promise<void> {
    e.preventDefault();
    const idea = this.idea;
    if (!idea || this.posting) return;
    this.commentError = '';
    this.posting = true;
    try {
      const comment = await addComment(this.apiBase, idea.id, this.draft);
      this.comments = [...this.comments, comment];
      this.idea = { ...idea, commentCount: idea.commentCount + 1 };
      this.draft = '';
      this.announcement = this.t.commentAdded;
      emit(this, 'pulputtamo-idea-comment', { id: idea.id, comment });
    } catch (err) {
      this.commentError =
        err instanceof ApiError && err.fieldErrors[0] ? err.fieldErrors[0].message : errorText(err, this.t);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#comment')?.focus();
    } finally {
      this.posting = false;
    }
  }

  private async startHide(id: number): Promise<void> {
    const previous = this.hidingId;
    this.hidingId = id;
    this.hideReason = '';
    this.hideError = '';
    await this.updateComplete;
    if (id) this.renderRoot.querySelector<HTMLElement>('#hide-reason')?.focus();
    else this.renderRoot.querySelectorAll<HTMLElement>('li.kind-user button')[this.indexOfComment(previous)]?.focus();
  }

  private indexOfComment(id: number): number {
    return this.comments.filter((c) => c.kind === 'user' && !c.hidden && !c.deleted).findIndex((c) => c.id === id);
  }

  private async onHideComment(e: Event): Promise<void> {
    e.preventDefault();
    const idea = this.idea;
    if (!idea) return;
    try {
      const hidden = await hideComment(this.apiBase, idea.id, this.hidingId, this.hideReason);
      this.comments = this.comments.map((c) => (c.id === hidden.id ? hidden : c));
      this.hidingId = 0;
    } catch (err) {
      this.hideError =
        err instanceof ApiError && err.fieldErrors[0] ? err.fieldErrors[0].message : errorText(err, this.t);
    }
  }

  private async onChange(e: CustomEvent<IdeaChangeDetail>): Promise<void> {
    this.idea = e.detail.idea;
    try {
      this.comments = (await listComments(this.apiBase, e.detail.idea.id)).items;
    } catch (err) {
      this.error = errorText(err, this.t);
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pulputtamo-idea-detail': PulputtamoIdeaDetail;
  }
}

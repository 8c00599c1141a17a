// The idea board: sort, filter and search the ideas, thumbs-up them; or a compact list for a side column.
import type { Category, Idea, IdeaSort, IdeaStatus, Me } from '@pulputtamo/shared';
import { css, html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { type IdeaQuery, listIdeas, setVote } from '../api.ts';
import { emit } from '../emit.ts';
import { IDEAS_TEXTS, type IdeasTexts } from '../i18n/ideas-texts.ts';
import { type Lang, toLang } from '../i18n/resolve-lang.ts';
import { errorText } from '../render/error-text.ts';
import { formatAgo, formatDate } from '../render/format-date.ts';
import { statusBadge, statusBadgeStyles } from '../render/status-badge.ts';
import { voteButton, voteButtonStyles } from '../render/vote-button.ts';
import { ideaStyles } from '../styles/idea-styles.ts';
import { themeStyles } from '../styles/theme.ts';

const SORTS: IdeaSort[] = ['trending', 'top', 'new', 'answered'];
const STATUSES: IdeaStatus[] = ['new', 'under_review', 'planned', 'in_progress', 'implemented', 'declined'];
const SEARCH_DELAY_MS = 350;

export interface IdeaOpenDetail {
  id: number;
}
export interface IdeaVoteDetail {
  id: number;
  voteCount: number;
  votedByMe: boolean;
}

/**
 * A list of ideas. As a board it has sort, status, service and search controls, thumbs-up buttons and
 * "show more"; `compact` shows only titles, statuses and counts (for an intranet side column).
 *
 * @fires pulputtamo-idea-open - `{id}` when an idea's title is activated; cancelable (then the link is not followed)
 * @fires pulputtamo-idea-vote - `{id, voteCount, votedByMe}` after a thumbs-up is given or taken back
 * @csspart card - one idea on the board
 * @csspart status-badge - the status label
 * @csspart vote-button - the thumbs-up toggle
 */
@customElement('pulputtamo-idea-list')
export class PulputtamoIdeaList extends LitElement {
  static override styles = [
    themeStyles,
    ideaStyles,
    statusBadgeStyles,
    voteButtonStyles,
    css`
      .toolbar {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr));
        gap: 0.5rem 1rem;
        align-items: end;
        margin-bottom: 1rem;
      }
      .toolbar .field {
        margin: 0;
      }
      .search {
        display: flex;
        gap: 0.5rem;
        grid-column: 1 / -1;
        align-items: end;
      }
      .search .field {
        flex: 1;
      }
      ul.cards {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: 0.75rem;
      }
      .card {
        display: flex;
        gap: 1rem;
        padding: 1rem;
        border: 1px solid #c8cdd3;
        border-radius: var(--_radius);
        background: var(--_surface);
      }
      .card h3 {
        margin: 0 0 0.25rem;
        font-size: 1.1rem;
      }
      .excerpt {
        margin: 0 0 0.4rem;
        display: -webkit-box;
        -webkit-line-clamp: 2;
        -webkit-box-orient: vertical;
        overflow: hidden;
      }
      .more {
        margin-top: 1rem;
        text-align: center;
      }
      ol.compact {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      ol.compact li {
        padding: 0.5rem 0;
        border-bottom: 1px solid #d9dde2;
      }
      ol.compact a {
        font-weight: 600;
      }
      .compact-meta {
        display: flex;
        flex-wrap: wrap;
        gap: 0.4rem;
        align-items: center;
        margin-top: 0.2rem;
        color: var(--_muted);
        font-size: 0.875rem;
      }
      .compact-links {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1rem;
        margin-top: 0.75rem;
      }
      h2 {
        margin: 0 0 0.75rem;
        font-size: 1.25rem;
      }
    `,
  ];

  @property({ attribute: 'api-base' }) apiBase = '';
  @property() override lang = 'fi';
  @property({ attribute: false }) me: Me | null = null;
  @property({ attribute: false }) categories: Category[] = [];
  /** Compact list for a side column: `new` for the latest, `top` for the most popular. */
  @property({ type: Boolean }) compact = false;
  @property() sort: IdeaSort = 'trending';
  @property({ type: Number }) category: number | undefined = undefined;
  @property({ type: Number }) limit = 20;
  /** Where an idea's link points: this prefix followed by the idea's id. */
  @property({ attribute: 'link-prefix' }) linkPrefix = '#/ideas/';
  /** In compact mode, the links under the list ("all ideas", "submit an idea"). */
  @property({ attribute: 'app-url' }) appUrl = '';
  @property() heading = '';

  @state() private items: Idea[] = [];
  @state() private nextCursor: string | null = null;
  @state() private loading = false;
  @state() private error = '';
  @state() private status: IdeaStatus | '' = '';
  @state() private q = '';
  @state() private voting = new Set<number>();
  @state() private announcement = '';

  @query('h2') private headingEl?: HTMLElement;
  private searchTimer: ReturnType<typeof setTimeout> | undefined;
  private requestSeq = 0;

  private get t(): IdeasTexts {
    return IDEAS_TEXTS[toLang(this.lang) ?? 'fi'];
  }
  private get uiLang(): Lang {
    return toLang(this.lang) ?? 'fi';
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.searchTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('apiBase') || changed.has('sort') || changed.has('category') || changed.has('limit')) {
      void this.load();
    }
  }

  /** Reloads the first page (e.g. after an idea elsewhere changed). */
  async load(append = false): Promise<void> {
    const seq = ++this.requestSeq;
    this.loading = true;
    this.error = '';
    const q: IdeaQuery = { sort: this.sort, limit: this.limit };
    if (this.category) q.category = this.category;
    if (this.status) q.status = this.status;
    if (this.q.trim()) q.q = this.q.trim();
    if (append && this.nextCursor) q.cursor = this.nextCursor;
    try {
      const page = await listIdeas(this.apiBase, q);
      if (seq !== this.requestSeq) return;
      this.items = append ? [...this.items, ...page.items] : page.items;
      this.nextCursor = page.nextCursor;
      this.announcement = this.items.length ? this.t.showing(this.items.length) : this.t.noIdeas;
    } catch (err) {
      if (seq !== this.requestSeq) return;
      this.error = errorText(err, this.t);
    } finally {
      if (seq === this.requestSeq) this.loading = false;
    }
  }

  /** Moves focus to the list's heading (after navigation). */
  focusHeading(): void {
    this.headingEl?.focus();
  }

  protected override render(): TemplateResult {
    return this.compact ? this.renderCompact() : this.renderBoard();
  }

  private renderCompact(): TemplateResult {
    const t = this.t;
    const heading = this.heading || (this.sort === 'top' ? t.topHeading : t.latestHeading);
    return html`<section part="compact" aria-labelledby="compact-heading">
      <h2 id="compact-heading" tabindex="-1">${heading}</h2>
      ${this.renderStatus()}
      ${
        this.items.length
          ? html`<ol class="compact">
            ${this.items.map(
              (idea) => html`<li>
                <a class="link" href=${this.linkPrefix + idea.id} @click=${(e: Event) => this.onOpen(e, idea.id)}
                  >${idea.title}</a
                >
                <div class="compact-meta">
                  ${statusBadge(idea.status, t.statuses[idea.status])}
                  <span>${t.votes(idea.voteCount)}</span>
                  <span>${t.commentCount(idea.commentCount)}</span>
                </div>
              </li>`,
            )}
          </ol>`
          : nothing
      }
      ${
        this.appUrl
          ? html`<p class="compact-links">
            <a class="link" href=${this.appUrl}>${t.showAll}</a>
            <a class="link" href=${`${this.appUrl}#/new`}>${t.submitIdea}</a>
          </p>`
          : nothing
      }
    </section>`;
  }

  private renderBoard(): TemplateResult {
    const t = this.t;
    return html`<section part="board" aria-labelledby="board-heading">
      <h2 id="board-heading" tabindex="-1">${t.ideasHeading}</h2>
      <div class="toolbar" role="group" aria-label=${t.filters}>
        <form class="search" role="search" @submit=${this.onSearchSubmit}>
          <div class="field">
            <label for="q">${t.searchLabel}</label>
            <input id="q" type="search" .value=${this.q} @input=${this.onSearchInput} maxlength="200" />
          </div>
          <button class="btn secondary" type="submit">${t.search}</button>
        </form>
        <div class="field">
          <label for="sort">${t.sortLabel}</label>
          <select id="sort" @change=${this.onSort}>
            ${SORTS.map((s) => html`<option value=${s} ?selected=${s === this.sort}>${t.sorts[s]}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="status">${t.statusLabel}</label>
          <select id="status" @change=${this.onStatus}>
            <option value="" ?selected=${this.status === ''}>${t.allStatuses}</option>
            ${STATUSES.map((s) => html`<option value=${s} ?selected=${s === this.status}>${t.statuses[s]}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="category">${t.categoryLabel}</label>
          <select id="category" @change=${this.onCategory}>
            <option value="" ?selected=${!this.category}>${t.allCategories}</option>
            ${this.renderCategoryOptions()}
          </select>
        </div>
      </div>
      ${this.renderStatus()}
      ${
        this.items.length
          ? html`<ul class="cards">
            ${this.items.map((idea) => this.renderCard(idea))}
          </ul>`
          : nothing
      }
      ${
        this.nextCursor
          ? html`<div class="more">
            <button class="btn secondary" type="button" ?disabled=${this.loading} @click=${() => this.load(true)}>
              ${t.loadMore}
            </button>
          </div>`
          : nothing
      }
    </section>`;
  }

  private renderCategoryOptions(): TemplateResult[] {
    const lang = this.uiLang;
    const areas = this.categories.filter((c) => c.parentId === null);
    return areas.map(
      (area) => html`<optgroup label=${area.name[lang]}>
        <option value=${area.id} ?selected=${area.id === this.category}>${area.name[lang]}</option>
        ${this.categories
          .filter((c) => c.parentId === area.id)
          .map((c) => html`<option value=${c.id} ?selected=${c.id === this.category}>${c.name[lang]}</option>`)}
      </optgroup>`,
    );
  }

  private renderStatus(): TemplateResult {
    const t = this.t;
    return html`${
      this.error
        ? html`<div class="alert" role="alert">
          <span>${this.error}</span>
          <button class="btn secondary" type="button" @click=${() => this.load()}>${t.retry}</button>
        </div>`
        : nothing
    }
      <p class="sr-only" role="status">${this.loading ? t.loading : this.announcement}</p>
      ${this.loading && !this.items.length ? html`<p class="hint" aria-hidden="true">${t.loading}</p>` : nothing}
      ${!this.loading && !this.error && !this.items.length ? html`<p>${t.noIdeas}</p>` : nothing}`;
  }

  private renderCard(idea: Idea): TemplateResult {
    const t = this.t;
    const lang = this.uiLang;
    const titleId = `title-${idea.id}`;
    return html`<li class="card" part="card">
      <div>
        ${voteButton({
          idea,
          me: this.me,
          texts: t,
          busy: this.voting.has(idea.id),
          describedBy: titleId,
          onToggle: () => this.onVote(idea),
        })}
      </div>
      <div>
        <h3 id=${titleId}>
          <a class="link" href=${this.linkPrefix + idea.id} @click=${(e: Event) => this.onOpen(e, idea.id)}
            >${idea.title}</a
          >
        </h3>
        <p class="excerpt">${idea.body}</p>
        <p class="meta">
          ${statusBadge(idea.status, t.statuses[idea.status])}
          ${idea.category ? html`<span>${idea.category.name[lang]}</span>` : nothing}
          <span>${t.owner}: ${idea.owner?.displayName ?? t.noOwner}</span>
          <span>${t.commentCount(idea.commentCount)}</span>
          <time datetime=${idea.createdAt} title=${formatDate(idea.createdAt, lang)}
            >${formatAgo(idea.createdAt, lang)}</time
          >
        </p>
      </div>
    </li>`;
  }

  private onOpen(e: Event, id: number): void {
    if (!emit<IdeaOpenDetail>(this, 'pulputtamo-idea-open', { id }, true)) e.preventDefault();
  }

  private async onVote(idea: Idea): Promise<void> {
    this.voting = new Set(this.voting).add(idea.id);
    try {
      const result = await setVote(this.apiBase, idea.id, !idea.votedByMe);
      this.items = this.items.map((i) => (i.id === idea.id ? { ...i, ...result } : i));
      this.announcement = result.votedByMe ? this.t.voteAdded(result.voteCount) : this.t.voteRemoved(result.voteCount);
      emit<IdeaVoteDetail>(this, 'pulputtamo-idea-vote', { id: idea.id, ...result });
    } catch (err) {
      this.error = errorText(err, this.t);
    } finally {
      const next = new Set(this.voting);
      next.delete(idea.id);
      this.voting = next;
    }
  }

  private onSearchInput(e: Event): void {
    this.q = (e.target as HTMLInputElement).value;
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => void this.load(), SEARCH_DELAY_MS);
  }

  private onSearchSubmit(e: Event): void {
    e.preventDefault();
    clearTimeout(this.searchTimer);
    void this.load();
  }

  private onSort(e: Event): void {
    this.sort = (e.target as HTMLSelectElement).value as IdeaSort;
  }

  private onStatus(e: Event): void {
    this.status = (e.target as HTMLSelectElement).value as IdeaStatus | '';
    void this.load();
  }

  private onCategory(e: Event): void {
    const value = (e.target as HTMLSelectElement).value;
    this.category = value ? Number(value) : undefined;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pulputtamo-idea-list': PulputtamoIdeaList;
  }
}

// <pulputtamo-ideas>: the idea platform on any intranet page — the board with idea pages and the
// submit form, or a compact list of the latest or most popular ideas for a side column.
import type { Category, Me } from '@pulputtamo/shared';
import { css, html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ApiError, defaultApiBase, getMe, listCategories } from '../api.ts';
import { IDEAS_TEXTS, type IdeasTexts } from '../i18n/ideas-texts.ts';
import { type Lang, resolveLang, toLang } from '../i18n/resolve-lang.ts';
import { errorText } from '../render/error-text.ts';
import { ideaStyles } from '../styles/idea-styles.ts';
import { themeStyles } from '../styles/theme.ts';
import './idea-detail.ts';
import './idea-form.ts';
import './idea-list.ts';
import type { IdeaSubmitDetail } from './idea-form.ts';
import type { IdeaOpenDetail } from './idea-list.ts';

export type IdeasView = 'board' | 'latest' | 'top';
type Route = { name: 'list' } | { name: 'detail'; id: number } | { name: 'new' };

/** `#/ideas/12` → the idea, `#/new` → the form, anything else → the list. */
export function routeFromHash(hash: string): Route {
  const idea = /^#\/ideas\/(\d+)$/.exec(hash);
  if (idea) return { name: 'detail', id: Number(idea[1]) };
  if (hash === '#/new') return { name: 'new' };
  return { name: 'list' };
}

function hashOf(route: Route): string {
  if (route.name === 'detail') return `#/ideas/${route.id}`;
  if (route.name === 'new') return '#/new';
  return '#/';
}

interface FocusableView extends LitElement {
  focusHeading(): void | Promise<void>;
}

/**
 * The idea platform: the board (sorts, filters, search, thumbs-up, statuses, owners), an idea's page
 * (body, comments, status history, owner and the bot's reason, owner/admin actions) and the submit
 * form with similar-idea suggestions. `view="latest"` or `view="top"` is a compact list.
 *
 * @fires pulputtamo-idea-open - `{id}` when an idea is opened; cancelable (the host page may route itself)
 * @fires pulputtamo-idea-submit - `{idea}` after a new idea was created
 * @fires pulputtamo-idea-vote - `{id, voteCount, votedByMe}` after a thumbs-up changed
 * @fires pulputtamo-idea-comment - `{id, comment}` after a comment was posted
 * @fires pulputtamo-idea-change - `{idea}` after a status change or a hand-over
 * @fires pulputtamo-idea-delete - `{id}` after an idea was hidden
 * @csspart nav - the navigation row above the board, an idea or the form
 * @csspart card - an idea on the board
 * @csspart status-badge - a status label
 * @csspart vote-button - a thumbs-up toggle
 * @cssprop --pulputtamo-primary - main colour (buttons, links, borders), default #00539b
 * @cssprop --pulputtamo-on-primary - text on the main colour, default #fff
 * @cssprop --pulputtamo-surface - background, default #fff
 * @cssprop --pulputtamo-surface-alt - background of boxes, default #f1f4f8
 * @cssprop --pulputtamo-text - text colour, default #1b1b1b
 * @cssprop --pulputtamo-muted - secondary text, default #545454
 * @cssprop --pulputtamo-border - input borders, default #767676
 * @cssprop --pulputtamo-focus - focus ring, default #b35c00
 * @cssprop --pulputtamo-radius - corner radius, default 8px
 * @cssprop --pulputtamo-font-family - font, default the system font
 */
@customElement('pulputtamo-ideas')
export class PulputtamoIdeas extends LitElement {
  static override styles = [
    themeStyles,
    ideaStyles,
    css`
      .nav {
        display: flex;
        flex-wrap: wrap;
        justify-content: space-between;
        gap: 0.5rem;
        margin-bottom: 1rem;
      }
    `,
  ];

  /** Base URL of the ideas service; default: where ideas.js was loaded from. */
  @property({ attribute: 'api-base' }) apiBase = defaultApiBase();
  @property() view: IdeasView = 'board';
  /** A category id or slug to show only its ideas. */
  @property() category = '';
  @property() override lang = '';
  /** How many ideas to show (board: per page; latest/top: in all). */
  @property({ type: Number }) limit = 0;
  /** Follow `#/ideas/<id>` and `#/new` in the page's address (the staff app does). */
  @property({ type: Boolean, attribute: 'hash-routing' }) hashRouting = false;
  /** The staff app's address, for links out of a compact list; default the ideas service's root. */
  @property({ attribute: 'app-url' }) appUrl = '';
  /** Heading of a compact list. */
  @property() heading = '';

  @state() private me: Me | null = null;
  @state() private categories: Category[] = [];
  @state() private signedOut = false;
  @state() private error = '';
  @state() private route: Route = { name: 'list' };
  /** A confirmation shown on the route it belongs to (e.g. "thank you" on the new idea's page). */
  @state() private notice: { text: string; hash: string } | null = null;

  private focusAfterRoute = false;

  private get uiLang(): Lang {
    return toLang(this.lang) ?? resolveLang(this);
  }
  private get t(): IdeasTexts {
    return IDEAS_TEXTS[this.uiLang];
  }
  private get compact(): boolean {
    return this.view === 'latest' || this.view === 'top';
  }
  private get resolvedAppUrl(): string {
    return this.appUrl || `${this.apiBase.replace(/\/+$/, '')}/`;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hashRouting) {
      window.addEventListener('hashchange', this.onHashChange);
      this.route = routeFromHash(location.hash);
    }
    void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('route') && this.focusAfterRoute) {
      this.focusAfterRoute = false;
      const view = this.renderRoot.querySelector<FocusableView>(
        'pulputtamo-idea-list, pulputtamo-idea-detail, pulputtamo-idea-form',
      );
      void view?.updateComplete.then(() => view.focusHeading());
    }
  }

  async load(): Promise<void> {
    this.error = '';
    try {
      const [me, categories] = await Promise.all([getMe(this.apiBase), listCategories(this.apiBase)]);
      this.me = me;
      this.categories = categories.items;
      this.signedOut = false;
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) this.signedOut = true;
      else this.error = errorText(err, this.t);
    }
  }

  /** Shows the list, an idea or the form (through the address when `hash-routing` is on). */
  navigate(route: Route): void {
    this.focusAfterRoute = true;
    if (this.hashRouting) {
      const hash = hashOf(route);
      if (location.hash !== hash) location.hash = hash;
      else this.route = route;
    } else {
      this.route = route;
    }
  }

  protected override render(): TemplateResult {
    const t = this.t;
    const lang = this.uiLang;
    let content: TemplateResult;
    if (this.error) {
      content = html`<div class="alert" role="alert">
        <span>${this.error}</span>
        <button class="btn secondary" type="button" @click=${this.load}>${t.retry}</button>
      </div>`;
    } else if (this.signedOut) {
      content = html`<p>${t.signedOut} <a class="link" href=${this.resolvedAppUrl}>${t.signIn}</a></p>`;
    } else if (!this.me) {
      content = html`<p role="status">${t.loading}</p>`;
    } else if (this.compact) {
      content = this.renderList(true);
    } else {
      content = this.renderBoard();
    }
    return html`<div lang=${lang}>${content}</div>`;
  }

  private renderBoard(): TemplateResult {
    const t = this.t;
    const route = this.route;
    const nav =
      route.name === 'list'
        ? html`<span></span>${this.navLink(t.newIdea, { name: 'new' }, 'btn')}`
        : this.navLink(`← ${t.backToList}`, { name: 'list' }, 'btn secondary');
    let view: TemplateResult;
    if (route.name === 'detail') {
      view = html`<pulputtamo-idea-detail
        exportparts="detail, owner, comment, actions, status-badge, vote-button, vote-count"
        api-base=${this.apiBase}
        lang=${this.uiLang}
        idea-id=${route.id}
        .me=${this.me}
        @pulputtamo-idea-delete=${this.onDeleted}
      ></pulputtamo-idea-detail>`;
    } else if (route.name === 'new') {
      view = html`<pulputtamo-idea-form
        exportparts="form, similar, status-badge"
        api-base=${this.apiBase}
        lang=${this.uiLang}
        link-prefix=${this.linkPrefix}
        .categories=${this.categories}
        @pulputtamo-idea-submit=${this.onSubmitted}
        @pulputtamo-idea-cancel=${() => this.navigate({ name: 'list' })}
      ></pulputtamo-idea-form>`;
    } else {
      view = this.renderList(false);
    }
    const notice = this.notice?.hash === hashOf(route) ? this.notice.text : '';
    return html`<nav class="nav" part="nav" aria-label=${t.ideasHeading}>${nav}</nav>
      <p class="sr-only" role="status">${notice}</p>
      ${notice ? html`<p class="notice" aria-hidden="true">${notice}</p>` : nothing}
      <div @pulputtamo-idea-open=${this.onOpen}>${view}</div>`;
  }

  private renderList(compact: boolean): TemplateResult {
    const limit = this.limit || (compact ? 5 : 20);
    const sort = this.view === 'top' ? 'top' : this.view === 'latest' ? 'new' : 'trending';
    return html`<pulputtamo-idea-list
      exportparts="board, compact, card, status-badge, vote-button, vote-count"
      api-base=${this.apiBase}
      lang=${this.uiLang}
      sort=${sort}
      limit=${limit}
      link-prefix=${this.linkPrefix}
      app-url=${compact ? this.resolvedAppUrl : ''}
      heading=${this.heading}
      ?compact=${compact}
      .category=${this.categoryId()}
      .me=${this.me}
      .categories=${this.categories}
    ></pulputtamo-idea-list>`;
  }

  private navLink(label: string, route: Route, cls: string): TemplateResult {
    if (this.hashRouting) return html`<a class=${cls} href=${hashOf(route)}>${label}</a>`;
    return html`<button class=${cls} type="button" @click=${() => this.navigate(route)}>${label}</button>`;
  }

  private get linkPrefix(): string {
    return this.hashRouting ? '#/ideas/' : `${this.resolvedAppUrl}#/ideas/`;
  }

  private categoryId(): number | undefined {
    const value = this.category.trim();
    if (!value) return undefined;
    if (/^\d+$/.test(value)) return Number(value);
    return this.categories.find((c) => c.slug === value)?.id;
  }

  private onHashChange = (): void => {
    this.focusAfterRoute = true;
    this.route = routeFromHash(location.hash);
  };

  private onOpen = (e: CustomEvent<IdeaOpenDetail>): void => {
    // Compact lists link out to the staff app; with hash routing the link itself navigates.
    if (this.compact || this.hashRouting) return;
    e.preventDefault();
    this.navigate({ name: 'detail', id: e.detail.id });
  };

  private onSubmitted = (e: CustomEvent<IdeaSubmitDetail>): void => {
    const { idea } = e.detail;
    const route: Route = { name: 'detail', id: idea.id };
    this.notice = { text: this.t.ideaCreated(idea.owner?.displayName ?? null), hash: hashOf(route) };
    this.navigate(route);
  };

  private onDeleted = (): void => {
    this.notice = { text: this.t.ideaHidden, hash: hashOf({ name: 'list' }) };
    this.navigate({ name: 'list' });
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'pulputtamo-ideas': PulputtamoIdeas;
  }
}

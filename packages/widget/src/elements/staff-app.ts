// <pulputtamo-staff-app>: the full staff idea app served by the ideas service at `/` — sign-in,
// language, and the idea board with its pages.
import type { DevLogin, Me, UserRole } from '@pulputtamo/shared';
import { css, html, LitElement, nothing, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ApiError, defaultApiBase, devLogin, getMe, logout } from '../api.ts';
import { IDEAS_TEXTS, type IdeasTexts } from '../i18n/ideas-texts.ts';
import { LANGS, type Lang, resolveLang, toLang } from '../i18n/resolve-lang.ts';
import { errorText } from '../render/error-text.ts';
import { themeStyles } from '../styles/theme.ts';
import './ideas.ts';

const LANG_KEY = 'pulputtamo-lang';
const LANG_NAMES: Record<Lang, string> = { fi: 'Suomi', sv: 'Svenska', en: 'English' };
const ROLES: UserRole[] = ['staff', 'moderator', 'admin'];

/**
 * The staff idea app. Signed out, it shows the dev sign-in form — or, with `login-url` (production,
 * OIDC), sends the browser to that address instead.
 *
 * @csspart header - the app's header bar
 * @csspart main - the main area around the board
 */
@customElement('pulputtamo-staff-app')
export class PulputtamoStaffApp extends LitElement {
  static override styles = [
    themeStyles,
    css`
      :host {
        display: block;
        min-height: 100vh;
        background: var(--_surface);
      }
      header {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75rem 1.5rem;
        align-items: center;
        justify-content: space-between;
        padding: 0.75rem 1.5rem;
        background: var(--_primary);
        color: var(--_on-primary);
      }
      header h1 {
        margin: 0;
        font-size: 1.5rem;
      }
      header p {
        margin: 0;
      }
      .tools {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1rem;
        align-items: center;
      }
      .tools label {
        font-weight: 600;
      }
      .tools select {
        width: auto;
        min-height: 2.25rem;
        border-color: var(--_on-primary);
        color: var(--_text);
      }
      header .btn {
        border-color: var(--_on-primary);
      }
      main {
        max-width: 64rem;
        margin: 0 auto;
        padding: 1.5rem;
      }
      form.signin {
        max-width: 28rem;
      }
      h2 {
        margin-top: 0;
      }
    `,
  ];

  @property({ attribute: 'api-base' }) apiBase = defaultApiBase();
  @property() override lang = '';
  /** Production sign-in (OIDC): where to send a signed-out person instead of the dev sign-in form. */
  @property({ attribute: 'login-url' }) loginUrl = '';

  @state() private me: Me | null = null;
  @state() private checked = false;
  @state() private error = '';
  @state() private loginError = '';
  @state() private username = '';
  @state() private displayName = '';
  @state() private signInRole: UserRole | '' = '';
  @state() private busy = false;

  private get uiLang(): Lang {
    return toLang(this.lang) ?? resolveLang(this);
  }
  private get t(): IdeasTexts {
    return IDEAS_TEXTS[this.uiLang];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const saved = toLang(localStorage.getItem(LANG_KEY));
    if (!this.lang && saved) this.lang = saved;
    this.syncDocument();
    void this.check();
  }

  async check(): Promise<void> {
    this.error = '';
    try {
      this.me = await getMe(this.apiBase);
    } catch (err) {
      this.me = null;
      if (!(err instanceof ApiError && err.status === 401)) this.error = errorText(err, this.t);
      else if (this.loginUrl) {
        // The production hook: OIDC sign-in happens on the identity provider's pages.
        location.assign(this.loginUrl);
        return;
      }
    }
    this.checked = true;
  }

  protected override render(): TemplateResult {
    const t = this.t;
    return html`<div lang=${this.uiLang}>
      <header part="header">
        <div>
          <h1>${t.appTitle}</h1>
          <p>${t.appTagline}</p>
        </div>
        <div class="tools">
          <label for="lang">${t.language}</label>
          <select id="lang" @change=${this.onLang}>
            ${LANGS.map(
              (l) => html`<option value=${l} lang=${l} ?selected=${l === this.uiLang}>${LANG_NAMES[l]}</option>`,
            )}
          </select>
          ${
            this.me
              ? html`<span>${t.signedInAs}: <strong>${this.me.displayName}</strong> (${t.roles[this.me.role]})</span>
                <button class="btn secondary" type="button" @click=${this.onLogout}>${t.signOut}</button>`
              : nothing
          }
        </div>
      </header>
      <main part="main">${this.renderMain()}</main>
    </div>`;
  }

  private renderMain(): TemplateResult {
    const t = this.t;
    if (this.error) {
      return html`<div class="alert" role="alert">
        <span>${this.error}</span>
        <button class="btn secondary" type="button" @click=${this.check}>${t.retry}</button>
      </div>`;
    }
    if (!this.checked) return html`<p role="status">${t.loading}</p>`;
    if (this.me) {
      return html`<pulputtamo-ideas
        exportparts="nav, board, card, status-badge, vote-button, vote-count, detail, owner, comment, actions, form, similar"
        api-base=${this.apiBase} lang=${this.uiLang} view="board" hash-routing></pulputtamo-ideas>`;
    }
    return html`<form class="signin" @submit=${this.onLogin} aria-labelledby="signin-heading">
      <h2 id="signin-heading">${t.signInHeading}</h2>
      <p>${t.signInIntro}</p>
      ${this.loginError ? html`<div class="alert" role="alert">${this.loginError}</div>` : nothing}
      <div class="field">
        <label for="username">${t.username} <span class="hint">${t.required}</span></label>
        <input
          id="username"
          type="text"
          required
          autocomplete="username"
          .value=${this.username}
          @input=${(e: Event) => {
            this.username = (e.target as HTMLInputElement).value;
          }}
        />
      </div>
      <div class="field">
        <label for="display-name">${t.displayName}</label>
        <input
          id="display-name"
          type="text"
          autocomplete="name"
          .value=${this.displayName}
          @input=${(e: Event) => {
            this.displayName = (e.target as HTMLInputElement).value;
          }}
        />
      </div>
      <div class="field">
        <label for="role">${t.role}</label>
        <select
          id="role"
          @change=${(e: Event) => {
            this.signInRole = (e.target as HTMLSelectElement).value as UserRole | '';
          }}
        >
          <option value="" ?selected=${this.signInRole === ''}>${t.roleKeep}</option>
          ${ROLES.map((r) => html`<option value=${r} ?selected=${r === this.signInRole}>${t.roles[r]}</option>`)}
        </select>
      </div>
      <button class="btn" type="submit" ?disabled=${this.busy}>${t.signIn}</button>
    </form>`;
  }

  private syncDocument(): void {
    document.documentElement.lang = this.uiLang;
    document.title = `${this.t.appTitle} – ${this.t.appTagline}`;
  }

  private onLang(e: Event): void {
    const lang = toLang((e.target as HTMLSelectElement).value) ?? 'fi';
    this.lang = lang;
    localStorage.setItem(LANG_KEY, lang);
    this.syncDocument();
  }

  private async onLogin(e: Event): Promise<void> {
    e.preventDefault();
    this.busy = true;
    this.loginError = '';
    const body: DevLogin = { username: this.username.trim() };
    if (this.displayName.trim()) body.displayName = this.displayName.trim();
    if (this.signInRole) body.role = this.signInRole;
    try {
      this.me = await devLogin(this.apiBase, body);
    } catch (err) {
      this.loginError = errorText(err, this.t);
    } finally {
      this.busy = false;
    }
  }

  private async onLogout(): Promise<void> {
    try {
      await logout(this.apiBase);
      this.me = null;
    } catch (err) {
      this.error = errorText(err, this.t);
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pulputtamo-staff-app': PulputtamoStaffApp;
  }
}

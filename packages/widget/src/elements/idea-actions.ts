// Owner, moderator and admin actions on one idea: change its status with a public response, hand it
// over to another owner, hide it.
import type { IdeaDetail, IdeaStatus, Me } from '@pulputtamo/shared';
import { css, html, LitElement, nothing, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { ApiError, changeOwner, changeStatus, deleteIdea, findPeople, type Person } from '../api.ts';
import { emit } from '../emit.ts';
import { IDEAS_TEXTS, type IdeasTexts } from '../i18n/ideas-texts.ts';
import { toLang } from '../i18n/resolve-lang.ts';
import { errorText } from '../render/error-text.ts';
import { ideaStyles } from '../styles/idea-styles.ts';
import { themeStyles } from '../styles/theme.ts';

/** The status workflow, as the ideas service enforces it (it answers 409 for anything else). */
const TRANSITIONS: Record<IdeaStatus, readonly IdeaStatus[]> = {
  new: ['under_review', 'planned', 'in_progress', 'declined', 'duplicate'],
  under_review: ['planned', 'in_progress', 'implemented', 'declined', 'duplicate'],
  planned: ['in_progress', 'implemented', 'declined', 'duplicate'],
  in_progress: ['planned', 'implemented', 'declined'],
  implemented: [],
  declined: ['under_review'],
  duplicate: [],
};
/** Closing statuses need a public response. */
const CLOSING: readonly IdeaStatus[] = ['implemented', 'declined', 'duplicate'];
const PEOPLE_DELAY_MS = 300;

export interface IdeaChangeDetail {
  idea: IdeaDetail;
}

/** What `me` may do with `idea`: the ideas service checks the same rules. */
export function ideaPermissions(me: Me | null, idea: IdeaDetail): { status: boolean; owner: boolean; hide: boolean } {
  if (!me) return { status: false, owner: false, hide: false };
  const isOwner = idea.owner?.id === me.id;
  const moderator = me.role === 'moderator' || me.role === 'admin';
  return {
    status: isOwner || moderator,
    owner: isOwner || me.role === 'admin',
    hide: moderator || idea.author?.id === me.id,
  };
}

/**
 * @fires pulputtamo-idea-change - `{idea}` after a status change or a hand-over (the updated idea)
 * @fires pulputtamo-idea-delete - `{id}` after the idea was hidden
 * @csspart actions - the actions panel
 */
@customElement('pulputtamo-idea-actions')
export class PulputtamoIdeaActions extends LitElement {
  static override styles = [
    themeStyles,
    ideaStyles,
    css`
      section {
        margin: 1.25rem 0;
        padding: 1rem;
        border: 2px solid var(--_primary);
        border-radius: var(--_radius);
        background: var(--_surface-alt);
      }
      h3 {
        margin: 0 0 0.75rem;
        font-size: 1.1rem;
      }
      h4 {
        margin: 0.5rem 0;
        font-size: 1rem;
      }
      form + form,
      form + .hide {
        margin-top: 1rem;
        padding-top: 1rem;
        border-top: 1px solid #c8cdd3;
      }
    `,
  ];

  @property({ attribute: 'api-base' }) apiBase = '';
  @property() override lang = 'fi';
  @property({ attribute: false }) me: Me | null = null;
  @property({ attribute: false }) idea: IdeaDetail | null = null;

  @state() private status: IdeaStatus | '' = '';
  @state() private response = '';
  @state() private mergeIntoId = '';
  @state() private people: Person[] = [];
  @state() private personQuery = '';
  @state() private personId = '';
  @state() private note = '';
  @state() private confirmingHide = false;
  @state() private busy = false;
  @state() private error = '';
  @state() private fieldErrors: Record<string, string> = {};
  @state() private notice = '';

  private peopleTimer: ReturnType<typeof setTimeout> | undefined;

  private get t(): IdeasTexts {
    return IDEAS_TEXTS[toLang(this.lang) ?? 'fi'];
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.peopleTimer);
  }

  protected override render(): TemplateResult | typeof nothing {
    const idea = this.idea;
    if (!idea) return nothing;
    const can = ideaPermissions(this.me, idea);
    if (!can.status && !can.owner && !can.hide) return nothing;
    const t = this.t;
    return html`<section part="actions" aria-labelledby="actions-heading">
      <h3 id="actions-heading">${t.actionsHeading}</h3>
      ${this.error ? html`<div class="alert" role="alert">${this.error}</div>` : nothing}
      <p class="sr-only" role="status">${this.notice}</p>
      ${this.notice ? html`<p class="notice" aria-hidden="true">${this.notice}</p>` : nothing}
      ${can.status ? this.renderStatusForm(idea) : nothing} ${can.owner ? this.renderOwnerForm() : nothing}
      ${can.hide ? this.renderHide() : nothing}
    </section>`;
  }

  private renderStatusForm(idea: IdeaDetail): TemplateResult {
    const t = this.t;
    const next = TRANSITIONS[idea.status];
    if (!next.length) return html`<p>${t.noTransitions}</p>`;
    const err = this.fieldErrors;
    return html`<form @submit=${this.onStatusSubmit} novalidate>
      <h4>${t.changeStatus}</h4>
      <div class="field">
        <label for="new-status">${t.newStatus}</label>
        <select id="new-status" @change=${(e: Event) => {
          this.status = (e.target as HTMLSelectElement).value as IdeaStatus;
        }}>
          <option value="" ?selected=${this.status === ''}>—</option>
          ${next.map((s) => html`<option value=${s} ?selected=${s === this.status}>${t.statuses[s]}</option>`)}
        </select>
        ${err.status ? html`<span class="error" id="status-error">${err.status}</span>` : nothing}
      </div>
      <div class="field">
        <label for="response">${t.responseLabel}</label>
        <textarea
          id="response"
          rows="3"
          aria-describedby="response-hint ${err.response ? 'response-error' : ''}"
          aria-invalid=${err.response ? 'true' : 'false'}
          .value=${live(this.response)}
          @input=${(e: Event) => {
            this.response = (e.target as HTMLTextAreaElement).value;
          }}
        ></textarea>
        <span class="hint" id="response-hint">${t.responseHint}</span>
        ${err.response ? html`<span class="error" id="response-error">${err.response}</span>` : nothing}
      </div>
      ${
        this.status === 'duplicate'
          ? html`<div class="field">
            <label for="merge-into">${t.mergeInto}</label>
            <input
              id="merge-into"
              type="number"
              min="1"
              inputmode="numeric"
              aria-invalid=${err.mergeIntoId ? 'true' : 'false'}
              aria-describedby=${err.mergeIntoId ? 'merge-error' : ''}
              .value=${live(this.mergeIntoId)}
              @input=${(e: Event) => {
                this.mergeIntoId = (e.target as HTMLInputElement).value;
              }}
            />
            ${err.mergeIntoId ? html`<span class="error" id="merge-error">${err.mergeIntoId}</span>` : nothing}
          </div>`
          : nothing
      }
      <button class="btn" type="submit" ?disabled=${this.busy}>${t.saveStatus}</button>
    </form>`;
  }

  private renderOwnerForm(): TemplateResult {
    const t = this.t;
    const err = this.fieldErrors;
    return html`<form @submit=${this.onOwnerSubmit} novalidate>
      <h4>${t.reassign}</h4>
      <div class="field">
        <label for="person-q">${t.findPerson}</label>
        <input id="person-q" type="search" autocomplete="off" .value=${live(this.personQuery)} @input=${this.onPersonInput} />
      </div>
      <div class="field">
        <label for="person">${t.pickPerson}</label>
        <select
          id="person"
          aria-invalid=${err.userId ? 'true' : 'false'}
          aria-describedby=${err.userId ? 'person-error' : ''}
          @change=${(e: Event) => {
            this.personId = (e.target as HTMLSelectElement).value;
          }}
        >
          <option value="" ?selected=${this.personId === ''}>${t.pickPersonFirst}</option>
          ${this.people.map(
            (p) =>
              html`<option value=${p.id} ?selected=${String(p.id) === this.personId}>
                ${p.displayName}${p.orgUnit ? ` (${p.orgUnit})` : ''}
              </option>`,
          )}
        </select>
        ${err.userId ? html`<span class="error" id="person-error">${err.userId}</span>` : nothing}
      </div>
      <div class="field">
        <label for="note">${t.noteLabel}</label>
        <input
          id="note"
          type="text"
          maxlength="500"
          .value=${live(this.note)}
          @input=${(e: Event) => {
            this.note = (e.target as HTMLInputElement).value;
          }}
        />
      </div>
      <button class="btn" type="submit" ?disabled=${this.busy}>${t.reassignSubmit}</button>
    </form>`;
  }

  private renderHide(): TemplateResult {
    const t = this.t;
    return html`<div class="hide">
      ${
        this.confirmingHide
          ? html`<p id="hide-confirm">${t.hideIdeaConfirm}</p>
            <div class="row">
              <button
                class="btn"
                type="button"
                aria-describedby="hide-confirm"
                ?disabled=${this.busy}
                @click=${this.onHide}
              >
                ${t.confirm}
              </button>
              <button class="btn secondary" type="button" @click=${() => this.setHideConfirm(false)}>${t.cancel}</button>
            </div>`
          : html`<button class="btn secondary" type="button" @click=${() => this.setHideConfirm(true)}>
            ${t.hideIdea}
          </button>`
      }
    </div>`;
  }

  private async setHideConfirm(on: boolean): Promise<void> {
    this.confirmingHide = on;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('.hide button')?.focus();
  }

  private async run(action: () => Promise<void>): Promise<void> {
    this.busy = true;
    this.error = '';
    this.fieldErrors = {};
    this.notice = '';
    try {
      await action();
    } catch (err) {
      if (err instanceof ApiError && err.fieldErrors.length) {
        this.fieldErrors = Object.fromEntries(err.fieldErrors.map((f) => [f.path, f.message]));
      }
      this.error = errorText(err, this.t);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    } finally {
      this.busy = false;
    }
  }

  private onStatusSubmit(e: Event): void {
    e.preventDefault();
    const idea = this.idea;
    if (!idea) return;
    const status = this.status;
    if (!status) {
      this.fieldErrors = { status: this.t.chooseStatus };
      return;
    }
    if (CLOSING.includes(status) && !this.response.trim()) {
      this.fieldErrors = { response: this.t.responseRequired };
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#response')?.focus());
      return;
    }
    void this.run(async () => {
      const updated = await changeStatus(this.apiBase, idea.id, {
        status,
        ...(this.response.trim() ? { response: this.response.trim() } : {}),
        ...(status === 'duplicate' && this.mergeIntoId ? { mergeIntoId: Number(this.mergeIntoId) } : {}),
      });
      this.status = '';
      this.response = '';
      this.mergeIntoId = '';
      this.notice = this.t.statusSaved(this.t.statuses[updated.status]);
      emit<IdeaChangeDetail>(this, 'pulputtamo-idea-change', { idea: updated });
    });
  }

  private onPersonInput(e: Event): void {
    this.personQuery = (e.target as HTMLInputElement).value;
    clearTimeout(this.peopleTimer);
    this.peopleTimer = setTimeout(async () => {
      try {
        this.people = (await findPeople(this.apiBase, this.personQuery.trim())).items;
        if (!this.people.some((p) => String(p.id) === this.personId)) this.personId = '';
      } catch (err) {
        this.error = errorText(err, this.t);
      }
    }, PEOPLE_DELAY_MS);
  }

  private onOwnerSubmit(e: Event): void {
    e.preventDefault();
    const idea = this.idea;
    if (!idea) return;
    if (!this.personId) {
      this.fieldErrors = { userId: this.t.pickPersonFirst };
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#person')?.focus());
      return;
    }
    void this.run(async () => {
      const updated = await changeOwner(this.apiBase, idea.id, {
        userId: Number(this.personId),
        ...(this.note.trim() ? { note: this.note.trim() } : {}),
      });
      this.personId = '';
      this.personQuery = '';
      this.note = '';
      this.people = [];
      this.notice = this.t.ownerChanged(updated.owner?.displayName ?? '');
      emit<IdeaChangeDetail>(this, 'pulputtamo-idea-change', { idea: updated });
    });
  }

  private onHide(): void {
    const idea = this.idea;
    if (!idea) return;
    void this.run(async () => {
      await deleteIdea(this.apiBase, idea.id);
      this.confirmingHide = false;
      this.notice = this.t.ideaHidden;
      emit(this, 'pulputtamo-idea-delete', { id: idea.id });
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pulputtamo-idea-actions': PulputtamoIdeaActions;
  }
}

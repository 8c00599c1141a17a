// The thumbs-up toggle of an idea, or a plain count on the reader's own idea (no self-votes).
import type { Idea, Me } from '@pulputtamo/shared';
import { css, html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { IdeasTexts } from '../i18n/ideas-texts.ts';

export const voteButtonStyles = css`
  .vote {
    display: inline-flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    min-width: 3.5rem;
    min-height: 3.25rem;
    padding: 0.25rem 0.5rem;
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_primary);
    font-weight: 700;
    line-height: 1.2;
  }
  button.vote[aria-pressed='true'] {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .vote.own {
    border-style: dashed;
    border-color: var(--_border);
    color: var(--_muted);
  }
  .vote svg {
    width: 1.15rem;
    height: 1.15rem;
    fill: currentColor;
  }
`;

const thumb = html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
  <path
    d="M2 21h4V9H2v12zm20-11a2 2 0 0 0-2-2h-6.3l1-4.6v-.3c0-.4-.2-.8-.4-1.1L13.2 1 6.6 7.6C6.2 8 6 8.5 6 9v10a2 2 0 0 0 2 2h9c.8 0 1.5-.5 1.8-1.2l3-7.1c.1-.2.2-.5.2-.7v-2z"
  />
</svg>`;

export interface VoteButtonOptions {
  idea: Pick<Idea, 'id' | 'voteCount' | 'votedByMe' | 'author'>;
  me: Me | null;
  texts: IdeasTexts;
  busy: boolean;
  /** Id of the element naming the idea, so the button reads "thumbs-up: 7, <title>". */
  describedBy?: string;
  onToggle: () => void;
}

export function voteButton(o: VoteButtonOptions): TemplateResult {
  const { idea, texts } = o;
  if (o.me && idea.author?.id === o.me.id) {
    return html`<span class="vote own" part="vote-count" title=${texts.ownIdea}>
      ${thumb}<span>${idea.voteCount}</span><span class="sr-only">${texts.votes(idea.voteCount)}. ${texts.ownIdea}</span>
    </span>`;
  }
  return html`<button
    type="button"
    class="vote"
    part="vote-button"
    aria-pressed=${idea.votedByMe ? 'true' : 'false'}
    aria-describedby=${ifDefined(o.describedBy)}
    ?disabled=${o.busy}
    @click=${o.onToggle}
  >
    ${thumb}<span class="sr-only">${texts.vote}: </span><span>${idea.voteCount}</span>
  </button>`;
}

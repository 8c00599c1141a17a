// Styles shared by the idea components: headings, meta lines, rendered markdown.
import { css } from 'lit';

export const ideaStyles = css`
  :host {
    display: block;
  }
  h2[tabindex='-1']:focus,
  h1[tabindex='-1']:focus {
    outline: none;
  }
  h2[tabindex='-1']:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3rem 0.9rem;
    align-items: center;
    margin: 0;
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .prose :is(p, ul, ol, pre, blockquote) {
    margin: 0 0 0.6rem;
  }
  .prose a {
    color: var(--_primary);
  }
  .prose pre {
    overflow-x: auto;
    padding: 0.5rem;
    background: var(--_surface-alt);
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
`;

// The theme every widget shares: `--pulputtamo-*` custom properties with accessible defaults.
import { css } from 'lit';

/**
 * Maps the public `--pulputtamo-*` properties to private `--_*` ones with fallbacks, so a host page
 * sets only what it wants to change. Defaults meet WCAG 2.1 AA contrast on white.
 */
export const themeStyles = css`
  :host {
    --_primary: var(--pulputtamo-primary, #00539b);
    --_on-primary: var(--pulputtamo-on-primary, #ffffff);
    --_surface: var(--pulputtamo-surface, #ffffff);
    --_surface-alt: var(--pulputtamo-surface-alt, #f1f4f8);
    --_text: var(--pulputtamo-text, #1b1b1b);
    --_muted: var(--pulputtamo-muted, #545454);
    --_border: var(--pulputtamo-border, #767676);
    --_focus: var(--pulputtamo-focus, #b35c00);
    --_danger: var(--pulputtamo-danger, #b3261e);
    --_success: var(--pulputtamo-success, #1e6b34);
    --_radius: var(--pulputtamo-radius, 8px);
    --_font: var(--pulputtamo-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif);
    --_font-size: var(--pulputtamo-font-size, 1rem);
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: 1.5;
    color: var(--_text);
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  [hidden] {
    display: none !important;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  button {
    cursor: pointer;
  }
  button:disabled {
    cursor: not-allowed;
  }
  .btn {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-height: 2.5rem;
    padding: 0.4rem 1rem;
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_primary);
    color: var(--_on-primary);
    font-weight: 600;
    text-decoration: none;
  }
  .btn:hover {
    filter: brightness(1.12);
  }
  .btn.secondary {
    background: var(--_surface);
    color: var(--_primary);
  }
  .btn:disabled {
    opacity: 0.65;
  }
  .link {
    color: var(--_primary);
    text-decoration: underline;
  }
  .error {
    color: var(--_danger);
  }
  .alert {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    margin: 0.5rem 0;
    padding: 0.6rem 0.8rem;
    border-left: 4px solid var(--_danger);
    border-radius: 4px;
    background: #fdecea;
    color: #5f1410;
  }
  .notice {
    margin: 0.5rem 0;
    padding: 0.6rem 0.8rem;
    border-left: 4px solid var(--_success);
    border-radius: 4px;
    background: #e8f4ec;
    color: #123d1f;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    margin-bottom: 0.9rem;
  }
  .field label,
  .label {
    font-weight: 600;
  }
  .hint {
    color: var(--_muted);
    font-size: 0.875em;
  }
  input[type='text'],
  input[type='search'],
  input[type='email'],
  input[type='tel'],
  input[type='number'],
  select,
  textarea {
    width: 100%;
    min-height: 2.5rem;
    padding: 0.4rem 0.6rem;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
  }
  [aria-invalid='true'] {
    border-color: var(--_danger);
    border-width: 2px;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      animation: none !important;
      transition: none !important;
    }
  }
`;

// Styles of <pulputtamo-chat>: the launcher, the panel, the messages and their buttons.
import { css } from 'lit';

export const chatStyles = css`
  :host {
    --_offset: var(--pulputtamo-offset, 1.25rem);
    --_z: var(--pulputtamo-z-index, 1000);
    --_bot-bubble: var(--pulputtamo-bot-bubble, #eef2f7);
    --_user-bubble: var(--pulputtamo-user-bubble, var(--_primary));
    --_on-user-bubble: var(--pulputtamo-on-user-bubble, var(--_on-primary));
  }
  .launcher {
    position: fixed;
    right: var(--_offset);
    bottom: var(--_offset);
    z-index: var(--_z);
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 3rem;
    padding: 0.6rem 1.1rem;
    border: 2px solid var(--_on-primary);
    border-radius: 999px;
    background: var(--_primary);
    color: var(--_on-primary);
    font-weight: 700;
    box-shadow: 0 4px 14px rgb(0 0 0 / 25%);
  }
  .launcher svg,
  .icon svg {
    width: 1.25rem;
    height: 1.25rem;
    fill: currentColor;
  }
  .panel {
    position: fixed;
    right: var(--_offset);
    bottom: var(--_offset);
    z-index: var(--_z);
    display: flex;
    flex-direction: column;
    width: min(25rem, calc(100vw - 2 * var(--_offset)));
    height: min(40rem, calc(100vh - 2 * var(--_offset)));
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: 0 8px 30px rgb(0 0 0 / 30%);
    overflow: hidden;
  }
  @media (max-width: 30rem) {
    .panel {
      right: 0;
      bottom: 0;
      width: 100vw;
      height: 100vh;
      border-radius: 0;
    }
  }
  .head {
    display: flex;
    align-items: center;
    gap: 0.4rem;
    padding: 0.5rem 0.5rem 0.5rem 0.9rem;
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .head h2 {
    flex: 1;
    min-width: 0;
    margin: 0;
    font-size: 1.05rem;
    line-height: 1.25;
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  .head > :not(h2) {
    flex: none;
  }
  .head select {
    width: auto;
    min-height: 2.25rem;
    padding: 0.2rem 0.3rem;
    border-color: var(--_on-primary);
    background: var(--_surface);
    color: var(--_text);
  }
  .icon {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 2.5rem;
    height: 2.5rem;
    border: 2px solid transparent;
    border-radius: 50%;
    background: transparent;
    color: inherit;
  }
  .icon:hover {
    border-color: currentColor;
  }
  .head :focus-visible {
    outline-color: var(--_on-primary);
  }
  .scroll {
    flex: 1;
    position: relative;
    overflow-y: auto;
    padding: 0.75rem;
    background: var(--_surface);
  }
  ol.log {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: 0.6rem;
  }
  .msg {
    max-width: 92%;
    padding: 0.55rem 0.8rem;
    border-radius: var(--_radius);
    overflow-wrap: anywhere;
  }
  .msg p,
  .msg ul,
  .msg ol {
    margin: 0 0 0.45rem;
  }
  .msg > :last-child,
  .msg .text > :last-child {
    margin-bottom: 0;
  }
  .msg ul,
  .msg ol {
    padding-left: 1.2rem;
  }
  .bot {
    align-self: flex-start;
    background: var(--_bot-bubble);
  }
  .bot a {
    color: var(--_primary);
  }
  .user {
    align-self: flex-end;
    background: var(--_user-bubble);
    color: var(--_on-user-bubble);
    white-space: pre-wrap;
  }
  .notice {
    align-self: stretch;
    margin: 0;
  }
  .handover {
    margin-top: 0.5rem;
    padding: 0.5rem 0.6rem;
    border-left: 3px solid var(--_primary);
    background: var(--_surface);
    font-size: 0.9rem;
  }
  .handover p {
    margin: 0 0 0.3rem;
  }
  .links {
    margin: 0.4rem 0 0;
    padding-left: 1.2rem;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
    margin-top: 0.5rem;
  }
  .choice {
    min-height: 2.25rem;
    padding: 0.3rem 0.75rem;
    border: 2px solid var(--_primary);
    border-radius: 999px;
    background: var(--_surface);
    color: var(--_primary);
    font-size: 0.9rem;
    font-weight: 600;
    text-align: left;
  }
  .choice:hover {
    background: var(--_surface-alt);
  }
  .feedback {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4rem;
    margin-top: 0.5rem;
    font-size: 0.875rem;
    color: var(--_muted);
  }
  .feedback button {
    min-height: 2rem;
    padding: 0.1rem 0.7rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    color: var(--_text);
  }
  .typing {
    display: inline-flex;
    gap: 0.3rem;
    align-items: center;
    min-height: 2.2rem;
  }
  .typing span {
    width: 0.5rem;
    height: 0.5rem;
    border-radius: 50%;
    background: var(--_muted);
    animation: blink 1.2s infinite ease-in-out;
  }
  .typing span:nth-child(2) {
    animation-delay: 0.2s;
  }
  .typing span:nth-child(3) {
    animation-delay: 0.4s;
  }
  @keyframes blink {
    0%,
    80%,
    100% {
      opacity: 0.25;
    }
    40% {
      opacity: 1;
    }
  }
  .composer {
    border-top: 1px solid var(--_border);
    padding: 0.6rem 0.75rem 0.75rem;
    background: var(--_surface);
  }
  .composer form {
    display: flex;
    gap: 0.5rem;
    align-items: flex-end;
  }
  .composer textarea {
    flex: 1;
    resize: none;
    max-height: 8rem;
  }
  .composer .hint {
    display: block;
    margin-top: 0.25rem;
  }
  .alert {
    margin: 0 0 0.5rem;
  }
  pulputtamo-chat-contact-form {
    display: block;
    margin-top: 0.75rem;
  }
`;

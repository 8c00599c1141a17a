// The coloured status label of an idea; colours meet 4.5:1 contrast and the text says it all.
import type { IdeaStatus } from '@pulputtamo/shared';
import { css, html, type TemplateResult } from 'lit';

export const statusBadgeStyles = css`
  .status {
    display: inline-block;
    padding: 0.1rem 0.55rem;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.8125rem;
    font-weight: 600;
    white-space: nowrap;
  }
  .status.new {
    background: #e8eef6;
    color: #1f3a5f;
  }
  .status.under_review {
    background: #fff4d6;
    color: #5e4400;
  }
  .status.planned {
    background: #ece8fb;
    color: #43308f;
  }
  .status.in_progress {
    background: #e1f1fb;
    color: #004f7a;
  }
  .status.implemented {
    background: #e3f5e8;
    color: #1b5e2b;
  }
  .status.declined {
    background: #fde8e8;
    color: #8f1d1d;
  }
  .status.duplicate {
    background: #eeeeee;
    color: #444444;
  }
`;

export function statusBadge(status: IdeaStatus, label: string): TemplateResult {
  return html`<span class="status ${status}" part="status-badge">${label}</span>`;
}

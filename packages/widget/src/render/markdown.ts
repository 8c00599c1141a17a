// The chatbots' markdown as Lit templates: paragraphs, lists, bold, italics, code and https, mailto and
// tel links. Everything else stays text that Lit escapes, so no HTML from an answer reaches the page.
import { html, type TemplateResult } from 'lit';

type Inline = string | TemplateResult;

const SAFE_LINK = /^(?:https:\/\/|mailto:|tel:)/i;
const INLINE =
  /\*\*(.+?)\*\*|__(.+?)__|\*([^*\s](?:[^*]*[^*\s])?)\*|(?<![\p{L}\p{N}_])_([^_\s](?:[^_]*[^_\s])?)_(?![\p{L}\p{N}_])|`([^`]+)`|\[([^\]]+)\]\(([^()\s]+)\)|(https:\/\/[^\s<>()]*[^\s<>().,;:!?'"”])/gu;
const BULLET = /^\s*[-*+]\s+(.*)$/;
const NUMBERED = /^\s*\d{1,3}[.)]\s+(.*)$/;
const HEADING = /^#{1,6}\s+(.*)$/;

export interface MarkdownOptions {
  /** Read after a link that opens in a new tab, e.g. "(opens in a new tab)". */
  newTab: string;
}

function link(url: string, label: Inline[], o: MarkdownOptions): TemplateResult {
  if (!/^https:/i.test(url)) return html`<a href=${url}>${label}</a>`;
  return html`<a href=${url} target="_blank" rel="noopener noreferrer"
    >${label}<span class="sr-only"> ${o.newTab}</span></a
  >`;
}

/** Bold, italics, code and links inside one block; a link with any other scheme stays text. */
export function renderInline(text: string, o: MarkdownOptions): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const m of text.matchAll(INLINE)) {
    const [all, bold1, bold2, em1, em2, code, label, url, bare] = m;
    if (m.index > last) out.push(text.slice(last, m.index));
    last = m.index + all.length;
    const bold = bold1 ?? bold2;
    const em = em1 ?? em2;
    if (bold !== undefined) out.push(html`<strong>${renderInline(bold, o)}</strong>`);
    else if (em !== undefined) out.push(html`<em>${renderInline(em, o)}</em>`);
    else if (code !== undefined) out.push(html`<code>${code}</code>`);
    else if (label !== undefined && url !== undefined) {
      out.push(SAFE_LINK.test(url) ? link(url, renderInline(label, o), o) : all);
    } else if (bare !== undefined) out.push(link(bare, [bare], o));
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

/** Paragraphs, bullet and numbered lists (headings become bold paragraphs). */
export function renderMarkdown(text: string, o: MarkdownOptions): TemplateResult[] {
  const blocks: TemplateResult[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: string[] } | null = null;
  const flushParagraph = () => {
    if (paragraph.length) blocks.push(html`<p>${renderInline(paragraph.join(' '), o)}</p>`);
    paragraph = [];
  };
  const flushList = () => {
    if (list) {
      const items = list.items.map((item) => html`<li>${renderInline(item, o)}</li>`);
      blocks.push(list.ordered ? html`<ol>${items}</ol>` : html`<ul>${items}</ul>`);
    }
    list = null;
  };
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trimEnd();
    const bullet = BULLET.exec(line) ?? NUMBERED.exec(line);
    const heading = HEADING.exec(line);
    if (!line.trim()) {
      flushParagraph();
      flushList();
    } else if (bullet) {
      const ordered = !BULLET.test(line);
      flushParagraph();
      if (list && list.ordered !== ordered) flushList();
      list ??= { ordered, items: [] };
      list.items.push(bullet[1] ?? '');
    } else if (heading) {
      flushParagraph();
      flushList();
      blocks.push(html`<p><strong>${renderInline(heading[1] ?? '', o)}</strong></p>`);
    } else if (list && /^\s+\S/.test(raw)) {
      list.items[list.items.length - 1] += ` ${line.trim()}`;
    } else {
      flushList();
      paragraph.push(line.trim());
    }
  }
  flushParagraph();
  flushList();
  return blocks;
}

/** The text without markdown marks, for screen-reader announcements. */
export function plainText(text: string): string {
  return text
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|`)/g, '')
    .replace(/^\s*(?:[-*+]|\d{1,3}[.)]|#{1,6})\s+/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
}

// Markdown from people (ideas, comments, bot answers) to HTML that is safe to insert into a page.
import createDOMPurify, { type DOMPurify } from 'dompurify';
import { JSDOM } from 'jsdom';
import { Marked } from 'marked';

const marked = new Marked({ gfm: true, breaks: true, async: false });
let purifier: DOMPurify | undefined;

function getPurifier(): DOMPurify {
  if (!purifier) {
    // One jsdom window for the process, made on first use (it takes tens of milliseconds).
    purifier = createDOMPurify(new JSDOM('').window as unknown as Window & typeof globalThis);
    purifier.addHook('afterSanitizeAttributes', (node) => {
      if (node.tagName === 'A' && node.hasAttribute('href')) {
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer nofollow');
      }
    });
  }
  return purifier;
}

/** Renders markdown to sanitised HTML: no scripts, event handlers, styles, frames or javascript: URLs. */
export function renderMarkdown(markdown: string): string {
  const raw = marked.parse(markdown) as string;
  return getPurifier().sanitize(raw, {
    USE_PROFILES: { html: true },
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'object', 'embed', 'svg', 'math'],
    FORBID_ATTR: ['style', 'class', 'id'],
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|tel:|\/|#)/i,
  });
}

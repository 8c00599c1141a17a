// Server-rendered markdown (`bodyHtml`, `responseHtml`) sanitised again in the browser before use.
import DOMPurify from 'dompurify';
import type { DirectiveResult } from 'lit/directive.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';

const FORBID_TAGS = ['style', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'img', 'svg', 'math'];

/**
 * DOMPurify returns its input untouched where it is unsupported, and some DOM implementations
 * (e.g. happy-dom) walk the tree wrongly; where a script survives, only text is shown. (The probe
 * has no event handler: a page's CSP would report it even in DOMPurify's inert document.)
 */
const sanitizerWorks =
  DOMPurify.isSupported && !/<script/i.test(DOMPurify.sanitize('<p><b>a</b><script>x()</script></p>'));

/** `html` with scripts, handlers, styles, forms and non-http(s)/mailto links removed, for a Lit template. */
export function safeHtml(html: string): DirectiveResult | string {
  if (!sanitizerWorks)
    return html
      .replace(/<[^>]*>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  const clean = DOMPurify.sanitize(html, {
    FORBID_TAGS,
    FORBID_ATTR: ['style', 'id', 'class'],
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|#)/i,
  });
  return unsafeHTML(clean);
}

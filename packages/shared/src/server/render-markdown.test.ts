import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './render-markdown.ts';

const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[click](javascript:alert(1))',
  '[click](JaVaScRiPt:alert(1))',
  '<a href="javascript:alert(1)">x</a>',
  '<svg onload=alert(1)>',
  '<iframe src="https://evil.example"></iframe>',
  '<div style="background:url(javascript:alert(1))">x</div>',
  '<body onload=alert(1)>',
  '![x](javascript:alert(1))',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
  '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
  '<details open ontoggle=alert(1)>',
  '<form action="javascript:alert(1)"><button>x</button></form>',
];

describe('renderMarkdown', () => {
  it('renders ordinary markdown', () => {
    const html = renderMarkdown('**Hyvä** idea\n\n- yksi\n- kaksi\n\n[linkki](https://www.kuopio.fi)');
    expect(html).toContain('<strong>Hyvä</strong>');
    expect(html).toContain('<li>yksi</li>');
    expect(html).toContain('href="https://www.kuopio.fi"');
    expect(html).toContain('rel="noopener noreferrer nofollow"');
  });

  it.each(PAYLOADS)('removes scripts, handlers and dangerous URLs from %s', (payload) => {
    const html = renderMarkdown(payload).toLowerCase();
    expect(html).not.toContain('<script');
    expect(html).not.toMatch(/\son\w+\s*=/);
    expect(html).not.toContain('javascript:');
    expect(html).not.toContain('<iframe');
    expect(html).not.toContain('data:text/html');
  });
});

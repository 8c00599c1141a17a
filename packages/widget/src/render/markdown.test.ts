import { render } from 'lit';
import { describe, expect, it } from 'vitest';
import { plainText, renderMarkdown } from './markdown.ts';

function toHtml(markdown: string): string {
  const host = document.createElement('div');
  render(renderMarkdown(markdown, { newTab: '(new tab)' }), host);
  return host.innerHTML.replace(/<!--[^>]*-->/g, '');
}

describe('renderMarkdown', () => {
  it('renders paragraphs, bold, italics, code and lists', () => {
    expect(
      toHtml('**Starttiraha** on *harkinnanvarainen*.\nToinen rivi.\n\n- yksi\n- kaksi `koodi`\n\n1. eka\n2. toka'),
    ).toBe(
      '<p><strong>Starttiraha</strong> on <em>harkinnanvarainen</em>. Toinen rivi.</p>' +
        '<ul><li>yksi</li><li>kaksi <code>koodi</code></li></ul><ol><li>eka</li><li>toka</li></ol>',
    );
  });

  it('links https (new tab), mailto and tel; other schemes stay text', () => {
    const out = toHtml(
      '[Työnavigaattori](https://tyonavigaattori.fi/) [mail](mailto:a@b.fi) [x](javascript:alert(1)) [y](http://x.fi) see https://kuopio.fi.',
    );
    expect(out).toContain(
      '<a target="_blank" rel="noopener noreferrer" href="https://tyonavigaattori.fi/">Työnavigaattori<span class="sr-only"> (new tab)</span></a>',
    );
    expect(out).toContain('<a href="mailto:a@b.fi">mail</a>');
    expect(out).toContain('[x](javascript:alert(1))');
    expect(out).toContain('[y](http://x.fi)');
    expect(out).toContain('href="https://kuopio.fi">https://kuopio.fi<');
    expect(out).toMatch(/kuopio\.fi<span[^>]*>[^<]*<\/span><\/a>\.<\/p>$/);
    expect(out).not.toContain('href="javascript');
  });

  it('escapes any HTML in the answer', () => {
    const out = toHtml('<img src=x onerror=alert(1)> <script>alert(2)</script> **<b>x</b>**');
    expect(out).not.toMatch(/<img|<script|<b>/);
    expect(out).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('leaves snake_case words alone', () => {
    expect(toHtml('intent biz_start_business and _this_')).toBe('<p>intent biz_start_business and <em>this</em></p>');
  });
});

describe('plainText', () => {
  it('drops markdown marks for announcements', () => {
    expect(plainText('**Hei!** Katso [sivu](https://x.fi).\n- yksi\n- kaksi')).toBe('Hei! Katso sivu. yksi kaksi');
  });
});

// Picks the widget's language: its own `lang`, else the nearest `lang` on the page, else Finnish.

export const LANGS = ['fi', 'sv', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** `fi-FI` → `fi`; anything not fi/sv/en → undefined. */
export function toLang(value: string | null | undefined): Lang | undefined {
  const short = value?.trim().slice(0, 2).toLowerCase();
  return LANGS.find((l) => l === short);
}

/** The element's language: its `lang` attribute, then the closest ancestor's, then the document's. */
export function resolveLang(el: Element): Lang {
  const own = toLang(el.getAttribute('lang'));
  if (own) return own;
  const root = el.getRootNode();
  const host = root instanceof ShadowRoot ? root.host : el.parentElement;
  const inherited = host?.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang;
  return toLang(inherited) ?? 'fi';
}

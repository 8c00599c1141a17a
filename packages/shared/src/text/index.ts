// @pulputtamo/shared/text: text utilities for matching Finnish, Swedish and English (services only:
// the stemmers are too large for the widget bundle).
export { detectLanguage, scoreLanguages } from './detect-language.ts';
export { foldAccents } from './fold-accents.ts';
export { normalizeText } from './normalize-text.ts';
export { stem, stemAll, TEXT_LANGS, type TextLang } from './stem.ts';
export { tokenize } from './tokenize.ts';

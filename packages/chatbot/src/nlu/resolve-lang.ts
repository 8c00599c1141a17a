// Decides which language to read a message in: the caller's word, else detection with a fallback.
import { detectLanguage } from '@pulputtamo/shared/text';
import type { NluLang } from './nlu-model.ts';

/** `lang` when given; otherwise the detected language, `fallback` when detection is unsure. */
export function resolveLang(text: string, lang: NluLang | undefined, fallback: NluLang): NluLang {
  return lang ?? detectLanguage(text, fallback);
}

// Masks personal data in a visitor's text before anything is stored: identity codes, phone
// numbers, email addresses, IBANs, card numbers and IP addresses.

interface Rule {
  name: string;
  pattern: RegExp;
  /** Extra check on a match; a match that fails it is left as it is. */
  accept?: (match: string) => boolean;
}

const digitCount = (s: string) => s.replace(/\D/g, '').length;

// Order matters: an email or IBAN contains digits a later rule would otherwise take apart.
const RULES: Rule[] = [
  { name: 'email', pattern: /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu },
  // IBAN: country code, check digits, then 11–30 letters or digits, possibly in groups of four.
  { name: 'iban', pattern: /\b[A-Za-z]{2}\d{2}(?:[ ]?[A-Z0-9]){11,30}\b/g, accept: (m) => digitCount(m) >= 8 },
  // Finnish personal identity code: ddmmyy, century sign (+ - A–F, U–Y), three digits, check character.
  { name: 'hetu', pattern: /\b\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]\b/gi },
  // Payment card (or any 13–19 digit number, a mistyped card included), grouped or not.
  { name: 'card', pattern: /\b\d(?:[ -]?\d){12,18}\b/g },
  { name: 'ip', pattern: /\b(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)\b/g },
  // Phone: international (+358 40 123 4567) or national (040-123 4567, (017) 182 318), 7–15 digits.
  {
    name: 'phone',
    pattern: /(?:\+|\b00|\(?\b0)\d[\d ()-]{5,18}\d\b/g,
    accept: (m) => digitCount(m) >= 7 && digitCount(m) <= 15,
  },
];

/**
 * Returns `text` with personal data replaced by a marker such as `[hetu]`, `[phone]`, `[email]`,
 * `[iban]`, `[card]` or `[ip]`. Over-masking a number is preferred to storing a real one.
 */
export function redact(text: string): string {
  let out = text;
  for (const rule of RULES) {
    out = out.replace(rule.pattern, (match) => (rule.accept && !rule.accept(match) ? match : `[${rule.name}]`));
  }
  return out;
}

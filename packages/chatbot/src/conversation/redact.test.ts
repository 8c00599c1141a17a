import { describe, expect, it } from 'vitest';
import { redact } from './redact.ts';

describe('redact', () => {
  it.each([
    ['Hetuni on 131052-308T, auttakaa', 'Hetuni on [hetu], auttakaa'],
    ['syntynyt 2000-luvulla: 010203A123B', 'syntynyt 2000-luvulla: [hetu]'],
    ['uusi merkki 010594Y9032', 'uusi merkki [hetu]'],
    ['Soita 040 123 4567 kiitos', 'Soita [phone] kiitos'],
    ['numero 040-1234567', 'numero [phone]'],
    ['call +358 40 123 4567', 'call [phone]'],
    ['ring (017) 182 318', 'ring [phone]'],
    ['mailaa matti.meikalainen@example.fi', 'mailaa [email]'],
    ['tili FI21 1234 5600 0007 85 kiitos', 'tili [iban] kiitos'],
    ['IBAN FI2112345600000785', 'IBAN [iban]'],
    ['kortti 4111 1111 1111 1111 pin', 'kortti [card] pin'],
    ['card 5500-0000-0000-0004', 'card [card]'],
    ['from 192.168.10.45 today', 'from [ip] today'],
  ])('masks %s', (input, expected) => {
    expect(redact(input)).toBe(expected);
  });

  it.each([
    'Miten saan kirjastokortin?',
    'Aukeaako kirjasto 1.6.2025 klo 10?',
    'Starttiraha on noin 800 euroa kuukaudessa vuonna 2025',
    'Laina-aika on 28 päivää',
    'Kirjoitin 3 kirjaa ja 12 lehteä',
  ])('leaves an ordinary question alone: %s', (input) => {
    expect(redact(input)).toBe(input);
  });
});

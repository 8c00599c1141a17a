// The email an expert gets for a contact request: who to contact, how, about what, and the
// conversation so far. Written in Finnish (the City's working language) with the visitor's language noted.
import type { HandoverTarget } from '../content/bot-schema.ts';
import type { TranscriptLine } from './live-chat-adapter.ts';

export interface ContactRequestEmailInput {
  requestId: number;
  botName: string;
  target: HandoverTarget;
  name: string;
  email: string | null;
  phone: string | null;
  /** Redacted. */
  message: string;
  lang: string;
  transcript: TranscriptLine[];
  createdAt: number;
}

const LANGUAGE_NAMES: Record<string, string> = { fi: 'suomi', sv: 'ruotsi', en: 'englanti' };

function helsinkiTime(time: number): string {
  return new Intl.DateTimeFormat('fi-FI', {
    timeZone: 'Europe/Helsinki',
    dateStyle: 'short',
    timeStyle: 'short',
  }).format(new Date(time));
}

/** Subject and plain-text body. */
export function contactRequestEmail(input: ContactRequestEmailInput): { subject: string; bodyText: string } {
  const lines = [
    `Yhteydenottopyyntö chatbotista ${input.botName} (${input.target.role.fi}).`,
    '',
    `Nimi: ${input.name}`,
    `Sähköposti: ${input.email ?? '—'}`,
    `Puhelin: ${input.phone ?? '—'}`,
    `Asiakkaan kieli: ${LANGUAGE_NAMES[input.lang] ?? input.lang}`,
    `Jätetty: ${helsinkiTime(input.createdAt)}`,
    '',
    'Viesti:',
    input.message,
  ];
  if (input.transcript.length > 0) {
    lines.push('', 'Keskustelu ennen pyyntöä (henkilötiedot peitetty):');
    for (const line of input.transcript) lines.push(`${line.role === 'user' ? 'Asiakas' : 'Botti'}: ${line.text}`);
  }
  lines.push(
    '',
    'Asiakas on antanut suostumuksen yhteystietojensa välittämiseen. Vastaathan asiakkaalle suoraan.',
    `Pyynnön tunniste: ${input.requestId}`,
  );
  return { subject: `Yhteydenottopyyntö: ${input.name} (${input.botName})`, bodyText: lines.join('\n') };
}

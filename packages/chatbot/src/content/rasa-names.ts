// Intent names between Rasa and this repo: Rasa's retrieval intents (`chitchat/time`) become
// `chitchat__time` here and back again; other characters become `_`.

/** The content id for a Rasa intent name. */
export function idFromRasaName(name: string): string {
  const id = name
    .trim()
    .toLowerCase()
    .replaceAll('/', '__')
    .replace(/[^a-z0-9_]/g, '_');
  return /^[a-z]/.test(id) ? id : `i_${id}`;
}

/** The Rasa intent name for a content id. */
export function rasaNameFromId(id: string): string {
  return id.replaceAll('__', '/');
}

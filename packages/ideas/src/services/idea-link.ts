// Links people follow from notifications and feeds into the staff app.
import type { IdeasConfig } from '../config.ts';

/** The staff app's address of one idea. */
export function ideaLink(config: Pick<IdeasConfig, 'publicUrl'>, ideaId: number): string {
  return `${config.publicUrl}/#/ideas/${ideaId}`;
}

// The status workflow of an idea: which changes are allowed and how they read in Finnish.
import type { IdeaStatus } from '@pulputtamo/shared';

/**
 * Allowed changes: new → under_review → planned / in_progress → implemented; declined or
 * duplicate from any open status; a declined idea may be reconsidered (→ under_review).
 */
export const STATUS_TRANSITIONS: Record<IdeaStatus, readonly IdeaStatus[]> = {
  new: ['under_review', 'planned', 'in_progress', 'declined', 'duplicate'],
  under_review: ['planned', 'in_progress', 'implemented', 'declined', 'duplicate'],
  planned: ['in_progress', 'implemented', 'declined', 'duplicate'],
  in_progress: ['planned', 'implemented', 'declined'],
  implemented: [],
  declined: ['under_review'],
  duplicate: [],
};

export const STATUS_LABEL_FI: Record<IdeaStatus, string> = {
  new: 'Uusi',
  under_review: 'Käsittelyssä',
  planned: 'Suunnitteilla',
  in_progress: 'Toteutuksessa',
  implemented: 'Toteutettu',
  declined: 'Ei toteuteta',
  duplicate: 'Päällekkäinen',
};

export function canTransition(from: IdeaStatus, to: IdeaStatus): boolean {
  return STATUS_TRANSITIONS[from].includes(to);
}

// Payloads shaped like the ideas service's answers, for component tests.
import type { Category, Comment, Idea, IdeaDetail, Me } from '@pulputtamo/shared';

export const staff: Me = { id: 4, displayName: 'Tiina Työntekijä', email: null, orgUnit: 'KOP', role: 'staff' };
export const owner: Me = { id: 7, displayName: 'Tapio Toivanen', email: null, orgUnit: 'ELKO', role: 'staff' };

export const categories: Category[] = [
  {
    id: 1,
    slug: 'elinvoima',
    name: { fi: 'Elinvoima', sv: 'Livskraft', en: 'Vitality' },
    parentId: null,
    defaultOwner: null,
  },
  { id: 2, slug: 'ict', name: { fi: 'ICT', sv: 'IKT', en: 'ICT' }, parentId: 1, defaultOwner: null },
];

export function makeIdea(over: Partial<Idea> = {}): Idea {
  return {
    id: 1,
    title: 'Sähköinen lomake matkalaskuille',
    body: 'Matkalaskut täytetään paperilla.',
    bodyHtml: '<p>Matkalaskut täytetään paperilla.</p>',
    status: 'new',
    category: { id: 2, slug: 'ict', name: { fi: 'ICT', sv: 'IKT', en: 'ICT' } },
    tags: ['paperiton'],
    anonymous: false,
    author: { id: 15, displayName: 'Emmi Eskelinen', orgUnit: 'KOP' },
    owner: { id: 7, displayName: 'Tapio Toivanen' },
    ownerReason: { fi: 'Omistajasääntö: matkalasku.', sv: 'Ägarregel: matkalasku.', en: 'Owner rule: matkalasku.' },
    ownerAssignedBy: 'bot',
    ownerConfidence: null,
    voteCount: 3,
    commentCount: 1,
    votedByMe: false,
    subscribed: false,
    mergedIntoId: null,
    createdAt: '2026-10-01T10:00:00.000Z',
    updatedAt: '2026-10-01T10:00:00.000Z',
    answeredAt: null,
    ...over,
  };
}

export function makeDetail(over: Partial<IdeaDetail> = {}): IdeaDetail {
  return { ...makeIdea(), history: [], mergedInto: null, duplicates: [], ...over };
}

export function makeComment(over: Partial<Comment> = {}): Comment {
  return {
    id: 1,
    ideaId: 1,
    kind: 'user',
    author: { id: 15, displayName: 'Emmi Eskelinen' },
    body: 'Hyvä idea',
    bodyHtml: '<p>Hyvä idea</p>',
    createdAt: '2026-10-02T10:00:00.000Z',
    editedAt: null,
    hidden: null,
    deleted: false,
    ...over,
  };
}

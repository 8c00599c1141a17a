// Zod schemas and types of the ideas service's HTTP payloads (requests and responses).
import { z } from 'zod';

export const IDEA_STATUSES = [
  'new',
  'under_review',
  'planned',
  'in_progress',
  'implemented',
  'declined',
  'duplicate',
] as const;
export const ideaStatusSchema = z.enum(IDEA_STATUSES);
export type IdeaStatus = z.infer<typeof ideaStatusSchema>;

/** Statuses that close an idea and therefore need a public response. */
export const CLOSING_STATUSES: readonly IdeaStatus[] = ['implemented', 'declined', 'duplicate'];

export const USER_ROLES = ['staff', 'moderator', 'admin'] as const;
export const userRoleSchema = z.enum(USER_ROLES);
export type UserRole = z.infer<typeof userRoleSchema>;

export const IDEA_SORTS = ['trending', 'top', 'new', 'answered'] as const;
export const ideaSortSchema = z.enum(IDEA_SORTS);
export type IdeaSort = z.infer<typeof ideaSortSchema>;

const id = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);
export const idParamSchema = z.object({ id });
export const commentParamSchema = z.object({ id, commentId: id });

export const localisedTextSchema = z.object({ fi: z.string(), sv: z.string(), en: z.string() });
export type LocalisedText = z.infer<typeof localisedTextSchema>;

const tagSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(2, 'A tag has at least 2 characters.')
  .max(32, 'A tag has at most 32 characters.')
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} _-]*$/u, 'A tag has letters, digits, spaces, - and _ only.');

export const TITLE_MIN = 3;
export const TITLE_MAX = 120;
export const BODY_MAX = 10_000;
export const COMMENT_MAX = 5_000;

const titleSchema = z
  .string()
  .trim()
  .min(TITLE_MIN, `The title needs at least ${TITLE_MIN} characters.`)
  .max(TITLE_MAX, `The title has at most ${TITLE_MAX} characters.`);
const bodySchema = z
  .string()
  .trim()
  .min(1, 'Describe the idea in the body.')
  .max(BODY_MAX, `The body has at most ${BODY_MAX} characters.`);
const tagsSchema = z
  .array(tagSchema)
  .max(10, 'At most 10 tags.')
  .transform((tags) => [...new Set(tags)]);

// ---- auth ----------------------------------------------------------------
export const devLoginSchema = z.strictObject({
  username: z
    .string()
    .trim()
    .min(1)
    .max(64)
    .regex(/^[A-Za-z0-9._@-]+$/, 'Use letters, digits, ., _, @ and - only.'),
  displayName: z.string().trim().min(1).max(100).optional(),
  role: userRoleSchema.optional(),
  orgUnit: z.string().trim().min(1).max(100).optional(),
  email: z.email().max(200).optional(),
});
export type DevLogin = z.infer<typeof devLoginSchema>;

export const userSummarySchema = z.object({ id: z.number().int(), displayName: z.string() });
export type UserSummary = z.infer<typeof userSummarySchema>;

export const meSchema = z.object({
  id: z.number().int(),
  displayName: z.string(),
  email: z.string().nullable(),
  orgUnit: z.string().nullable(),
  role: userRoleSchema,
});
export type Me = z.infer<typeof meSchema>;

export const userListQuerySchema = z.object({ q: z.string().max(100).optional() });

// ---- categories ----------------------------------------------------------
export const categorySchema = z.object({
  id: z.number().int(),
  slug: z.string(),
  name: localisedTextSchema,
  parentId: z.number().int().nullable(),
  defaultOwner: userSummarySchema.nullable(),
});
export type Category = z.infer<typeof categorySchema>;

export const updateCategorySchema = z.strictObject({
  defaultOwnerId: id.nullable().optional(),
  adminId: id.nullable().optional(),
});

// ---- ideas ---------------------------------------------------------------
export const createIdeaSchema = z.strictObject({
  title: titleSchema,
  body: bodySchema,
  categoryId: id.nullable().optional(),
  tags: tagsSchema.optional(),
  anonymous: z.boolean().optional(),
});
export type CreateIdea = z.infer<typeof createIdeaSchema>;

export const updateIdeaSchema = z
  .strictObject({
    title: titleSchema.optional(),
    body: bodySchema.optional(),
    categoryId: id.nullable().optional(),
    tags: tagsSchema.optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { message: 'Send at least one of title, body, categoryId, tags.' });
export type UpdateIdea = z.infer<typeof updateIdeaSchema>;

export const ownerChoiceReasonSchema = localisedTextSchema;

export const ideaSchema = z.object({
  id: z.number().int(),
  title: z.string(),
  body: z.string(),
  bodyHtml: z.string(),
  status: ideaStatusSchema,
  category: categorySchema.pick({ id: true, slug: true, name: true }).nullable(),
  tags: z.array(z.string()),
  anonymous: z.boolean(),
  /** Null when the idea is anonymous and the reader is neither its author nor an admin. */
  author: userSummarySchema.extend({ orgUnit: z.string().nullable() }).nullable(),
  owner: userSummarySchema.nullable(),
  /** Why the owner was chosen (the bot's explanation, or the hand-over). */
  ownerReason: localisedTextSchema.nullable(),
  ownerAssignedBy: z.enum(['bot', 'person']).nullable(),
  ownerConfidence: z.number().nullable(),
  voteCount: z.number().int(),
  commentCount: z.number().int(),
  votedByMe: z.boolean(),
  subscribed: z.boolean(),
  mergedIntoId: z.number().int().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  answeredAt: z.string().nullable(),
});
export type Idea = z.infer<typeof ideaSchema>;

export const statusChangeSchema = z.object({
  id: z.number().int(),
  from: ideaStatusSchema,
  to: ideaStatusSchema,
  response: z.string().nullable(),
  responseHtml: z.string().nullable(),
  changedBy: userSummarySchema.nullable(),
  mergedIntoId: z.number().int().nullable(),
  at: z.string(),
});
export type StatusChange = z.infer<typeof statusChangeSchema>;

export const ideaDetailSchema = ideaSchema.extend({
  history: z.array(statusChangeSchema),
  mergedInto: z.object({ id: z.number().int(), title: z.string() }).nullable(),
  /** Ideas merged into this one as duplicates. */
  duplicates: z.array(z.object({ id: z.number().int(), title: z.string() })),
});
export type IdeaDetail = z.infer<typeof ideaDetailSchema>;

export const listIdeasQuerySchema = z.object({
  sort: ideaSortSchema.default('trending'),
  status: ideaStatusSchema.optional(),
  category: id.optional(),
  tag: tagSchema.optional(),
  q: z.string().trim().max(200).optional(),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type ListIdeasQuery = z.infer<typeof listIdeasQuerySchema>;

export const ideaListSchema = z.object({
  items: z.array(ideaSchema),
  /** Pass as `cursor` to get the next page; null on the last page. */
  nextCursor: z.string().nullable(),
});
export type IdeaList = z.infer<typeof ideaListSchema>;

export const similarQuerySchema = z.object({
  text: z.string().trim().min(1, 'Send the text typed so far.').max(BODY_MAX),
  limit: z.coerce.number().int().min(1).max(20).default(5),
});
export const similarIdeasSchema = z.object({
  items: z.array(
    z.object({ id: z.number().int(), title: z.string(), status: ideaStatusSchema, voteCount: z.number().int() }),
  ),
});
export type SimilarIdeas = z.infer<typeof similarIdeasSchema>;

// ---- comments ------------------------------------------------------------
const commentBodySchema = z
  .string()
  .trim()
  .min(1, 'The comment is empty.')
  .max(COMMENT_MAX, `A comment has at most ${COMMENT_MAX} characters.`);
export const createCommentSchema = z.strictObject({ body: commentBodySchema });
export const updateCommentSchema = z.strictObject({ body: commentBodySchema });
export const hideCommentSchema = z.strictObject({
  reason: z.string().trim().min(3, 'Say why the comment is hidden.').max(500),
});

export const commentSchema = z.object({
  id: z.number().int(),
  ideaId: z.number().int(),
  kind: z.enum(['user', 'bot', 'status']),
  author: userSummarySchema.nullable(),
  /** Empty when the comment is hidden or deleted. */
  body: z.string(),
  bodyHtml: z.string(),
  createdAt: z.string(),
  editedAt: z.string().nullable(),
  hidden: z.object({ reason: z.string(), at: z.string() }).nullable(),
  deleted: z.boolean(),
});
export type Comment = z.infer<typeof commentSchema>;
export const commentListSchema = z.object({ items: z.array(commentSchema) });

// ---- status and owner ----------------------------------------------------
export const changeStatusSchema = z.strictObject({
  status: ideaStatusSchema,
  response: z.string().trim().max(BODY_MAX).optional(),
  /** Required with status `duplicate`: the idea this one is merged into. */
  mergeIntoId: id.optional(),
});
export type ChangeStatus = z.infer<typeof changeStatusSchema>;

export const changeOwnerSchema = z.strictObject({
  userId: id,
  note: z.string().trim().max(500).optional(),
});
export type ChangeOwner = z.infer<typeof changeOwnerSchema>;

// ---- owner rules ---------------------------------------------------------
export const OWNER_RULE_KINDS = ['category', 'keyword', 'org_unit'] as const;
export const createOwnerRuleSchema = z
  .strictObject({
    kind: z.enum(OWNER_RULE_KINDS),
    value: z.string().trim().max(200).default(''),
    categoryId: id.nullable().optional(),
    ownerId: id,
    priority: z.number().int().min(-1000).max(1000).default(0),
  })
  .superRefine((v, ctx) => {
    if (v.kind === 'category' && !v.categoryId) {
      ctx.addIssue({ code: 'custom', path: ['categoryId'], message: 'A category rule needs categoryId.' });
    }
    if (v.kind !== 'category' && v.value.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'A keyword or org_unit rule needs a value.' });
    }
  });
export type CreateOwnerRule = z.infer<typeof createOwnerRuleSchema>;
export const ownerRuleSchema = z.object({
  id: z.number().int(),
  kind: z.enum(OWNER_RULE_KINDS),
  value: z.string(),
  categoryId: z.number().int().nullable(),
  owner: userSummarySchema,
  priority: z.number().int(),
  createdAt: z.string(),
});
export type OwnerRuleView = z.infer<typeof ownerRuleSchema>;

// ---- stats ---------------------------------------------------------------
export const statsQuerySchema = z.object({
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});
export const statsSchema = z.object({
  totals: z.object({ ideas: z.number().int(), votes: z.number().int(), comments: z.number().int() }),
  byStatus: z.array(z.object({ status: ideaStatusSchema, count: z.number().int() })),
  byCategory: z.array(z.object({ categoryId: z.number().int().nullable(), name: z.string(), count: z.number().int() })),
  /** Median hours from submission to the owner's first response; null when nothing was answered. */
  medianHoursToFirstResponse: z.number().nullable(),
  responseWindowDays: z.number().int(),
  /** Share (0–1) of ideas old enough to judge that got an owner response within the window. */
  answeredWithinWindowShare: z.number().nullable(),
  participationByOrgUnit: z.array(
    z.object({
      orgUnit: z.string(),
      ideas: z.number().int(),
      votes: z.number().int(),
      comments: z.number().int(),
      people: z.number().int(),
    }),
  ),
});
export type IdeaStats = z.infer<typeof statsSchema>;

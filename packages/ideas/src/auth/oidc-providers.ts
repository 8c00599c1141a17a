// The identity providers staff sign in through (IDEAS_OIDC_PROVIDERS): one per staff group, e.g.
// the City's own directory and a group company's, each with its own claim mapping and role groups.
import { z } from 'zod';
import type { UserRow } from '../db/users.ts';

export const oidcProviderSchema = z.strictObject({
  /** Short id used in URLs: /auth/oidc/<id>/login. */
  id: z.string().regex(/^[a-z0-9-]{1,40}$/, 'lower-case letters, digits and -'),
  /** Which staff group signs in here, shown on the sign-in page ("Kuopion kaupunki", "Kuopion Energia"). */
  label: z.string().min(1),
  issuer: z.url({ protocol: /^https?$/ }),
  clientId: z.string().min(1),
  clientSecret: z.string().min(1),
  scope: z.string().default('openid profile email'),
  /** Claim names for the user's fields. */
  claims: z
    .strictObject({
      name: z.string().default('name'),
      email: z.string().default('email'),
      orgUnit: z.string().default('department'),
      groups: z.string().default('groups'),
    })
    .prefault({}),
  /** Group names (in the groups claim) that make a user admin or moderator; everyone else is staff. */
  roles: z
    .strictObject({
      admin: z.array(z.string()).default([]),
      moderator: z.array(z.string()).default([]),
    })
    .prefault({}),
});
export type OidcProvider = z.infer<typeof oidcProviderSchema>;

export const oidcProvidersSchema = z.array(oidcProviderSchema).superRefine((list, ctx) => {
  const seen = new Set<string>();
  for (const [i, p] of list.entries()) {
    if (seen.has(p.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `id "${p.id}" is used twice` });
    seen.add(p.id);
  }
});

/** Parses the env value; throws an Error whose message names each bad provider field. */
export function parseOidcProviders(json: string | undefined): OidcProvider[] {
  if (!json) return [];
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    throw new Error('not valid JSON');
  }
  const result = oidcProvidersSchema.safeParse(data);
  if (result.success) return result.data;
  throw new Error(result.error.issues.map((i) => `[${i.path.join('.')}] ${i.message}`).join('; '));
}

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

/** The user's fields from ID-token/userinfo claims, by the provider's mapping. */
export function mapClaims(
  provider: OidcProvider,
  claims: Record<string, unknown>,
): { displayName: string; email: string | null; orgUnit: string | null; role: UserRow['role'] } {
  const groupsClaim = claims[provider.claims.groups];
  const groups = Array.isArray(groupsClaim) ? groupsClaim.filter((g) => typeof g === 'string') : [];
  const has = (names: string[]) => names.some((n) => groups.includes(n));
  const email = text(claims[provider.claims.email]);
  return {
    displayName: text(claims[provider.claims.name]) ?? email ?? String(claims.sub ?? 'tuntematon'),
    email,
    orgUnit: text(claims[provider.claims.orgUnit]),
    role: has(provider.roles.admin) ? 'admin' : has(provider.roles.moderator) ? 'moderator' : 'staff',
  };
}

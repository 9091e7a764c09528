import { z } from 'zod';
import { identifiers } from '@registers/graphql-kit';

/**
 * The roles of the domain. Everyone without a token is the public; a contact person "for both"
 * registers holds the two contact roles.
 */
export const roles = [
  /** A person in the register, who may see and edit their own declaration and contact details. */
  'position-holder',
  /** Contact person for Kommuneregisteret in the municipalities named. */
  'kr-contact',
  /** Contact person for Styrevervregisteret in the municipalities named. */
  'stv-contact',
  /** Contact person for the municipally owned companies named. */
  'company-contact',
  /** The operator's staff: everything. */
  'administrator',
  /**
   * A partner system (SSB, KS, a municipality's own systems): a restriction, not a right. It may
   * run only the trusted operations of `@registers/client` (by their hash), never a query of its own.
   */
  'partner',
] as const;

export type Role = (typeof roles)[number];

/**
 * The register's own processes (the gateway looking up a user's assignments, jobs, followers of
 * the feed). Only an internal token can carry it; a user's token that claims it is refused.
 */
export const systemRole = 'system';

/** Who is asking: verified at the gateway, carried to the subgraphs in the internal token. */
export interface Identity {
  /** The token's subject; null for the public. */
  subject: string | null;
  /** What the identity holds anywhere, for the audit trail; the lists below say where. */
  roles: (Role | typeof systemRole)[];
  /** The Person this identity is: they see and change their own data. */
  personId: string | null;
  /** Municipality numbers where it is Kommuneregisteret's contact person. */
  krContactFor: string[];
  /** Municipality numbers where it is Styrevervregisteret's contact person. */
  stvContactFor: string[];
  /** Organisation numbers of the companies it is contact person for. */
  companies: string[];
  /**
   * Signed in by a personal link: the person's rights over their own declaration, and nothing
   * else of theirs (not their contact details). Absent for every other identity.
   */
  ownDeclarationOnly?: true;
}

export const publicIdentity: Identity = Object.freeze({
  subject: null,
  roles: [],
  personId: null,
  krContactFor: [],
  stvContactFor: [],
  companies: [],
}) as Identity;

/** The register's own identity for work no user asked for; audited under its subject. */
export function systemIdentity(subject: string): Identity {
  return { ...publicIdentity, subject: `system:${subject}`, roles: [systemRole] };
}

/**
 * The claims of a user's token (ours from `npm run token`, or an identity provider's): who it is
 * (`sub`), the person it is bound to (`person_id`, or a verified `email`), and, only where they
 * are trusted (local development, service identities), `roles` with the `municipalities` and
 * `companies` they apply to. A real user's rights come from the register's own assignments.
 */
export const userTokenClaims = z
  .object({
    sub: z.string().min(1).max(200),
    roles: z.array(z.enum(roles)).max(roles.length).default([]),
    person_id: z.string().refine(identifiers.isUuid, 'must be a person id (UUID)').optional(),
    email: z.string().max(254).refine(identifiers.isEmailAddress, 'must be an e-mail address').optional(),
    email_verified: z.boolean().optional(),
    municipalities: z
      .array(z.string().refine(identifiers.isMunicipalityNumber, 'must be four digits'))
      .max(400)
      .default([]),
    companies: z
      .array(z.string().refine(identifiers.isOrganizationNumber, 'must be an organisation number'))
      .max(1000)
      .default([]),
  })
  .superRefine((claims, context) => {
    if (claims.roles.includes('position-holder') && !claims.person_id) {
      context.addIssue({ code: 'custom', path: ['person_id'], message: 'a position holder needs person_id' });
    }
    const contact = claims.roles.includes('kr-contact') || claims.roles.includes('stv-contact');
    if (contact && claims.municipalities.length === 0) {
      context.addIssue({
        code: 'custom',
        path: ['municipalities'],
        message: 'a contact person needs municipalities',
      });
    }
    if (claims.roles.includes('company-contact') && claims.companies.length === 0) {
      context.addIssue({ code: 'custom', path: ['companies'], message: 'a company contact needs companies' });
    }
  });

export type UserTokenClaims = z.input<typeof userTokenClaims>;

/** Who a verified user token says the caller is, before the register is asked what they may do. */
export interface TokenSubject {
  subject: string;
  /** The person the token is bound to, by id or by a verified e-mail address. */
  binding: { personId?: string; email?: string } | null;
  /** The identity its role claims describe; used only where role claims are trusted. */
  claimed: Identity;
}

export function tokenSubjectFromClaims(payload: unknown): TokenSubject {
  const claims = userTokenClaims.parse(payload);
  const has = (role: Role) => claims.roles.includes(role);
  const email = claims.email && claims.email_verified !== false ? claims.email.toLowerCase() : undefined;
  return {
    subject: claims.sub,
    binding:
      claims.person_id || email
        ? { ...(claims.person_id ? { personId: claims.person_id } : {}), ...(email ? { email } : {}) }
        : null,
    claimed: {
      subject: claims.sub,
      roles: claims.roles,
      personId: has('position-holder') ? claims.person_id! : null,
      krContactFor: has('kr-contact') ? claims.municipalities : [],
      stvContactFor: has('stv-contact') ? claims.municipalities : [],
      companies: has('company-contact') ? claims.companies : [],
    },
  };
}

/** The claims a local token carries for an identity (`npm run token`, tests). */
export function claimsForLocalToken(request: LocalTokenRequest): Record<string, unknown> {
  return {
    roles: request.roles ?? [],
    municipalities: request.municipalities ?? [],
    companies: request.companies ?? [],
    ...(request.personId ? { person_id: request.personId } : {}),
    ...(request.email ? { email: request.email, email_verified: true } : {}),
  };
}

export interface LocalTokenRequest {
  subject: string;
  roles?: Role[];
  personId?: string | null;
  email?: string;
  municipalities?: string[];
  companies?: string[];
}

/** An identity as the internal token carries it from the gateway to a subgraph. */
const internalClaims = z.object({
  sub: z.string().min(1).optional(),
  roles: z.array(z.enum([...roles, systemRole])).default([]),
  person_id: z.string().refine(identifiers.isUuid).nullable().default(null),
  kr: z.array(z.string()).default([]),
  stv: z.array(z.string()).default([]),
  companies: z.array(z.string()).default([]),
  own_declaration_only: z.boolean().default(false),
});

export function internalClaimsFromIdentity(identity: Identity): Record<string, unknown> {
  return {
    roles: identity.roles,
    person_id: identity.personId,
    kr: identity.krContactFor,
    stv: identity.stvContactFor,
    companies: identity.companies,
    ...(identity.ownDeclarationOnly ? { own_declaration_only: true } : {}),
  };
}

export function identityFromInternalClaims(payload: unknown): Identity {
  const claims = internalClaims.parse(payload);
  return {
    subject: claims.sub ?? null,
    roles: claims.roles,
    personId: claims.person_id,
    krContactFor: claims.kr,
    stvContactFor: claims.stv,
    companies: claims.companies,
    ...(claims.own_declaration_only ? { ownDeclarationOnly: true as const } : {}),
  };
}

/** Both identities' rights together (trusted role claims and the register's assignments). */
export function mergeIdentities(a: Identity, b: Identity): Identity {
  const union = <T>(x: readonly T[], y: readonly T[]) => [...new Set([...x, ...y])];
  return {
    subject: a.subject ?? b.subject,
    roles: union(a.roles, b.roles),
    personId: a.personId ?? b.personId,
    krContactFor: union(a.krContactFor, b.krContactFor),
    stvContactFor: union(a.stvContactFor, b.stvContactFor),
    companies: union(a.companies, b.companies),
  };
}

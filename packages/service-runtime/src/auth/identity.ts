import { z } from 'zod';
import { isMunicipalityNumber, isOrganizationNumber, isUuid } from '../identifiers.ts';

/**
 * The roles of the domain (DOMAIN.md, slide 17–18). Everyone without a token is public; a
 * contact person "for both" registers holds the two contact roles.
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
] as const;

export type Role = (typeof roles)[number];

/** Who is asking: verified at the gateway, carried to the subgraphs in the internal token. */
export interface Identity {
  /** The token's subject; null for the public. */
  subject: string | null;
  roles: Role[];
  /** The Person a position holder is. */
  personId: string | null;
  /** Municipality numbers the contact roles apply to. */
  municipalities: string[];
  /** Organisation numbers of the companies a company contact answers for. */
  companies: string[];
}

export const publicIdentity: Identity = Object.freeze({
  subject: null,
  roles: [],
  personId: null,
  municipalities: [],
  companies: [],
}) as Identity;

/**
 * The claims a token carries (ours, or those an identity provider is set up to issue):
 * `sub`, `roles`, `person_id`, `municipalities`, `companies`.
 */
export const identityClaims = z
  .object({
    sub: z.string().min(1),
    roles: z.array(z.enum(roles)).default([]),
    person_id: z.string().refine(isUuid, 'must be a person id (UUID)').optional(),
    municipalities: z.array(z.string().refine(isMunicipalityNumber, 'must be four digits')).default([]),
    companies: z.array(z.string().refine(isOrganizationNumber, 'must be an organisation number')).default([]),
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

export function identityFromClaims(payload: unknown): Identity {
  const claims = identityClaims.parse(payload);
  return {
    subject: claims.sub,
    roles: claims.roles,
    personId: claims.person_id ?? null,
    municipalities: claims.municipalities,
    companies: claims.companies,
  };
}

export function claimsFromIdentity(identity: Identity): Record<string, unknown> {
  return {
    ...(identity.personId ? { person_id: identity.personId } : {}),
    roles: identity.roles,
    municipalities: identity.municipalities,
    companies: identity.companies,
  };
}

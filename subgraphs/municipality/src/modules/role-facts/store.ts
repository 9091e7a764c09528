import { desc, eq, sql } from 'drizzle-orm';
import { anyOf } from '@registers/platform';
import type { MunicipalityDatabase } from '../../db/index.ts';
import {
  companies,
  companyOwners,
  companyRoles,
  electedBodies,
  employments,
  memberships,
  persons,
  units,
} from '../../db/schema/index.ts';

export type RoleKind = 'EMPLOYMENT' | 'MEMBERSHIP' | 'COMPANY_ROLE';

/** One role of a person, as a follower keeps it: no name, e-mail or phone of the person. */
export interface RoleFact {
  id: string;
  personId: string;
  kind: RoleKind;
  /** The municipality of the organisation: the unit's, the body's, a company's largest owner's. */
  municipalityNumber: string | null;
  organizationId: string;
  organizationName: string;
  organizationNumber: string | null;
  /** An employment's title, or a membership's or company role's kind (LEADER, BOARD_MEMBER, …). */
  role: string;
  startDate: string;
  endDate: string | null;
}

export interface PersonRoleFacts {
  personId: string;
  /** The municipality that registered the person. */
  municipalityNumber: string | null;
  roles: RoleFact[];
}

/**
 * The role facts of persons for the register's followers (Styrevervregisteret): their
 * employments, memberships of elected bodies and company roles, ended ones too, with the
 * organisation each is in. Three statements however many persons.
 */
export class RoleFactStore {
  constructor(private readonly db: MunicipalityDatabase) {}

  async roleFactsOfPersons(personIds: readonly string[]): Promise<PersonRoleFacts[]> {
    const known = await this.db
      .select({ personId: persons.id, municipalityNumber: persons.municipalityNumber })
      .from(persons)
      .where(anyOf(persons.id, personIds, 'uuid'));
    if (known.length === 0) return [];
    const ids = known.map((person) => person.personId);
    const [employed, members, companyRoleRows] = await Promise.all([
      this.db
        .select({
          id: employments.id,
          personId: employments.personId,
          municipalityNumber: units.municipalityNumber,
          organizationId: units.id,
          organizationName: units.name,
          organizationNumber: units.organizationNumber,
          role: employments.title,
          startDate: employments.startDate,
          endDate: employments.endDate,
        })
        .from(employments)
        .innerJoin(units, eq(units.id, employments.unitId))
        .where(anyOf(employments.personId, ids, 'uuid')),
      this.db
        .select({
          id: memberships.id,
          personId: memberships.personId,
          municipalityNumber: electedBodies.municipalityNumber,
          organizationId: electedBodies.id,
          organizationName: electedBodies.name,
          role: sql<string>`${memberships.role}::text`,
          startDate: memberships.startDate,
          endDate: memberships.endDate,
        })
        .from(memberships)
        .innerJoin(electedBodies, eq(electedBodies.id, memberships.bodyId))
        .where(anyOf(memberships.personId, ids, 'uuid')),
      this.db
        .select({
          id: companyRoles.id,
          personId: companyRoles.personId,
          municipalityNumber: sql<string | null>`(${this.db
            .select({ number: companyOwners.municipalityNumber })
            .from(companyOwners)
            .where(eq(companyOwners.companyId, companies.id))
            .orderBy(desc(companyOwners.sharePercent), companyOwners.municipalityNumber)
            .limit(1)})`,
          organizationId: companies.id,
          organizationName: companies.name,
          organizationNumber: companies.organizationNumber,
          role: sql<string>`${companyRoles.role}::text`,
          startDate: companyRoles.startDate,
          endDate: companyRoles.endDate,
        })
        .from(companyRoles)
        .innerJoin(companies, eq(companies.id, companyRoles.companyId))
        .where(anyOf(companyRoles.personId, ids, 'uuid')),
    ]);
    const roles: RoleFact[] = [
      ...employed.map((row) => ({ ...row, kind: 'EMPLOYMENT' as const })),
      ...members.map((row) => ({ ...row, organizationNumber: null, kind: 'MEMBERSHIP' as const })),
      ...companyRoleRows.map((row) => ({ ...row, kind: 'COMPANY_ROLE' as const })),
    ];
    return known.map((person) => ({
      ...person,
      roles: roles.filter((role) => role.personId === person.personId),
    }));
  }
}

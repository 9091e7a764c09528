import { asc, desc, eq } from 'drizzle-orm';
import { anyOf } from '@registers/service-runtime';
import type { MunicipalityDatabase } from '../../db/index.ts';
import {
  companies,
  companyOwners,
  companyRoles,
  type CompanyOwnerRow,
  type CompanyRoleRow,
  type CompanyRow,
} from '../../db/schema/index.ts';

/** Municipally owned companies, their owners and the people in them. */
export class CompanyStore {
  constructor(private readonly db: MunicipalityDatabase) {}

  companiesByIds(ids: readonly string[]): Promise<CompanyRow[]> {
    return this.db
      .select()
      .from(companies)
      .where(anyOf(companies.id, ids, 'uuid'));
  }

  companiesByOrganizationNumbers(numbers: readonly string[]): Promise<CompanyRow[]> {
    return this.db
      .select()
      .from(companies)
      .where(anyOf(companies.organizationNumber, numbers, 'text'));
  }

  ownersByCompanies(companyIds: readonly string[]): Promise<CompanyOwnerRow[]> {
    return this.db
      .select()
      .from(companyOwners)
      .where(anyOf(companyOwners.companyId, companyIds, 'uuid'))
      .orderBy(desc(companyOwners.sharePercent), asc(companyOwners.municipalityNumber));
  }

  /** A municipality's ownerships, by company name. */
  ownershipsByMunicipalities(numbers: readonly string[]): Promise<CompanyOwnerRow[]> {
    return this.db
      .select({
        companyId: companyOwners.companyId,
        municipalityNumber: companyOwners.municipalityNumber,
        sharePercent: companyOwners.sharePercent,
      })
      .from(companyOwners)
      .innerJoin(companies, eq(companies.id, companyOwners.companyId))
      .where(anyOf(companyOwners.municipalityNumber, numbers, 'text'))
      .orderBy(asc(companies.name));
  }

  rolesByCompanies(companyIds: readonly string[]): Promise<CompanyRoleRow[]> {
    return this.db
      .select()
      .from(companyRoles)
      .where(anyOf(companyRoles.companyId, companyIds, 'uuid'))
      .orderBy(asc(companyRoles.role), asc(companyRoles.startDate), asc(companyRoles.id));
  }

  rolesByPersons(personIds: readonly string[]): Promise<CompanyRoleRow[]> {
    return this.db
      .select()
      .from(companyRoles)
      .where(anyOf(companyRoles.personId, personIds, 'uuid'))
      .orderBy(asc(companyRoles.startDate), asc(companyRoles.id));
  }
}

import { asc, desc, eq } from 'drizzle-orm';
import { anyOf, type Identity } from '@registers/service-runtime';
import type { MunicipalityDatabase } from '../../db/index.ts';
import {
  companies,
  companyOwners,
  companyRoles,
  type CompanyOwnerRow,
  type CompanyRoleRow,
  type CompanyRow,
  type NewCompanyRoleRow,
  type NewCompanyRow,
} from '../../db/schema/index.ts';
import { recordChange } from '../changes/record.ts';

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
      .orderBy(asc(companies.name), asc(companies.id));
  }

  async createCompany(
    who: Identity,
    values: NewCompanyRow,
    owners: { municipalityNumber: string; sharePercent: number }[],
  ): Promise<CompanyRow> {
    return this.db.transaction(async (tx) => {
      const [created] = await tx.insert(companies).values(values).returning();
      await tx.insert(companyOwners).values(owners.map((owner) => ({ ...owner, companyId: created!.id })));
      await recordChange(
        tx,
        who,
        companyChange(null, { ...created!, owners }, owners[0]!.municipalityNumber),
      );
      return created!;
    });
  }

  /** Changes the fields given; `owners`, when given, replaces the owners. */
  async updateCompany(
    who: Identity,
    id: string,
    changes: Partial<NewCompanyRow>,
    owners: { municipalityNumber: string; sharePercent: number }[] | undefined,
  ): Promise<CompanyRow> {
    return this.db.transaction(async (tx) => {
      const [before] = await tx.select().from(companies).where(eq(companies.id, id)).for('update');
      const ownersBefore = await tx
        .select({
          municipalityNumber: companyOwners.municipalityNumber,
          sharePercent: companyOwners.sharePercent,
        })
        .from(companyOwners)
        .where(eq(companyOwners.companyId, id))
        .orderBy(asc(companyOwners.municipalityNumber));
      const [after] = Object.keys(changes).length
        ? await tx.update(companies).set(changes).where(eq(companies.id, id)).returning()
        : [before];
      if (owners) {
        await tx.delete(companyOwners).where(eq(companyOwners.companyId, id));
        await tx.insert(companyOwners).values(owners.map((owner) => ({ ...owner, companyId: id })));
      }
      const ownersAfter = owners
        ? [...owners].sort((a, b) => a.municipalityNumber.localeCompare(b.municipalityNumber))
        : ownersBefore;
      await recordChange(
        tx,
        who,
        companyChange(
          { ...before!, owners: ownersBefore },
          { ...after!, owners: ownersAfter },
          ownersAfter[0]?.municipalityNumber ?? null,
        ),
      );
      return after!;
    });
  }

  async startRole(
    who: Identity,
    values: NewCompanyRoleRow,
    municipalityNumber: string | null,
  ): Promise<CompanyRoleRow> {
    return this.db.transaction(async (tx) => {
      const [created] = await tx.insert(companyRoles).values(values).returning();
      await recordChange(tx, who, {
        entityType: 'COMPANY_ROLE',
        entityId: created!.id,
        municipalityNumber,
        before: null,
        after: created!,
      });
      return created!;
    });
  }

  async endRole(
    who: Identity,
    id: string,
    endDate: string,
    municipalityNumber: string | null,
  ): Promise<CompanyRoleRow> {
    return this.db.transaction(async (tx) => {
      const [before] = await tx.select().from(companyRoles).where(eq(companyRoles.id, id)).for('update');
      const [after] = await tx
        .update(companyRoles)
        .set({ endDate })
        .where(eq(companyRoles.id, id))
        .returning();
      await recordChange(tx, who, {
        entityType: 'COMPANY_ROLE',
        entityId: id,
        municipalityNumber,
        before: before!,
        after: after!,
      });
      return after!;
    });
  }

  rolesByIds(ids: readonly string[]): Promise<CompanyRoleRow[]> {
    return this.db
      .select()
      .from(companyRoles)
      .where(anyOf(companyRoles.id, ids, 'uuid'));
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

/** A company's change; the feed files it under its first (largest) owner. */
const companyChange = <T extends { id: string }>(
  before: T | null,
  after: T,
  municipalityNumber: string | null,
) => ({
  entityType: 'COMPANY' as const,
  entityId: after.id,
  municipalityNumber,
  before,
  after,
});

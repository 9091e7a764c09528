import { asc, desc, eq } from 'drizzle-orm';
import { anyOf, jsonRowsOf, pointedToBy } from '@registers/platform';
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
  type PersonRow,
  persons,
} from '../../db/schema/index.ts';
import type { AuditedWriter } from '../changes/record.ts';
import { personRows } from '../persons/store.ts';

/** Municipally owned companies, their owners and the people in them. */
export class CompanyStore {
  constructor(private readonly db: MunicipalityDatabase) {}

  async companiesByIds(ids: readonly string[]): Promise<CompanyRow[]> {
    return companyRows.parse(
      await this.db
        .select(companyRows.select)
        .from(companies)
        .where(anyOf(companies.id, ids, 'uuid')),
    );
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

  /**
   * The municipalities' company ownerships, by company name, with the companies owned, in one
   * statement: whoever reads an ownership shows what is owned.
   */
  async ownershipsWithCompaniesByMunicipalities(
    numbers: readonly string[],
  ): Promise<{ ownerships: CompanyOwnerRow[]; companies: CompanyRow[] }> {
    const ofMunicipalities = anyOf(companyOwners.municipalityNumber, numbers, 'text');
    const [result] = await this.db
      .select({
        ...ownershipRowsByName.select,
        companies: companyRows.of(pointedToBy(companies.id, companyOwners.companyId, ofMunicipalities)),
      })
      .from(companyOwners)
      .innerJoin(companies, eq(companies.id, companyOwners.companyId))
      .where(ofMunicipalities);
    return {
      ownerships: ownershipRowsByName.parseValue(result?.rows),
      companies: companyRows.parseValue(result?.companies),
    };
  }

  /**
   * Registers a company with its owners. Its record in the audit trail and the feed is the
   * company with its owners, two tables: recorded here rather than by the writer's one-row
   * methods.
   */
  async createCompany(writer: AuditedWriter, values: NewCompanyRow, owners: Owner[]): Promise<CompanyRow> {
    const [created] = await this.db.insert(companies).values(values).returning();
    await this.db.insert(companyOwners).values(owners.map((owner) => ({ ...owner, companyId: created!.id })));
    await writer.record(companyChange(null, { ...created!, owners }, owners[0]!.municipalityNumber));
    return created!;
  }

  /** Changes the fields given; `owners`, when given, replaces the owners. */
  async updateCompany(
    writer: AuditedWriter,
    id: string,
    changes: Partial<NewCompanyRow>,
    owners: Owner[] | undefined,
  ): Promise<CompanyRow> {
    const [before] = await this.db.select().from(companies).where(eq(companies.id, id)).for('no key update');
    const ownersBefore = await this.db
      .select({
        municipalityNumber: companyOwners.municipalityNumber,
        sharePercent: companyOwners.sharePercent,
      })
      .from(companyOwners)
      .where(eq(companyOwners.companyId, id))
      .orderBy(asc(companyOwners.municipalityNumber));
    const [after] = Object.keys(changes).length
      ? await this.db.update(companies).set(changes).where(eq(companies.id, id)).returning()
      : [before];
    if (owners) {
      await this.db.delete(companyOwners).where(eq(companyOwners.companyId, id));
      await this.db.insert(companyOwners).values(owners.map((owner) => ({ ...owner, companyId: id })));
    }
    const ownersAfter = owners
      ? [...owners].sort((a, b) => a.municipalityNumber.localeCompare(b.municipalityNumber))
      : ownersBefore;
    await writer.record(
      companyChange(
        { ...before!, owners: ownersBefore },
        { ...after!, owners: ownersAfter },
        ownersAfter[0]?.municipalityNumber ?? null,
      ),
    );
    return after!;
  }

  startRole(
    writer: AuditedWriter,
    values: NewCompanyRoleRow,
    municipalityNumber: string | null,
  ): Promise<CompanyRoleRow> {
    return writer.insert(roleIn(municipalityNumber), values);
  }

  endRole(
    writer: AuditedWriter,
    id: string,
    endDate: string,
    municipalityNumber: string | null,
  ): Promise<CompanyRoleRow> {
    return writer.update(roleIn(municipalityNumber), id, { endDate });
  }

  /** Gives a company role to another person (a merge), audited and in the feed. */
  moveRole(
    writer: AuditedWriter,
    id: string,
    personId: string,
    municipalityNumber: string | null,
  ): Promise<CompanyRoleRow> {
    return writer.update(roleIn(municipalityNumber), id, { personId });
  }

  deleteRole(writer: AuditedWriter, id: string, municipalityNumber: string | null): Promise<CompanyRoleRow> {
    return writer.delete(roleIn(municipalityNumber), id);
  }

  rolesByIds(ids: readonly string[]): Promise<CompanyRoleRow[]> {
    return this.db
      .select()
      .from(companyRoles)
      .where(anyOf(companyRoles.id, ids, 'uuid'));
  }

  async rolesByCompanies(companyIds: readonly string[]): Promise<CompanyRoleRow[]> {
    return roleRowsByCompany.parse(
      await this.db
        .select(roleRowsByCompany.select)
        .from(companyRoles)
        .where(anyOf(companyRoles.companyId, companyIds, 'uuid')),
    );
  }

  /**
   * The companies' roles as `rolesByCompanies` gives them, with the persons who hold them, in one
   * statement: whoever reads a company's roles shows who holds them.
   */
  async rolesWithPersonsByCompanies(
    companyIds: readonly string[],
  ): Promise<{ roles: CompanyRoleRow[]; persons: PersonRow[] }> {
    const ofCompanies = anyOf(companyRoles.companyId, companyIds, 'uuid');
    const [result] = await this.db
      .select({
        ...roleRowsByCompany.select,
        persons: personRows.of(pointedToBy(persons.id, companyRoles.personId, ofCompanies)),
      })
      .from(companyRoles)
      .where(ofCompanies);
    return {
      roles: roleRowsByCompany.parseValue(result?.rows),
      persons: personRows.parseValue(result?.persons),
    };
  }

  rolesByPersons(personIds: readonly string[]): Promise<CompanyRoleRow[]> {
    return this.db
      .select()
      .from(companyRoles)
      .where(anyOf(companyRoles.personId, personIds, 'uuid'))
      .orderBy(asc(companyRoles.startDate), asc(companyRoles.id));
  }
}

/** Large reads (every company, ownership and role of the register), each as one JSON value. */
const companyRows = jsonRowsOf(companies);
const ownershipRowsByName = jsonRowsOf(companyOwners, [asc(companies.name), asc(companies.id)]);
const roleRowsByCompany = jsonRowsOf(companyRoles, [
  asc(companyRoles.role),
  asc(companyRoles.startDate),
  asc(companyRoles.id),
]);

type Owner = { municipalityNumber: string; sharePercent: number };

/** The feed files a company, and a role in it, under its first (largest) owner. */
const roleIn = (municipalityNumber: string | null) => ({
  entityType: 'COMPANY_ROLE' as const,
  table: companyRoles,
  municipalityNumber,
});

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

import { and, asc, eq, isNotNull, sql } from 'drizzle-orm';
import { anyOf, jsonRowsOf, pointedToBy } from '@registers/platform';
import type { MunicipalityDatabase } from '../../db/index.ts';
import {
  electedBodies,
  memberships,
  parties,
  type ElectedBodyRow,
  type MembershipRow,
  type NewElectedBodyRow,
  type NewMembershipRow,
  type PartyRow,
  type PersonRow,
  persons,
} from '../../db/schema/index.ts';
import type { AuditedWriter } from '../changes/record.ts';
import { personRows } from '../persons/store.ts';

/** Council first, then executive committee, standing and control committees, then by name. */
const bodyOrder = sql`array_position(array['MUNICIPAL_COUNCIL','COUNTY_COUNCIL','EXECUTIVE_COMMITTEE','STANDING_COMMITTEE','CONTROL_COMMITTEE','OTHER']::body_kind[], ${electedBodies.kind})`;
/** Leader, deputy leader, members, then substitutes by rank. */
const memberOrder = sql`array_position(array['LEADER','DEPUTY_LEADER','MEMBER','SUBSTITUTE']::membership_role[], ${memberships.role})`;

/** Large reads (every body, member and party of the register), each as one JSON value. */
const bodyRows = jsonRowsOf(electedBodies, [
  sql`${electedBodies.periodStartYear} desc`,
  bodyOrder,
  asc(electedBodies.name),
]);
const membershipRowsByBody = jsonRowsOf(memberships, [
  memberOrder,
  asc(memberships.substituteRank),
  asc(memberships.id),
]);
const partyRows = jsonRowsOf(parties);

/** Elected bodies (folkevalgte organer), their memberships, and parties. */
export class BodyStore {
  constructor(private readonly db: MunicipalityDatabase) {}

  listNationalParties(): Promise<PartyRow[]> {
    return this.db.select().from(parties).where(isNotNull(parties.code)).orderBy(asc(parties.code));
  }

  async partiesByIds(ids: readonly string[]): Promise<PartyRow[]> {
    return partyRows.parse(
      await this.db
        .select(partyRows.select)
        .from(parties)
        .where(anyOf(parties.id, ids, 'uuid')),
    );
  }

  bodiesByIds(ids: readonly string[]): Promise<ElectedBodyRow[]> {
    return this.db
      .select()
      .from(electedBodies)
      .where(anyOf(electedBodies.id, ids, 'uuid'));
  }

  async bodiesByMunicipalities(numbers: readonly string[]): Promise<ElectedBodyRow[]> {
    return bodyRows.parse(
      await this.db
        .select(bodyRows.select)
        .from(electedBodies)
        .where(anyOf(electedBodies.municipalityNumber, numbers, 'text')),
    );
  }

  async membershipsByBodies(bodyIds: readonly string[]): Promise<MembershipRow[]> {
    return membershipRowsByBody.parse(
      await this.db
        .select(membershipRowsByBody.select)
        .from(memberships)
        .where(anyOf(memberships.bodyId, bodyIds, 'uuid')),
    );
  }

  /**
   * The bodies' memberships as `membershipsByBodies` gives them, with their persons and parties,
   * in one statement: whoever reads a body's members shows who they are and for which list.
   */
  async membershipsWithPersonsByBodies(
    bodyIds: readonly string[],
  ): Promise<{ memberships: MembershipRow[]; persons: PersonRow[]; parties: PartyRow[] }> {
    const ofBodies = anyOf(memberships.bodyId, bodyIds, 'uuid');
    const [result] = await this.db
      .select({
        ...membershipRowsByBody.select,
        persons: personRows.of(pointedToBy(persons.id, memberships.personId, ofBodies)),
        parties: partyRows.of(pointedToBy(parties.id, memberships.partyId, ofBodies)),
      })
      .from(memberships)
      .where(ofBodies);
    return {
      memberships: membershipRowsByBody.parseValue(result?.rows),
      persons: personRows.parseValue(result?.persons),
      parties: partyRows.parseValue(result?.parties),
    };
  }

  createBody(writer: AuditedWriter, values: NewElectedBodyRow): Promise<ElectedBodyRow> {
    return writer.insert(
      { entityType: 'ELECTED_BODY', table: electedBodies, municipalityNumber: values.municipalityNumber },
      values,
    );
  }

  createLocalList(writer: AuditedWriter, municipalityNumber: string, name: string): Promise<PartyRow> {
    return writer.insert(
      { entityType: 'PARTY', table: parties, municipalityNumber },
      { municipalityNumber, name },
    );
  }

  async localListNamed(municipalityNumber: string, name: string): Promise<PartyRow | undefined> {
    const [row] = await this.db
      .select()
      .from(parties)
      .where(and(eq(parties.municipalityNumber, municipalityNumber), eq(parties.name, name)));
    return row;
  }

  addMembership(
    writer: AuditedWriter,
    values: NewMembershipRow,
    municipalityNumber: string,
  ): Promise<MembershipRow> {
    return writer.insert(membershipIn(municipalityNumber), values);
  }

  endMembership(
    writer: AuditedWriter,
    id: string,
    endDate: string,
    municipalityNumber: string,
  ): Promise<MembershipRow> {
    return writer.update(membershipIn(municipalityNumber), id, { endDate });
  }

  /** Gives a membership to another person (a merge), audited and in the feed. */
  moveMembership(
    writer: AuditedWriter,
    id: string,
    personId: string,
    municipalityNumber: string,
  ): Promise<MembershipRow> {
    return writer.update(membershipIn(municipalityNumber), id, { personId });
  }

  deleteMembership(writer: AuditedWriter, id: string, municipalityNumber: string): Promise<MembershipRow> {
    return writer.delete(membershipIn(municipalityNumber), id);
  }

  membershipsByIds(ids: readonly string[]): Promise<MembershipRow[]> {
    return this.db
      .select()
      .from(memberships)
      .where(anyOf(memberships.id, ids, 'uuid'));
  }

  membershipsByPersons(personIds: readonly string[]): Promise<MembershipRow[]> {
    return this.db
      .select()
      .from(memberships)
      .where(anyOf(memberships.personId, personIds, 'uuid'))
      .orderBy(asc(memberships.startDate), asc(memberships.id));
  }
}

/** The feed files a membership under its body's municipality. */
const membershipIn = (municipalityNumber: string) => ({
  entityType: 'MEMBERSHIP' as const,
  table: memberships,
  municipalityNumber,
});

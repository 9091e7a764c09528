import { asc, isNotNull, sql } from 'drizzle-orm';
import { anyOf } from '@registers/service-runtime';
import type { MunicipalityDatabase } from '../../db/index.ts';
import {
  electedBodies,
  memberships,
  parties,
  type ElectedBodyRow,
  type MembershipRow,
  type PartyRow,
} from '../../db/schema/index.ts';

/** Council first, then executive committee, standing and control committees, then by name. */
const bodyOrder = sql`array_position(array['MUNICIPAL_COUNCIL','COUNTY_COUNCIL','EXECUTIVE_COMMITTEE','STANDING_COMMITTEE','CONTROL_COMMITTEE','OTHER']::body_kind[], ${electedBodies.kind})`;
/** Leader, deputy leader, members, then substitutes by rank. */
const memberOrder = sql`array_position(array['LEADER','DEPUTY_LEADER','MEMBER','SUBSTITUTE']::membership_role[], ${memberships.role})`;

/** Elected bodies (folkevalgte organer), their memberships, and parties. */
export class BodyStore {
  constructor(private readonly db: MunicipalityDatabase) {}

  listNationalParties(): Promise<PartyRow[]> {
    return this.db.select().from(parties).where(isNotNull(parties.code)).orderBy(asc(parties.code));
  }

  partiesByIds(ids: readonly string[]): Promise<PartyRow[]> {
    return this.db
      .select()
      .from(parties)
      .where(anyOf(parties.id, ids, 'uuid'));
  }

  bodiesByIds(ids: readonly string[]): Promise<ElectedBodyRow[]> {
    return this.db
      .select()
      .from(electedBodies)
      .where(anyOf(electedBodies.id, ids, 'uuid'));
  }

  bodiesByMunicipalities(numbers: readonly string[]): Promise<ElectedBodyRow[]> {
    return this.db
      .select()
      .from(electedBodies)
      .where(anyOf(electedBodies.municipalityNumber, numbers, 'text'))
      .orderBy(sql`${electedBodies.periodStartYear} desc`, bodyOrder, asc(electedBodies.name));
  }

  membershipsByBodies(bodyIds: readonly string[]): Promise<MembershipRow[]> {
    return this.db
      .select()
      .from(memberships)
      .where(anyOf(memberships.bodyId, bodyIds, 'uuid'))
      .orderBy(memberOrder, asc(memberships.substituteRank), asc(memberships.id));
  }

  membershipsByPersons(personIds: readonly string[]): Promise<MembershipRow[]> {
    return this.db
      .select()
      .from(memberships)
      .where(anyOf(memberships.personId, personIds, 'uuid'))
      .orderBy(asc(memberships.startDate), asc(memberships.id));
  }
}

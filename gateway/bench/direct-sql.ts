/**
 * The direct-SQL baseline of the register-pull benchmark: the same JSON as the gateway's
 * `AllMunicipalitiesOrganisation` (or `MunicipalityOrganisation`) answer, built in one process
 * straight from the two databases with as few statements as it takes: one in the municipality
 * database (the whole nesting by json_agg / json_build_object: set-based for every municipality
 * and county municipality, which are rows of one table alike; by correlated subqueries for one),
 * one in the interests database (the published declarations, with their positions, of the
 * persons found), merged in JS.
 *
 * It applies what the subgraphs apply for a public caller: the same orderings, and a
 * declaration only when it is published and its terms are accepted (the access policy hides
 * the others from the public). It does nothing the gateway does not have to do too.
 */
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import type { Database } from '@registers/platform';
import type {
  AllMunicipalitiesOrganisationQuery,
  MunicipalityOrganisationQuery,
  PersonWithDeclarationFragment,
} from '@registers/client';

/** Runs one SQL text with positional parameters ($1, …) and gives its rows. */
export interface SqlRunner {
  rows(text: string, params?: readonly string[]): Promise<Record<string, unknown>[]>;
  /** Statements sent through this runner so far. */
  readonly statements: number;
  close(): Promise<void>;
}

/** A runner over its own postgres.js connection to a database. */
export function postgresRunner(url: string): SqlRunner {
  const client = postgres(url, { max: 1, onnotice: () => {} });
  let statements = 0;
  return {
    async rows(text, params = []) {
      statements++;
      return await client.unsafe<Record<string, unknown>[]>(text, [...params]);
    },
    get statements() {
      return statements;
    },
    close: () => client.end({ timeout: 5 }),
  };
}

/**
 * A runner through a subgraph's own drizzle database (`db.execute`): the only way into an
 * embedded PGlite database, which one process owns. Works for either driver.
 */
export function drizzleRunner(db: Database<Record<string, unknown>>): SqlRunner {
  let statements = 0;
  return {
    async rows(text, params = []) {
      statements++;
      // "… $1 …" → raw text and bound parameters, as drizzle's sql template makes them.
      const parts = text.split(/\$(\d+)/);
      const query = sql.join(
        parts.map((part, i) => (i % 2 === 1 ? sql.param(params[Number(part) - 1]) : sql.raw(part))),
      );
      const result = (await db.execute(query)) as unknown;
      return Array.isArray(result)
        ? (result as Record<string, unknown>[])
        : (result as { rows: Record<string, unknown>[] }).rows;
    },
    get statements() {
      return statements;
    },
    close: async () => {},
  };
}

/** The name of the database a drizzle connection is on (to open a second connection to it). */
export async function currentDatabaseName(db: Database<Record<string, unknown>>): Promise<string> {
  const [row] = await drizzleRunner(db).rows('select current_database() as name');
  return String(row?.['name']);
}

// The JSON of each level, in the shape and order of the `MunicipalityWithOrganisation` fragment,
// and the orderings of the subgraph stores (units by name; employments leaders first; bodies by
// period, kind and name; members by role and rank; ownerships by company name; roles by role).
const personJson = `json_build_object('id', p.id, 'name', p.given_name || ' ' || p.family_name)`;
const employmentJson = `json_build_object('title', e.title, 'isLeader', e.is_leader, 'person', ${personJson})`;
const employmentOrder = 'e.is_leader desc, e.start_date, e.id';
const unitJson = (employments: string) => `json_build_object(
  'id', u.id,
  'name', u.name,
  'kind', u.kind,
  'organizationNumber', u.organization_number,
  'organizationForm', u.organization_form,
  'industryCode', u.industry_code,
  'parent', case when u.parent_id is null then null else json_build_object('id', u.parent_id) end,
  'employments', coalesce(${employments}, '[]'::json))`;
const unitOrder = 'u.name, u.id';
const memberJson = `json_build_object(
  'role', ms.role,
  'substituteRank', ms.substitute_rank,
  'party', case when pa.id is null then null else json_build_object('code', pa.code, 'name', pa.name) end,
  'person', ${personJson})`;
const memberOrder = `array_position(array['LEADER','DEPUTY_LEADER','MEMBER','SUBSTITUTE']::membership_role[], ms.role),
  ms.substitute_rank, ms.id`;
const memberFrom = `memberships ms
  join persons p on p.id = ms.person_id
  left join parties pa on pa.id = ms.party_id`;
const bodyJson = (members: string) => `json_build_object(
  'id', b.id,
  'kind', b.kind,
  'name', b.name,
  'period', json_build_object('label', b.period_start_year || '–' || (b.period_start_year + 4)),
  'members', coalesce(${members}, '[]'::json))`;
const bodyOrder = `b.period_start_year desc,
  array_position(array['MUNICIPAL_COUNCIL','COUNTY_COUNCIL','EXECUTIVE_COMMITTEE','STANDING_COMMITTEE','CONTROL_COMMITTEE','OTHER']::body_kind[], b.kind),
  b.name`;
const roleJson = `json_build_object('role', r.role, 'person', ${personJson})`;
const roleOrder = 'r.role, r.start_date, r.id';
const ownershipJson = (roles: string) => `json_build_object(
  'sharePercent', o.share_percent,
  'company', json_build_object(
    'organizationNumber', c.organization_number,
    'name', c.name,
    'form', c.form,
    'roles', coalesce(${roles}, '[]'::json)))`;
const ownershipOrder = 'c.name, c.id';
const municipalityJson = (units: string, bodies: string, ownerships: string, more = '') => `json_build_object(
  'number', m.number,
  'name', m.name,
  'kind', m.kind,
  'organizationNumber', m.organization_number,
  'units', coalesce(${units}, '[]'::json),
  'electedBodies', coalesce(${bodies}, '[]'::json),
  'companyOwnerships', coalesce(${ownerships}, '[]'::json)${more})`;

/**
 * One statement for every municipality and county municipality, one row each: each level aggregated once over its whole
 * table (grouped by its parent's key) and joined to the level above. Set-based: at the national
 * size EXPLAIN ANALYZE gave it about half the time of the same nesting by correlated subqueries.
 */
const allMunicipalitiesQuery = `
with employments_of_unit as (
  select e.unit_id, json_agg(${employmentJson} order by ${employmentOrder}) as employments
  from employments e join persons p on p.id = e.person_id
  group by e.unit_id
), units_of_municipality as (
  select u.municipality_number, json_agg(${unitJson('eu.employments')} order by ${unitOrder}) as units
  from units u left join employments_of_unit eu on eu.unit_id = u.id
  group by u.municipality_number
), members_of_body as (
  select ms.body_id, json_agg(${memberJson} order by ${memberOrder}) as members
  from ${memberFrom}
  group by ms.body_id
), bodies_of_municipality as (
  select b.municipality_number, json_agg(${bodyJson('mb.members')} order by ${bodyOrder}) as bodies
  from elected_bodies b left join members_of_body mb on mb.body_id = b.id
  group by b.municipality_number
), roles_of_company as (
  select r.company_id, json_agg(${roleJson} order by ${roleOrder}) as roles
  from company_roles r join persons p on p.id = r.person_id
  group by r.company_id
), ownerships_of_municipality as (
  select o.municipality_number, json_agg(${ownershipJson('rc.roles')} order by ${ownershipOrder}) as ownerships
  from company_owners o
  join companies c on c.id = o.company_id
  left join roles_of_company rc on rc.company_id = c.id
  group by o.municipality_number
)
select ${municipalityJson('um.units', 'bm.bodies', 'om.ownerships')} as municipality
from municipalities m
left join units_of_municipality um on um.municipality_number = m.number
left join bodies_of_municipality bm on bm.municipality_number = m.number
left join ownerships_of_municipality om on om.municipality_number = m.number
order by m.number`;

/**
 * One statement for the municipality numbered $1: the same nesting by correlated subqueries,
 * each down an index from the level above (aggregating whole tables would be wasted here).
 */
const oneMunicipalityQuery = `
select ${municipalityJson(
  `(select json_agg(${unitJson(
    `(select json_agg(${employmentJson} order by ${employmentOrder})
      from employments e join persons p on p.id = e.person_id
      where e.unit_id = u.id)`,
  )} order by ${unitOrder})
    from units u where u.municipality_number = m.number)`,
  `(select json_agg(${bodyJson(
    `(select json_agg(${memberJson} order by ${memberOrder})
      from ${memberFrom}
      where ms.body_id = b.id)`,
  )} order by ${bodyOrder})
    from elected_bodies b where b.municipality_number = m.number)`,
  `(select json_agg(${ownershipJson(
    `(select json_agg(${roleJson} order by ${roleOrder})
      from company_roles r join persons p on p.id = r.person_id
      where r.company_id = c.id)`,
  )} order by ${ownershipOrder})
    from company_owners o join companies c on c.id = o.company_id
    where o.municipality_number = m.number)`,
  `,
  'county', (select json_build_object('number', k.number, 'name', k.name) from counties k where k.number = m.county_number)`,
)} as municipality
from municipalities m
where m.number = $1`;

/** One statement: the published declarations of these persons ($1, a uuid[] literal), with positions. */
const declarationsQuery = `
select d.person_id as "personId",
       json_build_object(
         'published', d.published,
         'positions', coalesce((
           select json_agg(json_build_object(
             'category', p.category,
             'organizationName', p.organization_name,
             'organizationNumber', p.organization_number,
             'role', p.role
           ) order by p.category, p.organization_name, p.id)
           from positions p
           where p.person_id = d.person_id
         ), '[]'::json)
       ) as declaration
from declarations d
where d.person_id = any($1::uuid[])
  and d.published and d.terms_accepted_at is not null`;

type Municipality = AllMunicipalitiesOrganisationQuery['municipalities'][number];
type Declaration = PersonWithDeclarationFragment['declaration'];

/** json columns come parsed from both drivers; a string is parsed here all the same. */
const json = <T>(value: unknown): T => (typeof value === 'string' ? JSON.parse(value) : value) as T;

/** Builds the municipalities (all, or the one numbered `number`) with the persons' declarations. */
async function pull(
  municipalityDb: SqlRunner,
  interestsDb: SqlRunner,
  number?: string,
): Promise<Municipality[]> {
  const rows = number
    ? await municipalityDb.rows(oneMunicipalityQuery, [number])
    : await municipalityDb.rows(allMunicipalitiesQuery);
  const municipalities = rows.map((row) => json<Municipality>(row['municipality']));
  // Every person whose declaration is asked for: employees and members of elected bodies.
  const persons: PersonWithDeclarationFragment[] = [];
  for (const municipality of municipalities) {
    for (const unit of municipality.units) for (const e of unit.employments) persons.push(e.person);
    for (const body of municipality.electedBodies) for (const m of body.members) persons.push(m.person);
  }
  const ids = [...new Set(persons.map((person) => person.id))];
  const declarations = new Map<string, Declaration>();
  if (ids.length > 0) {
    for (const row of await interestsDb.rows(declarationsQuery, [`{${ids.join(',')}}`])) {
      declarations.set(String(row['personId']), json<Declaration>(row['declaration']));
    }
  }
  for (const person of persons) person.declaration = declarations.get(person.id) ?? null;
  return municipalities;
}

/** What `AllMunicipalitiesOrganisation` answers, built straight from the databases. */
export async function directAllMunicipalities(
  municipalityDb: SqlRunner,
  interestsDb: SqlRunner,
): Promise<AllMunicipalitiesOrganisationQuery> {
  return { municipalities: await pull(municipalityDb, interestsDb) };
}

/** What `MunicipalityOrganisation(number)` answers, built straight from the databases. */
export async function directMunicipality(
  municipalityDb: SqlRunner,
  interestsDb: SqlRunner,
  number: string,
): Promise<MunicipalityOrganisationQuery> {
  const [municipality] = await pull(municipalityDb, interestsDb, number);
  return { municipality: (municipality as MunicipalityOrganisationQuery['municipality']) ?? null };
}

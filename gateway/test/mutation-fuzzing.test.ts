import { readFileSync } from 'node:fs';
import { identifiers } from '@registers/graphql-kit';
import { generateDemoDeclarations } from '@registers/interests';
import fc from 'fast-check';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputObjectType,
  type GraphQLInputType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postGraphQL, startSystem, type GraphQLResponse, type System } from './support/system.ts';

/**
 * Property-based fuzzing of every mutation's input (issue 12). The inputs are derived from the
 * public schema itself: every input object, list, enum and nullability as declared, and for each
 * scalar a mix of valid values (ids of the seeded demo register, so that many cases get past
 * "not found" into validation and writes) and hostile ones (empty, blank, over-long, NUL and
 * control characters, unicode, SQL and LIKE metacharacters, wrong formats and JSON types, huge
 * numbers). Each is sent as variables through the real gateway over HTTP, as an administrator
 * or as a contact person, and must get:
 *
 * - no HTTP 5xx, and no error but a typed one (an `extensions.code` of `knownErrorCodes`);
 * - `userErrors` that name a field of the mutation's input;
 * - no partial write: when the payload has `userErrors` or the request errored, neither change
 *   feed (`changes`, `declarationChanges`), nor either audit trail, nor any row of either
 *   database moved.
 *
 * `FUZZ_SEED=<n>` runs another sequence (the seed is printed with every failure), `FUZZ_RUNS=<n>`
 * more cases a mutation, and `FUZZ_DEBUG=1` prints each case's errors.
 */
const seed = Number(process.env['FUZZ_SEED'] ?? 20_261_130);
const runsPerMutation = Number(process.env['FUZZ_RUNS'] ?? 15);
const demoScale = 0.002;

/**
 * The codes a refusal may carry. UNAVAILABLE (Kommuneregisteret could not be asked) is a typed
 * error too, but here every service is up, so it would be a fault.
 */
const knownErrorCodes = new Set([
  'BAD_USER_INPUT',
  'GRAPHQL_VALIDATION_FAILED',
  'FORBIDDEN',
  'NOT_FOUND',
  'UNAUTHENTICATED',
]);

const api = buildSchema(readFileSync(new URL('../../schema/api.graphql', import.meta.url), 'utf8'));
const mutations = Object.values(api.getMutationType()!.getFields());

type IdKind =
  | 'person'
  | 'unit'
  | 'body'
  | 'company'
  | 'employment'
  | 'membership'
  | 'companyRole'
  | 'contactPerson'
  | 'changeMessage'
  | 'electionResult'
  | 'candidate'
  | 'party'
  | 'position'
  | 'report';

/** What an `ID` input field names: by `Input.field` for a bare `id`, else by the field's name. */
const idKinds: Record<string, IdKind> = {
  personId: 'person',
  personIds: 'person',
  duplicatePersonId: 'person',
  mergedIntoPersonId: 'person',
  unitId: 'unit',
  parentId: 'unit',
  bodyId: 'body',
  companyId: 'company',
  partyId: 'party',
  reportId: 'report',
  candidateId: 'candidate',
  membershipId: 'membership',
  'UpdatePositionInput.id': 'position',
  'RemovePositionInput.id': 'position',
  'ApproveChangeMessageInput.id': 'changeMessage',
  'RejectChangeMessageInput.id': 'changeMessage',
  'EndMembershipInput.id': 'membership',
  'UpdateCompanyInput.id': 'company',
  'EndCompanyRoleInput.id': 'companyRole',
  'RemoveContactPersonInput.id': 'contactPerson',
  'UpdateUnitInput.id': 'unit',
  'MoveUnitInput.id': 'unit',
  'CloseUnitInput.id': 'unit',
  'UpdatePersonInput.id': 'person',
  'RemovePersonInput.id': 'person',
  'EndEmploymentInput.id': 'employment',
  'ConfirmElectionResultInput.id': 'electionResult',
};

/** Real values of the register as it stands, read from both databases. */
interface Pools {
  ids: Record<IdKind, string[]>;
  municipalityNumbers: string[];
  organizationNumbers: string[];
  emails: string[];
}

// Hostile values -------------------------------------------------------------------------------

const hostileStrings = [
  '',
  ' ',
  '   ',
  '\t\n\r',
  '\u0000',
  'Kari\u0000Nordmann',
  '\u0007\u001b[2J\u007f',
  '\u200b',
  '\u202eevil',
  'Ærøy Åsnes 😀',
  'e\u0301\u0301\u0301',
  '\ud800',
  '\uffff',
  "'; drop table persons; --",
  "O'Brien",
  '%',
  '_',
  '%_%',
  '\\',
  '\\%',
  '$1',
  'null',
  '<script>alert(1)</script>',
  '../../etc/passwd',
  'a'.repeat(201),
  'a'.repeat(2_001),
  'x'.repeat(100_000),
];
/** JSON values of the wrong type for a string scalar: variable coercion must refuse them. */
const wrongTypes = [0, -1, 1e308, true, {}, [], ['a'], { a: 1 }];

const hostileString = (...formatSpecific: unknown[]): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...hostileStrings, ...formatSpecific) },
    { weight: 1, arbitrary: fc.constantFrom(...wrongTypes) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
  );

/** A scalar's valid values and its hostile ones. */
interface Values {
  valid: fc.Arbitrary<unknown>;
  hostile: fc.Arbitrary<unknown>;
}
const values = (valid: fc.Arbitrary<unknown>, hostile: fc.Arbitrary<unknown>): Values => ({ valid, hostile });

/**
 * Half the cases are valid throughout (they get into the commands' checks and writes); in the
 * other half each value is hostile one time in four, and a required one is sometimes missing.
 */
type Mode = 'valid' | 'hostile';
const pick = ({ valid, hostile }: Values, mode: Mode) =>
  mode === 'valid' ? valid : fc.oneof({ weight: 3, arbitrary: valid }, { weight: 1, arbitrary: hostile });

// Valid values ---------------------------------------------------------------------------------

const names = [
  'Kari',
  'Nordmann',
  'Servicetorget',
  'Avdeling for helse og omsorg',
  'Idrettslaget Ørn',
  'Ås kommune',
  'Formannskapet',
  'A',
  'H',
  'SP',
  'Leder',
];
const nameLike = (maxLength: number) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...names) },
    {
      weight: 2,
      arbitrary: fc
        .string({ unit: 'grapheme', minLength: 1, maxLength: Math.min(maxLength, 60) })
        .filter((value) => value.trim() !== ''),
    },
    { weight: 1, arbitrary: fc.constant('n'.repeat(maxLength)) },
  );

/** Organisation numbers no demo unit or company has, with a valid check digit. */
const freshOrganizationNumber = fc
  .integer({ min: 80_000_000, max: 99_999_999 })
  .map(String)
  .filter((firstEight) => identifiers.organizationNumberCheckDigit(firstEight) !== null)
  .map((firstEight) => `${firstEight}${identifiers.organizationNumberCheckDigit(firstEight)}`);

const isoDate = fc
  .date({ min: new Date('1950-01-01'), max: new Date('2040-12-31'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

/** Integers that mean something where a field names them; the rest are any small integer. */
const meaningfulIntegers: Record<string, fc.Arbitrary<number>> = {
  periodStartYear: fc.constantFrom(2015, 2019, 2023, 2027, 2031, 2035, 2026),
  birthYear: fc.integer({ min: 1930, max: 2008 }),
  substituteRank: fc.integer({ min: 1, max: 12 }),
};

function scalar(name: string, pools: Pools, idKind: IdKind | undefined, field?: string): Values {
  switch (name) {
    case 'Name':
      return values(nameLike(200), hostileString());
    case 'SearchText':
      return values(nameLike(100), hostileString());
    case 'Text':
      return values(
        fc.oneof(
          fc.constantFrom('Enheten er lagt ned.', 'Jeg er ikke denne personen.', 'Rettet i registeret.'),
          fc.string({ unit: 'grapheme', minLength: 1, maxLength: 300 }),
          fc.constant('t'.repeat(2_000)),
        ),
        hostileString(),
      );
    case 'String':
      return values(fc.string({ unit: 'grapheme', maxLength: 100 }), hostileString());
    case 'MunicipalityNumber':
      return values(
        fc.constantFrom(...pools.municipalityNumbers),
        hostileString('9999', '0000', '301', '03011', '03a1', ' 0301', '٠٣٠١'),
      );
    case 'CountyNumber':
      return values(fc.constantFrom('03', '46', '50'), hostileString('3', '99', '003'));
    case 'OrganizationNumber':
      return values(
        fc.oneof(fc.constantFrom(...pools.organizationNumbers), freshOrganizationNumber),
        hostileString('123456789', '000000000', '97412345 6', '9741234567', '923 609 016'),
      );
    case 'EmailAddress':
      return values(
        fc.oneof(
          fc.constantFrom(...pools.emails),
          fc.emailAddress(),
          fc.nat({ max: 10_000 }).map((n) => ` Fuzz.${n}@Example.NO `),
        ),
        hostileString(
          'kari@',
          '@example.no',
          'kari@example',
          'kari nordmann@example.no',
          `${'k'.repeat(250)}@x.no`,
        ),
      );
    case 'PhoneNumber':
      return values(
        fc
          .integer({ min: 20_000_000, max: 99_999_999 })
          .chain((n) =>
            fc.constantFrom(`${n}`, `+47 ${n}`, `0047${n}`, `+47 ${String(n).replace(/(..)/g, '$1 ')}`),
          ),
        hostileString('+46 22 00 00 00', '1234567', '123456789', '+47', '22-00-00-0x'),
      );
    case 'Date':
      return values(
        fc.oneof(isoDate, fc.constantFrom('2023-10-01', '2024-01-01', new Date().toISOString().slice(0, 10))),
        hostileString(
          '2023-02-30',
          '2023-13-01',
          '0000-01-01',
          '0001-01-01',
          '9999-12-31',
          '+275760-09-13',
          '2023-1-1',
          '2023-01-01T00:00:00Z',
          '1900-01-01',
        ),
      );
    case 'DateTime':
      return values(
        fc
          .date({ min: new Date('1950-01-01'), max: new Date('2040-12-31'), noInvalidDate: true })
          .map((d) => d.toISOString()),
        hostileString('2023-01-01', '2023-01-01T25:00:00Z', '0000-01-01T00:00:00Z', 'Tue, 01 Jan 2023'),
      );
    case 'PostalCode':
      return values(
        fc.integer({ min: 0, max: 9_999 }).map((n) => String(n).padStart(4, '0')),
        hostileString('500', '50033', '50a3', ' 5003'),
      );
    case 'IndustryCode':
      return values(
        fc.oneof(
          fc.constantFrom('84.110', '84.120', '85.201', '86.211'),
          fc
            .tuple(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 999 }))
            .map(([a, b]) => `${String(a).padStart(2, '0')}.${String(b).padStart(3, '0')}`),
        ),
        hostileString('84.11', '84110', '84,110', 'AB.CDE'),
      );
    case 'ID': {
      if (!idKind) throw new Error('an ID field without a kind');
      const real = pools.ids[idKind];
      return values(
        real.length > 0 ? fc.constantFrom(...real) : fc.uuid(),
        fc.oneof(
          fc.uuid(),
          fc.constantFrom(
            '',
            ' ',
            'not-a-uuid',
            '00000000-0000-0000-0000-000000000000',
            'FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF',
            ...(real[0] ? [real[0].toUpperCase(), ` ${real[0]} `, `${real[0]}0`] : []),
            "1' or '1'='1",
            42,
            -1,
            2 ** 53,
            'x'.repeat(10_000),
          ),
        ),
      );
    }
    case 'Int':
      return values(
        (field === undefined ? undefined : meaningfulIntegers[field]) ?? fc.integer({ min: -5, max: 3_000 }),
        fc.constantFrom(0, -1, 2_147_483_647, -2_147_483_648, 2_147_483_648, 1e20, 1.5, '2023', true, null),
      );
    case 'Float':
      return values(
        fc.oneof(fc.constantFrom(100, 50, 33.33, 0.01), fc.double({ min: 0, max: 100, noNaN: true })),
        fc.constantFrom(0, -1, 100.0001, 101, 1e308, -1e308, 5e-324, '50', false),
      );
    case 'Boolean':
      return values(fc.boolean(), fc.constantFrom('true', 1, 0, null));
    default:
      throw new Error(`No arbitrary for the scalar ${name}: add one to mutation-fuzzing.test.ts`);
  }
}

/** Enhetsregisteret's JSON as the import takes it, around the register's organisation numbers. */
function enhetsregisteretJson(pools: Pools, mode: Mode): fc.Arbitrary<unknown> {
  const value = (name: string) => pick(scalar(name, pools, undefined), mode);
  const entity = fc.record(
    {
      organisasjonsnummer: value('OrganizationNumber'),
      navn: value('Name'),
      organisasjonsform: fc.record({
        kode: fc.constantFrom('ORGL', 'KOMM', 'AS', 'X'),
        beskrivelse: fc.string(),
      }),
      naeringskode1: fc.record({ kode: value('IndustryCode'), beskrivelse: fc.string() }),
      postadresse: fc.record({
        adresse: fc.array(value('Name'), { maxLength: 3 }),
        postnummer: value('PostalCode'),
        poststed: value('Name'),
        kommunenummer: value('MunicipalityNumber'),
      }),
      slettedato: isoDate,
    },
    { requiredKeys: ['organisasjonsnummer'] },
  );
  const page = fc
    .array(entity, { maxLength: 4 })
    .map((enheter) => JSON.stringify({ _embedded: { enheter } }));
  if (mode === 'valid') return page;
  return fc.oneof(
    { weight: 2, arbitrary: page },
    { weight: 1, arbitrary: fc.array(entity, { maxLength: 4 }).map((list) => JSON.stringify(list)) },
    { weight: 1, arbitrary: fc.anything().map((anything) => JSON.stringify(anything) ?? 'null') },
    { weight: 1, arbitrary: fc.constantFrom('', 'not json', '{"enheter": 1}', '['.repeat(100_000), '{"a":') },
    { weight: 1, arbitrary: scalar('String', pools, undefined).hostile },
  );
}

/**
 * A value for an input type as declared: a nullable one is sometimes null or left out. In the
 * hostile mode, a required value is sometimes null or missing too, a list is one value or over a
 * limit, an object has a field too many.
 */
function inputValue(
  type: GraphQLInputType,
  pools: Pools,
  where: { parent: string; field: string },
  mode: Mode,
): fc.Arbitrary<unknown> {
  const hostile = (valid: fc.Arbitrary<unknown>, ...others: fc.Arbitrary<unknown>[]) =>
    mode === 'valid'
      ? valid
      : fc.oneof({ weight: 10, arbitrary: valid }, ...others.map((arbitrary) => ({ weight: 1, arbitrary })));
  const missing = fc.constantFrom(null, undefined);
  if (isNonNullType(type)) return hostile(valueOf(type.ofType), missing);
  return fc.oneof({ weight: 4, arbitrary: valueOf(type) }, { weight: 1, arbitrary: missing });

  function valueOf(type: GraphQLInputType): fc.Arbitrary<unknown> {
    if (isListType(type)) {
      const item = inputValue(type.ofType, pools, where, mode);
      return hostile(
        fc.array(item, { maxLength: 4 }),
        // A single value where a list is asked: coerced to a list of one.
        item,
        // Over a limit (e.g. 500 persons a notice).
        item.chain((one) => fc.constant(Array.from({ length: 501 }, () => one))),
      );
    }
    if (isEnumType(type)) {
      const names = type.getValues().map((value) => value.name);
      return pick(
        values(fc.constantFrom(...names), fc.constantFrom('UNKNOWN', names[0]!.toLowerCase(), 1, '')),
        mode,
      );
    }
    if (isScalarType(type)) {
      const override = `${where.parent}.${where.field}`;
      if (override === 'ImportEnhetsregisteretEntitiesInput.json') return enhetsregisteretJson(pools, mode);
      const idKind = type.name === 'ID' ? (idKinds[override] ?? idKinds[where.field]) : undefined;
      if (type.name === 'ID' && !idKind) {
        throw new Error(`What does ${override} name? Add it to idKinds in mutation-fuzzing.test.ts`);
      }
      return pick(scalar(type.name, pools, idKind, where.field), mode);
    }
    if (isInputObjectType(type)) {
      const fields = Object.fromEntries(
        Object.values(type.getFields()).map((field) => [
          field.name,
          inputValue(field.type, pools, { parent: type.name, field: field.name }, mode),
        ]),
      );
      const record = fc
        .record(fields)
        .map((value) => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)));
      return hostile(
        record,
        record.map((value) => ({ ...value, notAField: 'x' })),
      );
    }
    throw new Error(`Unexpected input type ${String(type)}`);
  }
}

/** The mutation with every payload field selected: its scalars, and each object's id. */
function documentOf(mutation: GraphQLField<unknown, unknown>): string {
  const payload = getNamedType(mutation.type);
  if (!isObjectType(payload)) throw new Error(`${mutation.name}'s payload is not an object type`);
  const selections = Object.values(payload.getFields()).map((field) => {
    if (field.name === 'userErrors') return 'userErrors { code field message }';
    const named = getNamedType(field.type);
    if (!isObjectType(named)) return field.name;
    return `${field.name} { __typename ${'id' in named.getFields() ? 'id' : ''} }`;
  });
  const inputType = getNamedType(mutation.args[0]!.type).name;
  return `mutation Fuzz($input: ${inputType}!) { ${mutation.name}(input: $input) { ${selections.join(' ')} } }`;
}

// The system -----------------------------------------------------------------------------------

let system: System;
type Caller = 'administrator' | 'contact' | 'self';
/** The signed-in position holder's person id. */
let selfId = '';
const tokens: Record<Caller, string> = { administrator: '', contact: '', self: '' };

beforeAll(async () => {
  system = await startSystem({
    demoScale,
    driver: 'postgres',
    // Jobs (notices, sign-in links) are queued, not run: a job running between two snapshots
    // would write audit entries of its own.
    interestsOptions: { jobsOptions: { pollingIntervalSeconds: 3_600 } },
    gatewayEnv: { RATE_LIMIT_PER_MINUTE: '1000000' },
  });
  // A person with a declaration, and their municipality M: the contact person's, and where an
  // election's reconciliation puts them, so that they may report its match of them.
  const { declarations } = generateDemoDeclarations(demoScale);
  const self = system.population.persons.find(
    (person) => person.municipalityNumber && declarations.some((d) => d.personId === person.id),
  )!;
  const M = self.municipalityNumber!;
  selfId = self.id;
  tokens.administrator = await system.tokenFor({ subject: 'fuzz-administrator', roles: ['administrator'] });
  tokens.contact = await system.tokenFor({
    subject: 'fuzz-contact',
    roles: ['kr-contact', 'stv-contact'],
    municipalities: [M],
  });
  tokens.self = await system.tokenFor({
    subject: 'fuzz-self',
    roles: ['position-holder'],
    personId: self.id,
  });

  // What the demo register lacks at this scale: election results (a confirmed one with its
  // reconciliation, and one with candidates to correct and confirm), and a contact person.
  const council = /00$/.test(M) ? 'COUNTY_COUNCIL' : 'MUNICIPAL_COUNCIL';
  const result = (periodStartYear: number) => ({
    municipalityNumber: M,
    periodStartYear,
    candidates: ['Kari Fuzzmann', 'Ola Fuzzmann', 'Per Fuzzmann'].map((name) => ({
      body: council,
      list: 'A',
      name,
    })),
  });
  const confirmed = await setUp('loadElectionResult', 'electionResult { id }', result(2019));
  await setUp('confirmElectionResult', 'electionResult { id }', { id: confirmed['electionResult'].id });
  await setUp('startElectionReconciliation', 'electionReconciliation { id }', {
    municipalityNumber: M,
    periodStartYear: 2019,
  });
  await setUp('loadElectionResult', 'electionResult { id }', result(2031));
  await setUp('assignContactPerson', 'contactPerson { id }', {
    personId: system.population.persons.find(
      (person) => person.municipalityNumber === M && person.id !== self.id,
    )!.id,
    role: 'KR',
    municipalityNumber: M,
  });
  feedEnds = await advanceFeeds({ changes: null, declarationChanges: null });
}, 120_000);

/** A change the cases start from, as an administrator makes it: it must succeed. */
async function setUp(name: string, selection: string, input: Record<string, unknown>) {
  const type = `${name[0]!.toUpperCase()}${name.slice(1)}Input`;
  const response = await postGraphQL<Record<string, Record<string, any>>>(
    system.gateway.url,
    {
      query: `mutation ($input: ${type}!) { ${name}(input: $input) { ${selection} userErrors { code field message } } }`,
      variables: { input },
    },
    { authorization: `Bearer ${tokens.administrator}` },
  );
  expect(response.errors, name).toBeUndefined();
  expect(response.data?.[name]?.['userErrors'], name).toEqual([]);
  return response.data![name]!;
}
afterAll(async () => {
  await system?.close();
});

async function readPools(): Promise<Pools> {
  const rows = async (database: 'municipality' | 'interests', text: string) =>
    (await system[database].database.executeSql(text)).rows.map((row) => String(Object.values(row)[0]));
  const ids = (table: string, column = 'id') =>
    rows('municipality', `select ${column} from ${table} order by 1 limit 40`);
  const [persons, declarants] = await Promise.all([
    ids('persons'),
    rows('interests', 'select person_id from declarations order by 1 limit 40'),
  ]);
  return {
    ids: {
      person: [selfId, ...persons, ...declarants],
      unit: await ids('units'),
      body: await ids('elected_bodies'),
      company: await ids('companies'),
      employment: await ids('employments'),
      membership: await ids('memberships'),
      companyRole: await ids('company_roles'),
      contactPerson: await ids('contact_persons'),
      changeMessage: await ids('change_messages'),
      electionResult: await ids('election_results'),
      candidate: await ids('election_candidates'),
      party: await ids('parties'),
      position: await rows('interests', 'select id from positions order by 1 limit 40'),
      report: await rows('interests', 'select id from election_match_reports order by 1 limit 40'),
    },
    municipalityNumbers: await ids('municipalities', 'number'),
    organizationNumbers: await rows(
      'municipality',
      'select organization_number from units where organization_number is not null union select organization_number from companies order by 1 limit 40',
    ),
    emails: await ids('persons where email is not null', 'email'),
  };
}

// What a refusal must leave as it was ----------------------------------------------------------

interface FeedEnds {
  changes: string | null;
  declarationChanges: string | null;
}
let feedEnds: FeedEnds;

/** Pages both change feeds from the given cursors to their ends. */
async function advanceFeeds(from: FeedEnds): Promise<FeedEnds & { moved: boolean }> {
  let ends = { ...from };
  let moved = false;
  for (;;) {
    const response = await postGraphQL<{
      changes: { edges: unknown[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } };
      declarationChanges: { edges: unknown[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } };
    }>(
      system.gateway.url,
      {
        query: `query ($changes: String, $declarationChanges: String) {
          changes(after: $changes, first: 1000) { edges { cursor } pageInfo { endCursor hasNextPage } }
          declarationChanges(after: $declarationChanges, first: 1000) { edges { cursor } pageInfo { endCursor hasNextPage } } }`,
        variables: ends,
      },
      { authorization: `Bearer ${tokens.administrator}` },
    );
    expect(response.errors).toBeUndefined();
    const { changes, declarationChanges } = response.data!;
    moved ||= changes.edges.length > 0 || declarationChanges.edges.length > 0;
    ends = {
      changes: changes.pageInfo.endCursor ?? ends.changes,
      declarationChanges: declarationChanges.pageInfo.endCursor ?? ends.declarationChanges,
    };
    if (!changes.pageInfo.hasNextPage && !declarationChanges.pageInfo.hasNextPage) return { ...ends, moved };
  }
}

/**
 * Every row of both databases (audit trails and feeds included), as one digest per table: the
 * row count and the sum of the rows' hashes. The job queue's own schema is left out: a sign-in
 * link is asked for in the background.
 */
async function tableDigests(): Promise<Record<string, string>> {
  const digests: Record<string, string> = {};
  for (const name of ['municipality', 'interests'] as const) {
    const { database } = system[name];
    const tables = (
      await database.executeSql(
        `select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
      )
    ).rows.map((row) => String(row['table_name']));
    const { rows } = await database.executeSql(
      tables
        .map(
          (table) =>
            `select '${table}' as t, count(*) || ':' || coalesce(sum(hashtext(r::text)::bigint), 0) as d from "${table}" r`,
        )
        .join(' union all '),
    );
    for (const row of rows) digests[`${name}.${String(row['t'])}`] = String(row['d']);
  }
  return digests;
}

/** A value as a failure shows it: long strings cut short, so a 100,000-character case stays readable. */
const shown = (value: unknown) =>
  JSON.stringify(value, (_key, v: unknown) =>
    typeof v === 'string' && v.length > 60 ? `${v.slice(0, 40)}… (${v.length} characters)` : v,
  );

let lastDigests: Record<string, string> | undefined;

const changedTables = (before: Record<string, string>, after: Record<string, string>) =>
  Object.keys({ ...before, ...after }).filter((table) => before[table] !== after[table]);

// The properties -------------------------------------------------------------------------------

/** How each mutation's cases ended: accepted (written), refused in `userErrors`, refused by an error. */
const outcomes = new Map<string, { accepted: number; userErrors: number; errors: number }>();

type Payload = { userErrors?: { code: unknown; field: unknown; message: unknown }[] } | null;

describe('fuzzing every mutation', () => {
  it('derives an input for every mutation of the API from the schema', async () => {
    const pools = await readPools();
    expect(mutations.length).toBeGreaterThan(30);
    for (const mutation of mutations) {
      expect(
        mutation.args.map((arg) => arg.name),
        mutation.name,
      ).toEqual(['input']);
      expect(() =>
        inputValue(mutation.args[0]!.type, pools, { parent: 'Mutation', field: 'input' }, 'hostile'),
      ).not.toThrow();
    }
  });

  it.each(mutations.map((mutation) => [mutation.name, mutation] as const))(
    '%s: no server error, every refusal typed, nothing written by a refusal',
    async (name, mutation) => {
      const pools = await readPools();
      const inputType = mutation.args[0]!.type;
      const inputFields = Object.keys((getNamedType(inputType) as GraphQLInputObjectType).getFields());
      const query = documentOf(mutation);
      const caller = fc.oneof(
        { weight: 4, arbitrary: fc.constant<Caller>('administrator') },
        { weight: 1, arbitrary: fc.constant<Caller>('contact') },
        { weight: 1, arbitrary: fc.constant<Caller>('self') },
      );
      const where = { parent: 'Mutation', field: 'input' };
      const input = fc.oneof(
        { weight: 20, arbitrary: inputValue(inputType, pools, where, 'valid') },
        { weight: 20, arbitrary: inputValue(inputType, pools, where, 'hostile') },
        { weight: 1, arbitrary: fc.constantFrom(null, undefined, 'input', [], 7) },
      );
      const property = fc.asyncProperty(caller, input, async (as, value) => {
        const digests = lastDigests ?? (await tableDigests());
        lastDigests = undefined;
        const response: GraphQLResponse<Record<string, Payload>> = await postGraphQL(
          system.gateway.url,
          { query, variables: value === undefined ? {} : { input: value } },
          { authorization: `Bearer ${tokens[as]}` },
        );
        const summary = shown({
          input: value,
          status: response.status,
          errors: response.errors,
          data: response.data,
        });
        expect(response.status, summary).toBeLessThan(500);
        for (const error of response.errors ?? []) {
          expect(knownErrorCodes, summary).toContain(error.extensions?.['code']);
        }
        const payload = response.data?.[name] ?? null;
        for (const userError of payload?.userErrors ?? []) {
          expect(userError.code, summary).toMatch(/^[A-Z][A-Z_]+$/);
          expect(Array.isArray(userError.field) && userError.field[0], summary).toBe('input');
          // A list's item is named in one step, as "candidates.0.body".
          const field = (userError.field as string[])[1]?.split('.')[0];
          if (field !== undefined) expect(inputFields, summary).toContain(field);
          expect(typeof userError.message === 'string' && userError.message.length > 0, summary).toBe(true);
        }
        const refused =
          (response.errors?.length ?? 0) > 0 || payload === null || (payload.userErrors?.length ?? 0) > 0;
        const outcome = outcomes.get(name) ?? { accepted: 0, userErrors: 0, errors: 0 };
        outcomes.set(name, outcome);
        if (process.env['FUZZ_DEBUG'])
          console.log(name, shown(response.errors?.map((e) => e.message) ?? payload?.userErrors));
        if ((response.errors?.length ?? 0) > 0) outcome.errors++;
        else if (refused) outcome.userErrors++;
        else outcome.accepted++;
        const feeds = await advanceFeeds(feedEnds);
        feedEnds = feeds;
        if (refused) {
          expect(feeds.moved, `a refusal moved a change feed: ${summary}`).toBe(false);
          const after = await tableDigests();
          expect(changedTables(digests, after), `a refusal wrote: ${summary}`).toEqual([]);
          // Nothing runs between two cases: the next one starts from these.
          lastDigests = after;
        }
      });
      const result = await fc.check(property, { numRuns: runsPerMutation, seed, endOnFailure: true });
      if (result.failed) {
        throw new Error(
          `${name} failed with FUZZ_SEED=${seed} (run ${result.numRuns}):\n` +
            `${shown(result.counterexample)}\n${String(result.errorInstance)}`,
        );
      }
    },
    120_000,
  );

  it('got past validation into writes for most mutations', () => {
    // Else the cases test little but the scalars: ids that name nothing, a caller who may not.
    const accepted = [...outcomes].filter(([, outcome]) => outcome.accepted > 0).map(([name]) => name);
    expect(accepted.length, shown(Object.fromEntries(outcomes))).toBeGreaterThanOrEqual(mutations.length / 2);
  });
});

import { readFileSync } from 'node:fs';
import { generateDemoDeclarations } from '@registers/interests';
import { generateDemoPopulation } from '@registers/demo-register';
import { identifiers } from '@registers/graphql-kit';
import { type LocalTokenRequest } from '@registers/access';
import { auditEntries } from '@registers/platform';
import { buildSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postGraphQL, startSystem, type System } from './support/system.ts';

/**
 * Each role against the live gateway: what it may read, and for every mutation of both
 * subgraphs who may do it. What a caller may not do is refused (UNAUTHENTICATED for the public,
 * FORBIDDEN for anyone else) and leaves nothing written; what they may do succeeds. Removing
 * any authorisation call, or loosening any rule of the policy, fails a case here.
 */
const demoScale = 0.01;
const population = generateDemoPopulation({ scale: demoScale });
const declarations = generateDemoDeclarations(demoScale);

// Person A, registered by municipality M, has a declaration that is not published.
const unpublished = declarations.declarations.find((d) => !d.published)!;
const personA = population.persons.find((p) => p.id === unpublished.personId)!;
const M = personA.municipalityNumber!;
const N = M === '0301' ? '4601' : '0301';
const personB = population.persons.find((p) => p.id !== personA.id)!;

/** Organisation numbers with a valid check digit, from a start no demo company uses. */
let nextOrganizationNumber = 97_000_000 + Math.floor(Math.random() * 900_000);
function freshOrganizationNumber(): string {
  for (;;) {
    const base = String(nextOrganizationNumber++);
    for (let digit = 0; digit <= 9; digit++) {
      if (identifiers.isOrganizationNumber(`${base}${digit}`)) return `${base}${digit}`;
    }
  }
}
/** Company C, owned by M alone; its contact person is a caller. */
const companyC = { organizationNumber: freshOrganizationNumber(), id: '' };

type Caller =
  | 'public'
  | 'self'
  | 'other-person'
  | 'kr-contact-M'
  | 'kr-contact-N'
  | 'stv-contact-M'
  | 'contact-both-N'
  | 'company-contact'
  | 'company-contact-other'
  | 'administrator';

const callers: Record<Exclude<Caller, 'public'>, Omit<LocalTokenRequest, 'subject'>> = {
  self: { roles: ['position-holder'], personId: personA.id },
  'other-person': { roles: ['position-holder'], personId: personB.id },
  'kr-contact-M': { roles: ['kr-contact'], municipalities: [M] },
  'kr-contact-N': { roles: ['kr-contact'], municipalities: [N] },
  'stv-contact-M': { roles: ['stv-contact'], municipalities: [M] },
  'contact-both-N': { roles: ['kr-contact', 'stv-contact'], municipalities: [N] },
  'company-contact': { roles: ['company-contact'], companies: [companyC.organizationNumber] },
  'company-contact-other': { roles: ['company-contact'], companies: ['923609016'] },
  administrator: { roles: ['administrator'] },
};
const everyone = ['public', ...Object.keys(callers)] as Caller[];

let system: System;
const tokens = new Map<Caller, string>();

beforeAll(async () => {
  // Notices are queued here, not sent: their jobs, which write audit entries of their own
  // whenever they run, would upset the other cases' counts.
  system = await startSystem({
    demoScale,
    driver: 'postgres',
    interestsOptions: { jobsOptions: { pollingIntervalSeconds: 3_600 } },
    // Every role's traffic crosses the worker boundary, as in production. The administrator
    // prepares every case, well over the rate limit's 600 a minute, which http-edge.test.ts tests.
    gatewayEnv: { GATEWAY_WORKERS: '1', RATE_LIMIT_PER_MINUTE: '100000' },
  });
  for (const [caller, identity] of Object.entries(callers)) {
    tokens.set(caller as Caller, await system.tokenFor({ ...identity, subject: `test-${caller}` }));
  }
  companyC.id = await admin('createCompany', 'company { id }', {
    organizationNumber: companyC.organizationNumber,
    name: 'Kommunekraft AS',
    form: 'AS',
    owners: [{ municipalityNumber: M, sharePercent: 100 }],
  });
});
afterAll(async () => {
  await system?.close();
});

async function as(caller: Caller, query: string, variables: Record<string, unknown> = {}) {
  const token = tokens.get(caller);
  return postGraphQL<Record<string, any>>(
    system.gateway.url,
    { query, variables },
    token ? { authorization: `Bearer ${token}` } : {},
  );
}

const mutation = (name: string, selection: string) =>
  `mutation ($input: ${name[0]!.toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { ${selection} userErrors { code field message } } }`;

/** Runs a mutation as the administrator (to set up a case) and returns the id it selects. */
async function admin(name: string, selection: string, input: Record<string, unknown>): Promise<string> {
  const response = await as('administrator', mutation(name, selection), { input });
  const payload = response.data?.[name];
  expect(response.errors, name).toBeUndefined();
  expect(payload?.userErrors, name).toEqual([]);
  const first = Object.values(payload).find(
    (value) => value !== null && typeof value === 'object' && !Array.isArray(value),
  ) as { id: string } | undefined;
  return first?.id ?? (payload.messages?.[0]?.id as string);
}

async function auditCount(): Promise<number> {
  const [municipality, interests] = await Promise.all([
    system.municipality.database.db.$count(auditEntries),
    system.interests.database.db.$count(auditEntries),
  ]);
  return municipality + interests;
}

const codes = (response: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  (response.errors ?? []).map((error) => error.extensions?.['code']);

describe('reading private data', () => {
  const mayReadContactDetails: Caller[] = ['self', 'kr-contact-M', 'stv-contact-M', 'administrator'];

  it.each(everyone)('contact details of a person, as %s', async (caller) => {
    const response = await as(caller, 'query ($id: ID!) { person(id: $id) { name email phone } }', {
      id: personA.id,
    });
    // The rest of the response arrives either way.
    expect(response.data?.['person'].name).toBe(`${personA.givenName} ${personA.familyName}`);
    if (mayReadContactDetails.includes(caller)) {
      expect(response.errors).toBeUndefined();
      expect(response.data?.['person'].email).toBe(personA.email);
    } else {
      expect(response.data?.['person'].email).toBeNull();
      expect(response.data?.['person'].phone).toBeNull();
      const code = caller === 'public' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
      expect(codes(response)).toEqual([code, code]);
    }
  });

  const mayReadUnpublished: Caller[] = ['self', 'stv-contact-M', 'administrator'];

  it.each(everyone)('an unpublished declaration, as %s', async (caller) => {
    const response = await as(caller, 'query ($id: ID!) { person(id: $id) { declaration { published } } }', {
      id: personA.id,
    });
    expect(response.errors).toBeUndefined();
    // Whether a declaration exists at all is private too: null, without an error.
    expect(response.data?.['person'].declaration).toEqual(
      mayReadUnpublished.includes(caller) ? { published: false } : null,
    );
  });
});

let serial = 0;
const unique = (text: string) => `${text} ${++serial}`;
const newPersonInM = () => newPersonIn(M);
const membershipInM = async () =>
  admin('addMembership', 'membership { id }', {
    bodyId: await newBodyInM(),
    personId: await newPersonInM(),
    role: 'MEMBER',
    startDate: '2023-10-01',
  });
const newPersonIn = (municipalityNumber: string) =>
  admin('addPerson', 'person { id }', {
    municipalityNumber,
    givenName: 'Kari',
    familyName: unique('Nordmann'),
    email: `kari.${++serial}.${Date.now()}@example.no`,
  });
const newUnitInM = (extra: Record<string, unknown> = {}) =>
  admin('createUnit', 'unit { id }', {
    municipalityNumber: M,
    name: unique('Avdeling'),
    kind: 'DEPARTMENT',
    ...extra,
  });
const newBodyInM = () =>
  admin('createElectedBody', 'electedBody { id }', {
    municipalityNumber: M,
    kind: 'STANDING_COMMITTEE',
    name: unique('Utvalg for helse'),
    periodStartYear: 2023,
  });
/** A position on person A's declaration, added by an administrator. */
const newPositionOfA = () =>
  admin('addPosition', 'position { id }', {
    personId: personA.id,
    category: 'ORGANIZATION_BOARD',
    organizationName: unique('Idrettslaget'),
  });
async function pendingChangeMessage() {
  const organizationNumber = freshOrganizationNumber();
  await newUnitInM({ organizationNumber });
  return admin('importEnhetsregisteretEntities', 'messages { id }', {
    json: JSON.stringify([
      { organisasjonsnummer: organizationNumber, navn: unique('Nytt navn fra Brønnøysund') },
    ]),
  });
}

const municipal: Caller[] = ['kr-contact-M', 'administrator'];
/** Who keeps a declaration: the person, an STV contact of their municipality, administrators. */
const declarationKeepers: Caller[] = ['self', 'stv-contact-M', 'administrator'];
const company: Caller[] = ['company-contact', 'kr-contact-M', 'administrator'];

/** Every mutation of the API, with who may do it and an input set up fresh for each caller. */
const mutations: Record<
  string,
  {
    case: string;
    allowed: Caller[];
    input: () => Promise<Record<string, unknown>>;
    /** Writes nothing when it succeeds (what it starts writes later, if anything). */
    writesNothing?: true;
  }[]
> = {
  updatePersonContactDetails: [
    {
      case: 'of person A (registered by M)',
      allowed: ['self', 'kr-contact-M', 'administrator'],
      input: async () => ({ personId: personA.id, phone: `+47 9${String(++serial).padStart(7, '0')}` }),
    },
    {
      // Else M's contact person could give an administrator's record an address of their own.
      case: 'of a contact person of M',
      allowed: ['administrator'],
      input: async () => {
        const personId = await newPersonInM();
        await admin('assignContactPerson', 'contactPerson { id }', {
          personId,
          role: 'STV',
          municipalityNumber: M,
        });
        return { personId, email: `overtatt.${++serial}@example.no` };
      },
    },
  ],
  updateDeclaration: [
    {
      case: "accepting the terms of person A's",
      allowed: declarationKeepers,
      input: async () => ({ personId: personA.id, acceptTerms: true }),
    },
    {
      // Publishing is the person's consent: no contact person gives it for them.
      case: "unpublishing person A's",
      allowed: ['self', 'administrator'],
      input: async () => ({ personId: personA.id, published: false }),
    },
  ],
  confirmDeclaration: [
    { case: "person A's", allowed: declarationKeepers, input: async () => ({ personId: personA.id }) },
  ],
  deleteDeclaration: [
    {
      case: 'of a person of M',
      allowed: ['stv-contact-M', 'administrator'],
      input: async () => {
        const personId = await newPersonInM();
        await system.interests.follower!.catchUp();
        await admin('addPosition', 'position { id }', {
          personId,
          category: 'OTHER',
          organizationName: unique('Velforeningen'),
        });
        return { personId };
      },
    },
  ],
  addPosition: [
    {
      case: "to person A's declaration",
      allowed: declarationKeepers,
      input: async () => ({
        personId: personA.id,
        category: 'COMPANY_BOARD',
        organizationName: unique('Kraftlaget AS'),
      }),
    },
  ],
  updatePosition: [
    {
      case: "on person A's declaration",
      allowed: declarationKeepers,
      input: async () => ({ id: await newPositionOfA(), role: unique('Styremedlem') }),
    },
  ],
  removePosition: [
    {
      case: "from person A's declaration",
      allowed: declarationKeepers,
      input: async () => ({ id: await newPositionOfA() }),
    },
  ],
  requestSignInLink: [
    {
      // Anyone may ask; an unknown address is answered as a known one, and nothing is written.
      case: 'for an address',
      allowed: everyone,
      input: async () => ({ email: `ukjent.${++serial}@example.no` }),
      writesNothing: true,
    },
  ],
  sendNotices: [
    {
      case: 'to a person of M',
      allowed: ['stv-contact-M', 'administrator'],
      input: async () => ({ personIds: [await newPersonInM()] }),
    },
    {
      case: 'to persons of M and of another municipality',
      allowed: ['administrator'],
      input: async () => ({ personIds: [await newPersonInM(), personB.id] }),
    },
  ],
  createUnit: [
    {
      case: 'in M',
      allowed: municipal,
      input: async () => ({ municipalityNumber: M, name: unique('Servicetorget'), kind: 'DEPARTMENT' }),
    },
  ],
  updateUnit: [
    {
      case: 'in M',
      allowed: municipal,
      input: async () => ({ id: await newUnitInM(), name: unique('Nytt navn') }),
    },
  ],
  moveUnit: [
    {
      case: 'in M',
      allowed: municipal,
      input: async () => ({ id: await newUnitInM(), parentId: await newUnitInM() }),
    },
  ],
  closeUnit: [
    {
      case: 'in M',
      allowed: municipal,
      input: async () => ({ id: await newUnitInM(), closedOn: '2026-06-30' }),
    },
  ],
  addPerson: [
    {
      case: 'to M',
      allowed: municipal,
      input: async () => ({
        municipalityNumber: M,
        givenName: 'Ola',
        familyName: unique('Hansen'),
        email: `ola.${++serial}.${Date.now()}@example.no`,
      }),
    },
  ],
  updatePerson: [
    {
      case: 'registered by M',
      allowed: municipal,
      input: async () => ({ id: await newPersonInM(), familyName: unique('Berg') }),
    },
  ],
  removePerson: [
    { case: 'registered by M', allowed: municipal, input: async () => ({ id: await newPersonInM() }) },
  ],
  mergePersons: [
    {
      case: 'both registered by M',
      allowed: municipal,
      input: async () => ({ personId: await newPersonInM(), duplicatePersonId: await newPersonInM() }),
    },
    {
      // A person of N merged into one of M would give M the person's roles: administrators only.
      case: 'one registered by M, one by N',
      allowed: ['administrator'],
      input: async () => ({ personId: await newPersonInM(), duplicatePersonId: await newPersonIn(N) }),
    },
  ],
  startEmployment: [
    {
      case: 'in M, of a person of M',
      allowed: municipal,
      input: async () => ({
        personId: await newPersonInM(),
        unitId: await newUnitInM(),
        title: 'Rådgiver',
        startDate: '2024-01-01',
      }),
    },
  ],
  endEmployment: [
    {
      case: 'in M',
      allowed: municipal,
      input: async () => ({
        id: await admin('startEmployment', 'employment { id }', {
          personId: await newPersonInM(),
          unitId: await newUnitInM(),
          title: 'Konsulent',
          startDate: '2024-01-01',
        }),
        endDate: '2025-12-31',
      }),
    },
  ],
  createElectedBody: [
    {
      case: 'in M',
      allowed: municipal,
      input: async () => ({
        municipalityNumber: M,
        kind: 'OTHER',
        name: unique('Eldrerådet'),
        periodStartYear: 2023,
      }),
    },
  ],
  createLocalList: [
    {
      case: 'in M',
      allowed: municipal,
      input: async () => ({ municipalityNumber: M, name: unique('Bygdelista') }),
    },
  ],
  addMembership: [
    {
      case: 'in a body of M, of a person of M',
      allowed: municipal,
      input: async () => ({
        bodyId: await newBodyInM(),
        personId: await newPersonInM(),
        role: 'MEMBER',
        startDate: '2023-10-01',
      }),
    },
  ],
  endMembership: [
    {
      case: 'in a body of M',
      allowed: municipal,
      input: async () => ({
        id: await admin('addMembership', 'membership { id }', {
          bodyId: await newBodyInM(),
          personId: await newPersonInM(),
          role: 'MEMBER',
          startDate: '2023-10-01',
        }),
        endDate: '2025-06-30',
      }),
    },
  ],
  moveMembership: [
    {
      case: 'in a body of M, to a person of M',
      allowed: municipal,
      input: async () => ({
        membershipId: await membershipInM(),
        personId: await newPersonInM(),
      }),
    },
    {
      // Giving a person of N a seat in M: only who may change the person.
      case: 'in a body of M, to a person of N',
      allowed: ['administrator'],
      input: async () => ({
        membershipId: await membershipInM(),
        personId: await newPersonIn(N),
      }),
    },
  ],
  createCompany: [
    {
      case: 'owned by M',
      allowed: municipal,
      input: async () => ({
        organizationNumber: freshOrganizationNumber(),
        name: unique('Renovasjon IKS'),
        form: 'IKS',
        owners: [{ municipalityNumber: M, sharePercent: 100 }],
      }),
    },
  ],
  updateCompany: [
    {
      case: "C's name",
      allowed: company,
      input: async () => ({ id: companyC.id, name: unique('Kommunekraft AS') }),
    },
    {
      case: "C's owners",
      allowed: municipal,
      input: async () => ({ id: companyC.id, owners: [{ municipalityNumber: M, sharePercent: 100 }] }),
    },
  ],
  startCompanyRole: [
    {
      case: 'in C, of a person of M',
      allowed: company,
      input: async () => ({
        companyId: companyC.id,
        personId: await newPersonInM(),
        role: 'BOARD_MEMBER',
        startDate: '2024-01-01',
      }),
    },
  ],
  endCompanyRole: [
    {
      case: 'in C',
      allowed: company,
      input: async () => ({
        id: await admin('startCompanyRole', 'companyRole { id }', {
          companyId: companyC.id,
          personId: await newPersonInM(),
          role: 'BOARD_MEMBER',
          startDate: '2024-01-01',
        }),
        endDate: '2025-12-31',
      }),
    },
  ],
  assignContactPerson: [
    {
      case: 'for M',
      allowed: municipal,
      input: async () => ({ personId: await newPersonInM(), role: 'KR', municipalityNumber: M }),
    },
    {
      case: 'for C',
      allowed: company,
      input: async () => ({ personId: await newPersonInM(), role: 'COMPANY', companyId: companyC.id }),
    },
    {
      case: 'as administrator',
      allowed: ['administrator'],
      input: async () => ({ personId: await newPersonInM(), role: 'ADMINISTRATOR' }),
    },
  ],
  removeContactPerson: [
    {
      case: 'for M',
      allowed: municipal,
      input: async () => ({
        id: await admin('assignContactPerson', 'contactPerson { id }', {
          personId: await newPersonInM(),
          role: 'STV',
          municipalityNumber: M,
        }),
      }),
    },
    {
      case: 'for C',
      allowed: company,
      input: async () => ({
        id: await admin('assignContactPerson', 'contactPerson { id }', {
          personId: await newPersonInM(),
          role: 'COMPANY',
          companyId: companyC.id,
        }),
      }),
    },
    {
      case: 'of an administrator',
      allowed: ['administrator'],
      input: async () => ({
        id: await admin('assignContactPerson', 'contactPerson { id }', {
          personId: await newPersonInM(),
          role: 'ADMINISTRATOR',
        }),
      }),
    },
  ],
  importEnhetsregisteretEntities: [
    {
      case: 'for a unit of M',
      allowed: ['administrator'],
      input: async () => {
        const organizationNumber = freshOrganizationNumber();
        await newUnitInM({ organizationNumber });
        return {
          json: JSON.stringify([{ organisasjonsnummer: organizationNumber, navn: unique('Nytt navn') }]),
        };
      },
    },
  ],
  approveChangeMessage: [
    {
      case: 'for a unit of M',
      allowed: municipal,
      input: async () => ({ id: await pendingChangeMessage() }),
    },
  ],
  rejectChangeMessage: [
    {
      case: 'for a unit of M',
      allowed: municipal,
      input: async () => ({ id: await pendingChangeMessage(), reason: 'Enheten er lagt ned.' }),
    },
  ],
  loadElectionResult: [{ case: 'for M', allowed: municipal, input: async () => electionResultInput(2027) }],
  correctElectionMatch: [
    {
      case: 'a candidate for M, to a new person',
      allowed: municipal,
      input: async () => ({ candidateId: (await loadedElectionResult(2027)).candidateId, personId: null }),
    },
  ],
  confirmElectionResult: [
    {
      case: 'for M',
      allowed: municipal,
      // Each confirms a period of its own: a confirmed one is final.
      input: async () => ({ id: (await loadedElectionResult((nextElectionYear += 4))).id }),
    },
  ],
  startElectionReconciliation: [
    {
      case: 'after a confirmed result for M',
      allowed: ['stv-contact-M', 'administrator'],
      // Each after a period of its own (a reconciliation starts once per period).
      input: async () => ({ municipalityNumber: M, periodStartYear: await confirmedEarlierPeriod() }),
    },
  ],
  reportElectionMatchError: [
    {
      case: "person A's own match",
      allowed: ['self'],
      input: async () => {
        await personAInReconciliationWithNoOpenReport();
        return { personId: personA.id, message: 'Jeg er ikke denne personen.' };
      },
    },
  ],
  resolveElectionMatchReport: [
    {
      case: 'a report in M',
      allowed: ['stv-contact-M', 'administrator'],
      input: async () => ({ reportId: await openReportOfA(), resolution: 'DISMISSED' }),
    },
  ],
};

/** Periods before the demo's, confirmed for M one by one: each can start a reconciliation. */
let earlierElectionYear = 2023;
async function confirmedEarlierPeriod(): Promise<number> {
  const year = (earlierElectionYear -= 4);
  await admin('confirmElectionResult', 'electionResult { id }', {
    id: (await loadedElectionResult(year)).id,
  });
  return year;
}

/** Person A (registered in M, with a declaration) is a holder in a reconciliation of M, with no report waiting. */
async function personAInReconciliationWithNoOpenReport(): Promise<void> {
  const inOne = await system.interests.database.executeSql(
    'select 1 from election_reconciliation_persons where person_id = $1',
    [personA.id],
  );
  if (inOne.rows.length === 0) {
    await admin('startElectionReconciliation', 'electionReconciliation { id }', {
      municipalityNumber: M,
      periodStartYear: await confirmedEarlierPeriod(),
    });
  }
  const open = await system.interests.database.executeSql(
    'select id from election_match_reports where person_id = $1 and resolved_at is null',
    [personA.id],
  );
  for (const row of open.rows) {
    await admin('resolveElectionMatchReport', 'report { id }', {
      reportId: row['id'],
      resolution: 'DISMISSED',
    });
  }
}

async function openReportOfA(): Promise<string> {
  await personAInReconciliationWithNoOpenReport();
  const response = await as('self', mutation('reportElectionMatchError', 'report { id }'), {
    input: { personId: personA.id, message: 'Jeg er ikke denne personen.' },
  });
  expect(response.data?.['reportElectionMatchError'].userErrors).toEqual([]);
  return response.data!['reportElectionMatchError'].report.id as string;
}

let nextElectionYear = 2027;
/** One elected member for M's council (a county municipality, numbered NN00, has a county council). */
const electionResultInput = (periodStartYear: number) => ({
  municipalityNumber: M,
  periodStartYear,
  candidates: [
    {
      body: /00$/.test(M) ? 'COUNTY_COUNCIL' : 'MUNICIPAL_COUNCIL',
      list: 'A',
      name: unique('Kari Nordmann'),
    },
  ],
});
async function loadedElectionResult(periodStartYear: number) {
  const response = await as(
    'administrator',
    mutation('loadElectionResult', 'electionResult { id candidates { id } }'),
    { input: electionResultInput(periodStartYear) },
  );
  expect(response.data?.['loadElectionResult'].userErrors).toEqual([]);
  const result = response.data!['loadElectionResult'].electionResult;
  return { id: result.id as string, candidateId: result.candidates[0].id as string };
}

describe('changing data', () => {
  it('has a case for every mutation of the API', () => {
    const api = buildSchema(readFileSync(new URL('../../schema/api.graphql', import.meta.url), 'utf8'));
    const inApi = Object.keys(api.getMutationType()!.getFields()).sort();
    expect(Object.keys(mutations).sort()).toEqual(inApi);
  });

  const cases = Object.entries(mutations).flatMap(([name, variants]) =>
    variants.flatMap((variant) =>
      everyone.map((caller) => ({ name, ...variant, caller, mayDo: variant.allowed.includes(caller) })),
    ),
  );

  it.each(cases)(
    '$name ($case) as $caller: $mayDo',
    async ({ name, input, caller, mayDo, writesNothing }) => {
      const variables = { input: await input() };
      const before = await auditCount();
      const response = await as(caller, mutation(name, '__typename'), variables);
      if (mayDo) {
        expect(response.errors).toBeUndefined();
        expect(response.data?.[name].userErrors).toEqual([]);
        if (writesNothing) expect(await auditCount()).toBe(before);
        else expect(await auditCount()).toBeGreaterThan(before);
      } else {
        expect(codes(response)).toEqual([caller === 'public' ? 'UNAUTHENTICATED' : 'FORBIDDEN']);
        expect(response.data?.[name] ?? null).toBeNull();
        expect(await auditCount()).toBe(before);
      }
    },
  );

  it('records who changed what, before and after', async () => {
    const id = await newUnitInM();
    await as('kr-contact-M', mutation('updateUnit', 'unit { id }'), { input: { id, name: 'Servicetorget' } });
    const rows = await system.municipality.database.db.select().from(auditEntries).orderBy(auditEntries.id);
    expect(rows.at(-1)).toMatchObject({
      actor: 'test-kr-contact-M',
      actorRoles: ['kr-contact'],
      entityType: 'UNIT',
      entityId: id,
      action: 'updated',
      after: expect.objectContaining({ name: 'Servicetorget' }),
    });
  });
});

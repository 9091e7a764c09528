import { type LocalTokenRequest } from '@registers/access';
import { startTestSmtpServer, type TestSmtpServer } from '@registers/platform/testing-mail';
import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postGraphQL, startSystem, type System } from './support/system.ts';

/**
 * Styrevervregisteret after a municipal election, end to end for one municipality: the result
 * loaded (a shared name told apart by the list) and confirmed in Kommuneregisteret, then the
 * reconciliation: advance notices by SMTP, the elected persons' declarations unpublished
 * (DELETED in the feed), the re-elected's link to check and publish, the new person's way to
 * report a wrong match, the contact person resolving it and reaching who was not reached, and
 * the progress, for the municipality's STV contact persons and administrators only.
 */
let system: System;
let smtp: TestSmtpServer;
const logLines: Record<string, unknown>[] = [];
const tokens: Record<string, string> = {};
const publicWebUrl = 'https://styreverv.example.no';

interface Member {
  role: string;
  party: { code: string | null; name: string } | null;
  person: { id: string; name: string };
}
let M: string;
let N: string;
let reelected: Member[];
/** The newcomer who shares the first re-elected member's name, on another list. */
let newcomer: { id: string; email: string };
/** A newcomer without an e-mail address: not reached until a manual notice. */
let unreached: { id: string; email: string };
const emails = new Map<string, string>();
const reportText = 'Jeg satt i kommunestyret 2019–2023 under pikenavnet mitt.';

beforeAll(async () => {
  smtp = await startTestSmtpServer();
  system = await startSystem({
    demoScale: 0.002,
    driver: 'postgres',
    logLines,
    subgraphEnv: { SMTP_URL: smtp.url, PUBLIC_WEB_URL: publicWebUrl, MAIL_FROM: 'ikke-svar@example.no' },
    interestsOptions: {
      jobsOptions: { pollingIntervalSeconds: 0.5, maintenanceIntervalSeconds: 1, stopTimeoutMs: 5_000 },
      noticeRetryDelaySeconds: 1,
      electionLinkDelaySeconds: 0,
    },
  });
  const token = (request: Omit<LocalTokenRequest, 'subject'>, subject: string) =>
    system.tokenFor({ ...request, subject });
  tokens['admin'] = await token({ roles: ['administrator'] }, 'admin');
  const { data } = await gql(
    `{ municipalities { number electedBodies { kind members { role party { code name } person { id name } } } } }`,
    {},
    'admin',
  );
  const withCouncil = data!['municipalities'].find((m: any) =>
    m.electedBodies.some((b: any) => b.kind === 'MUNICIPAL_COUNCIL'),
  );
  M = withCouncil.number;
  N = M === '0301' ? '4601' : '0301';
  const everyone: Member[] = withCouncil.electedBodies.flatMap((b: any) => b.members);
  const bearers = (name: string) =>
    new Set(
      everyone.filter((m) => m.person.name.toLowerCase() === name.toLowerCase()).map((m) => m.person.id),
    ).size;
  reelected = withCouncil.electedBodies
    .find((b: any) => b.kind === 'MUNICIPAL_COUNCIL')
    .members.filter((m: Member) => m.role !== 'SUBSTITUTE' && m.party && bearers(m.person.name) === 1)
    .slice(0, 3);
  expect(reelected).toHaveLength(3);
  tokens['kr-M'] = await token({ roles: ['kr-contact'], municipalities: [M] }, 'kr-m');
  tokens['stv-M'] = await token({ roles: ['stv-contact'], municipalities: [M] }, 'stv-m');
  tokens['stv-N'] = await token({ roles: ['stv-contact'], municipalities: [N] }, 'stv-n');
  tokens['holder'] = await token({ roles: ['position-holder'], personId: reelected[1]!.person.id }, 'holder');
});
afterAll(async () => {
  await system?.close();
  await smtp?.close();
});

async function gql(query: string, variables: Record<string, unknown> = {}, as?: string) {
  return postGraphQL<Record<string, any>>(
    system.gateway.url,
    { query, variables },
    as ? { authorization: `Bearer ${tokens[as] ?? as}` } : {},
  );
}

async function mutate(as: string | null, name: string, selection: string, input: Record<string, unknown>) {
  const inputType = `${name[0]!.toUpperCase()}${name.slice(1)}Input`;
  const response = await gql(
    `mutation ($input: ${inputType}!) { ${name}(input: $input) { ${selection} userErrors { code field message } } }`,
    { input },
    as ?? undefined,
  );
  return { errors: response.errors, payload: response.data?.[name] };
}

const codeOf = (response: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
  response.errors?.[0]?.extensions?.['code'];

async function eventually<T>(probe: () => T | Promise<T>, deadlineMs = 30_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('the outcome did not come before the deadline');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const mailTo = (address: string) =>
  smtp.received.filter((mail) => mail.to && !Array.isArray(mail.to) && mail.to.text === address);
const mailWithSubject = (address: string, subject: RegExp) =>
  eventually(() => mailTo(address).find((mail) => subject.test(mail.subject ?? '')));
const linkTokenOf = (mail: ParsedMail) => /#lenke=(stvlenke_[A-Za-z0-9_-]{43})/.exec(mail.text ?? '')?.[1];

const reconciliationQuery = `query ($m: MunicipalityNumber!, $y: Int!) {
  electionReconciliation(municipalityNumber: $m, periodStartYear: $y) {
    id municipalityNumber periodStartYear
    progress { state count }
    persons { person { id } match state notifiedAt unpublishedAt linkSentAt notReachedAt publishedAgain }
    reports { id person { id name } message resolution resolutionNote resolvedAt }
  }
}`;
const reconciliation = async (as: string | null = 'stv-M') =>
  gql(reconciliationQuery, { m: M, y: 2027 }, as ?? undefined);

async function giveEmail(personId: string): Promise<string> {
  const email = `valgt.${emails.size + 1}.${Date.now()}@example.no`;
  const { payload } = await mutate('kr-M', 'updatePersonContactDetails', 'person { id }', {
    personId,
    email,
  });
  expect(payload.userErrors).toEqual([]);
  emails.set(personId, email);
  return email;
}

const listOf = (member: Member) => member.party!.code ?? member.party!.name;
const otherList = (member: Member) => (member.party!.code === 'A' ? 'H' : 'A');

describe('the reconciliation after a municipal election', () => {
  let feedCursor: string | null;

  it('waits for a confirmed result', async () => {
    for (const member of reelected) {
      await giveEmail(member.person.id);
      // Published before the election: the reconciliation switches it off.
      const { payload } = await mutate('admin', 'updateDeclaration', 'declaration { published }', {
        personId: member.person.id,
        acceptTerms: true,
        published: true,
      });
      expect(payload).toEqual({ declaration: { published: true }, userErrors: [] });
    }
    const namesake = reelected[0]!;
    const loaded = await mutate(
      'kr-M',
      'loadElectionResult',
      'electionResult { id candidates { name match matchedBy person { id } } }',
      {
        municipalityNumber: M,
        periodStartYear: 2027,
        candidates: [
          ...reelected.map((m) => ({ body: 'MUNICIPAL_COUNCIL', list: listOf(m), name: m.person.name })),
          // One name, two lists: the list tells the re-elected from the newcomer.
          { body: 'MUNICIPAL_COUNCIL', list: otherList(namesake), name: namesake.person.name },
          { body: 'MUNICIPAL_COUNCIL', list: 'Bygdelista for framtida', name: 'Synnøve Fjellheim' },
        ],
      },
    );
    expect(loaded.payload.userErrors).toEqual([]);
    const candidates = loaded.payload.electionResult.candidates;
    expect(candidates.map((c: any) => [c.match, c.matchedBy, c.person?.id ?? null])).toEqual([
      ['MATCHED', 'NAME_AND_LIST', namesake.person.id],
      ['MATCHED', 'NAME', reelected[1]!.person.id],
      ['MATCHED', 'NAME', reelected[2]!.person.id],
      ['NEW_PERSON', null, null],
      ['NEW_PERSON', null, null],
    ]);
    const early = await mutate('stv-M', 'startElectionReconciliation', 'electionReconciliation { id }', {
      municipalityNumber: M,
      periodStartYear: 2027,
    });
    expect(early.payload).toEqual({
      electionReconciliation: null,
      userErrors: [expect.objectContaining({ code: 'NOT_CONFIRMED', field: ['input', 'periodStartYear'] })],
    });

    const confirmed = await mutate(
      'kr-M',
      'confirmElectionResult',
      'electionResult { candidates { person { id } } }',
      {
        id: loaded.payload.electionResult.id,
      },
    );
    expect(confirmed.payload.userErrors).toEqual([]);
    const persons = confirmed.payload.electionResult.candidates.map((c: any) => c.person.id as string);
    newcomer = { id: persons[3]!, email: await giveEmail(persons[3]!) };
    unreached = { id: persons[4]!, email: '' };
    const feed = await gql('{ declarationChanges(first: 1000) { pageInfo { endCursor } } }');
    feedCursor = feed.data!['declarationChanges'].pageInfo.endCursor;
  });

  it('is started by hand only by the STV contact persons of the municipality and administrators', async () => {
    const input = { municipalityNumber: M, periodStartYear: 2027 };
    for (const as of ['stv-N', 'kr-M', 'holder']) {
      const refused = await mutate(as, 'startElectionReconciliation', 'electionReconciliation { id }', input);
      expect(codeOf(refused), as).toBe('FORBIDDEN');
    }
    const anonymous = await mutate(
      null,
      'startElectionReconciliation',
      'electionReconciliation { id }',
      input,
    );
    expect(codeOf(anonymous)).toBe('UNAUTHENTICATED');
    expect((await reconciliation('admin')).data?.['electionReconciliation']).toBeNull();
  });

  it('starts from the confirmation in the feed, once: holders told in advance, the elected unpublished (DELETED in the feed), links to the elected', async () => {
    // The follower of Kommuneregisteret sees the confirmation and starts it, as the register.
    await system.interests.follower!.catchUp();
    const started = await reconciliation();
    expect(started.data?.['electionReconciliation']).toMatchObject({
      municipalityNumber: M,
      periodStartYear: 2027,
    });
    const input = { municipalityNumber: M, periodStartYear: 2027 };
    const again = await mutate(
      'stv-M',
      'startElectionReconciliation',
      'electionReconciliation { id }',
      input,
    );
    expect(again.payload.userErrors).toEqual([expect.objectContaining({ code: 'DUPLICATE' })]);

    // Publishing is off: the public sees none of the three, and the feed says DELETED.
    for (const member of reelected) {
      const { data } = await gql('query ($id: ID!) { person(id: $id) { declaration { published } } }', {
        id: member.person.id,
      });
      expect(data!['person'].declaration).toBeNull();
    }
    const feed = await gql(
      'query ($after: String) { declarationChanges(after: $after, first: 1000) { edges { node { entityType entityId changeType } } } }',
      { after: feedCursor },
    );
    const deleted = feed
      .data!['declarationChanges'].edges.map((edge: any) => edge.node)
      .filter((node: any) => node.entityType === 'DECLARATION' && node.changeType === 'DELETED')
      .map((node: any) => node.entityId);
    // The re-elected's, and those of the council before: elected office in the municipality.
    for (const member of reelected) expect(deleted).toContain(member.person.id);
    const { data } = await reconciliation('admin');
    const unpublished = data!['electionReconciliation'].persons
      .filter((p: any) => p.unpublishedAt !== null)
      .map((p: any) => p.person.id);
    expect([...deleted].sort()).toEqual([...unpublished].sort());
    const audit = await system.interests.database.executeSql(
      `select actor, entity_id from audit_entries where entity_type = 'DECLARATION' and after->>'reason' = 'unpublished after the municipal election'`,
    );
    expect(audit.rows.map((row) => row['entity_id']).sort()).toEqual([...unpublished].sort());
    expect(new Set(audit.rows.map((row) => row['actor']))).toEqual(new Set(['system:follower:interests']));

    // Every re-elected holder: the advance notice, then the link to check and publish.
    for (const member of reelected) {
      const email = emails.get(member.person.id)!;
      const advance = await mailWithSubject(email, /^Etter kommunevalget/);
      expect(advance.text).toContain(`Hei ${member.person.name},`);
      expect(advance.text).toContain('De folkevalgtes erklæringer i Styrevervregisteret publiseres ikke');
      expect(advance.html).toContain('<html lang="nb">');
      const link = await mailWithSubject(email, /^Du er valgt: kontroller og publiser/);
      expect(link.text).toContain('vi har koblet deg til registreringen du hadde fra før');
      expect(link.text).toContain(`${publicWebUrl}/logg-inn#lenke=stvlenke_`);
    }
    // The newcomer who shares a name: no advance notice (not a holder before), the way to report.
    const welcome = await mailWithSubject(newcomer.email, /^Du er valgt: velkommen/);
    expect(welcome.text).toContain('kan du melde fra om feilen til kontaktpersonen');
    expect(mailTo(newcomer.email).map((mail) => mail.subject)).toEqual([welcome.subject]);

    // Each notice is one job, however often it is asked for.
    const jobs = await system.interests.database.executeSql(
      `select data->>'kind' as kind, data->>'personId' as person, count(*)::int as n from pgboss.job
       where data->>'kind' like 'ELECTION_%' group by 1, 2 having count(*) > 1`,
    );
    expect(jobs.rows).toEqual([]);
  });

  it('shows each person and the progress to the STV contact persons of the municipality', async () => {
    const state = await eventually(async () => {
      const { data } = await reconciliation();
      const persons = data?.['electionReconciliation']?.persons as any[] | undefined;
      const of = (id: string) => persons?.find((p) => p.person.id === id);
      return of(unreached.id)?.state === 'NOT_REACHED' && of(newcomer.id)?.state === 'LINK_SENT'
        ? data!['electionReconciliation']
        : undefined;
    });
    const of = (id: string) => state.persons.find((p: any) => p.person.id === id);
    for (const member of reelected) {
      expect(of(member.person.id)).toMatchObject({
        match: 'MATCHED',
        state: 'LINK_SENT',
        unpublishedAt: expect.any(String),
        notifiedAt: expect.any(String),
        linkSentAt: expect.any(String),
        publishedAgain: false,
      });
    }
    expect(of(newcomer.id)).toMatchObject({ match: 'NEW_PERSON', notifiedAt: null, unpublishedAt: null });
    expect(of(unreached.id)).toMatchObject({ match: 'NEW_PERSON', linkSentAt: null });
    expect(state.persons.filter((p: any) => p.match === 'HOLDER').length).toBeGreaterThan(0);
    // Counts per state: every person once.
    const counted = Object.fromEntries(state.progress.map((p: any) => [p.state, p.count]));
    expect(Object.values(counted).reduce((a: any, b: any) => a + b, 0)).toBe(state.persons.length);
    expect(counted['REPORTED']).toBe(0);
    expect(counted['PUBLISHED_AGAIN']).toBe(0);
    expect(counted['LINK_SENT']).toBe(4);
  });

  it('is refused to the public, to contact persons of another municipality, and to a holder', async () => {
    expect(codeOf(await reconciliation(null))).toBe('UNAUTHENTICATED');
    for (const as of ['stv-N', 'kr-M', 'holder']) {
      const refused = await reconciliation(as);
      expect(codeOf(refused), as).toBe('FORBIDDEN');
      expect(refused.data?.['electionReconciliation'] ?? null).toBeNull();
    }
  });

  let reportId: string;
  it('lets the new person report a wrong match through their personal link, for themselves only', async () => {
    const welcome = await mailWithSubject(newcomer.email, /^Du er valgt: velkommen/);
    tokens['newcomer-link'] = linkTokenOf(welcome)!;
    const forOther = await mutate('newcomer-link', 'reportElectionMatchError', 'report { id }', {
      personId: reelected[0]!.person.id,
      message: 'Dette er ikke meg.',
    });
    expect(codeOf(forOther)).toBe('FORBIDDEN');
    const tooLong = await mutate('newcomer-link', 'reportElectionMatchError', 'report { id }', {
      personId: newcomer.id,
      message: 'x'.repeat(2_001),
    });
    expect(codeOf(tooLong)).toBe('BAD_USER_INPUT');
    const blank = await mutate('newcomer-link', 'reportElectionMatchError', 'report { id }', {
      personId: newcomer.id,
      message: '   ',
    });
    expect(blank.payload.userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID', field: ['input', 'message'] }),
    ]);

    const reported = await mutate('newcomer-link', 'reportElectionMatchError', 'report { id message }', {
      personId: newcomer.id,
      message: reportText,
    });
    expect(reported.payload.userErrors).toEqual([]);
    expect(reported.payload.report.message).toBe(reportText);
    reportId = reported.payload.report.id;
    const twice = await mutate('newcomer-link', 'reportElectionMatchError', 'report { id }', {
      personId: newcomer.id,
      message: reportText,
    });
    expect(twice.payload.userErrors).toEqual([expect.objectContaining({ code: 'DUPLICATE' })]);
    // The audit names the report, without its text or the person's name.
    const audit = await system.interests.database.executeSql(
      `select actor, after::text as after from audit_entries where entity_type = 'ELECTION_MATCH_REPORT'`,
    );
    expect(audit.rows).toHaveLength(1);
    expect(audit.rows[0]!['actor']).toBe(`sign-in-link:${newcomer.id}`);
    expect(audit.rows[0]!['after']).not.toContain('pikenavnet');

    const { data } = await reconciliation();
    expect(data!['electionReconciliation'].reports).toEqual([
      expect.objectContaining({
        id: reportId,
        person: { id: newcomer.id, name: reelected[0]!.person.name },
        message: reportText,
        resolution: null,
      }),
    ]);
    const state = data!['electionReconciliation'].persons.find((p: any) => p.person.id === newcomer.id).state;
    expect(state).toBe('REPORTED');
  });

  it('lets the contact person of the municipality resolve the report, once', async () => {
    const input = { reportId, resolution: 'CORRECTED', note: 'Rettet i Kommuneregisteret.' };
    for (const as of ['stv-N', 'newcomer-link', 'kr-M']) {
      const refused = await mutate(as, 'resolveElectionMatchReport', 'report { id }', input);
      expect(codeOf(refused), as).toBe('FORBIDDEN');
    }
    expect(codeOf(await mutate(null, 'resolveElectionMatchReport', 'report { id }', input))).toBe(
      'UNAUTHENTICATED',
    );
    const resolved = await mutate(
      'stv-M',
      'resolveElectionMatchReport',
      'report { resolution resolutionNote resolvedAt }',
      input,
    );
    expect(resolved.payload).toMatchObject({
      report: {
        resolution: 'CORRECTED',
        resolutionNote: 'Rettet i Kommuneregisteret.',
        resolvedAt: expect.any(String),
      },
      userErrors: [],
    });
    const again = await mutate('stv-M', 'resolveElectionMatchReport', 'report { id }', input);
    expect(again.payload.userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID', field: ['input', 'reportId'] }),
    ]);
  });

  it('counts the re-elected who publish again and the unreached the contact person reaches by a manual notice', async () => {
    // Each notice carries a new link and voids the one before: the last mail's is the valid one.
    await mailWithSubject(emails.get(reelected[1]!.person.id)!, /^Du er valgt: kontroller/);
    const link = mailTo(emails.get(reelected[1]!.person.id)!).at(-1)!;
    const published = await mutate(linkTokenOf(link)!, 'updateDeclaration', 'declaration { published }', {
      personId: reelected[1]!.person.id,
      published: true,
    });
    expect(published.payload).toEqual({ declaration: { published: true }, userErrors: [] });

    unreached.email = await giveEmail(unreached.id);
    const sent = await mutate('stv-M', 'sendNotices', 'queued', { personIds: [unreached.id] });
    expect(sent.payload).toEqual({ queued: 1, userErrors: [] });
    await mailWithSubject(unreached.email, /^Se over dine verv/);

    const state = await eventually(async () => {
      const { data } = await reconciliation();
      const found = data!['electionReconciliation'].persons.find((p: any) => p.person.id === unreached.id);
      return found.state === 'LINK_SENT' ? data!['electionReconciliation'] : undefined;
    });
    const of = (id: string) => state.persons.find((p: any) => p.person.id === id);
    expect(of(reelected[1]!.person.id)).toMatchObject({ state: 'PUBLISHED_AGAIN', publishedAgain: true });
    expect(of(newcomer.id).state).toBe('RESOLVED');
    const counted = Object.fromEntries(state.progress.map((p: any) => [p.state, p.count]));
    expect(counted).toMatchObject({ PUBLISHED_AGAIN: 1, RESOLVED: 1, REPORTED: 0, LINK_SENT: 3 });
    const holders = state.persons.filter((p: any) => p.match === 'HOLDER');
    expect(counted['NOTIFIED'] + counted['NOT_REACHED'] + counted['WAITING'] + counted['UNPUBLISHED']).toBe(
      holders.length,
    );
  });

  it('logs no address, name, link or report text', () => {
    const secrets = [
      ...emails.values(),
      ...reelected.map((m) => m.person.name),
      reportText,
      tokens['newcomer-link']!,
    ];
    for (const line of logLines) {
      const text = JSON.stringify(line);
      for (const secret of secrets) expect(text).not.toContain(secret);
    }
    expect(logLines.some((line) => line['msg'] === 'election reconciliation started')).toBe(true);
  });
});

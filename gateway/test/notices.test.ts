import { publicIdentity } from '@registers/access';
import {
  generateDemoDeclarations,
  notifyHolderChanged,
  readNoticesConfig,
  startInterestsSubgraph,
} from '@registers/interests';
import { createLogger, readSubgraphConfig } from '@registers/platform';
import { createTestDatabase } from '@registers/platform/testing';
import { startTestSmtpServer, type TestSmtpServer } from '@registers/platform/testing-mail';
import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postGraphQL, startSystem, type System } from './support/system.ts';

/**
 * Notices by e-mail and the personal sign-in link, end to end: the mutations through the
 * gateway, the jobs in the interests subgraph, a real SMTP server that receives the mail, and
 * the link used as a credential at the gateway.
 */
const demoScale = 0.01;
const declarations = generateDemoDeclarations(demoScale).declarations;
const publicWebUrl = 'https://styreverv.example.no';

let system: System;
let smtp: TestSmtpServer;
let now = new Date();
const logLines: Record<string, unknown>[] = [];

beforeAll(async () => {
  smtp = await startTestSmtpServer();
  system = await startSystem({
    demoScale,
    driver: 'postgres',
    logLines,
    subgraphEnv: { SMTP_URL: smtp.url, PUBLIC_WEB_URL: publicWebUrl, MAIL_FROM: 'ikke-svar@example.no' },
    interestsOptions: {
      clock: () => now,
      jobsOptions: { pollingIntervalSeconds: 0.5, maintenanceIntervalSeconds: 1, stopTimeoutMs: 5_000 },
      noticeRetryDelaySeconds: 1,
    },
  });
});
afterAll(async () => {
  await system?.close();
  await smtp?.close();
});

/** Persons of the demo with an address, by whether they accepted the terms. */
const withDeclaration = (accepted: boolean) => {
  const ids = new Set(
    declarations.filter((d) => (d.termsAcceptedAt !== null) === accepted).map((d) => d.personId),
  );
  return system.population.persons.filter((person) => ids.has(person.id) && person.email);
};
const personWithoutDeclaration = () => {
  const ids = new Set(declarations.map((d) => d.personId));
  return system.population.persons.filter((person) => !ids.has(person.id) && person.email);
};

async function gql(query: string, variables: Record<string, unknown> = {}, token?: string) {
  return postGraphQL<Record<string, any>>(
    system.gateway.url,
    { query, variables },
    token ? { authorization: `Bearer ${token}` } : {},
  );
}

const requestLink = (email: string) =>
  gql(
    'mutation ($input: RequestSignInLinkInput!) { requestSignInLink(input: $input) { accepted userErrors { code field message } } }',
    { input: { email } },
  );

async function eventually<T>(probe: () => T | Promise<T>, deadlineMs = 20_000): Promise<NonNullable<T>> {
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
const nextMailTo = (address: string, count: number) =>
  eventually(() => (mailTo(address).length >= count ? mailTo(address)[count - 1] : undefined));
const linkTokenOf = (mail: ParsedMail) => /#lenke=(stvlenke_[A-Za-z0-9_-]{43})/.exec(mail.text ?? '')?.[1];

const jobCount = async (kind: string) =>
  Number(
    (
      await system.interests.database.executeSql(
        `select count(*) as n from pgboss.job where data->>'kind' = $1`,
        [kind],
      )
    ).rows[0]!['n'],
  );

describe('the personal sign-in link', () => {
  it('is e-mailed in Norwegian, as text and HTML, and signs its holder in for their own declaration', async () => {
    const [holder] = withDeclaration(false);
    const answer = await requestLink(holder!.email!);
    expect(answer.data?.['requestSignInLink']).toEqual({ accepted: true, userErrors: [] });

    const mail = await nextMailTo(holder!.email!, 1);
    expect(mail.subject).toBe('Din personlige lenke til Styrevervregisteret');
    expect(mail.text).toContain(`Hei ${holder!.givenName} ${holder!.familyName},`);
    expect(mail.text).toContain('Du har bedt om en lenke for å logge inn i Styrevervregisteret.');
    expect(mail.text).toMatch(/Den er gyldig til \d{1,2}\. \p{L}+ \d{4}/u);
    expect(mail.text).toContain(`${publicWebUrl}/logg-inn#lenke=stvlenke_`);
    expect(mail.html).toContain('<a href="https://styreverv.example.no/logg-inn#lenke=stvlenke_');
    const token = linkTokenOf(mail)!;

    // Their unpublished declaration, and changing it, are theirs.
    const own = await gql(
      'query ($id: ID!) { person(id: $id) { declaration { published } } }',
      { id: holder!.id },
      token,
    );
    expect(own.errors).toBeUndefined();
    expect(own.data?.['person'].declaration).toEqual({ published: false });
    const accept = await gql(
      'mutation ($input: UpdateDeclarationInput!) { updateDeclaration(input: $input) { declaration { termsAcceptedAt } userErrors { code } } }',
      { input: { personId: holder!.id, acceptTerms: true } },
      token,
    );
    expect(accept.errors).toBeUndefined();
    expect(accept.data?.['updateDeclaration'].declaration.termsAcceptedAt).not.toBeNull();
    const [entry] = (
      await system.interests.database.executeSql(
        `select actor from audit_entries where entity_type = 'DECLARATION' and entity_id = $1 order by id desc limit 1`,
        [holder!.id],
      )
    ).rows;
    expect(entry).toEqual({ actor: `sign-in-link:${holder!.id}` });
  });

  it('grants nothing beyond the own declaration, whatever roles the holder has in the register', async () => {
    const [holder, other] = withDeclaration(false).slice(1);
    // The holder is an administrator of the register: signed in otherwise, they could do anything.
    const admin = await system.tokenFor({ subject: 'test-admin', roles: ['administrator'] });
    const assigned = await gql(
      'mutation ($input: AssignContactPersonInput!) { assignContactPerson(input: $input) { userErrors { code } } }',
      { input: { personId: holder!.id, role: 'ADMINISTRATOR' } },
      admin,
    );
    expect(assigned.data?.['assignContactPerson'].userErrors).toEqual([]);
    await requestLink(holder!.email!);
    const token = linkTokenOf(await nextMailTo(holder!.email!, 1))!;

    const codes = (response: { errors?: { extensions?: Record<string, unknown> }[] }) =>
      (response.errors ?? []).map((error) => error.extensions?.['code']);
    // Not their contact details, though they are their own.
    const contact = await gql(
      'query ($id: ID!) { person(id: $id) { name email } }',
      { id: holder!.id },
      token,
    );
    expect(contact.data?.['person'].email).toBeNull();
    expect(codes(contact)).toEqual(['FORBIDDEN']);
    // Not someone else's declaration, read or changed.
    const otherDeclaration = await gql(
      'query ($id: ID!) { person(id: $id) { declaration { published } } }',
      { id: other!.id },
      token,
    );
    expect(otherDeclaration.data?.['person'].declaration).toBeNull();
    const change = await gql(
      'mutation ($input: AddPositionInput!) { addPosition(input: $input) { position { id } } }',
      { input: { personId: other!.id, category: 'GIFT', organizationName: 'Gavegiver AS' } },
      token,
    );
    expect(codes(change)).toEqual(['FORBIDDEN']);
    // None of the administrator's rights.
    const administer = await gql(
      'mutation ($input: AssignContactPersonInput!) { assignContactPerson(input: $input) { userErrors { code } } }',
      { input: { personId: other!.id, role: 'ADMINISTRATOR' } },
      token,
    );
    expect(codes(administer)).toEqual(['FORBIDDEN']);
    const notice = await gql(
      'mutation ($input: SendNoticesInput!) { sendNotices(input: $input) { queued } }',
      { input: { personIds: [other!.id] } },
      token,
    );
    expect(codes(notice)).toEqual(['FORBIDDEN']);
  });

  it('is voided by a newer link, and expires after 12 months', async () => {
    const [holder] = withDeclaration(true);
    const query = 'query ($id: ID!) { person(id: $id) { declaration { published } } }';
    await requestLink(holder!.email!);
    const first = linkTokenOf(await nextMailTo(holder!.email!, 1))!;
    expect((await gql(query, { id: holder!.id }, first)).status).toBe(200);

    await requestLink(holder!.email!);
    const second = linkTokenOf(await nextMailTo(holder!.email!, 2))!;
    expect(second).not.toBe(first);
    const voided = await gql(query, { id: holder!.id }, first);
    expect(voided.status).toBe(401);
    expect(voided.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    expect((await gql(query, { id: holder!.id }, second)).status).toBe(200);

    const issuedAt = now;
    try {
      now = new Date(issuedAt.getTime() + 364 * 86_400_000);
      expect((await gql(query, { id: holder!.id }, second)).status).toBe(200);
      now = new Date(issuedAt.getTime() + 367 * 86_400_000);
      expect((await gql(query, { id: holder!.id }, second)).status).toBe(401);
    } finally {
      now = new Date();
    }
    // A made-up token of the right shape is refused the same way.
    expect((await gql(query, { id: holder!.id }, `stvlenke_${'A'.repeat(43)}`)).status).toBe(401);
  });

  it('answers an unknown address as a known one, and sends it nothing', async () => {
    const [holder] = withDeclaration(true).slice(1);
    const unknown = 'ingen.her@example.no';
    const before = { mails: smtp.received.length, jobs: await jobCount('SIGN_IN_LINK') };
    const timed = async (email: string) => {
      const started = performance.now();
      const response = await requestLink(email);
      return { response: { status: response.status, body: response.data }, ms: performance.now() - started };
    };
    const known = await timed(holder!.email!);
    const stranger = await timed(unknown);
    expect(stranger.response).toEqual(known.response);
    // The answer does not wait for the lookup either way; both are quick.
    expect(Math.max(known.ms, stranger.ms)).toBeLessThan(1_000);

    await nextMailTo(holder!.email!, 1);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(mailTo(unknown)).toEqual([]);
    expect(smtp.received.length).toBe(before.mails + 1);
    expect(await jobCount('SIGN_IN_LINK')).toBe(before.jobs + 1);
  });

  it('is rate-limited per address, known or not, with the same answer', async () => {
    const [holder] = personWithoutDeclaration();
    const answers = async (email: string) => {
      const codes = [];
      for (let i = 0; i < 4; i++) {
        const response = await requestLink(email);
        codes.push(
          response.data?.['requestSignInLink'].userErrors.map((e: { code: string }) => e.code).join(),
        );
      }
      return codes;
    };
    expect(await answers(holder!.email!)).toEqual(['', '', '', 'RATE_LIMITED']);
    expect(await answers('ukjent.person@example.no')).toEqual(['', '', '', 'RATE_LIMITED']);
    await nextMailTo(holder!.email!, 3);
  });
});

describe('notices', () => {
  const sendNotices = (personIds: string[], token: string, idempotencyKey?: string) =>
    gql(
      'mutation ($input: SendNoticesInput!) { sendNotices(input: $input) { queued userErrors { code field } } }',
      { input: { personIds, ...(idempotencyKey !== undefined && { idempotencyKey }) } },
      token,
    );

  it('sends a submission made twice with the same key once (a double click), and a new key again', async () => {
    const [recipient] = withDeclaration(true).slice(4);
    const contact = await system.tokenFor({
      subject: 'test-stv-double-click',
      roles: ['stv-contact'],
      municipalities: [recipient!.municipalityNumber!],
    });
    const audited = async () =>
      Number(
        (
          await system.interests.database.executeSql(
            `select count(*) as n from audit_entries where entity_type = 'NOTICE' and entity_id = $1`,
            [recipient!.id],
          )
        ).rows[0]!['n'],
      );
    const auditedBefore = await audited();
    const twice = await Promise.all([
      sendNotices([recipient!.id], contact, 'skjema-1'),
      sendNotices([recipient!.id], contact, 'skjema-1'),
    ]);
    for (const answer of twice) expect(answer.data?.['sendNotices']).toEqual({ queued: 1, userErrors: [] });
    await nextMailTo(recipient!.email!, 1);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(mailTo(recipient!.email!)).toHaveLength(1);
    expect((await audited()) - auditedBefore).toBe(1);

    // A new key is a new notice.
    await sendNotices([recipient!.id], contact, 'skjema-2');
    await nextMailTo(recipient!.email!, 2);

    const tooLong = await sendNotices([recipient!.id], contact, 'x'.repeat(101));
    expect(tooLong.data?.['sendNotices'].userErrors).toEqual([
      { code: 'INVALID', field: ['input', 'idempotencyKey'] },
    ]);
  });

  it("a contact person's manual notice: to chosen persons of their municipality, retried until the SMTP server takes it, delivered once", async () => {
    const [recipient] = withDeclaration(true).slice(2);
    const contact = await system.tokenFor({
      subject: 'test-stv',
      roles: ['stv-contact'],
      municipalities: [recipient!.municipalityNumber!],
    });
    smtp.failNext(2);
    const refusedBefore = smtp.refused;
    const answer = await sendNotices([recipient!.id], contact);
    expect(answer.data?.['sendNotices']).toEqual({ queued: 1, userErrors: [] });

    const mail = await nextMailTo(recipient!.email!, 1);
    expect(smtp.refused - refusedBefore).toBe(2);
    expect(mail.subject).toBe('Se over dine verv og interesser i Styrevervregisteret');
    expect(mail.text).toContain(
      'Kontaktpersonen for Styrevervregisteret i kommunen din ber deg se over registreringen din.',
    );
    expect(mail.html).toContain('<p>Hei ');
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(mailTo(recipient!.email!)).toHaveLength(1);

    const unknownPerson = await sendNotices(['6f1f7c1e-0000-4000-8000-00000000abcd'], contact);
    expect(unknownPerson.data?.['sendNotices'].userErrors).toEqual([
      { code: 'NOT_FOUND', field: ['input', 'personIds', '0'] },
    ]);
  });

  it('one notice for a burst of changes to a holder who accepted the terms, none to one who did not', async () => {
    const [holder] = withDeclaration(true).slice(3);
    const [notAccepted] = withDeclaration(false).slice(3);
    const db = system.interests.database.db;
    const queued = [];
    for (let i = 0; i < 3; i++) {
      queued.push(await db.transaction((tx) => notifyHolderChanged(tx, holder!.id, { delaySeconds: 1 })));
    }
    expect(queued).toEqual([true, false, false]);
    await db.transaction((tx) => notifyHolderChanged(tx, notAccepted!.id, { delaySeconds: 1 }));

    const mail = await nextMailTo(holder!.email!, 1);
    expect(mail.subject).toBe('Opplysningene dine i Styrevervregisteret er endret');
    expect(mail.text).toContain('Opplysningene om deg eller vervene dine i Kommuneregisteret er endret');
    await eventually(async () => {
      const { rows } = await system.interests.database.executeSql(
        `select count(*) as n from pgboss.job where data->>'kind' = 'CHANGED' and state = 'completed'`,
      );
      return Number(rows[0]!['n']) === 2;
    });
    expect(mailTo(holder!.email!)).toHaveLength(1);
    expect(mailTo(notAccepted!.email!)).toHaveLength(0);

    // A change after the notice went makes a new one.
    expect(await db.transaction((tx) => notifyHolderChanged(tx, holder!.id, { delaySeconds: 1 }))).toBe(true);
    await nextMailTo(holder!.email!, 2);
  });

  it('the automatic round on 20 January goes once to everyone who accepted the terms', async () => {
    const { rows } = await system.interests.database.executeSql(
      'select person_id from declarations where terms_accepted_at is not null',
    );
    const acceptedIds = new Set(rows.map((row) => row['person_id']));
    const accepted = system.population.persons.filter((person) => acceptedIds.has(person.id) && person.email);
    const before = smtp.received.length;
    try {
      now = new Date('2027-01-20T07:30:00Z'); // 08:30 in Oslo
      expect(await system.interests.notices.startDueRound()).toBe(true);
      expect(await system.interests.notices.startDueRound()).toBe(false);
      const periodic = () =>
        smtp.received
          .slice(before)
          .filter((mail) => mail.subject?.startsWith('Påminnelse: hold registreringen'));
      await eventually(() => periodic().length >= accepted.length, 60_000);
      // Persons of the demo with a declaration but no address get nothing, and nobody twice.
      const recipients = periodic().map((mail) => (mail.to && !Array.isArray(mail.to) ? mail.to.text : ''));
      expect(new Set(recipients).size).toBe(recipients.length);
      expect(new Set(recipients)).toEqual(new Set(accepted.map((person) => person.email)));
      expect(periodic()[0]!.text).toContain('To ganger i året minner vi alle som har godtatt vilkårene');
    } finally {
      now = new Date();
    }
  }, 90_000);
});

describe('a notice whose process stops before it is sent', () => {
  it('is sent once when the subgraph starts again', async () => {
    const database = await createTestDatabase('interests_restart');
    const [recipient] = withDeclaration(true).slice(4);
    const mailedBefore = () => mailTo(recipient!.email!).length;
    const before = mailedBefore();
    const config = {
      ...readSubgraphConfig('interests', 0, {
        HOST: '127.0.0.1',
        AUTH_KEYS_DIR: system.keysDir,
        DEMO_SCALE: String(demoScale),
        INTERESTS_SEED: 'demo',
        INTERESTS_DATABASE_URL: database.url,
      }),
      notices: readNoticesConfig(
        { MUNICIPALITY_SUBGRAPH_URL: system.municipality.url, SMTP_URL: smtp.url },
        false,
      ),
    };
    const logger = createLogger('interests', 'silent');
    const administrator = { ...publicIdentity, subject: 'test-admin', roles: ['administrator' as const] };
    try {
      // Its workers never get to the job: the process is gone after the commit.
      const first = await startInterestsSubgraph(config, logger, {
        automaticNoticeRounds: false,
        jobsOptions: { pollingIntervalSeconds: 3_600 },
      });
      const queued = await first.notices.sendManualNotices(administrator, [recipient!.id]);
      expect(queued).toEqual({ queued: 1 });
      await first.close();
      expect(mailedBefore()).toBe(before);

      const again = await startInterestsSubgraph(config, logger, {
        automaticNoticeRounds: false,
        jobsOptions: { pollingIntervalSeconds: 0.5 },
      });
      try {
        const mail = await nextMailTo(recipient!.email!, before + 1);
        expect(mail.subject).toBe('Se over dine verv og interesser i Styrevervregisteret');
        await new Promise((resolve) => setTimeout(resolve, 1_000));
        expect(mailedBefore()).toBe(before + 1);
      } finally {
        await again.close();
      }
    } finally {
      await database.drop();
    }
  });
});

describe('logs', () => {
  it('hold no address and no name of anyone mailed', () => {
    const mailed = smtp.received.flatMap((mail) =>
      mail.to && !Array.isArray(mail.to) ? [mail.to.text] : [],
    );
    expect(mailed.length).toBeGreaterThan(10);
    const names = system.population.persons
      .filter((person) => mailed.includes(person.email!))
      .flatMap((person) => [`${person.givenName} ${person.familyName}`]);
    const text = logLines.map((line) => JSON.stringify(line)).join('\n');
    expect(text).toContain('mail sent');
    for (const value of [...mailed, ...names, 'ingen.her@example.no', 'ukjent.person@example.no']) {
      expect(text, value).not.toContain(value);
    }
    expect(text).not.toContain('stvlenke_');
  });
});

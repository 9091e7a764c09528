/**
 * A partner system's local copy of one municipality's organisation, kept in sync with the
 * register: `npm run partner-example -- --municipality 4601`.
 *
 * The first time, it notes where the municipality's change feed ends, then pulls the
 * municipality (`MunicipalityOrganisation`, by its hash) and stores the copy with that cursor.
 * Then it follows the live subscription of the municipality's changes (`LiveMunicipalityChanges`,
 * over WebSocket) from the stored cursor: each change pulls the municipality again and stores
 * the copy with the change's cursor, in one write (a new file renamed over the old). Stopped and
 * started again, or cut off from a gateway that restarts, it subscribes again from the stored
 * cursor: the gateway sends what it missed first, so nothing is lost, and a change seen twice
 * only pulls the same copy again.
 *
 *   --municipality <nnnn>   the municipality to follow (required)
 *   --gateway <url>         the gateway's GraphQL endpoint (default http://localhost:4000/graphql,
 *                           or GATEWAY_URL)
 *   --state <folder>        where the copy and its cursor are kept (default .data/partner-example)
 *   --token <jwt>           a bearer token (or PARTNER_TOKEN); the public's rights without one
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  documentId,
  LiveMunicipalityChangesDocument,
  MunicipalityOrganisationDocument,
  RegisterChangesDocument,
  RegisterClient,
  type LiveMunicipalityChangesSubscription,
  type MunicipalityOrganisationQuery,
} from '@registers/client';
import manifest from '@registers/client/persisted-documents.json' with { type: 'json' };
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const { values } = parseArgs({
  options: {
    municipality: { type: 'string' },
    gateway: { type: 'string', default: process.env['GATEWAY_URL'] ?? 'http://localhost:4000/graphql' },
    state: { type: 'string', default: '.data/partner-example' },
    token: { type: 'string', default: process.env['PARTNER_TOKEN'] },
  },
});
const municipalityNumber = values.municipality;
if (!municipalityNumber || !/^\d{4}$/.test(municipalityNumber)) {
  console.error(
    'Bruk: npm run partner-example -- --municipality <kommunenummer, fire sifre> [--gateway <url>]',
  );
  process.exit(2);
}
const token = values.token;
const stateFile = join(values.state, `${municipalityNumber}.json`);
const client = new RegisterClient({ url: values.gateway, ...(token && { token }) });

/** What is kept: the copy, and the cursor of the last change it reflects. */
interface State {
  municipalityNumber: string;
  cursor: string | null;
  copy: MunicipalityOrganisationQuery['municipality'];
  updatedAt: string;
}

const log = (message: string) => console.log(`${new Date().toISOString()} ${message}`);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function readState(): Promise<State | undefined> {
  try {
    return JSON.parse(await readFile(stateFile, 'utf8')) as State;
  } catch {
    return undefined;
  }
}

/** The copy and its cursor in one write: a reader sees the old state or the new, never half. */
async function writeState(state: State): Promise<void> {
  await mkdir(values.state, { recursive: true });
  const next = `${stateFile}.${process.pid}.tmp`;
  await writeFile(next, `${JSON.stringify(state, null, 2)}\n`);
  await rename(next, stateFile);
}

/** Tries again, with a growing pause, while the gateway cannot be reached (it may be restarting). */
async function withRetries<T>(what: string, attempt: () => Promise<T>): Promise<T> {
  for (let tries = 1; ; tries++) {
    try {
      return await attempt();
    } catch (error) {
      const pauseMs = Math.min(500 * 2 ** (tries - 1), 10_000);
      log(
        `${what} feilet (${error instanceof Error ? error.message : String(error)}); prøver igjen om ${pauseMs} ms`,
      );
      await pause(pauseMs);
    }
  }
}

async function pullCopy(): Promise<State['copy']> {
  const data = await withRetries('henting av kommunen', () =>
    client.execute(MunicipalityOrganisationDocument, { number: municipalityNumber! }),
  );
  return data.municipality;
}

/** Where the municipality's change feed ends now: the copy pulled after it reflects every change before it. */
async function feedEnd(): Promise<string | null> {
  return withRetries('lesing av endringsloggen', async () => {
    let end: string | null = null;
    for await (const edge of client.paginate(
      RegisterChangesDocument,
      { municipalityNumber: municipalityNumber!, first: 1_000 },
      (data) => data.changes,
    )) {
      end = edge.cursor;
    }
    return end;
  });
}

let state = await readState();
if (state) {
  log(`fortsetter fra lagret kopi av ${municipalityNumber} (${state.updatedAt})`);
} else {
  const cursor = await feedEnd();
  state = { municipalityNumber, cursor, copy: await pullCopy(), updatedAt: new Date().toISOString() };
  await writeState(state);
  log(`første kopi av ${municipalityNumber} lagret i ${stateFile}`);
}

// A partner's subscription is one of the trusted operations, sent as the manifest's text.
const subscription = (manifest as Record<string, string>)[documentId(LiveMunicipalityChangesDocument)]!;
const live = createClient({
  url: values.gateway.replace(/^http/, 'ws'),
  webSocketImpl: WebSocket,
  connectionParams: token ? { authorization: `Bearer ${token}` } : {},
  // Reconnecting is done below, each time from the cursor stored last.
  retryAttempts: 0,
  lazy: true,
});

/** What each event of the subscription carries that this example reads. */
type LiveChange = Pick<LiveMunicipalityChangesSubscription, 'changes'>;

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    stopping = true;
    void Promise.resolve(live.dispose()).then(() => process.exit(0));
  });
}

for (let failures = 0; !stopping;) {
  try {
    const events: AsyncIterable<{ data?: LiveChange | null; errors?: readonly { message: string }[] }> =
      live.iterate<LiveChange>({
        query: subscription,
        variables: { municipalityNumber, after: state.cursor },
      });
    log(`følger endringene i ${municipalityNumber} fra ${state.cursor ?? 'nå'}`);
    for await (const event of events) {
      if (event.errors?.length || !event.data) throw new Error(event.errors?.[0]?.message ?? 'tom hendelse');
      const { cursor, node } = event.data.changes;
      state = { municipalityNumber, cursor, copy: await pullCopy(), updatedAt: new Date().toISOString() };
      await writeState(state);
      failures = 0;
      log(`endring ${node.sequence} (${node.entityType} ${node.changeType}): kopien er oppdatert`);
    }
  } catch (error) {
    if (stopping) break;
    failures++;
    const pauseMs = Math.min(500 * 2 ** (failures - 1), 10_000);
    log(
      `forbindelsen til ${values.gateway} ble brutt (${error instanceof Error ? error.message : JSON.stringify(error)}); kobler til igjen om ${pauseMs} ms`,
    );
    await pause(pauseMs);
  }
}

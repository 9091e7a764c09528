import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { Logger } from '@registers/platform';
import {
  operationRequest,
  OperationFailed,
  readDeclarationFeed,
  readMunicipalityFeed,
  runOperation,
  type PublicOperationRunner,
} from '../feeds.ts';
import {
  KommunenokkelenCompanyOwnersDocument,
  KommunenokkelenMunicipalityDocument,
  KommunenokkelenMunicipalityNumbersDocument,
} from '../generated/operations.ts';
import {
  companiesChanged,
  companiesShownIn,
  everyMunicipality,
  municipalitiesAffectedBy,
  municipalitiesAffectedByDeclaration,
  personsShownIn,
  type FragmentIndex,
} from './affected.ts';

/** The positions in both change feeds a document reflects: the `endCursor`s to read on from. */
export interface FeedPositions {
  municipality: string | null;
  interests: string | null;
}

/** One version of the document, ready to send as it is. */
export interface DocumentVersion {
  body: Buffer;
  /** Strong: a hash of the content, so it changes exactly when the content does. */
  etag: string;
  positions: FeedPositions;
  /** Made on the first request that accepts gzip, once per version. */
  gzipped(): Promise<Buffer>;
}

interface Fragment {
  json: Buffer;
  hash: string;
  persons: Set<string>;
  companies: Map<string, string>;
}

const gzipAsync = promisify(gzip);
/** Fragments built at once: enough to keep the gateway's worker threads and subgraphs busy. */
const concurrentBuilds = 4;
const decoder = new TextDecoder();

class BuildStopped extends Error {}

/**
 * Kommunenøkkelen as one JSON document: what the public `AllMunicipalitiesOrganisation` answers,
 * as `{"municipalities":[…]}`, assembled from one fragment per local authority (the public
 * `KommunenokkelenMunicipality`'s answer, kept as bytes, never serialised again). Both change
 * feeds are polled every `pollMs` from the positions of the last build, and only the local
 * authorities a change touches are built again.
 */
export class KommunenokkelenDocument {
  private order: string[] = [];
  private readonly fragments = new Map<string, Fragment>();
  private positions: FeedPositions = { municipality: null, interests: null };
  private version: DocumentVersion | null = null;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;
  private failing = false;

  constructor(
    private readonly run: PublicOperationRunner,
    private readonly pollMs: number,
    private readonly logger: Logger,
  ) {}

  /** The latest version, or null until the first build is done. */
  current(): DocumentVersion | null {
    return this.version;
  }

  /** Builds the document in the background, then keeps it current. */
  start() {
    this.running = this.tick();
  }

  async stop() {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  private async tick() {
    try {
      if (this.version) await this.update();
      else await this.buildAll();
      if (this.failing) this.logger.info('the Kommunenøkkelen document is up to date again');
      this.failing = false;
    } catch (error) {
      if (error instanceof BuildStopped || this.stopped) return;
      // The last version stays served; the next poll reads the feeds from the same positions.
      // Said once per outage, not every poll; before the first build (a subgraph not yet up at
      // start, as with npm start) only as a warning.
      const level = this.failing ? 'debug' : this.version ? 'error' : 'warn';
      this.failing = true;
      this.logger[level]({ err: error }, 'the Kommunenøkkelen document could not be brought up to date');
    }
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.tick();
    }, this.pollMs);
  }

  /** The first build: the feeds' ends first, so that every later change is read again. */
  private async buildAll() {
    const started = performance.now();
    const positions = {
      municipality: (await this.readMunicipalityFeed(null)).position,
      interests: (await this.readDeclarationFeed(null)).position,
    };
    const numbers = await this.operation(KommunenokkelenMunicipalityNumbersDocument, {});
    this.order = numbers.municipalities.map((municipality) => municipality.number);
    await this.build(this.order);
    this.positions = positions;
    this.assemble();
    this.logger.info(
      {
        municipalities: this.order.length,
        bytes: this.version!.body.length,
        ms: performance.now() - started,
      },
      'the Kommunenøkkelen document is built',
    );
  }

  /** Reads both feeds on from the last positions and builds what their changes touch. */
  private async update() {
    const kr = await this.readMunicipalityFeed(this.positions.municipality);
    const stv = await this.readDeclarationFeed(this.positions.interests);
    if (kr.changes.length === 0 && stv.changes.length === 0) {
      // Nothing changed, though the positions may have moved (an empty page keeps them).
      this.positions = { municipality: kr.position, interests: stv.position };
      return;
    }
    const index = this.index();
    let affected = new Set<string>();
    for (const change of kr.changes) {
      const touched = municipalitiesAffectedBy(change, index);
      if (touched === everyMunicipality) {
        affected = new Set(this.order);
        break;
      }
      for (const number of touched) affected.add(number);
    }
    for (const change of stv.changes) {
      for (const number of municipalitiesAffectedByDeclaration(change, index)) affected.add(number);
    }
    // A company's owners now (a new owner's fragment does not show it yet).
    for (const change of kr.changes) {
      if (change.entityType !== 'COMPANY') continue;
      const { company } = await this.operation(KommunenokkelenCompanyOwnersDocument, { id: change.entityId });
      for (const owner of company?.owners ?? []) affected.add(owner.municipality.number);
    }
    const rebuilt = this.order.filter((number) => affected.has(number));
    const before = new Map(rebuilt.map((number) => [number, this.fragments.get(number)?.companies]));
    if (rebuilt.length > 0) await this.build(rebuilt);
    // The companies a rebuilt fragment shows differently: every other fragment showing them too.
    const others = new Set<string>();
    if (
      kr.changes.some((change) => change.entityType === 'COMPANY' || change.entityType === 'COMPANY_ROLE')
    ) {
      for (const number of rebuilt) {
        const changed = companiesChanged(
          before.get(number) ?? new Map(),
          this.fragments.get(number)!.companies,
        );
        for (const company of changed) {
          for (const other of index.companiesShownIn.get(company) ?? [])
            if (!affected.has(other)) others.add(other);
        }
      }
    }
    if (others.size > 0) {
      const more = this.order.filter((number) => others.has(number));
      await this.build(more);
      rebuilt.push(...more);
    }
    const moved = kr.position !== this.positions.municipality || stv.position !== this.positions.interests;
    this.positions = { municipality: kr.position, interests: stv.position };
    if (rebuilt.length > 0) this.assemble();
    else if (moved && this.version) this.version = { ...this.version, positions: this.positions };
    if (rebuilt.length > 0)
      this.logger.debug({ municipalities: rebuilt.length }, 'the Kommunenøkkelen document is updated');
  }

  private index(): FragmentIndex {
    const personsShownIn = new Map<string, Set<string>>();
    const companiesShownIn = new Map<string, Set<string>>();
    const add = (map: Map<string, Set<string>>, key: string, number: string) => {
      let shownIn = map.get(key);
      if (!shownIn) map.set(key, (shownIn = new Set()));
      shownIn.add(number);
    };
    for (const [number, fragment] of this.fragments) {
      for (const person of fragment.persons) add(personsShownIn, person, number);
      for (const company of fragment.companies.keys()) add(companiesShownIn, company, number);
    }
    return { personsShownIn, companiesShownIn };
  }

  private async build(numbers: string[]) {
    let next = 0;
    const worker = async () => {
      // A stop does not wait for the rest of a build (the first one takes seconds to a minute).
      while (next < numbers.length) {
        if (this.stopped) throw new BuildStopped();
        const number = numbers[next++]!;
        this.fragments.set(number, await this.buildFragment(number));
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrentBuilds, numbers.length) }, worker));
  }

  private async buildFragment(number: string): Promise<Fragment> {
    const response = await this.run(operationRequest(KommunenokkelenMunicipalityDocument, { number }));
    const text = decoder.decode(response.body);
    const answer = JSON.parse(text) as { data?: { municipality: unknown } | null; errors?: unknown[] };
    if (response.status !== 200 || answer.errors || !answer.data?.municipality) {
      throw new OperationFailed(`KommunenokkelenMunicipality ${number}: ${text.slice(0, 500)}`);
    }
    // The answer is `{"data":{"municipality":<fragment>}}`: keep the fragment's bytes as they are.
    const prefix = '{"data":{"municipality":';
    const trimmed = text.trimEnd();
    const json =
      trimmed.startsWith(prefix) && trimmed.endsWith('}}')
        ? Buffer.from(trimmed.slice(prefix.length, -2))
        : Buffer.from(JSON.stringify(answer.data.municipality));
    const municipality = answer.data.municipality as Parameters<typeof companiesShownIn>[0];
    return {
      json,
      hash: createHash('sha256').update(json).digest('base64url'),
      persons: personsShownIn(municipality),
      companies: companiesShownIn(municipality),
    };
  }

  private assemble() {
    const parts: Buffer[] = [Buffer.from('{"municipalities":[')];
    const hash = createHash('sha256');
    this.order.forEach((number, at) => {
      const fragment = this.fragments.get(number)!;
      if (at > 0) parts.push(comma);
      parts.push(fragment.json);
      hash.update(fragment.hash);
    });
    parts.push(Buffer.from(']}'));
    const body = Buffer.concat(parts);
    const etag = `"${hash.digest('base64url')}"`;
    if (this.version?.etag === etag) {
      this.version = { ...this.version, positions: this.positions };
      return;
    }
    let gzipped: Promise<Buffer> | undefined;
    this.version = {
      body,
      etag,
      positions: this.positions,
      // Level 1: a few times faster than the default on 20+ MB of JSON, for a slightly larger
      // file; made off the event loop (zlib's thread pool), once per version, when first asked.
      gzipped: () => (gzipped ??= gzipAsync(body, { level: 1 })),
    };
  }

  private readMunicipalityFeed(after: string | null) {
    return readMunicipalityFeed(this.run, after);
  }

  private readDeclarationFeed(after: string | null) {
    return readDeclarationFeed(this.run, after);
  }

  private operation<TData, TVariables>(
    document: TypedDocumentNode<TData, TVariables>,
    variables: TVariables,
  ) {
    return runOperation(this.run, document, variables);
  }
}

const comma = Buffer.from(',');

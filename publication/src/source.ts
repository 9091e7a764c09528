import {
  AllMunicipalitiesOrganisationDocument,
  type AllMunicipalitiesOrganisationQuery,
} from '@registers/client';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type DocumentNode } from 'graphql';
import {
  PublicationContactPersonsDocument,
  PublicationContactPersonsOfMunicipalityDocument,
  PublicationDirectoryDocument,
  PublicationFeedsAfterDocument,
  type PublicationContactPersonsQuery,
  type PublicationDirectoryQuery,
} from './generated/operations.ts';

/** A failure the command reports as it is, in Norwegian, and exits non-zero. */
export class PublicationError extends Error {
  override name = 'PublicationError';
}

/** What the publication is made from: the document, what it lacks, and the feeds it reflects. */
export interface RegisterSnapshot {
  /** The Kommunenøkkelen document: the public answer of AllMunicipalitiesOrganisation. */
  organisation: AllMunicipalitiesOrganisationQuery;
  /** Counties and the public contact details the document does not hold. */
  directory: PublicationDirectoryQuery;
  /** The change feeds' positions the snapshot holds everything up to (null: from the gateway's pull). */
  feedPositions: { municipality: string | null; interests: string | null } | null;
}

export interface SourceOptions {
  gatewayUrl: string;
  /** Bearer token, sent with every request when given. */
  token?: string | undefined;
  progress: (line: string) => void;
  /** How long to wait for the gateway's document to be built (503) or catch up with the feeds. */
  waitMs?: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Sends a typed operation to the gateway; any error is a PublicationError naming its codes. */
export async function execute<TData, TVariables>(
  options: SourceOptions,
  document: TypedDocumentNode<TData, TVariables>,
  variables?: TVariables,
): Promise<TData> {
  let response: Response;
  try {
    response = await fetch(options.gatewayUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      },
      body: JSON.stringify({ query: print(document), variables }),
    });
  } catch (error) {
    throw unreachable(options.gatewayUrl, error);
  }
  const body = (await response.json().catch(() => null)) as {
    data?: TData | null;
    errors?: { message: string; extensions?: { code?: string } }[];
  } | null;
  if (body?.errors?.length || !body?.data) {
    throw new PublicationError(
      `Gatewayen svarte ${response.status} på ${operationName(document)}: ${describeErrors(body?.errors)}`,
    );
  }
  return body.data;
}

function operationName(document: DocumentNode) {
  const definition = document.definitions[0];
  return definition?.kind === 'OperationDefinition'
    ? (definition.name?.value ?? 'operasjonen')
    : 'operasjonen';
}

function describeErrors(errors: { message: string; extensions?: { code?: string } }[] | undefined) {
  if (!errors?.length) return 'ingen data';
  const codes = [...new Set(errors.map((error) => error.extensions?.code ?? 'UKJENT'))];
  const explained = codes.map((code) => codeExplanations[code] ?? code);
  return `${explained.join('; ')} (${errors.length} feil, den første: «${errors[0]!.message}»)`;
}

const codeExplanations: Record<string, string> = {
  UNAUTHENTICATED: 'ikke innlogget: oppgi et gyldig token (--token eller TOKEN)',
  FORBIDDEN: 'tokenet gir ikke rett til dette (det interne uttrekket krever administrator)',
  SUBGRAPH_UNAVAILABLE: 'et delregister (subgraph) svarer ikke',
  SUBREQUEST_HTTP_ERROR: 'et delregister (subgraph) svarer ikke',
  SERVICE_UNAVAILABLE: 'tjenesten er utilgjengelig',
  RATE_LIMITED: 'for mange forespørsler: prøv igjen om et minutt',
};

function unreachable(url: string, error: unknown) {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
  return new PublicationError(`Får ikke kontakt med gatewayen på ${url}: ${cause}`);
}

/**
 * The whole public register: the gateway's Kommunenøkkelen document, and what it lacks from
 * PublicationDirectory, consistent with each other: taken again until neither change feed has
 * anything after the document's positions once the directory is read. Without the document
 * (a gateway with KOMMUNENOKKELEN_POLL_MS=off) the register is pulled with the document's own
 * operation.
 */
export async function readRegister(options: SourceOptions): Promise<RegisterSnapshot> {
  const deadline = Date.now() + (options.waitMs ?? 60_000);
  for (let attempt = 1; ; attempt++) {
    const fromDocument = await readDocument(options, deadline);
    if (!fromDocument) {
      options.progress(
        'Gatewayen har ikke Kommunenøkkelen-dokumentet; henter hele registeret med spørringen.',
      );
      const organisation = await execute(options, AllMunicipalitiesOrganisationDocument);
      options.progress('Henter fylkene og adressene …');
      const directory = await execute(options, PublicationDirectoryDocument);
      return { organisation, directory, feedPositions: null };
    }
    options.progress('Henter fylkene og adressene …');
    const directory = await execute(options, PublicationDirectoryDocument);
    const after = await execute(options, PublicationFeedsAfterDocument, {
      municipalityAfter: fromDocument.positions.municipality,
      interestsAfter: fromDocument.positions.interests,
    });
    if (after.changes.edges.length === 0 && after.declarationChanges.edges.length === 0) {
      return { organisation: fromDocument.organisation, directory, feedPositions: fromDocument.positions };
    }
    if (Date.now() > deadline) {
      throw new PublicationError(
        'Registeret endret seg hele tiden mens det ble hentet; prøv igjen (eller øk --wait).',
      );
    }
    options.progress(`Registeret endret seg under hentingen; henter igjen (forsøk ${attempt + 1}) …`);
    await sleep(500);
  }
}

async function readDocument(options: SourceOptions, deadline: number) {
  const url = new URL('/kommunenokkelen.json', options.gatewayUrl).href;
  for (;;) {
    options.progress(`Henter Kommunenøkkelen-dokumentet fra ${url} …`);
    let response: Response;
    try {
      response = await fetch(url, { headers: { 'accept-encoding': 'gzip' } });
    } catch (error) {
      throw unreachable(url, error);
    }
    if (response.status === 404) return null;
    if (response.status === 503) {
      await response.body?.cancel();
      if (Date.now() > deadline) {
        throw new PublicationError('Kommunenøkkelen-dokumentet ble ikke ferdig bygget i tide; prøv igjen.');
      }
      // Asked again each second at most: the first build of a small register takes seconds.
      const seconds = Math.min(Number(response.headers.get('retry-after')) || 1, 1);
      options.progress(`Dokumentet bygges ennå; venter ${seconds} s …`);
      await sleep(seconds * 1000);
      continue;
    }
    if (!response.ok) {
      throw new PublicationError(`Gatewayen svarte ${response.status} på ${url}.`);
    }
    const organisation = (await response.json()) as AllMunicipalitiesOrganisationQuery;
    const position = (name: string) => response.headers.get(`x-feed-position-${name}`) || null;
    return {
      organisation,
      positions: { municipality: position('municipality'), interests: position('interests') },
    };
  }
}

/**
 * The contact persons with their e-mail addresses, of every local authority or of those given:
 * refused by the gateway unless the token may see every one of them.
 */
export async function readContactPersons(
  options: SourceOptions,
  municipalityNumbers: string[] = [],
): Promise<PublicationContactPersonsQuery> {
  if (!options.token) {
    throw new PublicationError(
      'Det interne uttrekket krever innlogging: oppgi et token med --token eller TOKEN (npm run token).',
    );
  }
  options.progress('Henter kontaktpersonene (internt uttrekk) …');
  if (municipalityNumbers.length === 0) return execute(options, PublicationContactPersonsDocument);
  const municipalities = [];
  for (const number of municipalityNumbers) {
    const { municipality } = await execute(options, PublicationContactPersonsOfMunicipalityDocument, {
      number,
    });
    if (!municipality) throw new PublicationError(`Kommunen ${number} finnes ikke.`);
    municipalities.push(municipality);
  }
  return { municipalities };
}

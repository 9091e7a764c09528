import { callSubgraph, InternalCallError, systemIdentity, type CryptoKey } from '@registers/access';

/** The follower's service identity: its receipts and audit entries are filed under it. */
export const followerIdentity = systemIdentity('follower:interests');

/** The kinds of change that can change a person's role facts. */
export const followedEntityTypes = [
  'PERSON',
  'EMPLOYMENT',
  'MEMBERSHIP',
  'COMPANY_ROLE',
  'UNIT',
  'ELECTED_BODY',
  'COMPANY',
  // A confirmed election result starts Styrevervregisteret's reconciliation.
  'ELECTION_RESULT',
] as const;

export interface FeedChange {
  sequence: number;
  entityType: (typeof followedEntityTypes)[number];
  entityId: string;
  personId: string | null;
  changeType: 'CREATED' | 'UPDATED' | 'DELETED';
  changedFields: string[];
  municipality: { number: string } | null;
}

export interface FeedPage {
  changes: FeedChange[];
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface RoleFact {
  id: string;
  kind: 'EMPLOYMENT' | 'MEMBERSHIP' | 'COMPANY_ROLE';
  municipalityNumber: string | null;
  organizationId: string;
  organizationName: string;
  organizationNumber: string | null;
  role: string;
  startDate: string;
  endDate: string | null;
}

export interface PersonRoleFacts {
  personId: string;
  municipalityNumber: string | null;
  roles: RoleFact[];
}

const changesQuery = `query FollowChanges($after: String, $first: Int, $entityTypes: [ChangeEntityType!]) {
  changes(after: $after, first: $first, entityTypes: $entityTypes) {
    edges { node { sequence entityType entityId personId changeType changedFields municipality { number } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const roleFactsQuery = `query RoleFacts($personIds: [ID!]!) {
  roleFacts(personIds: $personIds) {
    personId municipalityNumber
    roles { id kind municipalityNumber organizationId organizationName organizationNumber role startDate endDate }
  }
}`;

const acknowledgeMutation = `mutation AcknowledgeChanges($input: AcknowledgeChangesInput!) {
  acknowledgeChanges(input: $input) { receipt { acknowledgedSequence } userErrors { code message } }
}`;

/** The municipality subgraph could not be asked, or refused: the follower tries again later. */
export class FeedUnavailableError extends Error {
  override name = 'FeedUnavailableError';
}

/**
 * Kommuneregisteret as its follower reaches it: the municipality subgraph itself, asked as the
 * register's own service identity in an internal token signed for it (as the gateway looks up
 * a user's grants), for the feed, the role facts (internal) and to acknowledge.
 */
export class MunicipalityClient {
  constructor(
    private readonly url: string,
    private readonly key: CryptoKey,
    private readonly timeoutMs = 30_000,
  ) {}

  async changesAfter(cursor: string | null, first: number): Promise<FeedPage> {
    const { changes } = await this.ask<{
      changes: {
        edges: { node: FeedChange }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    }>(changesQuery, { after: cursor, first, entityTypes: followedEntityTypes });
    return {
      changes: changes.edges.map((edge) => edge.node),
      hasNextPage: changes.pageInfo.hasNextPage,
      endCursor: changes.pageInfo.endCursor,
    };
  }

  async roleFacts(personIds: readonly string[]): Promise<PersonRoleFacts[]> {
    const facts: PersonRoleFacts[] = [];
    for (let start = 0; start < personIds.length; start += 1_000) {
      const { roleFacts } = await this.ask<{ roleFacts: PersonRoleFacts[] }>(roleFactsQuery, {
        personIds: personIds.slice(start, start + 1_000),
      });
      facts.push(...roleFacts);
    }
    return facts;
  }

  async acknowledge(sequence: number): Promise<void> {
    const { acknowledgeChanges } = await this.ask<{
      acknowledgeChanges: { userErrors: { code: string; message: string }[] };
    }>(acknowledgeMutation, { input: { sequence } });
    if (acknowledgeChanges.userErrors.length > 0) {
      throw new FeedUnavailableError(`the receipt was refused: ${acknowledgeChanges.userErrors[0]!.code}`);
    }
  }

  private async ask<TData>(query: string, variables: Record<string, unknown>): Promise<TData> {
    try {
      return await callSubgraph<TData>(
        { url: this.url, subgraph: 'municipality', key: this.key, timeoutMs: this.timeoutMs },
        followerIdentity,
        query,
        variables,
      );
    } catch (error) {
      if (!(error instanceof InternalCallError)) throw error;
      throw new FeedUnavailableError(
        error.reason === 'unreachable' ? 'Kommuneregisteret could not be reached' : error.message,
        { cause: error },
      );
    }
  }
}

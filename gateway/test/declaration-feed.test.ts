import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { generateDemoDeclarations } from '@registers/interests';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeclarationChangesDocument } from '@registers/client';
import {
  AddPositionDocument,
  RemovePositionDocument,
  UpdateDeclarationDocument,
  UpdatePositionDocument,
} from '../src/generated/operations.ts';
import { execute, startSystem, type System, dataAs } from './support/system.ts';

/**
 * Styrevervregisteret's public feed: changes of published declarations, in commit order, and
 * never anything of an unpublished one, not even that it changed.
 */
const demoScale = 0.01;
const declared = new Set(generateDemoDeclarations(demoScale).declarations.map((d) => d.personId));

let system: System;
let token = '';
let personId = '';

beforeAll(async () => {
  system = await startSystem({ demoScale, driver: 'postgres' });
  personId = system.population.persons.find((person) => !declared.has(person.id))!.id;
  token = await system.tokenFor({ subject: 'feed-holder', roles: ['position-holder'], personId });
});
afterAll(async () => {
  await system?.close();
});

const asHolder = <TData, TVariables>(document: TypedDocumentNode<TData, TVariables>, variables: TVariables) =>
  dataAs(system.gateway.url, token, document, variables);

/** The whole public feed after a cursor, as the public reads it, page by page. */
async function publicFeed(after?: string | null) {
  const nodes = [];
  let cursor = after ?? null;
  for (;;) {
    const response = await execute(system.gateway.url, DeclarationChangesDocument, {
      after: cursor,
      first: 2,
    });
    expect(response.errors).toBeUndefined();
    const { edges, pageInfo } = response.data!.declarationChanges;
    nodes.push(...edges.map((edge) => edge.node));
    cursor = pageInfo.endCursor ?? cursor;
    if (!pageInfo.hasNextPage) return { nodes, cursor };
  }
}

const summary = (nodes: Awaited<ReturnType<typeof publicFeed>>['nodes']) =>
  nodes.map(
    (node) => `${node.entityType} ${node.changeType} ${node.entityId === personId ? 'person' : 'position'}`,
  );

describe('the feed of published declarations', () => {
  it('shows nothing of a declaration while it is unpublished', async () => {
    const start = await publicFeed();
    const { addPosition } = await asHolder(AddPositionDocument, {
      input: { personId, category: 'GIFT', organizationName: 'Hemmelig giver' },
    });
    await asHolder(UpdatePositionDocument, { input: { id: addPosition.position!.id, role: 'Mottaker' } });
    await asHolder(UpdateDeclarationDocument, { input: { personId, acceptTerms: true } });
    const after = await publicFeed(start.cursor);
    expect(after.nodes).toEqual([]);
    expect(after.cursor).toBe(start.cursor);
  });

  it('shows publishing, the changes while published, and unpublishing, in order', async () => {
    const start = await publicFeed();
    await asHolder(UpdateDeclarationDocument, { input: { personId, published: true } });
    const { addPosition } = await asHolder(AddPositionDocument, {
      input: { personId, category: 'COMPANY_BOARD', organizationName: 'Offentlig AS', role: 'Styremedlem' },
    });
    const positionId = addPosition.position!.id;
    await asHolder(UpdatePositionDocument, { input: { id: positionId, role: 'Styreleder' } });
    await asHolder(RemovePositionDocument, { input: { id: positionId } });
    await asHolder(UpdateDeclarationDocument, { input: { personId, published: false } });
    // Changed while unpublished: not in the feed.
    await asHolder(AddPositionDocument, {
      input: { personId, category: 'OTHER', organizationName: 'Etter avpublisering' },
    });

    const { nodes } = await publicFeed(start.cursor);
    expect(summary(nodes)).toEqual([
      'DECLARATION CREATED person',
      'POSITION CREATED position',
      'POSITION UPDATED position',
      'POSITION DELETED position',
      'DECLARATION DELETED person',
    ]);
    expect(nodes.every((node) => node.person.id === personId)).toBe(true);
    expect(nodes.filter((node) => node.entityType === 'POSITION').map((node) => node.entityId)).toEqual([
      positionId,
      positionId,
      positionId,
    ]);
    expect(nodes[2]!.changedFields).toEqual(['role']);
    const sequences = nodes.map((node) => node.sequence);
    expect(sequences).toEqual([...sequences].sort((a, b) => a - b));
  });

  it('refuses a cursor it did not give out, and a page larger than 1000', async () => {
    const bad = await execute(system.gateway.url, DeclarationChangesDocument, { after: 'not-a-cursor' });
    expect(bad.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    const large = await execute(system.gateway.url, DeclarationChangesDocument, { first: 1001 });
    expect(large.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });
});

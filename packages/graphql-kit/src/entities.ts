import type { GraphQLFieldResolver, GraphQLSchema } from 'graphql';
import { isObjectType, preloadSelection } from './relations.ts';
import { turnsOf } from './turns.ts';

type Settled = { value: unknown; failed?: false } | { reason: unknown; failed: true };

/**
 * Makes a subgraph schema's `_entities` answer as a preloaded root list does: once every
 * representation is resolved (`__resolveReference`), what the query selects below the entities
 * is loaded per type in a few batched statements (see `preloadSelection`), and the entities are
 * completed a chunk per turn of the event loop (see `Turns`), so that tens of thousands of
 * representations do not hold other requests up. A representation whose reference failed keeps
 * its error, at its own index.
 */
export function preloadEntities(schema: GraphQLSchema): void {
  const field = schema.getQueryType()?.getFields()['_entities'];
  const resolveReferences = field?.resolve;
  if (!field || !resolveReferences) return;
  const resolve: GraphQLFieldResolver<unknown, { loaders: object }> = async (source, args, context, info) => {
    const settled = await settleAll(resolveReferences(source, args, context, info) as unknown[]);
    const byType = new Map<string, unknown[]>();
    for (const entry of settled) {
      if (entry.failed) continue;
      const typename = (entry.value as { __typename?: unknown } | null)?.__typename;
      if (typeof typename !== 'string') continue;
      const rows = byType.get(typename) ?? [];
      rows.push(entry.value);
      byType.set(typename, rows);
    }
    await Promise.all(
      [...byType].map(([typename, rows]) => {
        const type = info.schema.getType(typename);
        return isObjectType(type) ? preloadSelection(context, info, rows, type) : undefined;
      }),
    );
    const turns = turnsOf(context);
    return settled.map((entry) =>
      turns.wait().then(() => {
        if (entry.failed) throw entry.reason;
        return entry.value;
      }),
    );
  };
  field.resolve = resolve as typeof field.resolve;
}

/** Each item's outcome, waiting only for the items that are promises. */
async function settleAll(items: readonly unknown[]): Promise<Settled[]> {
  const settled: Settled[] = new Array(items.length);
  const pending: Promise<void>[] = [];
  items.forEach((item, index) => {
    if (typeof (item as { then?: unknown } | null)?.then === 'function') {
      pending.push(
        (item as Promise<unknown>).then(
          (value) => void (settled[index] = { value }),
          (reason: unknown) => void (settled[index] = { reason, failed: true }),
        ),
      );
    } else {
      settled[index] = { value: item };
    }
  });
  await Promise.all(pending);
  return settled;
}

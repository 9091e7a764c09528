import DataLoader from 'dataloader';

/**
 * A per-request loader of one row per key: one batched query per tick, results in key order,
 * null for a key with no row.
 */
export function loadOneByKey<K, V>(
  fetch: (keys: readonly K[]) => Promise<V[]>,
  keyOf: (row: V) => K,
): DataLoader<K, V | null> {
  return new DataLoader(async (keys) => {
    const byKey = new Map((await fetch(keys)).map((row) => [keyOf(row), row]));
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

/** A per-request loader of the rows that belong to each key, in the order `fetch` returns them. */
export function loadManyByKey<K, V>(
  fetch: (keys: readonly K[]) => Promise<V[]>,
  keyOf: (row: V) => K | null,
): DataLoader<K, V[]> {
  return new DataLoader(async (keys) => {
    const groups = new Map<K, V[]>(keys.map((key) => [key, []]));
    for (const row of await fetch(keys)) {
      const key = keyOf(row);
      if (key !== null) groups.get(key)?.push(row);
    }
    return keys.map((key) => groups.get(key) ?? []);
  });
}

/**
 * Wraps mutation resolvers so that what their payload reads after the write is fresh: the
 * request's loaders may hold rows read before it (for validation) and are emptied.
 */
export function withFreshLoaders<TResolvers extends object>(mutations: TResolvers): TResolvers {
  return Object.fromEntries(
    Object.entries(mutations).map(([name, resolve]) => [
      name,
      async (
        parent: unknown,
        args: unknown,
        context: { loaders: Record<string, { clearAll(): unknown }> },
        info: unknown,
      ) => {
        const result = await (resolve as (...params: unknown[]) => Promise<unknown>)(
          parent,
          args,
          context,
          info,
        );
        for (const loader of Object.values(context.loaders)) loader.clearAll();
        return result;
      },
    ]),
  ) as TResolvers;
}

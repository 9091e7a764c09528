import DataLoader from 'dataloader';

/**
 * A per-request loader of rows by key. `load` batches the keys asked for in one tick into one
 * query (DataLoader); `get` answers synchronously once a key's value is loaded (by an earlier
 * batch, by `loadAll`, or primed), so a resolver whose rows were preloaded returns a plain value
 * rather than a promise. Values are cached for the request: `clearAll` forgets them.
 */
export class RowLoader<K, V> {
  private readonly values = new Map<K, V>();
  private readonly batches: DataLoader<K, V>;

  /** The keys `loadAll` was asked for in this tick, loaded together once it ends. */
  private bulk: { keys: Set<K>; loaded: Promise<void> } | undefined;

  /** At most this many keys go to one statement; more are fetched in slices, one after another. */
  private keysPerFetch = Infinity;

  constructor(private readonly fetchAll: (keys: readonly K[]) => Promise<V[]>) {
    this.batches = new DataLoader(async (keys) => {
      const loaded = await this.fetch(keys);
      for (let i = 0; i < keys.length; i++) this.values.set(keys[i]!, loaded[i]!);
      return loaded;
    });
  }

  /** The key's value: batched with the other keys asked for in this tick. */
  load(key: K): Promise<V> {
    const value = this.values.get(key);
    return value !== undefined || this.values.has(key) ? Promise.resolve(value as V) : this.batches.load(key);
  }

  /** The keys' values, batched as `load`'s; a key whose load failed gives its Error (as DataLoader). */
  loadMany(keys: readonly K[]): Promise<(V | Error)[]> {
    return Promise.all(
      keys.map((key) =>
        this.load(key).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error)))),
      ),
    );
  }

  /** The key's value as it is when loaded already, else a promise of it (as `load`). */
  get(key: K): V | Promise<V> {
    const value = this.values.get(key);
    return value !== undefined || this.values.has(key) ? (value as V) : this.batches.load(key);
  }

  /** Whether the key's value is loaded. */
  has(key: K): boolean {
    return this.values.has(key);
  }

  /**
   * The keys' values as `loadAll` would give them, when every key is loaded already (primed by
   * a read of the rows that point to them); undefined when any key still has to be loaded.
   */
  loadedValues(keys: Iterable<K>): V[] | undefined {
    const values: V[] = [];
    for (const key of keys) {
      if (!this.values.has(key)) return undefined;
      values.push(this.values.get(key) as V);
    }
    return values;
  }

  /**
   * Loads the keys not loaded yet, in one batch with whatever else is asked for in this tick;
   * resolves to the values of all keys, in their order. A key whose batch failed is left out
   * (its resolver meets the failure again and reports it where it belongs).
   */
  async loadAll(keys: Iterable<K>): Promise<V[]> {
    const wanted = new Set(keys);
    let missing = false;
    for (const key of wanted) {
      if (this.values.has(key)) continue;
      missing = true;
      this.enqueue(key);
    }
    // Tens of thousands of keys go to the query as they are, without a promise each.
    if (missing) await this.bulk?.loaded.catch(() => undefined);
    const values: V[] = [];
    for (const key of wanted) if (this.values.has(key)) values.push(this.values.get(key) as V);
    return values;
  }

  private enqueue(key: K) {
    if (!this.bulk) {
      const keys = new Set<K>();
      const loaded = Promise.resolve().then(async () => {
        this.bulk = undefined;
        const list = [...keys];
        const rows = await this.fetch(list);
        for (let i = 0; i < list.length; i++) this.values.set(list[i]!, rows[i]!);
      });
      this.bulk = { keys, loaded };
    }
    this.bulk.keys.add(key);
  }

  /**
   * Fetches a batch of more than `keys` keys in slices of that many, one statement after
   * another: on embedded PGlite a statement runs in this thread, and one over the whole national
   * register (the positions of 55,000 persons) would hold every other request for most of a
   * second; between slices the database takes other requests' statements in turn.
   */
  limitKeysPerFetch(keys: number): this {
    this.keysPerFetch = keys;
    return this;
  }

  private async fetch(keys: readonly K[]): Promise<V[]> {
    if (keys.length <= this.keysPerFetch) return this.fetchAll(keys);
    const values: V[] = [];
    for (let start = 0; start < keys.length; start += this.keysPerFetch) {
      values.push(...(await this.fetchAll(keys.slice(start, start + this.keysPerFetch))));
    }
    return values;
  }

  /** Records a key's value (a row read by another query), unless the key is loaded already. */
  prime(key: K, value: V): this {
    if (!this.values.has(key)) this.values.set(key, value);
    return this;
  }

  clearAll(): this {
    this.values.clear();
    this.batches.clearAll();
    return this;
  }
}

/**
 * A per-request loader of one row per key: one batched query per tick, results in key order,
 * null for a key with no row. `onRows` sees every batch's rows (to prime other loaders).
 */
export function loadOneByKey<K, V>(
  fetch: (keys: readonly K[]) => Promise<V[]>,
  keyOf: (row: V) => K,
  onRows?: (rows: readonly V[]) => void,
): RowLoader<K, V | null> {
  return new RowLoader<K, V | null>(async (keys) => {
    const rows = await fetch(keys);
    onRows?.(rows);
    const byKey = new Map(rows.map((row) => [keyOf(row), row]));
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

/**
 * A per-request loader of the rows that belong to each key, in the order `fetch` returns them.
 * `onRows` sees every batch's rows (to prime other loaders).
 */
export function loadManyByKey<K, V>(
  fetch: (keys: readonly K[]) => Promise<V[]>,
  keyOf: (row: V) => K | null,
  onRows?: (rows: readonly V[]) => void,
): RowLoader<K, V[]> {
  return new RowLoader<K, V[]>(async (keys) => {
    const rows = await fetch(keys);
    onRows?.(rows);
    const groups = new Map<K, V[]>(keys.map((key) => [key, []]));
    for (const row of rows) {
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

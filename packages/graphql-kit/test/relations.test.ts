import { buildSchema, execute, parse, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadManyByKey, loadOneByKey } from '../src/loaders.ts';
import { preloadedInTurns, preloadSelection, relationsOf } from '../src/relations.ts';
import { Turns, inTurns } from '../src/turns.ts';

/** A small register: towns with streets, streets with houses, houses with an owner. */
const typeDefs = `
  type Query { towns: [Town!]! town(id: ID!): Town }
  type Town { id: ID! streets(prefix: String): [Street!]! }
  type Street { id: ID! name: String! houses: [House!]! town: Town! }
  type House { id: ID! owner: Person street: Street! }
  type Person { id: ID! name: String! town: Town }
`;

interface Row {
  id: string;
  [key: string]: string | null;
}

function register(towns: number) {
  const rows = { towns: [] as Row[], streets: [] as Row[], houses: [] as Row[], persons: [] as Row[] };
  for (let t = 0; t < towns; t++) {
    rows.towns.push({ id: `t${t}` });
    for (let s = 0; s < 3; s++) {
      rows.streets.push({ id: `t${t}s${s}`, name: `${s === 1 ? 'B' : 'A'} street ${s}`, townId: `t${t}` });
      for (let h = 0; h < 4; h++) {
        const owner = h === 3 ? null : `p${(t * 7 + s * 3 + h) % (towns * 5)}`;
        rows.houses.push({ id: `t${t}s${s}h${h}`, streetId: `t${t}s${s}`, ownerId: owner });
      }
    }
  }
  for (let p = 0; p < towns * 5; p++)
    rows.persons.push({ id: `p${p}`, name: `Person ${p}`, townId: `t${p % towns}` });
  return rows;
}

/**
 * `housesWithOwners` reads houses with their owners, as one statement would, and primes the
 * persons' loader with the owners.
 */
function system(towns: number, preload: boolean, { housesWithOwners = false } = {}) {
  const rows = register(towns);
  const statements: string[] = [];
  /** Each statement with the number of statements answered before it was sent: its round. */
  const rounds: string[] = [];
  let answered = 0;
  const query = (table: keyof typeof rows, column: string) => async (keys: readonly string[]) => {
    statements.push(`${table}.${column}`);
    rounds.push(`${answered} ${table}.${column}`);
    await new Promise((resolve) => setTimeout(resolve, 1));
    answered++;
    return rows[table].filter((row) => keys.includes(row[column]!));
  };
  const createContext = () => {
    const person = loadOneByKey(query('persons', 'id'), (row) => row.id);
    const owners = (houses: readonly Row[]) => {
      for (const owner of rows.persons.filter((p) => houses.some((house) => house.ownerId === p.id))) {
        person.prime(owner.id, owner);
      }
    };
    return {
      loaders: {
        town: loadOneByKey(query('towns', 'id'), (row) => row.id),
        street: loadOneByKey(query('streets', 'id'), (row) => row.id),
        streetsByTown: loadManyByKey(query('streets', 'townId'), (row) => row.townId!),
        housesByStreet: loadManyByKey(
          query('houses', 'streetId'),
          (row) => row.streetId!,
          housesWithOwners ? owners : undefined,
        ),
        person,
      },
    };
  };
  type Context = ReturnType<typeof createContext>;
  const relation = relationsOf<Context>();
  const resolvers: Record<string, Record<string, GraphQLFieldResolver<never, Context, never>>> = {
    Query: {
      towns: async (_parent, _args, context, info) =>
        preload ? await preloadedInTurns(context, info, rows.towns) : rows.towns,
      town: async (_parent, { id }: { id: string }, context, info) => {
        const town = await context.loaders.town.load(id);
        if (preload && town) await preloadSelection(context, info, [town]);
        return town;
      },
    },
    Town: {
      streets: relation(
        'streetsByTown',
        (town: Row) => town.id,
        (streets, _town, { prefix }: { prefix?: string }) =>
          prefix ? streets.filter((street) => street.name!.startsWith(prefix)) : streets,
      ),
    },
    Street: {
      houses: relation('housesByStreet', (street: Row) => street.id),
      town: relation(
        'town',
        (street: Row) => street.townId,
        (town) => town!,
      ),
    },
    House: {
      owner: relation('person', (house: Row) => house.ownerId),
      street: relation(
        'street',
        (house: Row) => house.streetId,
        (street) => street!,
      ),
    },
    Person: { town: relation('town', (person: Row) => person.townId) },
  };
  const schema = buildSchema(typeDefs);
  for (const [typeName, fields] of Object.entries(resolvers)) {
    const type = schema.getType(typeName) as { getFields(): Record<string, { resolve?: unknown }> };
    for (const [name, resolve] of Object.entries(fields)) type.getFields()[name]!.resolve = resolve;
  }
  return {
    statements,
    rounds,
    run: (source: string, variableValues?: Record<string, unknown>) =>
      execute({
        schema: schema as GraphQLSchema,
        document: parse(source),
        contextValue: createContext(),
        variableValues,
      }),
  };
}

const pull = `
  query Pull($withOwners: Boolean!) {
    towns {
      id
      ...Streets
      bStreets: streets(prefix: "B") { name town { id } }
    }
  }
  fragment Streets on Town {
    streets { id name houses { id owner @include(if: $withOwners) { id name } } }
  }
`;

describe('preloading what a query selects', () => {
  it('answers as the batched loaders do, with the same statements whatever the number of rows', async () => {
    const answers = [];
    for (const towns of [3, 30]) {
      const preloaded = system(towns, true);
      const batched = system(towns, false);
      const [fast, reference] = [
        await preloaded.run(pull, { withOwners: true }),
        await batched.run(pull, { withOwners: true }),
      ];
      expect(fast.errors).toBeUndefined();
      expect(fast).toEqual(reference);
      answers.push(preloaded.statements);
    }
    // One statement per relation and level: streets, then houses and the streets' towns, then owners.
    expect(answers[0]).toEqual(['streets.townId', 'houses.streetId', 'towns.id', 'persons.id']);
    expect(answers[1]).toEqual(answers[0]);
  });

  it('loads nothing that a false @include leaves out', async () => {
    const preloaded = system(3, true);
    const result = await preloaded.run(pull, { withOwners: false });
    expect(result.errors).toBeUndefined();
    expect(preloaded.statements).not.toContain('persons.id');
  });

  it('preloads below a single root object too', async () => {
    const preloaded = system(3, true);
    const result = await preloaded.run(`{ town(id: "t1") { streets { houses { owner { name } } } } }`);
    expect(result.errors).toBeUndefined();
    expect(preloaded.statements).toEqual(['towns.id', 'streets.townId', 'houses.streetId', 'persons.id']);
  });

  it('loads below rows read with their parents in the round that read them', async () => {
    const source = `{ towns { streets { houses { street { name } owner { town { id } } } } } }`;
    const preloaded = system(3, true, { housesWithOwners: true });
    const batched = system(3, false);
    const [fast, reference] = [await preloaded.run(source), await batched.run(source)];
    expect(fast.errors).toBeUndefined();
    expect(fast).toEqual(reference);
    // The owners came with the houses: their towns are loaded with the houses' streets, a round
    // earlier than if the owners' level waited for the streets.
    expect(preloaded.rounds).toEqual(['0 streets.townId', '1 houses.streetId', '2 streets.id', '2 towns.id']);
  });

  it('keeps a refusal of a missing row as the field error it was', async () => {
    const preloaded = system(1, true);
    const result = await preloaded.run(`{ town(id: "nowhere") { id } }`);
    expect(result).toEqual({ data: { town: null } });
  });
});

describe('turns', () => {
  it('lets the event loop run while a large list is completed', async () => {
    const turns = new Turns(10);
    const items = Array.from({ length: 400 }, (_, index) => index);
    const gaps: number[] = [];
    let last = performance.now();
    let ticking = true;
    const tick = () => {
      const now = performance.now();
      gaps.push(now - last);
      last = now;
      if (ticking) setTimeout(tick, 0);
    };
    setTimeout(tick, 0);
    const busy = (ms: number) => {
      const until = performance.now() + ms;
      while (performance.now() < until);
    };
    // 400 items of 1 ms each: 0.4 s of work, with timers run every ten items or so (all at once
    // they would run once, after it). Medians, since a busy machine may stop the process a while.
    const done = await Promise.all(
      inTurns(items, turns).map((item) => item.then((value) => (busy(1), value))),
    );
    ticking = false;
    expect(done).toEqual(items);
    expect(gaps.length).toBeGreaterThan(20);
    expect(gaps.sort((a, b) => a - b)[Math.floor(gaps.length / 2)]).toBeLessThan(40);
  });
});

describe('turns, for a list that takes less than a slice', () => {
  it('completes it in one turn of the event loop, not one turn per doubling of the chunk', async () => {
    const turns = new Turns(20);
    const items = Array.from({ length: 300 }, (_, index) => index);
    let turnsPassed = 0;
    let ticking = true;
    const tick = () => {
      turnsPassed++;
      if (ticking) setImmediate(tick);
    };
    setImmediate(tick);
    const done = await Promise.all(inTurns(items, turns).map((item) => item.then((value) => value * 2)));
    ticking = false;
    expect(done).toEqual(items.map((item) => item * 2));
    // Two turns before the first item (as for any list), then one; a chunk starting at one item
    // and doubling would take nine more for 300 items.
    expect(turnsPassed).toBeLessThanOrEqual(4);
  });
});

describe('a loader limited to a number of keys per statement', () => {
  it('fetches a larger batch in slices, one after another, and answers every key as one batch would', async () => {
    const fetched: string[][] = [];
    let inFlight = 0;
    const owners = loadManyByKey(
      async (ids: readonly string[]) => {
        inFlight++;
        expect(inFlight, 'one slice at a time').toBe(1);
        fetched.push([...ids]);
        await new Promise((resolve) => setTimeout(resolve, 1));
        inFlight--;
        return ids
          .filter((id) => id !== 'k4')
          .flatMap((id) => [
            { id: `${id}-a`, key: id },
            { id: `${id}-b`, key: id },
          ]);
      },
      (row) => row.key,
    ).limitKeysPerFetch(3);
    const keys = ['k0', 'k1', 'k2', 'k3', 'k4', 'k5', 'k6'];
    const all = await owners.loadAll(keys);
    expect(fetched).toEqual([['k0', 'k1', 'k2'], ['k3', 'k4', 'k5'], ['k6']]);
    expect(all.map((rows) => rows.map((row) => row.id))).toEqual([
      ...['k0', 'k1', 'k2', 'k3'].map((id) => [`${id}-a`, `${id}-b`]),
      [],
      ['k5-a', 'k5-b'],
      ['k6-a', 'k6-b'],
    ]);
    // The batched `load` is sliced the same way.
    const more = await Promise.all(['m0', 'm1', 'm2', 'm3'].map((key) => owners.load(key)));
    expect(fetched.slice(3)).toEqual([['m0', 'm1', 'm2'], ['m3']]);
    expect(more.map((rows) => rows.length)).toEqual([2, 2, 2, 2]);
  });

  it('sends a batch within the limit as one statement', async () => {
    const fetched: number[] = [];
    const names = loadOneByKey(
      async (ids: readonly string[]) => (fetched.push(ids.length), ids.map((id) => ({ id }))),
      (row) => row.id,
    ).limitKeysPerFetch(5);
    await names.loadAll(['a', 'b', 'c', 'd', 'e']);
    expect(fetched).toEqual([5]);
  });
});

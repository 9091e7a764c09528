import { createRequire } from 'node:module';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadManyByKey, loadOneByKey, preloadEntities, relationsOf } from '@registers/graphql-kit';

// The schema is built by @apollo/subgraph with graphql's CommonJS build: executed with the same.
const { execute } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

/**
 * `_entities` as the subgraphs answer it (`preloadEntities`, applied by `startSubgraph`): the
 * selection below the entities preloaded in one statement per level, each entity's own outcome
 * (a row, null, or its error) kept at its index.
 */
describe('preloaded _entities', () => {
  const typeDefs = parse(`
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key"])
    type Person @key(fields: "id") { id: ID! name: String! pets: [Pet!]! }
    type Pet { name: String! }
  `);
  const persons = [
    { id: 'p1', name: 'Kari' },
    { id: 'p2', name: 'Ola' },
    { id: 'p3', name: 'Per' },
  ];
  const pets = [
    { personId: 'p1', name: 'Fido' },
    { personId: 'p3', name: 'Pus' },
    { personId: 'p3', name: 'Kvitt' },
  ];

  function run(ids: string[]) {
    const statements: string[] = [];
    const loaders = {
      person: loadOneByKey(
        async (keys: readonly string[]) => (
          statements.push('persons'),
          persons.filter((person) => keys.includes(person.id))
        ),
        (row) => row.id,
      ),
      petsByPerson: loadManyByKey(
        async (keys: readonly string[]) => (
          statements.push('pets'),
          pets.filter((pet) => keys.includes(pet.personId))
        ),
        (row) => row.personId,
      ),
    };
    type Context = { loaders: typeof loaders };
    const relation = relationsOf<Context>();
    const schema = buildSubgraphSchema({
      typeDefs,
      resolvers: {
        Person: {
          __resolveReference: ({ id }: { id: string }, { loaders }: Context) =>
            id === 'broken' ? Promise.reject(new Error('this reference is broken')) : loaders.person.load(id),
          pets: relation('petsByPerson', (person: { id: string }) => person.id),
        },
      } as never,
    });
    preloadEntities(schema);
    const document = parse(
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Person { name pets { name } } } }',
    );
    const representations = ids.map((id) => ({ __typename: 'Person', id }));
    return {
      statements,
      result: execute({
        schema,
        document,
        contextValue: { loaders },
        variableValues: { r: representations },
      }),
    };
  }

  it('answers every entity from one statement per level, in the order asked', async () => {
    const { statements, result } = run(['p3', 'p1', 'p2', 'p3']);
    expect(await result).toEqual({
      data: {
        _entities: [
          { name: 'Per', pets: [{ name: 'Pus' }, { name: 'Kvitt' }] },
          { name: 'Kari', pets: [{ name: 'Fido' }] },
          { name: 'Ola', pets: [] },
          { name: 'Per', pets: [{ name: 'Pus' }, { name: 'Kvitt' }] },
        ],
      },
    });
    expect(statements).toEqual(['persons', 'pets']);
  });

  it('keeps a missing entity null and a failing one its error, at their indexes', async () => {
    const { result } = run(['p1', 'nobody', 'broken', 'p3']);
    const { data, errors } = await result;
    expect(data).toEqual({
      _entities: [
        { name: 'Kari', pets: [{ name: 'Fido' }] },
        null,
        null,
        { name: 'Per', pets: [{ name: 'Pus' }, { name: 'Kvitt' }] },
      ],
    });
    expect(errors?.map((error) => ({ message: error.message, path: error.path }))).toEqual([
      { message: 'this reference is broken', path: ['_entities', 2] },
    ]);
  });
});

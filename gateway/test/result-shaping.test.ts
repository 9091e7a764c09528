import { createRequire } from 'node:module';
import { buildSchemaFromAST, parseOperation, type Operation } from '@apollo/federation-internals';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { computeResponse, installResultShaping } from '../src/result-shaping.ts';

/**
 * The gateway's result shaping against Apollo Gateway's own (`computeResponse` of
 * @apollo/gateway/dist/resultShaping.js), on the same operation, variables and merged input:
 * the same answer, to the order of its fields, the same errors with the same paths, and the same
 * failure where Apollo's fails.
 */
const require = createRequire(import.meta.url);
/**
 * Apollo's own, from a fresh load of its module: a gateway started by another test file in this
 * worker may have installed ours on the cached one, which Apollo's execution keeps using.
 */
function apolloOwn(): typeof computeResponse {
  const path = require.resolve('@apollo/gateway/dist/resultShaping.js');
  const cached = require.cache[path];
  delete require.cache[path];
  try {
    return (require(path) as { computeResponse: typeof computeResponse }).computeResponse;
  } finally {
    if (cached) require.cache[path] = cached;
    else delete require.cache[path];
  }
}
const apolloOriginal = apolloOwn();

const schema = buildSchemaFromAST(
  parse(`
    type Query {
      municipality(number: String): Municipality
      municipalities: [Municipality!]!
      node: Node
      nodes: [Node]
      search: [Result!]
      count: Int!
      flag: Boolean
      ratio: Float
      code: ID
      kind: Kind
      stamp: Date
    }
    scalar Date
    enum Kind { COUNTY MUNICIPALITY }
    interface Node { id: ID! }
    union Result = Municipality | Person
    type Municipality implements Node {
      id: ID!
      number: String!
      name: String
      units: [Unit!]!
      leader: Person
      tags: [String]
      codes: [Int!]
      kinds: [Kind!]!
    }
    type Unit implements Node {
      id: ID!
      name: String!
      parent: Unit
      employees: [Person]
    }
    type Person implements Node {
      id: ID!
      name: String!
      born: Date
      declaration: Declaration
    }
    type Declaration {
      published: Boolean!
      positions: [String!]!
    }
  `),
);

const operations: { query: string; variables?: Record<string, unknown> }[] = [
  {
    query: `{ municipalities { number name units { name employees { name born } } leader { id name declaration { published positions } } } }`,
  },
  {
    query: `query ($withUnits: Boolean!, $skipName: Boolean = true) {
      municipalities {
        number
        name @skip(if: $skipName)
        units @include(if: $withUnits) { id name parent { name } }
        kinds
        codes
        tags
      }
    }`,
    variables: { withUnits: true },
  },
  {
    query: `query ($withUnits: Boolean!) { municipalities { n: number units @include(if: $withUnits) { id } } }`,
    variables: { withUnits: false },
  },
  {
    query: `{
      __typename
      first: municipality(number: "0301") { __typename kind: __typename number n: number name }
      second: municipality(number: "4601") { number }
      nodes { __typename id ... on Unit { name } ... on Person { name declaration { published } } }
      node { id ... on Municipality { number units { name } } }
      search { ... on Node { id } ... on Municipality { number } ... on Person { name } __typename }
    }`,
  },
  {
    query: `{ municipalities { number ... on Municipality { number name } ...Named leader { ...Named ... on Person { id } } } }
      fragment Named on Node { id ... on Person { name } ... on Municipality { name } }`,
  },
  { query: `{ count flag ratio code kind stamp }` },
  {
    query: `{ __proto__: municipality(number: "0301") { __proto__: number constructor: name toString: name } }`,
  },
  { query: `{ municipalities { name @skip(if: true) number @include(if: false) id } }` },
  // Names every plain object has, without `__proto__`: read and written as fields all the same.
  {
    query: `{ m: municipality(number: "0301") { name } ... on Query { m: municipality(number: "0301") { constructor: name toString: number } } municipalities { valueOf: id hasOwnProperty: name } }`,
  },
];

// ---------------------------------------------------------------------------------------------
// Inputs as the subgraphs' merged answers could be, valid ones and broken ones, from a seed.

function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const names = ['Oslo', 'Tromsø', 'Bjørn Ås', 'Kåre', 'Sølvi Ærø', ''];
const typenames = ['Municipality', 'Unit', 'Person', 'Declaration', 'Query', 'Nope', 'Date', 'Kind'];

/** A value for any field, often right, sometimes null or of another kind, and sometimes missing. */
function inputFor(rnd: () => number, depth: number, brokenRate: number): unknown {
  const object = (): Record<string, unknown> => {
    const value: Record<string, unknown> = {};
    if (rnd() < 0.7) value['__typename'] = typenames[Math.floor(rnd() * (rnd() < brokenRate ? 8 : 3))]!;
    for (const field of [
      'id',
      'number',
      'name',
      'n',
      'kind',
      'units',
      'leader',
      'employees',
      'parent',
      'born',
      'declaration',
      'published',
      'positions',
      'tags',
      'codes',
      'kinds',
      'first',
      'second',
      'nodes',
      'node',
      'search',
      'municipalities',
      'count',
      'flag',
      'ratio',
      'code',
      'stamp',
      '__proto__',
      'constructor',
      'toString',
      'm',
      'valueOf',
      'hasOwnProperty',
    ]) {
      if (rnd() < 0.1) continue;
      Object.defineProperty(value, field, {
        value: leafOrNested(field),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return value;
  };
  const leaf = (field: string): unknown => {
    const roll = rnd();
    if (roll < brokenRate / 2) return null;
    if (roll < brokenRate) return [true, 1.5, 'x', 7, { a: 1 }][Math.floor(rnd() * 5)];
    switch (field) {
      case 'count':
      case 'codes':
        return Math.floor(rnd() * 100);
      case 'flag':
      case 'published':
        return rnd() < 0.5;
      case 'ratio':
        return rnd();
      case 'code':
        return rnd() < 0.5 ? 'k-1' : 12;
      case 'kind':
      case 'kinds':
        return rnd() < 0.9 ? 'COUNTY' : 'COUNTRY';
      default:
        return names[Math.floor(rnd() * names.length)];
    }
  };
  const listOf = (make: () => unknown) => Array.from({ length: Math.floor(rnd() * 3) }, make);
  const leafOrNested = (field: string): unknown => {
    const roll = rnd();
    const nested = ['units', 'employees', 'nodes', 'search', 'municipalities'];
    const single = ['leader', 'parent', 'declaration', 'first', 'second', 'node', '__proto__', 'm'];
    // Below the depth asked for, an object or a list is missing (null where it is required).
    if (depth <= 0 && (nested.includes(field) || single.includes(field))) return null;
    if (nested.includes(field)) {
      if (roll < brokenRate / 4) return roll < brokenRate / 8 ? null : 'not a list';
      return listOf(() => (rnd() < brokenRate / 2 ? null : inputFor(rnd, depth - 1, brokenRate)));
    }
    if (single.includes(field)) {
      if (roll < brokenRate / 2) return roll < brokenRate / 4 ? null : 5;
      return rnd() < 0.6 ? null : inputFor(rnd, depth - 1, brokenRate);
    }
    if (['positions', 'tags', 'codes', 'kinds'].includes(field)) return listOf(() => leaf(field));
    return leaf(field);
  };
  return object();
}

/** What a shaping gives, comparable: the answer's JSON text (its order), its errors, or its failure. */
function outcome(
  shape: typeof computeResponse,
  operation: Operation,
  variables: Record<string, unknown> | undefined,
  input: Record<string, unknown>,
) {
  try {
    const { data, errors } = shape({
      operation,
      variables,
      input,
      introspectionHandling: () => ({ introspected: true }),
    });
    return {
      data: JSON.stringify(data),
      errors: errors.map((error) => ({
        message: error.message,
        path: error.path,
        code: error.extensions['code'],
      })),
    };
  } catch (error) {
    return { failed: (error as Error).message };
  }
}

/** Both shapings of one answer: the same outcome, which is returned. */
function expectSameAsApollo(
  operation: Operation,
  variables: Record<string, unknown> | undefined,
  input: Record<string, unknown>,
) {
  const expected = outcome(apolloOriginal, operation, variables, input);
  expect(outcome(computeResponse, operation, variables, input)).toEqual(expected);
  return expected;
}

describe('the gateway’s result shaping', () => {
  it('is compared with Apollo’s own, not with itself', () => {
    expect(apolloOriginal).toBeTypeOf('function');
    expect(apolloOriginal).not.toBe(computeResponse);
    expect(apolloOriginal.toString()).toContain('applySelectionSet');
  });

  it('answers as Apollo Gateway’s own on valid answers of every operation', () => {
    const rnd = random(1);
    let clean = 0;
    for (const { query, variables } of operations) {
      const operation = parseOperation(schema, query);
      for (let round = 0; round < 15; round++) {
        const expected = expectSameAsApollo(
          operation,
          variables,
          inputFor(rnd, 3, 0) as Record<string, unknown>,
        );
        if (!('failed' in expected) && expected.errors.length === 0) clean++;
      }
    }
    // Most of these answers need no error (the rest end in nulls the schema forbids, below the
    // depth generated): the comparison covers answers as the subgraphs normally send them.
    expect(clean).toBeGreaterThan(80);
  });

  it('answers as Apollo Gateway’s own where subgraphs break the schema: nulls bubbled, errors, failures', () => {
    const rnd = random(2);
    const seen = { errors: 0, failures: 0, nulled: 0 };
    for (const { query, variables } of operations) {
      const operation = parseOperation(schema, query);
      for (let round = 0; round < 80; round++) {
        const expected = expectSameAsApollo(
          operation,
          variables,
          inputFor(rnd, 3, 0.25) as Record<string, unknown>,
        );
        if ('failed' in expected) seen.failures++;
        else {
          if (expected.errors.length > 0) seen.errors++;
          if (expected.data === 'null') seen.nulled++;
        }
      }
    }
    // The broken inputs reach every kind of outcome, or the comparison would prove little.
    expect(seen.errors).toBeGreaterThan(100);
    expect(seen.failures).toBeGreaterThan(20);
    expect(seen.nulled).toBeGreaterThan(20);
  });

  it('keeps a field aliased __proto__ as a field, not as the object’s prototype', () => {
    const result = computeResponse({
      operation: parseOperation(
        schema,
        `{ __proto__: municipality(number: "0301") { __proto__: number name } }`,
      ),
      input: JSON.parse('{"__proto__": {"__proto__": "0301", "name": "Oslo"}}') as Record<string, unknown>,
      introspectionHandling: () => null,
    });
    expect(JSON.stringify(result.data)).toBe('{"__proto__":{"__proto__":"0301","name":"Oslo"}}');
  });

  it('answers the introspection fields from the gateway’s introspection', () => {
    const result = computeResponse({
      operation: parseOperation(schema, `{ count __schema { queryType { name } } }`),
      input: { count: 1 },
      introspectionHandling: (selection) => ({ asked: selection.element.name }),
    });
    expect(result).toEqual({ data: { count: 1, __schema: { asked: '__schema' } }, errors: [] });
  });
});

describe('installing it', () => {
  it('puts it in place of Apollo Gateway’s own, which the gateway’s execution then calls', () => {
    expect(installResultShaping()).toEqual({ installed: true });
    expect(require('@apollo/gateway/dist/resultShaping.js').computeResponse).toBe(computeResponse);
    expect(installResultShaping()).toEqual({ installed: true });
  });
});

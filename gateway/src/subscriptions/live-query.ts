import type { GraphQLHttpRequest } from '@registers/platform';
import {
  getArgumentValues,
  getOperationAST,
  getVariableValues,
  GraphQLError,
  Kind,
  print,
  visit,
  type ArgumentNode,
  type DocumentNode,
  type FieldNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/** The feeds a subscription follows, by their Subscription field (schema/subscriptions.graphql). */
export type Feed = 'municipality' | 'interests';
const feedOf: Record<string, Feed> = { changes: 'municipality', declarationChanges: 'interests' };

/** Events asked for at once: a page of the feed query. */
const pageSize = 100;
/** The alias the event's cursor is read under, whatever the subscriber selected; never sent on. */
export const cursorAlias = 'subscriptionCursor_';
const afterVariable = 'subscriptionAfter_';

/**
 * A subscription as the feed query that answers it: the subscription's root field becomes the
 * query's connection field of the same name and arguments, with `after` the subscription's
 * position and the subscriber's selection under `edges`, so every event is resolved by the
 * gateway's ordinary operations with the subscriber's rights.
 */
export interface LiveQuery {
  feed: Feed;
  /** The root field's response key (its alias, or its name). */
  responseKey: string;
  /** The subscriber's filter, to wake it only for changes of its municipality. */
  municipalityNumber: string | null;
  /** Where the subscriber asked to start (`after`), null for "from now". */
  after: string | null;
  operationName: string | null;
  /** The query for the page of events after a cursor. */
  request(after: string | null): GraphQLHttpRequest;
}

/** The live query of a valid subscription document, or what is wrong with it. */
export function liveQueryOf(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
): LiveQuery | readonly GraphQLError[] {
  const operation = getOperationAST(document, operationName);
  if (!operation || operation.operation !== 'subscription') {
    return [
      new GraphQLError(
        'Only subscriptions run over WebSocket; send queries and mutations over HTTP (POST /graphql).',
      ),
    ];
  }
  const [field, ...others] = operation.selectionSet.selections;
  if (!field || others.length > 0 || field.kind !== Kind.FIELD || !feedOf[field.name.value]) {
    return [
      new GraphQLError('A subscription selects one field of Subscription directly, not through a fragment.', {
        nodes: operation,
      }),
    ];
  }
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {});
  if (coerced.errors) return coerced.errors;
  const definition = schema.getSubscriptionType()!.getFields()[field.name.value]!;
  const argumentValues = getArgumentValues(definition, field, coerced.coerced);
  const query = feedQuery(document, operation, field);
  const used = variablesUsed(query);
  const passed = Object.fromEntries(Object.entries(variables ?? {}).filter(([name]) => used.has(name)));
  const text = print(query);
  return {
    feed: feedOf[field.name.value]!,
    responseKey: field.alias?.value ?? field.name.value,
    municipalityNumber: (argumentValues['municipalityNumber'] as string | undefined) ?? null,
    after: (argumentValues['after'] as string | undefined) ?? null,
    operationName: operation.name?.value ?? null,
    request: (after) => ({
      method: 'POST',
      headers: [['content-type', 'application/json']],
      search: '',
      body: {
        query: text,
        variables: { ...passed, [afterVariable]: after },
        ...(operation.name && { operationName: operation.name.value }),
      },
    }),
  };
}

function feedQuery(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  field: FieldNode,
): DocumentNode {
  const name = (value: string) => ({ kind: Kind.NAME, value }) as const;
  const selections = (...fields: FieldNode[]): SelectionSetNode => ({
    kind: Kind.SELECTION_SET,
    selections: fields,
  });
  const plain = (fieldName: string, selectionSet?: SelectionSetNode): FieldNode => ({
    kind: Kind.FIELD,
    name: name(fieldName),
    ...(selectionSet && { selectionSet }),
  });
  const argument = (argumentName: string, value: ArgumentNode['value']): ArgumentNode => ({
    kind: Kind.ARGUMENT,
    name: name(argumentName),
    value,
  });
  const connection: FieldNode = {
    ...field,
    arguments: [
      ...(field.arguments ?? []).filter((given) => given.name.value !== 'after'),
      argument('after', { kind: Kind.VARIABLE, name: name(afterVariable) }),
      argument('first', { kind: Kind.INT, value: String(pageSize) }),
    ],
    selectionSet: selections(
      plain('edges', {
        kind: Kind.SELECTION_SET,
        selections: [{ ...plain('cursor'), alias: name(cursorAlias) }, ...field.selectionSet!.selections],
      }),
      plain('pageInfo', selections(plain('hasNextPage'), plain('endCursor'))),
    ),
  };
  const query: OperationDefinitionNode = {
    ...operation,
    operation: 'query' as OperationDefinitionNode['operation'],
    variableDefinitions: [
      ...(operation.variableDefinitions ?? []),
      {
        kind: Kind.VARIABLE_DEFINITION,
        variable: { kind: Kind.VARIABLE, name: name(afterVariable) },
        type: { kind: Kind.NAMED_TYPE, name: name('String') },
      },
    ],
    selectionSet: selections(connection),
  };
  const fragments = document.definitions.filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION);
  const withAll: DocumentNode = { kind: Kind.DOCUMENT, definitions: [query, ...fragments] };
  // The subscription's own `$after` (now replaced) would be an unused variable, which is invalid.
  const used = variablesUsed({
    ...withAll,
    definitions: [{ ...query, variableDefinitions: [] }, ...fragments],
  });
  return {
    ...withAll,
    definitions: [
      {
        ...query,
        variableDefinitions: query.variableDefinitions!.filter((definition) =>
          used.has(definition.variable.name.value),
        ),
      },
      ...fragments,
    ],
  };
}

function variablesUsed(document: DocumentNode): Set<string> {
  const used = new Set<string>();
  visit(document, {
    VariableDefinition: () => false,
    Variable: (node) => {
      used.add(node.name.value);
    },
  });
  return used;
}

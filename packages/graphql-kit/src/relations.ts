import {
  getDirectiveValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  type GraphQLAbstractType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type GraphQLType,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';
import type { RowLoader } from './loaders.ts';
import { inTurns, turnsOf } from './turns.ts';

type AnyLoader = RowLoader<any, unknown>;
type LoadersOf<TContext> = TContext extends { loaders: infer L } ? L : never;
// `any`: a loader's key type appears in parameters, so RowLoader<string, V> is no RowLoader<unknown, V>.
type KeyOf<TLoader> = TLoader extends RowLoader<infer K, any> ? K : never;
type ValueOf<TLoader> = TLoader extends RowLoader<any, infer V> ? V : never;

interface RelationSpec {
  loader: string;
  key: (parent: unknown) => unknown;
}

/** The relation behind a field's resolver, for the preloader to find in the schema. */
const relations = new WeakMap<object, RelationSpec>();

/**
 * Type checks by the types' own tags rather than graphql-js's `isObjectType`: the schema may come
 * from the CommonJS build of graphql (through @apollo/subgraph) and this module from the ES one,
 * and graphql-js refuses a type of "another realm".
 */
const tagOf = (type: unknown) =>
  (type as { [Symbol.toStringTag]?: string } | null | undefined)?.[Symbol.toStringTag];
export const isObjectType = (type: unknown): type is GraphQLObjectType => tagOf(type) === 'GraphQLObjectType';
const isAbstractType = (type: unknown): type is GraphQLAbstractType =>
  tagOf(type) === 'GraphQLInterfaceType' || tagOf(type) === 'GraphQLUnionType';
const getNamedType = (type: GraphQLType): GraphQLNamedType => {
  let named: GraphQLType = type;
  while ('ofType' in named) named = named.ofType;
  return named;
};

const isPromise = <T>(value: T | Promise<T>): value is Promise<T> =>
  typeof (value as { then?: unknown } | null)?.then === 'function';

/** Null when the key may be missing (a unit's parent), else nothing. */
type NullIf<TKey> = TKey extends null | undefined ? null : never;

/**
 * Field resolvers that read a relation through one of the request's loaders:
 * `relation('unitsByMunicipality', (municipality: MunicipalityRow) => municipality.number)`.
 * The resolver answers synchronously when the rows are loaded already (see `preloadSelection`,
 * which finds the relation through the resolver), and through the batched loader otherwise. A
 * parent without a key (a unit without a parent) gives null without loading. `then` shapes the
 * value (null when there was no key): filters it by the field's arguments, checks access, or
 * refuses a missing row.
 */
export function relationsOf<TContext extends { loaders: object }>() {
  type Loaders = LoadersOf<TContext>;
  function relation<
    TName extends keyof Loaders & string,
    TParent,
    TKey extends KeyOf<Loaders[TName]> | null | undefined,
  >(
    loader: TName,
    key: (parent: TParent) => TKey,
  ): (
    parent: TParent,
    args: unknown,
    context: TContext,
  ) => ValueOf<Loaders[TName]> | NullIf<TKey> | Promise<ValueOf<Loaders[TName]> | NullIf<TKey>>;
  function relation<
    TName extends keyof Loaders & string,
    TParent,
    TKey extends KeyOf<Loaders[TName]> | null | undefined,
    TResult,
    TArgs = unknown,
  >(
    loader: TName,
    key: (parent: TParent) => TKey,
    then: (
      value: ValueOf<Loaders[TName]> | NullIf<TKey>,
      parent: TParent,
      args: TArgs,
      context: TContext,
    ) => TResult,
  ): (parent: TParent, args: TArgs, context: TContext) => TResult | Promise<Awaited<TResult>>;
  function relation(
    loader: string,
    key: (parent: any) => unknown, // the overloads type these
    then?: (value: any, parent: any, args: any, context: TContext) => unknown,
  ) {
    const resolve = (parent: unknown, args: unknown, context: TContext): unknown => {
      const keyValue = key(parent);
      if (keyValue == null) return then ? then(null, parent, args, context) : null;
      const value = (context.loaders as Record<string, AnyLoader>)[loader]!.get(keyValue);
      if (!then) return value;
      return isPromise(value)
        ? value.then((loaded) => then(loaded, parent, args, context))
        : then(value, parent, args, context);
    };
    relations.set(resolve, { loader, key });
    return resolve;
  }
  return relation;
}

/**
 * Loads, for rows about to be answered as `type` (by default the field's own type), every
 * relation the query selects below them, level by level: at each level one batched load per
 * loader whatever the number of rows (relations of the same loader at one level share it), so
 * the statements stay constant in the data size. The relations are those whose resolvers
 * `relationsOf` made; the fields' resolvers then answer from what was loaded, synchronously. A
 * relation whose rows are all loaded already (primed by the read of the rows that point to them:
 * a unit's employments read with their persons) costs no level: what it selects below is loaded
 * with the level that reached it. A field behind any other resolver ends the walk there, and so
 * does a level without rows. Fields under `@skip(if: true)` or `@include(if: false)` are left
 * out; a field selected twice (aliases, fragments) is loaded once for all its selections. A
 * failed load is left to the resolvers, which load again through the batched loader and report
 * the error at their field.
 */
export async function preloadSelection(
  context: { loaders: object },
  info: GraphQLResolveInfo,
  rows: readonly unknown[],
  type?: GraphQLObjectType,
): Promise<void> {
  const rootType = type ?? getNamedType(info.returnType);
  if (!isObjectType(rootType)) return;
  const selections = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  let level: Branch[] = [{ type: rootType, rows, selections }];
  const loaders = context.loaders as Record<string, AnyLoader>;
  while (level.length > 0) {
    const loads: Promise<Branch>[] = [];
    // The level grows while it is walked: a relation already loaded adds its rows to it.
    for (let index = 0; index < level.length; index++) {
      const branch = level[index]!;
      const fields = branch.type.getFields();
      for (const [name, subSelections] of collectFields(info, branch.type, branch.selections)) {
        const field = fields[name];
        const relation = field?.resolve && relations.get(field.resolve);
        const loader = relation && loaders[relation.loader];
        if (!field || !relation || !loader) continue;
        const keys = new Set<unknown>();
        for (const row of branch.rows) {
          const key = relation.key(row);
          if (key != null) keys.add(key);
        }
        const childType = getNamedType(field.type);
        const childOf = (values: unknown[]): Branch => ({
          type: childType as GraphQLObjectType,
          rows: values.flat().filter((value) => value != null),
          selections: isObjectType(childType) ? subSelections : [],
        });
        const loaded = loader.loadedValues(keys);
        if (!loaded) loads.push(loader.loadAll(keys).then(childOf));
        else {
          const child = childOf(loaded);
          if (goesOn(child)) level.push(child);
        }
      }
    }
    // Every load of a level is asked for in one tick, so a loader reached by two paths batches once.
    level = (await Promise.all(loads)).filter(goesOn);
  }
}

/** Whether the walk goes on below a branch: it has rows, and the query selects below them. */
const goesOn = (branch: Branch) => branch.rows.length > 0 && branch.selections.length > 0;

/**
 * Preloads what the query selects below the rows, then lets graphql-js complete them a chunk
 * per turn of the event loop (see `Turns`): for a root list field of any size.
 */
export async function preloadedInTurns<T>(
  context: { loaders: object },
  info: GraphQLResolveInfo,
  rows: readonly T[],
): Promise<Promise<T>[]> {
  await preloadSelection(context, info, rows);
  return inTurns(rows, turnsOf(context));
}

interface Branch {
  type: GraphQLObjectType;
  rows: readonly unknown[];
  selections: readonly SelectionSetNode[];
}

/** The fields selected on an object type, by name, with the selection sets below them. */
function collectFields(
  info: GraphQLResolveInfo,
  type: GraphQLObjectType,
  selectionSets: readonly SelectionSetNode[],
): Map<string, SelectionSetNode[]> {
  const fields = new Map<string, SelectionSetNode[]>();
  const visitedFragments = new Set<string>();
  const visit = (selectionSet: SelectionSetNode) => {
    for (const selection of selectionSet.selections) {
      if (!included(selection, info.variableValues)) continue;
      switch (selection.kind) {
        case Kind.FIELD: {
          const list = fields.get(selection.name.value) ?? [];
          if (selection.selectionSet) list.push(selection.selectionSet);
          fields.set(selection.name.value, list);
          break;
        }
        case Kind.INLINE_FRAGMENT:
          if (applies(info, type, selection.typeCondition?.name.value)) visit(selection.selectionSet);
          break;
        case Kind.FRAGMENT_SPREAD: {
          const fragment = info.fragments[selection.name.value];
          if (!fragment || visitedFragments.has(fragment.name.value)) break;
          visitedFragments.add(fragment.name.value);
          if (applies(info, type, fragment.typeCondition.name.value)) visit(fragment.selectionSet);
          break;
        }
      }
    }
  };
  for (const selectionSet of selectionSets) visit(selectionSet);
  return fields;
}

function applies(info: GraphQLResolveInfo, type: GraphQLObjectType, condition: string | undefined): boolean {
  if (condition === undefined || condition === type.name) return true;
  const conditionType = info.schema.getType(condition);
  return isAbstractType(conditionType) && info.schema.isSubType(conditionType, type);
}

/** False for a selection under `@skip(if: true)` or `@include(if: false)`. */
function included(selection: SelectionNode, variables: GraphQLResolveInfo['variableValues']): boolean {
  if (!selection.directives?.length) return true;
  if (getDirectiveValues(GraphQLSkipDirective, selection, variables)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, selection, variables)?.if !== false;
}

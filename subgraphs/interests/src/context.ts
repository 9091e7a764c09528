import { loadManyByKey, loadOneByKey, type RequestInfo } from '@registers/service-runtime';
import type { InterestsDatabase } from './db/index.ts';
import { DeclarationStore } from './modules/declarations/store.ts';

function createStores(db: InterestsDatabase) {
  return { declarations: new DeclarationStore(db) };
}

export type Stores = ReturnType<typeof createStores>;

/** Loaders live for one request, so one request never sees another's cache. */
function createLoaders({ declarations }: Stores) {
  return {
    publishedDeclaration: loadOneByKey(
      (ids: readonly string[]) => declarations.publishedDeclarationsByPersons(ids),
      (row) => row.personId,
    ),
    positionsByPerson: loadManyByKey(
      (ids: readonly string[]) => declarations.positionsByPersons(ids),
      (row) => row.personId,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

export interface Context {
  requestId: string;
  stores: Stores;
  loaders: Loaders;
}

/** A request's context: stores over the subgraph's database, and fresh loaders. */
export function createContext(db: InterestsDatabase, request: RequestInfo): Context {
  const stores = createStores(db);
  return { requestId: request.requestId, stores, loaders: createLoaders(stores) };
}

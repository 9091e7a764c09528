import { loadManyByKey, loadOneByKey, type RequestInfo } from '@registers/service-runtime';
import type { InterestsDatabase } from './db/index.ts';
import { DeclarationStore } from './modules/declarations/store.ts';

export interface Stores {
  declarations: DeclarationStore;
}

export function createStores(db: InterestsDatabase): Stores {
  return { declarations: new DeclarationStore(db) };
}

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

export function createContext(stores: Stores, request: RequestInfo): Context {
  return { requestId: request.requestId, stores, loaders: createLoaders(stores) };
}

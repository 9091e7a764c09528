import { loadManyByKey, loadOneByKey, relationsOf } from '@registers/graphql-kit';
import { unpublishedDeclarationsReadable } from '@registers/access';
import { contextFactory, type RequestInfo } from '@registers/platform';
import type { InterestsDatabase } from './db/index.ts';
import { DeclarationChangeStore } from './modules/changes/store.ts';
import { DeclarationStore } from './modules/declarations/store.ts';
import { ReconciliationStore } from './modules/elections/store.ts';
import { ProjectionStore } from './modules/kommuneregisteret/store.ts';
import type { ElectionReconciliationService } from './modules/elections/service.ts';
import type { NoticeService } from './modules/notices/service.ts';
import type { PersonNameLookup } from './modules/search/person-names.ts';
import { DeclarationSearchStore } from './modules/search/store.ts';

function createStores(db: InterestsDatabase) {
  return {
    declarations: new DeclarationStore(db),
    declarationChanges: new DeclarationChangeStore(db),
    kommuneregisteret: new ProjectionStore(db),
    search: new DeclarationSearchStore(db),
    elections: new ReconciliationStore(db),
  };
}

export type Stores = ReturnType<typeof createStores>;

function createLoaders({ declarations, kommuneregisteret, elections }: Stores, { identity }: RequestInfo) {
  // Of the unpublished declarations, only those the caller may possibly see: for the public and
  // most callers at most their own (the whole register's pull asks for every person's).
  const unpublishedOf =
    unpublishedDeclarationsReadable(identity) === 'anyone' ? 'anyone' : { personId: identity.personId };
  return {
    krPerson: loadOneByKey(
      (ids: readonly string[]) => kommuneregisteret.personsByIds(ids),
      (row) => row.personId,
    ),
    declaration: loadOneByKey(
      (ids: readonly string[]) => declarations.declarationsByPersons(ids, unpublishedOf),
      (row) => row.personId,
    ),
    // Read once a request for both a reconciliation's persons and its progress.
    reconciliationPersons: loadManyByKey(
      (ids: readonly string[]) => elections.persons(ids),
      (row) => row.reconciliationId,
    ),
    positionsByPerson: loadManyByKey(
      (ids: readonly string[]) => declarations.positionsByPersons(ids),
      (row) => row.personId,
    ),
  };
}

export const createContext = contextFactory(createStores, createLoaders);

export type Context = ReturnType<typeof createContext> & {
  /** Notices by e-mail and sign-in links; absent where the subgraph runs without them. */
  notices?: NoticeService;
  /** Kommuneregisteret's names, for the search by name; absent where the subgraph runs without it. */
  personNames?: PersonNameLookup;
  /** The reconciliation after an election; absent where the subgraph runs without notices. */
  elections?: ElectionReconciliationService;
};

/** Resolvers of fields read through the request's loaders, preloaded for `_entities`. */
export const relation = relationsOf<Context>();

import { listChangeEvents, type ChangeEventRow, type ChangeFeedFilter } from '@registers/platform';
import type { MunicipalityDatabase } from '../../db/index.ts';

export type ChangeFilter = ChangeFeedFilter;

/** The change feed, read with a keyset: `id > after`, oldest first. */
export class ChangeStore {
  constructor(private readonly db: MunicipalityDatabase) {}

  /** One more than asked for, so the caller knows whether there is a next page. */
  listChanges(filter: ChangeFilter): Promise<ChangeEventRow[]> {
    return listChangeEvents(this.db, filter);
  }
}

import { listChangeEvents, type ChangeEventRow, type ChangeFeedFilter } from '@registers/platform';
import type { InterestsDatabase } from '../../db/index.ts';

/** The public feed of published declarations, read with a keyset: `id > after`, oldest first. */
export class DeclarationChangeStore {
  constructor(private readonly db: InterestsDatabase) {}

  /** One more than asked for, so the caller knows whether there is a next page. */
  listChanges(filter: Pick<ChangeFeedFilter, 'afterSequence' | 'limit'>): Promise<ChangeEventRow[]> {
    return listChangeEvents(this.db, filter);
  }
}

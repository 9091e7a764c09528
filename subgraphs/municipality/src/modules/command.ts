import type { Identity, UserError } from '@registers/service-runtime';
import type { MunicipalityDatabase } from '../db/index.ts';
import { createStores, type Stores } from '../stores.ts';
import { AuditedWriter } from './changes/record.ts';

/** What a command answers: its result, or the input's problems with nothing written. */
export type Outcome<T> = { value: T; userErrors: [] } | { value: null; userErrors: UserError[] };

export const done = <T>(value: T): Outcome<T> => ({ value, userErrors: [] });
export const refused = (userErrors: UserError[]): Outcome<never> => ({ value: null, userErrors });

/** What a command works with inside its transaction. */
export interface CommandScope {
  who: Identity;
  /** The stores, on the transaction: what they read is what the command's writes build on. */
  stores: Stores;
  writer: AuditedWriter;
}

/**
 * Runs a command in one transaction: its checks, its writes, their audit entries and feed
 * events commit together or not at all. A command that finds a problem after it has written is
 * rolled back too, so userErrors always mean nothing was written.
 */
export async function runCommand<T>(
  db: MunicipalityDatabase,
  who: Identity,
  command: (scope: CommandScope) => Promise<Outcome<T>>,
): Promise<Outcome<T>> {
  let outcome: Outcome<T> | undefined;
  try {
    await db.transaction(async (tx) => {
      const writer = new AuditedWriter(tx, who);
      outcome = await command({ who, stores: createStores(tx), writer });
      if (outcome.userErrors.length > 0) tx.rollback();
      await writer.writeFeedEvents();
    });
    return outcome!;
  } catch (error) {
    if (outcome && outcome.userErrors.length > 0) return outcome;
    throw error;
  }
}

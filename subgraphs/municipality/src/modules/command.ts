import { type UserError } from '@registers/graphql-kit';
import { type Identity } from '@registers/access';
import { violatedConstraint } from '@registers/platform';
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

/** The userError to answer, by the name of the unique index or foreign key a write broke. */
export type Refusals = Record<string, UserError>;

/**
 * Runs a command in one transaction: its checks, its writes, their audit entries and feed
 * events commit together or not at all. A command that finds a problem after it has written
 * (a change message it claimed, then could not apply) is rolled back too, so userErrors always
 * mean nothing was written. `refusals` names the userError for each constraint the database
 * guards the command's invariants with: the answer the command's own check gives, for the
 * writer that lost a race to it.
 */
export function runCommand<T>(
  db: MunicipalityDatabase,
  who: Identity,
  command: Command<T>,
): Promise<Outcome<T>>;
export function runCommand<T>(
  db: MunicipalityDatabase,
  who: Identity,
  refusals: Refusals,
  command: Command<T>,
): Promise<Outcome<T>>;
export async function runCommand<T>(
  db: MunicipalityDatabase,
  who: Identity,
  ...[first, second]: [Command<T>] | [Refusals, Command<T>]
): Promise<Outcome<T>> {
  const [refusals, command]: [Refusals, Command<T>] = second
    ? [first as Refusals, second]
    : [{}, first as Command<T>];
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
    const refusal = refusals[violatedConstraint(error) ?? ''];
    if (refusal) return refused([refusal]);
    throw error;
  }
}

type Command<T> = (scope: CommandScope) => Promise<Outcome<T>>;

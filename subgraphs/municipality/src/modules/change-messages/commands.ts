import { userError, type UserError } from '@registers/graphql-kit';
import { authorize, type Identity } from '@registers/access';
import type { MunicipalityDatabase } from '../../db/index.ts';
import type { ChangeMessageRow, UnitRow } from '../../db/schema/index.ts';
import type {
  ApproveChangeMessageInput,
  ImportEnhetsregisteretEntitiesInput,
  RejectChangeMessageInput,
} from '../../generated/resolvers.ts';
import { done, refused, runCommand, type CommandScope, type Outcome } from '../command.ts';
import { changeUnit } from '../units/commands.ts';
import { InputProblems, notFound } from '../validation.ts';
import { proposedChanges, readEnhetsregisteretDocument } from './enhetsregisteret.ts';
import type { NewChangeMessage } from './store.ts';

export interface ImportResult {
  /** Entities read. */
  received: number;
  messages: ChangeMessageRow[];
  /** Organisation numbers no unit has. */
  unmatched: string[];
  /** Entities that matched a unit with nothing to change. */
  unchanged: number;
}

/** Change messages in from Enhetsregisteret, and their approval or rejection. */
export class ChangeMessageCommands {
  constructor(private readonly db: MunicipalityDatabase) {}

  /**
   * Matches Enhetsregisteret's entities to units by organisation number and keeps what differs
   * as pending messages; the parent is the unit of `overordnetEnhet`.
   */
  importEntities(who: Identity, input: ImportEnhetsregisteretEntitiesInput): Promise<Outcome<ImportResult>> {
    return runCommand(this.db, who, async ({ stores, writer }) => {
      authorize('administer', who);
      const problems = new InputProblems();
      const entities = readEnhetsregisteretDocument(input.json, problems);
      if (problems.any) return refused(problems.errors);
      const wanted = [
        ...new Set(
          entities.flatMap((e) => [e.organisasjonsnummer, ...(e.overordnetEnhet ? [e.overordnetEnhet] : [])]),
        ),
      ];
      const unitsByNumber = new Map(
        (await stores.changeMessages.unitsByOrganizationNumbers(wanted)).map((u) => [
          u.organizationNumber!,
          u,
        ]),
      );
      const unmatched: string[] = [];
      let unchanged = 0;
      const pending: NewChangeMessage[] = entities.flatMap((entity) => {
        const unit = unitsByNumber.get(entity.organisasjonsnummer);
        if (!unit) {
          unmatched.push(entity.organisasjonsnummer);
          return [];
        }
        const proposed = proposedChanges(
          entity,
          unit,
          entity.overordnetEnhet ? unitsByNumber.get(entity.overordnetEnhet) : undefined,
        );
        if (Object.keys(proposed).length === 0) {
          unchanged++;
          return [];
        }
        return [
          {
            source: 'ENHETSREGISTERET',
            organizationNumber: unit.organizationNumber!,
            unitId: unit.id,
            payload: entity,
            proposedChanges: proposed,
          },
        ];
      });
      const messages = await stores.changeMessages.receive(writer, pending);
      return done({ received: entities.length, messages, unmatched, unchanged });
    });
  }

  /**
   * Applies a pending message's changes to its unit through the unit's own change, with its
   * checks (a proposed parent must be open, in the unit's municipality and not below it), and
   * marks the message approved. Refused, the message stays pending.
   */
  approve(
    who: Identity,
    input: ApproveChangeMessageInput,
  ): Promise<Outcome<{ message: ChangeMessageRow; unit: UnitRow }>> {
    return runCommand(this.db, who, async (scope) => {
      const { stores, writer } = scope;
      const pending = await pendingMessage(input.id, scope);
      if (!pending.value) return pending;
      const message = pending.value;
      const unit = await stores.units.lockUnit(message.unitId, 'no key update');
      const decided = await stores.changeMessages.decide(writer, message, { status: 'APPROVED' });
      if (!decided) return await decidedAlready(message, scope);
      const changed = await changeUnit(scope, unit!, message.proposedChanges);
      if (!changed.value) return refused(changed.userErrors.map(asProblemOfTheMessage));
      return done({ message: decided, unit: changed.value });
    });
  }

  reject(who: Identity, input: RejectChangeMessageInput): Promise<Outcome<ChangeMessageRow>> {
    return runCommand(this.db, who, async (scope) => {
      const pending = await pendingMessage(input.id, scope);
      if (!pending.value) return pending;
      const message = pending.value;
      const problems = new InputProblems();
      const reason = problems.text(input.reason, 'reason', 'A reason');
      if (problems.any) return refused(problems.errors);
      const decided = await scope.stores.changeMessages.decide(scope.writer, message, {
        status: 'REJECTED',
        rejectionReason: reason!,
      });
      return decided ? done(decided) : await decidedAlready(message, scope);
    });
  }
}

/** A message still to be decided, if the caller may decide for its unit's municipality. */
async function pendingMessage(id: string, { who, stores }: CommandScope): Promise<Outcome<ChangeMessageRow>> {
  const [message] = await stores.changeMessages.byIds([id]);
  if (!message) return refused([notFound('id', 'change message')]);
  const [unit] = await stores.units.unitsByIds([message.unitId]);
  authorize('editMunicipalOrganisation', who, unit!.municipalityNumber);
  if (message.status !== 'PENDING') return refused([wasDecided(message.status)]);
  return done(message);
}

/** The answer to the second of two decisions made at once: what the first one decided. */
async function decidedAlready(message: ChangeMessageRow, { stores }: CommandScope) {
  const [current] = await stores.changeMessages.byIds([message.id]);
  return refused([wasDecided(current!.status)]);
}

const wasDecided = (status: ChangeMessageRow['status']) =>
  userError('INVALID', 'id', `The message was ${status.toLowerCase()} already.`);

/** A problem with a proposed change is the message's own: its field is the message's id. */
const asProblemOfTheMessage = (error: UserError): UserError => ({
  ...error,
  field: ['input', 'id'],
  message: `The proposed ${error.field.at(-1)} cannot be applied: ${error.message}`,
});

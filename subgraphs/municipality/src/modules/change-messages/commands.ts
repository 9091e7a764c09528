import { authorize, type Identity } from '@registers/service-runtime';
import type { MunicipalityDatabase } from '../../db/index.ts';
import type { ChangeMessageRow, UnitRow } from '../../db/schema/index.ts';
import type {
  ApproveChangeMessageInput,
  ImportEnhetsregisteretEntitiesInput,
  RejectChangeMessageInput,
} from '../../generated/resolvers.ts';
import { done, refused, runCommand, type CommandScope, type Outcome } from '../command.ts';
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

  /** Applies a pending message's changes to its unit (audited, in the feed) and marks it approved. */
  approve(
    who: Identity,
    input: ApproveChangeMessageInput,
  ): Promise<Outcome<{ message: ChangeMessageRow; unit: UnitRow }>> {
    return runCommand(this.db, who, async (scope) => {
      const { stores, writer } = scope;
      const pending = await pendingMessage(input.id, scope);
      if (!pending.value) return pending;
      const { message, unit } = pending.value;
      const changed = await stores.units.updateUnit(writer, unit, message.proposedChanges);
      const decided = await stores.changeMessages.decide(writer, message, { status: 'APPROVED' });
      return done({ message: decided, unit: changed });
    });
  }

  reject(who: Identity, input: RejectChangeMessageInput): Promise<Outcome<ChangeMessageRow>> {
    return runCommand(this.db, who, async (scope) => {
      const pending = await pendingMessage(input.id, scope);
      if (!pending.value) return pending;
      const { message } = pending.value;
      const problems = new InputProblems();
      const reason = problems.text(input.reason, 'reason', 'A reason');
      if (problems.any) return refused(problems.errors);
      return done(
        await scope.stores.changeMessages.decide(scope.writer, message, {
          status: 'REJECTED',
          rejectionReason: reason!,
        }),
      );
    });
  }
}

/** A message still to be decided, with its unit, if the caller may decide for the unit's municipality. */
async function pendingMessage(
  id: string,
  { who, stores }: CommandScope,
): Promise<Outcome<{ message: ChangeMessageRow; unit: UnitRow }>> {
  const [message] = await stores.changeMessages.byIds([id]);
  if (!message) return refused(notFound('id', 'change message'));
  const [unit] = await stores.units.unitsByIds([message.unitId]);
  authorize('editMunicipalOrganisation', who, unit!.municipalityNumber);
  if (message.status !== 'PENDING') {
    return refused(
      new InputProblems().add('INVALID', 'id', `The message was ${message.status.toLowerCase()} already.`)
        .errors,
    );
  }
  return done({ message, unit: unit! });
}

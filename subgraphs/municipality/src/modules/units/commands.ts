import { userError } from '@registers/graphql-kit';
import { authorize, type Identity } from '@registers/access';
import type { MunicipalityDatabase } from '../../db/index.ts';
import { uniqueUnitOrganizationNumber, type NewUnitRow, type UnitRow } from '../../db/schema/index.ts';
import type { Stores } from '../../stores.ts';
import type {
  CloseUnitInput,
  CreateUnitInput,
  MoveUnitInput,
  UpdateUnitInput,
} from '../../generated/resolvers.ts';
import { done, refused, runCommand, type CommandScope, type Outcome } from '../command.ts';
import { checkMunicipality, givenFields, InputProblems, notFound } from '../validation.ts';

/** What a change of a unit may set; null clears a field (and is refused for name and kind). */
export type UnitChanges = {
  [
    Field in
      | 'name'
      | 'kind'
      | 'parentId'
      | 'organizationNumber'
      | 'organizationForm'
      | 'industryCode'
      | 'visitingAddress'
      | 'postalAddress'
      | 'phone'
      | 'email'
      | 'website'
  ]?: NewUnitRow[Field] | null;
};

/** The writer that lost a race for an organisation number learns it as the check would say. */
const organizationNumberRefusals = {
  [uniqueUnitOrganizationNumber]: userError(
    'DUPLICATE',
    'organizationNumber',
    'Another unit has this organisation number.',
  ),
};

/** Create, change, move and close units: each one transaction, for the API and jobs alike. */
export class UnitCommands {
  constructor(private readonly db: MunicipalityDatabase) {}

  createUnit(who: Identity, input: CreateUnitInput): Promise<Outcome<UnitRow>> {
    return runCommand(this.db, who, organizationNumberRefusals, async ({ stores, writer }) => {
      authorize('editMunicipalOrganisation', who, input.municipalityNumber);
      const problems = new InputProblems();
      await checkMunicipality(input.municipalityNumber, stores, problems);
      const name = problems.text(input.name, 'name', 'A unit name');
      problems.contactFields(input);
      if (input.parentId != null) {
        await stores.units.lockTree(input.municipalityNumber);
        const parent = await openUnit(input.parentId, stores);
        if (!parent) problems.add('NOT_FOUND', 'parentId', 'No open unit has this id.');
        else if (parent.municipalityNumber !== input.municipalityNumber) {
          problems.add('INVALID', 'parentId', 'The parent must belong to the same municipality.');
        }
      }
      await checkOrganizationNumber(input.organizationNumber, null, stores, problems);
      if (problems.any) return refused(problems.errors);
      return done(
        await stores.units.createUnit(writer, {
          ...givenFields(input),
          municipalityNumber: input.municipalityNumber,
          kind: input.kind,
          name: name!,
        }),
      );
    });
  }

  updateUnit(who: Identity, input: UpdateUnitInput): Promise<Outcome<UnitRow>> {
    return runCommand(this.db, who, organizationNumberRefusals, async (scope) => {
      const unit = await editableUnit(input.id, scope);
      if (!unit) return refused([notFound('id', 'unit')]);
      const { id: _id, ...changes } = givenFields(input);
      return await changeUnit(scope, unit, changes);
    });
  }

  moveUnit(who: Identity, input: MoveUnitInput): Promise<Outcome<UnitRow>> {
    return runCommand(this.db, who, async (scope) => {
      const unit = await editableUnit(input.id, scope);
      if (!unit) return refused([notFound('id', 'unit')]);
      return await changeUnit(scope, unit, { parentId: input.parentId ?? null });
    });
  }

  /** Closes a unit and ends its open employments on the same day. */
  closeUnit(who: Identity, input: CloseUnitInput): Promise<Outcome<UnitRow>> {
    return runCommand(this.db, who, async (scope) => {
      const { stores, writer } = scope;
      const unit = await editableUnit(input.id, scope);
      if (!unit) return refused([notFound('id', 'unit')]);
      const problems = new InputProblems();
      if (unit.closedOn) problems.add('INVALID', 'id', `The unit was closed on ${unit.closedOn}.`);
      await stores.units.lockTree(unit.municipalityNumber);
      if ((await stores.units.openChildren(unit.id)).length > 0) {
        problems.add('INVALID', 'id', 'Close or move the units below this one first.');
      }
      if (problems.any) return refused(problems.errors);
      const closed = await stores.units.updateUnit(writer, unit, { closedOn: input.closedOn });
      for (const employment of await stores.persons.employmentsOpenOn(unit.id, input.closedOn)) {
        await stores.persons.endEmployment(writer, employment.id, input.closedOn, unit.municipalityNumber);
      }
      return done(closed);
    });
  }
}

/**
 * Changes a unit as `updateUnit` and `moveUnit` do, with their checks, inside the caller's
 * command (an approved change message is applied through it too). The caller has locked the
 * unit; a move takes the municipality's tree lock before it looks at the new parent.
 */
export async function changeUnit(
  { stores, writer }: CommandScope,
  unit: UnitRow,
  changes: UnitChanges,
): Promise<Outcome<UnitRow>> {
  const problems = new InputProblems();
  const { name, kind, parentId, ...rest } = changes;
  const values: Partial<NewUnitRow> = rest;
  if (name === null) problems.add('INVALID', 'name', 'A unit must have a name.');
  else if (name !== undefined) values.name = problems.text(name, 'name', 'A unit name');
  if (kind === null) problems.add('INVALID', 'kind', 'A unit must have a kind.');
  else if (kind !== undefined) values.kind = kind;
  problems.contactFields(rest);
  await checkOrganizationNumber(values.organizationNumber, unit.id, stores, problems);
  if (parentId !== undefined) {
    if (parentId !== null) {
      await stores.units.lockTree(unit.municipalityNumber);
      const parent = await openUnit(parentId, stores);
      if (!parent) problems.add('NOT_FOUND', 'parentId', 'No open unit has this id.');
      else if (parent.municipalityNumber !== unit.municipalityNumber) {
        problems.add('INVALID', 'parentId', 'A unit can only move within its municipality.');
      } else if ((await stores.units.ancestorsOf(parentId)).includes(unit.id)) {
        problems.add('INVALID', 'parentId', 'A unit cannot move below itself or a unit below it.');
      }
    }
    if (parentId !== unit.parentId) values.parentId = parentId;
  }
  if (problems.any) return refused(problems.errors);
  if (Object.keys(values).length === 0) return done(unit);
  return done(await stores.units.updateUnit(writer, unit, values));
}

/**
 * The unit to change, locked until the command ends, if it exists; a caller who may not change
 * its municipality is refused here, before anything is written.
 */
async function editableUnit(id: string, { who, stores }: CommandScope): Promise<UnitRow | undefined> {
  const unit = await stores.units.lockUnit(id, 'no key update');
  if (unit) authorize('editMunicipalOrganisation', who, unit.municipalityNumber);
  return unit;
}

async function openUnit(id: string, stores: Stores) {
  const [unit] = await stores.units.unitsByIds([id]);
  return unit && !unit.closedOn ? unit : null;
}

/** One unit per organisation number in Enhetsregisteret. */
async function checkOrganizationNumber(
  organizationNumber: string | null | undefined,
  unitId: string | null,
  stores: Stores,
  problems: InputProblems,
) {
  if (!organizationNumber) return;
  const holder = await stores.units.unitWithOrganizationNumber(organizationNumber);
  if (holder && holder.id !== unitId) {
    problems.add(
      'DUPLICATE',
      'organizationNumber',
      `The unit "${holder.name}" has organisation number ${organizationNumber}.`,
    );
  }
}

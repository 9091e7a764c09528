import { authorize, withFreshLoaders, identifiers, type Identity } from '@registers/service-runtime';
import type { Context } from '../../context.ts';
import type { NewUnitRow, UnitRow } from '../../db/schema/index.ts';
import type { MutationResolvers } from '../../generated/resolvers.ts';
import { checkMunicipality, givenFields, InputProblems } from '../validation.ts';

/** Create, change, move and close units: validated here, authorized, then one audited transaction. */
export const unitMutations: MutationResolvers<Context> = withFreshLoaders({
  createUnit: async (_parent, { input }, { identity, loaders, stores }) => {
    authorize('editMunicipalOrganisation', identity, input.municipalityNumber);
    const problems = new InputProblems();
    await checkMunicipality(input.municipalityNumber, loaders, problems);
    const name = problems.text(input.name, 'name', 'A unit name');
    if (input.parentId != null) {
      const parent = await openUnit(input.parentId, loaders);
      if (!parent) problems.add('NOT_FOUND', 'parentId', 'No open unit has this id.');
      else if (parent.municipalityNumber !== input.municipalityNumber) {
        problems.add('INVALID', 'parentId', 'The parent must belong to the same municipality.');
      }
    }
    await checkOrganizationNumber(input.organizationNumber, null, stores, problems);
    if (problems.any) return { unit: null, userErrors: problems.errors };
    const unit = await stores.units.createUnit(identity, {
      ...givenFields(input),
      municipalityNumber: input.municipalityNumber,
      kind: input.kind,
      name: name!,
    });
    return { unit, userErrors: [] };
  },

  updateUnit: async (_parent, { input }, context) => {
    const { unit, userErrors } = await editableUnit(input.id, context);
    if (!unit) return { unit: null, userErrors };
    const problems = new InputProblems();
    const { id: _id, name, kind, ...rest } = givenFields(input);
    const changes: Partial<NewUnitRow> = rest;
    if (name === null) problems.add('INVALID', 'name', 'A unit must have a name.');
    else if (name !== undefined) changes.name = problems.text(name, 'name', 'A unit name');
    if (kind === null) problems.add('INVALID', 'kind', 'A unit must have a kind.');
    else if (kind !== undefined) changes.kind = kind;
    await checkOrganizationNumber(changes.organizationNumber, unit.id, context.stores, problems);
    if (problems.any) return { unit: null, userErrors: problems.errors };
    if (Object.keys(changes).length === 0) return { unit, userErrors: [] };
    return {
      unit: await context.stores.units.updateUnit(context.identity, unit.id, changes),
      userErrors: [],
    };
  },

  moveUnit: async (_parent, { input }, context) => {
    const { unit, userErrors } = await editableUnit(input.id, context);
    if (!unit) return { unit: null, userErrors };
    const problems = new InputProblems();
    const parentId = input.parentId ?? null;
    if (parentId !== null) {
      const parent = await openUnit(parentId, context.loaders);
      if (!parent) problems.add('NOT_FOUND', 'parentId', 'No open unit has this id.');
      else if (parent.municipalityNumber !== unit.municipalityNumber) {
        problems.add('INVALID', 'parentId', 'A unit can only move within its municipality.');
      } else if ((await context.stores.units.ancestorsOf(parentId)).includes(unit.id)) {
        problems.add('INVALID', 'parentId', 'A unit cannot move below itself or a unit below it.');
      }
    }
    if (problems.any) return { unit: null, userErrors: problems.errors };
    if (parentId === unit.parentId) return { unit, userErrors: [] };
    return {
      unit: await context.stores.units.updateUnit(context.identity, unit.id, { parentId }),
      userErrors: [],
    };
  },

  closeUnit: async (_parent, { input }, context) => {
    const { unit, userErrors } = await editableUnit(input.id, context);
    if (!unit) return { unit: null, userErrors };
    const problems = new InputProblems();
    if (unit.closedOn) problems.add('INVALID', 'id', `The unit was closed on ${unit.closedOn}.`);
    if ((await context.stores.units.openChildren(unit.id)).length > 0) {
      problems.add('INVALID', 'id', 'Close or move the units below this one first.');
    }
    if (problems.any) return { unit: null, userErrors: problems.errors };
    return {
      unit: await context.stores.units.closeUnit(context.identity, unit.id, input.closedOn),
      userErrors: [],
    };
  },
});

/** The unit to change, if it exists, and only if the caller may change its municipality. */
async function editableUnit(
  id: string,
  { identity, loaders }: { identity: Identity; loaders: Context['loaders'] },
) {
  const unit = identifiers.isUuid(id) ? await loaders.unit.load(id) : null;
  if (!unit)
    return {
      unit: null,
      userErrors: new InputProblems().add('NOT_FOUND', 'id', 'No unit has this id.').errors,
    };
  authorize('editMunicipalOrganisation', identity, unit.municipalityNumber);
  return { unit, userErrors: [] };
}

async function openUnit(id: string, loaders: Context['loaders']): Promise<UnitRow | null> {
  const unit = identifiers.isUuid(id) ? await loaders.unit.load(id) : null;
  return unit && !unit.closedOn ? unit : null;
}

/** One unit per organisation number in Enhetsregisteret. */
async function checkOrganizationNumber(
  organizationNumber: string | null | undefined,
  unitId: string | null,
  stores: Context['stores'],
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

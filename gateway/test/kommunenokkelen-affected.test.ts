import { describe, expect, it } from 'vitest';
import {
  companiesChanged,
  everyMunicipality,
  municipalitiesAffectedBy,
  municipalitiesAffectedByDeclaration,
  personsShownIn,
  type FragmentIndex,
} from '../src/kommunenokkelen/affected.ts';

/** Which local authorities' fragments of the Kommunenøkkelen document a change rebuilds. */
const index: FragmentIndex = {
  personsShownIn: new Map([['p1', new Set(['4601', '0301'])]]),
  companiesShownIn: new Map([['923609016', new Set(['4601', '5001'])]]),
};
const change = (entityType: string, entityId: string, municipality: string | null) =>
  ({
    sequence: 1,
    entityType,
    entityId,
    municipality: municipality ? { number: municipality } : null,
  }) as Parameters<typeof municipalitiesAffectedBy>[0];

describe('municipalitiesAffectedBy', () => {
  it('maps a unit, an employment, a body or a membership to the municipality the feed files it under', () => {
    for (const type of ['UNIT', 'EMPLOYMENT', 'ELECTED_BODY', 'PARTY', 'MEMBERSHIP']) {
      expect(municipalitiesAffectedBy(change(type, 'x', '1103'), index)).toEqual(new Set(['1103']));
    }
  });

  it('maps a person to every fragment showing them and the municipality that registered them', () => {
    expect(municipalitiesAffectedBy(change('PERSON', 'p1', '1103'), index)).toEqual(
      new Set(['4601', '0301', '1103']),
    );
    expect(municipalitiesAffectedBy(change('PERSON', 'p2', '1103'), index)).toEqual(new Set(['1103']));
  });

  it('maps a company or a company role to its first owner, under which the feed files it', () => {
    expect(municipalitiesAffectedBy(change('COMPANY_ROLE', 'r', '1103'), index)).toEqual(new Set(['1103']));
  });

  it('rebuilds everything when a change has no municipality or an unknown kind', () => {
    expect(municipalitiesAffectedBy(change('UNIT', 'x', null), index)).toBe(everyMunicipality);
    expect(municipalitiesAffectedBy(change('SOMETHING_NEW', 'x', '1103'), index)).toBe(everyMunicipality);
  });

  it('maps a declaration change to the fragments showing its person, or none', () => {
    const declaration = (personId: string) =>
      ({ person: { id: personId } }) as Parameters<typeof municipalitiesAffectedByDeclaration>[0];
    expect(municipalitiesAffectedByDeclaration(declaration('p1'), index)).toEqual(new Set(['4601', '0301']));
    expect(municipalitiesAffectedByDeclaration(declaration('p9'), index)).toEqual(new Set());
  });
});

describe('personsShownIn', () => {
  it('finds employees, members and company role holders at any depth', () => {
    expect(
      personsShownIn({
        units: [{ employments: [{ person: { id: 'a', name: 'A' } }] }],
        electedBodies: [{ members: [{ person: { id: 'b' } }] }],
        companyOwnerships: [{ company: { roles: [{ person: { id: 'c' } }] } }],
      }),
    ).toEqual(new Set(['a', 'b', 'c']));
  });
});

describe('companiesChanged', () => {
  it('names the companies shown differently, added or gone', () => {
    const before = new Map([
      ['1', 'a'],
      ['2', 'b'],
      ['3', 'c'],
    ]);
    const after = new Map([
      ['1', 'a'],
      ['2', 'B'],
      ['4', 'd'],
    ]);
    expect(companiesChanged(before, after)).toEqual(new Set(['2', '3', '4']));
  });
});

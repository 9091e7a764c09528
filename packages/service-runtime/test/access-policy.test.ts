import { describe, expect, it } from 'vitest';
import { accessPolicy, type Action } from '../src/auth/access-policy.ts';
import { publicIdentity, type Identity } from '../src/auth/identity.ts';

const person = { personId: '6f1f7c1e-0000-4000-8000-000000000001', municipalities: ['0301'] };
const who = (identity: Partial<Identity>): Identity => ({ ...publicIdentity, subject: 'x', ...identity });

const callers = {
  public: publicIdentity,
  self: who({ roles: ['position-holder'], personId: person.personId }),
  'other person': who({ roles: ['position-holder'], personId: '6f1f7c1e-0000-4000-8000-000000000002' }),
  'KR contact, Oslo': who({ roles: ['kr-contact'], municipalities: ['0301'] }),
  'KR contact, Bergen': who({ roles: ['kr-contact'], municipalities: ['4601'] }),
  'STV contact, Oslo': who({ roles: ['stv-contact'], municipalities: ['0301'] }),
  'contact for both, Oslo': who({ roles: ['kr-contact', 'stv-contact'], municipalities: ['0301'] }),
  'company contact': who({ roles: ['company-contact'], companies: ['923609016'] }),
  administrator: who({ roles: ['administrator'] }),
};
type Caller = keyof typeof callers;

/** The policy as a table: for each action, who may (everyone else may not). */
const allowed: Record<Action, { subject: unknown; callers: Caller[] }> = {
  readContactDetails: {
    subject: person,
    callers: ['self', 'KR contact, Oslo', 'STV contact, Oslo', 'contact for both, Oslo', 'administrator'],
  },
  updateContactDetails: {
    subject: person,
    callers: ['self', 'KR contact, Oslo', 'contact for both, Oslo', 'administrator'],
  },
  readUnpublishedDeclaration: {
    subject: person,
    callers: ['self', 'STV contact, Oslo', 'contact for both, Oslo', 'administrator'],
  },
  editPerson: { subject: person, callers: ['KR contact, Oslo', 'contact for both, Oslo', 'administrator'] },
  editDeclaration: { subject: person, callers: ['self', 'administrator'] },
  editMunicipalOrganisation: {
    subject: '0301',
    callers: ['KR contact, Oslo', 'contact for both, Oslo', 'administrator'],
  },
  editCompany: {
    subject: { organizationNumber: '923609016', ownerMunicipalities: ['0301'] },
    callers: ['company contact', 'KR contact, Oslo', 'contact for both, Oslo', 'administrator'],
  },
  administer: { subject: undefined, callers: ['administrator'] },
};

describe('the access policy', () => {
  const cases = Object.entries(allowed).flatMap(([action, { subject, callers: mayDo }]) =>
    (Object.keys(callers) as Caller[]).map((caller) => ({
      action: action as Action,
      caller,
      subject,
      may: mayDo.includes(caller),
    })),
  );

  it.each(cases)('$action by $caller: $may', ({ action, caller, subject, may }) => {
    const decide = accessPolicy[action] as (identity: Identity, subject: unknown) => boolean;
    expect(decide(callers[caller], subject)).toBe(may);
  });

  it('grants a contact person nothing outside their municipalities', () => {
    const elsewhere = { ...person, municipalities: ['4601'] };
    expect(accessPolicy.readContactDetails(callers['contact for both, Oslo'], elsewhere)).toBe(false);
    expect(accessPolicy.editMunicipalOrganisation(callers['contact for both, Oslo'], '4601')).toBe(false);
  });
});

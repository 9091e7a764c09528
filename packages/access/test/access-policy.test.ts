import { describe, expect, it } from 'vitest';
import {
  accessPolicy,
  authorize,
  unpublishedDeclarationsReadable,
  type Action,
} from '../src/access-policy.ts';
import { publicIdentity, systemIdentity, type Identity } from '../src/identity.ts';
import { signInLinkIdentity } from '../src/sign-in-links.ts';

/** Registered by Oslo. */
const person = { personId: '6f1f7c1e-0000-4000-8000-000000000001', municipalityNumber: '0301' };
const who = (identity: Partial<Identity>): Identity => ({ ...publicIdentity, subject: 'x', ...identity });

const callers = {
  public: publicIdentity,
  'signed in, no rights': who({}),
  self: who({ roles: ['position-holder'], personId: person.personId }),
  'other person': who({ roles: ['position-holder'], personId: '6f1f7c1e-0000-4000-8000-000000000002' }),
  'KR contact, Oslo': who({ roles: ['kr-contact'], krContactFor: ['0301'] }),
  'KR contact, Bergen': who({ roles: ['kr-contact'], krContactFor: ['4601'] }),
  'STV contact, Oslo': who({ roles: ['stv-contact'], stvContactFor: ['0301'] }),
  'KR contact, Bergen and STV contact, Oslo': who({
    roles: ['kr-contact', 'stv-contact'],
    krContactFor: ['4601'],
    stvContactFor: ['0301'],
  }),
  'contact for both, Oslo': who({
    roles: ['kr-contact', 'stv-contact'],
    krContactFor: ['0301'],
    stvContactFor: ['0301'],
  }),
  'company contact': who({ roles: ['company-contact'], companies: ['923609016'] }),
  administrator: who({ roles: ['administrator'] }),
  // A partner system: restricted to the trusted operations, granted nothing.
  partner: who({ roles: ['partner'] }),
  system: systemIdentity('test'),
  // The person signed in by their personal e-mail link: their own declaration only.
  'self by link': signInLinkIdentity(person.personId),
  // A link of an administrator's grants no administrator rights: it is made the same way.
  'other person by link': signInLinkIdentity('6f1f7c1e-0000-4000-8000-000000000002'),
};
type Caller = keyof typeof callers;

const osloAndBergen = 'KR contact, Bergen and STV contact, Oslo';

/** The policy as a table: for each action and subject, who may (everyone else may not). */
const allowed: Record<Action, { subject: unknown[]; callers: Caller[] }> = {
  runFreeFormOperation: {
    subject: [],
    callers: (Object.keys(callers) as Caller[]).filter((caller) => caller !== 'partner'),
  },
  readContactDetails: {
    subject: [person],
    callers: [
      'self',
      'KR contact, Oslo',
      'STV contact, Oslo',
      osloAndBergen,
      'contact for both, Oslo',
      'administrator',
      'system',
    ],
  },
  updateContactDetails: {
    subject: [person],
    callers: ['self', 'KR contact, Oslo', 'contact for both, Oslo', 'administrator'],
  },
  readUnpublishedDeclaration: {
    subject: [person],
    callers: [
      'self',
      'self by link',
      'STV contact, Oslo',
      osloAndBergen,
      'contact for both, Oslo',
      'administrator',
    ],
  },
  editPerson: { subject: [person], callers: ['KR contact, Oslo', 'contact for both, Oslo', 'administrator'] },
  // Giving an Oslo person a role in Bergen: only who may change the person.
  linkPerson: {
    subject: [person, ['4601']],
    callers: ['KR contact, Oslo', 'contact for both, Oslo', 'administrator'],
  },
  // Merging two Oslo persons.
  mergePersons: {
    subject: [person, { ...person, personId: '6f1f7c1e-0000-4000-8000-000000000003' }],
    callers: ['KR contact, Oslo', 'contact for both, Oslo', 'administrator'],
  },
  editDeclaration: {
    subject: [person],
    callers: [
      'self',
      'self by link',
      'STV contact, Oslo',
      osloAndBergen,
      'contact for both, Oslo',
      'administrator',
    ],
  },
  publishDeclaration: { subject: [person], callers: ['self', 'self by link', 'administrator'] },
  editMunicipalOrganisation: {
    subject: ['0301'],
    callers: ['KR contact, Oslo', 'contact for both, Oslo', 'administrator'],
  },
  editCompany: {
    subject: [{ organizationNumber: '923609016', ownerMunicipalities: ['0301'] }],
    callers: ['company contact', 'KR contact, Oslo', 'contact for both, Oslo', 'administrator'],
  },
  changeCompanyOwnership: {
    subject: [{ organizationNumber: '923609016', ownerMunicipalities: ['0301'] }],
    callers: ['KR contact, Oslo', 'contact for both, Oslo', 'administrator'],
  },
  administer: { subject: [], callers: ['administrator'] },
  lookUpGrants: { subject: [], callers: ['system'] },
  lookUpRoleFacts: { subject: [], callers: ['system'] },
  lookUpPersonNames: { subject: [], callers: ['system'] },
  acknowledgeChanges: { subject: [], callers: ['system'] },
  sendNotices: {
    subject: [[person, { ...person, personId: '6f1f7c1e-0000-4000-8000-000000000003' }]],
    callers: ['STV contact, Oslo', osloAndBergen, 'contact for both, Oslo', 'administrator'],
  },
  readElectionResults: {
    subject: ['0301'],
    callers: ['KR contact, Oslo', 'contact for both, Oslo', 'administrator', 'system'],
  },
  manageElectionReconciliation: {
    subject: ['0301'],
    callers: ['STV contact, Oslo', osloAndBergen, 'contact for both, Oslo', 'administrator'],
  },
  // Only for themselves, also by their link; no one reports for someone else.
  reportElectionMatchError: { subject: [person], callers: ['self', 'self by link'] },
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
    const decide = accessPolicy[action] as (identity: Identity, ...subject: unknown[]) => boolean;
    expect(decide(callers[caller], ...subject)).toBe(may);
  });

  it("reads others' unpublished declarations only where unpublishedDeclarationsReadable says anyone's may be", () => {
    const persons = [
      person,
      { ...person, municipalityNumber: '4601' },
      { ...person, municipalityNumber: null },
      { personId: '6f1f7c1e-0000-4000-8000-000000000002', municipalityNumber: '0301' },
    ];
    const readable = Object.entries(callers).map(([caller, identity]) => [
      caller,
      unpublishedDeclarationsReadable(identity),
    ]);
    for (const [caller, identity] of Object.entries(callers)) {
      if (unpublishedDeclarationsReadable(identity) === 'anyone') continue;
      for (const other of persons.filter((p) => p.personId !== identity.personId)) {
        expect(
          accessPolicy.readUnpublishedDeclaration(identity, other),
          `${caller}, ${JSON.stringify(other)}`,
        ).toBe(false);
      }
    }
    // Not wider than it must be either: the others read at most their own.
    expect(Object.fromEntries(readable.filter(([, which]) => which === 'anyone'))).toEqual({
      'STV contact, Oslo': 'anyone',
      [osloAndBergen]: 'anyone',
      'contact for both, Oslo': 'anyone',
      administrator: 'anyone',
    });
  });

  it('grants a contact person nothing over a person registered elsewhere, whatever their roles', () => {
    const elsewhere = { ...person, municipalityNumber: '4601' };
    for (const action of [
      'readContactDetails',
      'updateContactDetails',
      'editPerson',
      'readUnpublishedDeclaration',
      'editDeclaration',
    ] as const) {
      expect(accessPolicy[action](callers['contact for both, Oslo'], elsewhere)).toBe(false);
    }
    expect(accessPolicy.editMunicipalOrganisation(callers['contact for both, Oslo'], '4601')).toBe(false);
  });

  it("leaves a contact person's or administrator's address to them and administrators", () => {
    const assigned = { ...person, holdsAssignments: true };
    expect(accessPolicy.updateContactDetails(callers['KR contact, Oslo'], assigned)).toBe(false);
    expect(accessPolicy.updateContactDetails(callers.self, assigned)).toBe(true);
    expect(accessPolicy.updateContactDetails(callers.administrator, assigned)).toBe(true);
  });

  it('merges persons across municipalities, or a duplicate holding assignments, for administrators only', () => {
    const bergen = { personId: '6f1f7c1e-0000-4000-8000-000000000003', municipalityNumber: '4601' };
    const bothMunicipalities = who({ roles: ['kr-contact'], krContactFor: ['0301', '4601'] });
    for (const [kept, duplicate] of [
      [person, bergen],
      [bergen, person],
    ]) {
      expect(accessPolicy.mergePersons(bothMunicipalities, kept!, duplicate!)).toBe(false);
      expect(accessPolicy.mergePersons(callers['contact for both, Oslo'], kept!, duplicate!)).toBe(false);
      expect(accessPolicy.mergePersons(callers.administrator, kept!, duplicate!)).toBe(true);
    }
    const osloContact = { ...person, personId: bergen.personId, holdsAssignments: true };
    expect(accessPolicy.mergePersons(callers['KR contact, Oslo'], person, osloContact)).toBe(false);
    expect(accessPolicy.mergePersons(callers.administrator, person, osloContact)).toBe(true);
    const unregistered = { ...person, municipalityNumber: null };
    expect(accessPolicy.mergePersons(callers['KR contact, Oslo'], unregistered, unregistered)).toBe(false);
  });

  it('lets anyone who may change an organisation link a person of its own municipality', () => {
    expect(accessPolicy.linkPerson(callers['company contact'], person, ['0301'])).toBe(true);
    expect(accessPolicy.linkPerson(callers['company contact'], person, ['4601'])).toBe(false);
    const unregistered = { ...person, municipalityNumber: null };
    expect(accessPolicy.linkPerson(callers['KR contact, Oslo'], unregistered, ['0301'])).toBe(false);
    expect(accessPolicy.linkPerson(callers.administrator, unregistered, ['0301'])).toBe(true);
  });

  it('lets an STV contact person send notices only when every recipient is of their municipality', () => {
    const bergen = {
      ...person,
      personId: '6f1f7c1e-0000-4000-8000-000000000004',
      municipalityNumber: '4601',
    };
    expect(accessPolicy.sendNotices(callers['STV contact, Oslo'], [person, bergen])).toBe(false);
    expect(accessPolicy.sendNotices(callers['STV contact, Oslo'], [])).toBe(false);
    expect(accessPolicy.sendNotices(callers.administrator, [person, bergen])).toBe(true);
  });

  it('answers the public UNAUTHENTICATED and anyone else FORBIDDEN', () => {
    const codeOf = (identity: Identity) => {
      try {
        authorize('administer', identity);
        return 'allowed';
      } catch (error) {
        return (error as { extensions: { code: string } }).extensions.code;
      }
    };
    expect(codeOf(callers.public)).toBe('UNAUTHENTICATED');
    expect(codeOf(callers['KR contact, Oslo'])).toBe('FORBIDDEN');
    expect(codeOf(callers.administrator)).toBe('allowed');
  });
});

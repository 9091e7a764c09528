import { generateNextElection } from '@registers/demo-register';
import { describe, expect, it } from 'vitest';
import { readElectionResultCsv, writeElectionResultCsv } from '../src/modules/elections/csv.ts';
import {
  matchCandidates,
  normaliseName,
  splitName,
  type PreviouslyElected,
} from '../src/modules/elections/matching.ts';

const person = (
  personId: string,
  name: string,
  partyIds: string[],
  birthYear: number | null = null,
): PreviouslyElected => ({
  personId,
  name,
  partyIds: new Set(partyIds),
  birthYear,
});

describe('matching candidates to persons elected before', () => {
  it('normalises case, hyphens and spacing, and splits off the family name', () => {
    expect(normaliseName('  Kari-Anne   ØSTBY ')).toBe('kari anne østby');
    expect(splitName('Kari Anne Østby')).toEqual({ givenName: 'Kari Anne', familyName: 'Østby' });
    expect(splitName('Cher')).toBeNull();
  });

  it('matches on the name alone when one person and one candidate bear it', () => {
    expect(
      matchCandidates(
        [{ name: 'kari østby', partyId: 'h', birthYear: null }],
        [person('p1', 'Kari Østby', ['a'])],
      ),
    ).toEqual([{ match: 'MATCHED', matchedBy: 'NAME', personId: 'p1' }]);
  });

  it('tells persons of one name apart by list, then by birth year; a different birth year is someone else', () => {
    const before = [
      person('p1', 'Ola Berg', ['a'], 1960),
      person('p2', 'Ola Berg', ['h'], 1975),
      person('p3', 'Ola Berg', ['h'], 1990),
    ];
    expect(
      matchCandidates(
        [
          { name: 'Ola Berg', partyId: 'a', birthYear: null },
          { name: 'Ola Berg', partyId: 'h', birthYear: 1990 },
          { name: 'Ola Berg', partyId: 'h', birthYear: 2001 },
        ],
        before,
      ),
    ).toEqual([
      { match: 'MATCHED', matchedBy: 'NAME_AND_LIST', personId: 'p1' },
      { match: 'MATCHED', matchedBy: 'NAME_LIST_AND_BIRTH_YEAR', personId: 'p3' },
      { match: 'NEW_PERSON' },
    ]);
  });

  it('leaves to a contact person what the rules cannot decide', () => {
    const before = [person('p1', 'Ola Berg', ['a']), person('p2', 'Ola Berg', ['a'])];
    expect(matchCandidates([{ name: 'Ola Berg', partyId: 'a', birthYear: 1970 }], before)).toEqual([
      { match: 'AMBIGUOUS', alternativeIds: ['p1', 'p2'] },
    ]);
    // Two persons of the name, neither on the candidate's list: either may have changed party.
    expect(matchCandidates([{ name: 'Ola Berg', partyId: 'sv', birthYear: null }], before)).toEqual([
      { match: 'AMBIGUOUS', alternativeIds: ['p1', 'p2'] },
    ]);
  });
});

describe('a demo election result', () => {
  const sitting = {
    members: [
      ...['Kari Østby', 'Per Hansen', 'Nils Lie', 'Anne Moe', 'Ole Dahl'].map((name) => ({
        list: 'H',
        name,
        substitute: false,
      })),
      ...['Eva Lund', 'Tor Strand', 'Liv Aas'].map((name) => ({ list: 'A', name, substitute: false })),
      ...['Jon Berg', 'Siri Vik'].map((name) => ({ list: 'Bygdelista', name, substitute: false })),
      { list: 'H', name: 'Arne Bakke', substitute: true },
    ],
  };
  const next = generateNextElection('4601', sitting);

  it('keeps the council size, gives each list its substitutes and re-elects some', () => {
    const members = next.candidates.filter((c) => c.substituteRank === null);
    expect(members).toHaveLength(10);
    for (const list of new Set(next.candidates.map((c) => c.list))) {
      const seats = members.filter((c) => c.list === list).length;
      const ranks = next.candidates
        .filter((c) => c.list === list && c.substituteRank !== null)
        .map((c) => c.substituteRank);
      expect(ranks).toEqual(Array.from({ length: seats + 2 }, (_, i) => i + 1));
    }
    const names = sitting.members.filter((m) => !m.substitute).map((m) => m.name);
    const reelected = members.filter(
      (c) => names.includes(c.name) && sitting.members.some((m) => m.name === c.name && m.list === c.list),
    );
    expect(reelected.length).toBe(next.reelected);
    expect(next.reelected).toBeGreaterThan(0);
    expect(next.reelected).toBeLessThan(10);
    expect(generateNextElection('4601', sitting)).toEqual(next);
  });

  it('has one name on two lists, which the list tells apart', () => {
    expect(next.sharedName).not.toBeNull();
    const bearers = next.candidates.filter(
      (c) => c.name === next.sharedName!.name && c.substituteRank === null,
    );
    expect(bearers.map((c) => c.list).sort()).toEqual([...next.sharedName!.lists].sort());
    const before = sitting.members.map((m, i) => person(`p${i}`, m.name, [m.list]));
    const outcomes = matchCandidates(
      bearers.map((c) => ({ name: c.name, partyId: c.list, birthYear: c.birthYear })),
      before,
    );
    expect(outcomes.map((o) => o.match).sort()).toEqual(['MATCHED', 'NEW_PERSON']);
  });

  it('round-trips through the election result file, and the file names its bad lines', () => {
    const candidates = next.candidates.map((c) => ({ body: 'MUNICIPAL_COUNCIL' as const, ...c }));
    const csv = writeElectionResultCsv(candidates);
    expect(csv.split('\n')[0]).toBe('body,list,rank,name,birth_year');
    expect(readElectionResultCsv(csv)).toEqual({ candidates, problems: [] });
    expect(
      readElectionResultCsv(
        'body,list,rank,name,birth_year\nkommunestyre,"Felleslista, Ringvassøy",,Kari Østby,1970\n',
      ),
    ).toEqual({
      candidates: [
        {
          body: 'MUNICIPAL_COUNCIL',
          list: 'Felleslista, Ringvassøy',
          substituteRank: null,
          name: 'Kari Østby',
          birthYear: 1970,
        },
      ],
      problems: [],
    });
    expect(
      readElectionResultCsv('body,list,rank,name,birth_year\nbystyre,A,x,Kari Østby,\n').problems,
    ).toEqual([
      'Line 2: body must be MUNICIPAL_COUNCIL or COUNTY_COUNCIL.',
      'Line 2: rank must be empty or a whole number.',
    ]);
    expect(readElectionResultCsv('list,name\nA,Kari Østby\n').problems).toEqual([
      'Missing column(s): body, rank, birth_year',
    ]);
  });
});

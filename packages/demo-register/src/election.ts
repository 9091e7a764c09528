import { Faker, base, en, nb_NO } from '@faker-js/faker';
import { readCouncilLists2023 } from '@registers/reference-data';
import { norwegianNames } from './population.ts';

/** A council's member or substitute as an election result lists them. */
export interface ElectedCandidate {
  /** A national party's code, or a local list's name. */
  list: string;
  /** Null for an elected member. */
  substituteRank: number | null;
  name: string;
  birthYear: number;
}

/** Who sits on the council now: what the next result is made from. */
export interface SittingCouncil {
  members: { list: string; name: string; substitute: boolean }[];
}

export interface NextElection {
  candidates: ElectedCandidate[];
  reelected: number;
  /** The name two candidates of different lists share, so that the list must tell them apart. */
  sharedName: { name: string; lists: [string, string] } | null;
}

/**
 * A plausible result of the next municipal election for a council: the seats swing by a few
 * between lists, about 60 % of the members who keep a seat for their list are re-elected (the
 * rest are newcomers, named by Statistics Norway's frequencies), each list gets as many
 * substitutes as seats and two more (members who lost their seat among them), and one newcomer
 * bears the name of a re-elected member of another list. Without a sitting council (a
 * municipality the demo gave none) it starts from the 2023 result's seats, with newcomers only.
 */
export function generateNextElection(
  municipalityNumber: string,
  sitting: SittingCouncil | null,
  seed = 2027,
): NextElection {
  const faker = new Faker({ locale: [nb_NO, en, base], seed: seed * 10_000 + Number(municipalityNumber) });
  const names = norwegianNames();
  const newName = () => {
    const given = faker.number.float() < 0.5 ? names.female : names.male;
    return `${given(faker.number.float())} ${names.surname(faker.number.float())}`;
  };
  const birthYear = () => faker.number.int({ min: 1950, max: 2005 });

  const seats = new Map<string, number>();
  const previous = new Map<string, { members: string[]; substitutes: string[] }>();
  if (sitting && sitting.members.length > 0) {
    for (const member of sitting.members) {
      const of = previous.get(member.list) ?? { members: [], substitutes: [] };
      previous.set(member.list, of);
      (member.substitute ? of.substitutes : of.members).push(member.name);
      if (!member.substitute) seats.set(member.list, (seats.get(member.list) ?? 0) + 1);
    }
  } else {
    for (const list of readCouncilLists2023().get(municipalityNumber) ?? []) seats.set(list.code, list.seats);
  }
  if (seats.size === 0) throw new Error(`No council is known for municipality ${municipalityNumber}.`);

  // A swing of one to three seats from one list to another.
  const lists = [...seats.keys()];
  for (let swing = faker.number.int({ min: 1, max: 3 }); swing > 0 && lists.length > 1; swing--) {
    const losing = faker.helpers.arrayElement(lists.filter((list) => seats.get(list)! > 1));
    if (!losing) break;
    const gaining = faker.helpers.arrayElement(lists.filter((list) => list !== losing));
    seats.set(losing, seats.get(losing)! - 1);
    seats.set(gaining, seats.get(gaining)! + 1);
  }

  const candidates: ElectedCandidate[] = [];
  let reelected = 0;
  const order = [...seats.entries()].sort((a, b) => b[1] - a[1]);
  for (const [list, count] of order) {
    const before = previous.get(list) ?? { members: [], substitutes: [] };
    const stay = faker.helpers
      .shuffle([...before.members])
      .slice(0, Math.round(Math.min(before.members.length, count) * 0.6));
    reelected += stay.length;
    const members = [...stay, ...Array.from({ length: count - stay.length }, newName)];
    const lost = before.members.filter((name) => !stay.includes(name));
    const substitutes = [...lost.slice(0, Math.ceil(lost.length / 2)), ...before.substitutes.slice(0, 2)];
    while (substitutes.length < count + 2) substitutes.push(newName());
    for (const name of members) candidates.push({ list, substituteRank: null, name, birthYear: birthYear() });
    substitutes
      .slice(0, count + 2)
      .forEach((name, i) => candidates.push({ list, substituteRank: i + 1, name, birthYear: birthYear() }));
  }

  // A newcomer of the second largest list named as a re-elected member of the largest.
  let sharedName: NextElection['sharedName'] = null;
  const [first, second] = order;
  if (first && second) {
    const fromFirst = candidates.find(
      (c) =>
        c.list === first[0] && c.substituteRank === null && previous.get(first[0])?.members.includes(c.name),
    );
    const newcomer = candidates.find(
      (c) =>
        c.list === second[0] &&
        c.substituteRank === null &&
        !previous.get(second[0])?.members.includes(c.name) &&
        !previous.get(second[0])?.substitutes.includes(c.name),
    );
    if (fromFirst && newcomer) {
      newcomer.name = fromFirst.name;
      sharedName = { name: fromFirst.name, lists: [first[0], second[0]] };
    }
  }
  return { candidates, reelected, sharedName };
}

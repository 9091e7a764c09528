/**
 * Matching an election result's candidates to the persons elected before in the municipality
 * (issue: after a municipal election, the same person keeps their data and declaration).
 * A pure function of what the register knows, so the rules are tested on their own.
 */

/** "  Kari-Anne   HANSEN " → "kari anne hansen": case, hyphens and spacing do not tell persons apart. */
export function normaliseName(name: string): string {
  return name.normalize('NFC').toLocaleLowerCase('nb').replace(/[-‐–]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** "Kari Anne Hansen" → given "Kari Anne", family "Hansen"; null for a single word. */
export function splitName(name: string): { givenName: string; familyName: string } | null {
  const words = name.trim().split(/\s+/);
  if (words.length < 2) return null;
  return { givenName: words.slice(0, -1).join(' '), familyName: words.at(-1)! };
}

export interface PreviouslyElected {
  personId: string;
  name: string;
  /** The parties and lists they were elected for. */
  partyIds: ReadonlySet<string>;
  /** As an earlier election result gave it, if one did. */
  birthYear: number | null;
}

export interface CandidateToMatch {
  name: string;
  /** Null for a local list not registered yet: no one was elected for it before. */
  partyId: string | null;
  birthYear: number | null;
}

export type MatchOutcome =
  | { match: 'MATCHED'; matchedBy: 'NAME' | 'NAME_AND_LIST' | 'NAME_LIST_AND_BIRTH_YEAR'; personId: string }
  | { match: 'NEW_PERSON' }
  | { match: 'AMBIGUOUS'; alternativeIds: string[] };

/**
 * On the normalised name; where two candidates or two persons share it, on the list too; and
 * on the birth year where both the candidate's and the person's are known (a different one is
 * another person). A person two candidates would both take is a decision for a contact person.
 */
const ids = (persons: PreviouslyElected[]) => persons.map((person) => person.personId);

export function matchCandidates(
  candidates: CandidateToMatch[],
  previous: PreviouslyElected[],
): MatchOutcome[] {
  const byName = new Map<string, PreviouslyElected[]>();
  for (const person of previous) {
    const key = normaliseName(person.name);
    byName.set(key, [...(byName.get(key) ?? []), person]);
  }
  const namesakes = new Map<string, number>();
  for (const candidate of candidates) {
    const key = normaliseName(candidate.name);
    namesakes.set(key, (namesakes.get(key) ?? 0) + 1);
  }

  const outcomes = candidates.map((candidate): MatchOutcome => {
    const key = normaliseName(candidate.name);
    const sameName = byName.get(key) ?? [];
    if (sameName.length === 0) return { match: 'NEW_PERSON' };
    const shared = namesakes.get(key)! > 1;
    let pool = sameName;
    let matchedBy: 'NAME' | 'NAME_AND_LIST' | 'NAME_LIST_AND_BIRTH_YEAR' = 'NAME';
    if (pool.length > 1 || shared) {
      pool = pool.filter((person) => candidate.partyId !== null && person.partyIds.has(candidate.partyId));
      matchedBy = 'NAME_AND_LIST';
      // No one of the name was elected for this list: with a namesake among the candidates
      // (another list's), this one is someone new; alone, they may have changed party.
      if (pool.length === 0) {
        return shared ? { match: 'NEW_PERSON' } : { match: 'AMBIGUOUS', alternativeIds: ids(sameName) };
      }
    }
    if (pool.length > 1 && candidate.birthYear !== null) {
      const born = pool.filter((person) => person.birthYear === candidate.birthYear);
      if (born.length === 1) {
        pool = born;
        matchedBy = 'NAME_LIST_AND_BIRTH_YEAR';
      }
    }
    // A birth year both know, and a different one: someone else.
    pool = pool.filter(
      (person) =>
        candidate.birthYear === null || person.birthYear === null || person.birthYear === candidate.birthYear,
    );
    if (pool.length === 0) return { match: 'NEW_PERSON' };
    if (pool.length === 1) return { match: 'MATCHED', matchedBy, personId: pool[0]!.personId };
    return { match: 'AMBIGUOUS', alternativeIds: ids(pool) };
  });

  const claims = new Map<string, number>();
  for (const outcome of outcomes) {
    if (outcome.match === 'MATCHED') claims.set(outcome.personId, (claims.get(outcome.personId) ?? 0) + 1);
  }
  return outcomes.map((outcome) =>
    outcome.match === 'MATCHED' && claims.get(outcome.personId)! > 1
      ? { match: 'AMBIGUOUS', alternativeIds: [outcome.personId] }
      : outcome,
  );
}

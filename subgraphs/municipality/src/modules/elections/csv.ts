import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { ElectionCandidateInput } from '../../generated/resolvers.ts';

/**
 * The election result file (valgoppgjør) that `npm run election:load` reads and
 * `npm run demo:election` writes: CSV, UTF-8, comma-separated, one row per elected candidate,
 * with the header `body,list,rank,name,birth_year`:
 *
 * - `body`: `MUNICIPAL_COUNCIL` (kommunestyre) or `COUNTY_COUNCIL` (fylkesting);
 * - `list`: a national party's code (A, H, FRP, …) or name, or a local list's name;
 * - `rank`: empty for an elected member, the substitute's rank on the list (1, 2, …) otherwise;
 * - `name`: given and family name;
 * - `birth_year`: four digits, or empty.
 */
export const ELECTION_CSV_COLUMNS = ['body', 'list', 'rank', 'name', 'birth_year'] as const;

const bodies: Record<string, ElectionCandidateInput['body']> = {
  municipal_council: 'MUNICIPAL_COUNCIL',
  kommunestyre: 'MUNICIPAL_COUNCIL',
  kommunestyret: 'MUNICIPAL_COUNCIL',
  county_council: 'COUNTY_COUNCIL',
  fylkesting: 'COUNTY_COUNCIL',
  fylkestinget: 'COUNTY_COUNCIL',
};

/** The candidates of a result file, or the problems found in it, each naming its line. */
export function readElectionResultCsv(
  text: string,
): { candidates: ElectionCandidateInput[]; problems: [] } | { candidates: []; problems: string[] } {
  let records: Record<string, string>[];
  try {
    records = parse(text, { columns: true, trim: true, skip_empty_lines: true, bom: true });
  } catch (error) {
    return { candidates: [], problems: [(error as Error).message] };
  }
  const problems: string[] = [];
  const missing = ELECTION_CSV_COLUMNS.filter((column) => records.length > 0 && !(column in records[0]!));
  if (missing.length > 0) return { candidates: [], problems: [`Missing column(s): ${missing.join(', ')}`] };
  const candidates = records.map((record, i) => {
    const line = i + 2;
    const body = bodies[record['body']!.toLowerCase()];
    if (!body) problems.push(`Line ${line}: body must be MUNICIPAL_COUNCIL or COUNTY_COUNCIL.`);
    const rank = record['rank'] === '' ? null : Number(record['rank']);
    if (rank !== null && !Number.isInteger(rank))
      problems.push(`Line ${line}: rank must be empty or a whole number.`);
    const birthYear = record['birth_year'] === '' ? null : Number(record['birth_year']);
    if (birthYear !== null && !Number.isInteger(birthYear)) {
      problems.push(`Line ${line}: birth_year must be empty or a year.`);
    }
    return {
      body: body ?? 'MUNICIPAL_COUNCIL',
      list: record['list']!,
      substituteRank: rank,
      name: record['name']!,
      birthYear,
    };
  });
  return problems.length > 0 ? { candidates: [], problems } : { candidates, problems: [] };
}

export function writeElectionResultCsv(candidates: ElectionCandidateInput[]): string {
  return stringify(
    candidates.map((c) => [c.body, c.list, c.substituteRank ?? '', c.name, c.birthYear ?? '']),
    { header: true, columns: [...ELECTION_CSV_COLUMNS] },
  );
}

/**
 * `npm run demo:election -- --municipality 4601 [--out valg-2027-4601.csv]`: writes a plausible
 * result of the 2027 municipal election for a municipality of the running register (`npm start`),
 * in the election result format that `npm run election:load` reads (see
 * subgraphs/municipality/src/modules/elections/csv.ts): seats swung between lists, some members
 * re-elected and some new, each list's substitutes, and one name shared by two candidates of
 * different lists. It reads the sitting council through the gateway (`--url`, default the
 * gateway's configured address); to the standard output without `--out`.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { generateNextElection, type SittingCouncil } from '@registers/demo-register';
import { readGatewayConfig } from '@registers/gateway/config';
import { writeElectionResultCsv } from '@registers/municipality';

const { values } = parseArgs({
  options: {
    municipality: { type: 'string' },
    out: { type: 'string' },
    url: { type: 'string' },
    seed: { type: 'string', default: '2027' },
  },
});
if (!values.municipality || !/^\d{4}$/.test(values.municipality)) {
  console.error('Usage: npm run demo:election -- --municipality 4601 [--out file.csv] [--url …/graphql]');
  process.exit(2);
}
const config = readGatewayConfig();
const url = values.url ?? `http://localhost:${config.port}/graphql`;

interface Body {
  kind: string;
  period: { startYear: number };
  members: { role: string; party: { code: string | null; name: string } | null; person: { name: string } }[];
}
let response: Response;
try {
  response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `query ($number: MunicipalityNumber!) { municipality(number: $number) { name kind
        electedBodies { kind period { startYear } members { role party { code name } person { name } } } } }`,
      variables: { number: values.municipality },
    }),
  });
} catch {
  console.error(`The register does not answer at ${url}: start it first (npm start), or give --url.`);
  process.exit(1);
}
const { data, errors } = (await response.json()) as {
  data?: { municipality: { name: string; kind: string; electedBodies: Body[] } | null };
  errors?: { message: string }[];
};
if (!data?.municipality) {
  console.error(errors?.[0]?.message ?? `No municipality has number ${values.municipality}.`);
  process.exit(1);
}
const { municipality } = data;
const body = municipality.kind === 'COUNTY_MUNICIPALITY' ? 'COUNTY_COUNCIL' : 'MUNICIPAL_COUNCIL';
const council = municipality.electedBodies
  .filter((b) => b.kind === body)
  .sort((a, b) => b.period.startYear - a.period.startYear)[0];
const sitting: SittingCouncil | null = council
  ? {
      members: council.members
        .filter((m) => m.party)
        .map((m) => ({
          list: m.party!.code ?? m.party!.name,
          name: m.person.name,
          substitute: m.role === 'SUBSTITUTE',
        })),
    }
  : null;

const next = generateNextElection(values.municipality, sitting, Number(values.seed));
const csv = writeElectionResultCsv(
  next.candidates.map((c) => ({
    body,
    list: c.list,
    substituteRank: c.substituteRank,
    name: c.name,
    birthYear: c.birthYear,
  })),
);
if (values.out) writeFileSync(values.out, csv);
else process.stdout.write(csv);
const members = next.candidates.filter((c) => c.substituteRank === null).length;
console.error(
  [
    `${municipality.name}: 2027 result with ${members} members and ${next.candidates.length - members} substitutes`,
    council
      ? `${next.reelected} re-elected from the ${council.period.startYear} council`
      : 'no sitting council in the register: all newcomers',
    next.sharedName
      ? `"${next.sharedName.name}" stands for both ${next.sharedName.lists.join(' and ')}`
      : null,
  ]
    .filter(Boolean)
    .join('; ') + (values.out ? `; written to ${values.out}` : ''),
);

/**
 * `npm run election:load -- --municipality 4601 --file valg-2027-4601.csv [--period 2027]`: loads
 * an election result (the format of subgraphs/municipality/src/modules/elections/csv.ts) through
 * the gateway with `loadElectionResult`, and shows how each candidate was matched. Signed in as
 * a Kommuneregisteret contact person of the municipality or an administrator: the token from
 * `--token` or `REGISTERS_TOKEN` (`npm run token -- --role administrator` makes one locally).
 * Correct ambiguous matches with `correctElectionMatch` and confirm with `confirmElectionResult`
 * (or add `--confirm` when none is ambiguous).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readGatewayConfig } from '@registers/gateway/config';
import { readElectionResultCsv } from '@registers/municipality';

const { values } = parseArgs({
  options: {
    municipality: { type: 'string' },
    file: { type: 'string' },
    period: { type: 'string', default: '2027' },
    url: { type: 'string' },
    token: { type: 'string' },
    confirm: { type: 'boolean', default: false },
  },
});
const token = values.token ?? process.env['REGISTERS_TOKEN'];
if (!values.municipality || !values.file || !token) {
  console.error(
    'Usage: npm run election:load -- --municipality 4601 --file result.csv [--period 2027] [--confirm] [--token T | REGISTERS_TOKEN=T]',
  );
  process.exit(2);
}
const url = values.url ?? `http://localhost:${readGatewayConfig().port}/graphql`;
const read = readElectionResultCsv(readFileSync(values.file, 'utf8'));
if (read.problems.length > 0) {
  for (const problem of read.problems) console.error(`${values.file}: ${problem}`);
  process.exit(1);
}

async function call(query: string, input: Record<string, unknown>) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables: { input } }),
  });
  const body = (await response.json()) as { data?: Record<string, any>; errors?: { message: string }[] };
  if (body.errors?.length) {
    console.error(body.errors.map((e) => e.message).join('\n'));
    process.exit(1);
  }
  const payload = Object.values(body.data!)[0];
  if (payload.userErrors.length > 0) {
    for (const e of payload.userErrors) console.error(`${e.field.join('.')}: ${e.message}`);
    process.exit(1);
  }
  return payload;
}

console.log(
  `Loading ${read.candidates.length} candidates for ${values.municipality}, period ${values.period} …`,
);
const { electionResult } = await call(
  `mutation ($input: LoadElectionResultInput!) { loadElectionResult(input: $input) {
    electionResult { id matched newPersons ambiguous candidates { id list name match alternatives { id name } } }
    userErrors { field message } } }`,
  {
    municipalityNumber: values.municipality,
    periodStartYear: Number(values.period),
    candidates: read.candidates,
  },
);
console.log(
  `Result ${electionResult.id}: ${electionResult.matched} matched to persons elected before, ` +
    `${electionResult.newPersons} new, ${electionResult.ambiguous} ambiguous.`,
);
for (const c of electionResult.candidates.filter((c: any) => c.match === 'AMBIGUOUS')) {
  console.log(
    `  ambiguous: ${c.name} (${c.list}), candidate ${c.id}, may be ${c.alternatives.map((p: any) => p.id).join(' or ')}`,
  );
}
if (values.confirm) {
  if (electionResult.ambiguous > 0) {
    console.error('Not confirmed: correct the ambiguous matches first (correctElectionMatch).');
    process.exit(1);
  }
  const { council } = await call(
    `mutation ($input: ConfirmElectionResultInput!) { confirmElectionResult(input: $input) {
      council { id name period { label } members { role } } userErrors { field message } } }`,
    { id: electionResult.id },
  );
  console.log(
    `Confirmed: ${council.name} ${council.period.label} has ${council.members.length} members and substitutes (${council.id}).`,
  );
}

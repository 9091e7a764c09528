import { parseArgs } from 'node:util';
import { publish } from './publish.ts';
import { PublicationError } from './source.ts';

const usage = `Bruk: npm run publication -- --out <mappe> [valg]

Henter hele det offentlige registeret gjennom gatewayen og skriver Kommunenøkkelen:
nettsider, XML per kommune (med XML-skjema), JSON, og eventuelt adresseuttrekk.

  --out <mappe>      hvor publikasjonen skrives (byttes inn først når alt er skrevet)
  --gateway <url>    gatewayens GraphQL-adresse (GATEWAY_URL; standard http://localhost:4000/graphql)
  --extracts         også det eksterne adresseuttrekket (uttrekk/adresser-ekstern.csv og .xlsx)
  --internal         bare det interne adresseuttrekket, med kontaktpersoner og deres e-post
                     (personopplysninger: krever --token for en administrator, eller for
                     en kontaktperson sammen med --municipality)
  --municipality <nr>  med --internal: bare denne kommunen (kan gjentas), for en kontaktperson
                     som lager uttrekket for sin egen kommune
  --token <jwt>      token for gatewayen (TOKEN); lag et med npm run token
  --wait <sekunder>  hvor lenge det ventes på at gatewayens dokument blir klart (standard 60)
  --help             denne teksten`;

function fail(message: string): never {
  process.stderr.write(`Feil: ${message}\n`);
  process.exit(1);
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      out: { type: 'string' },
      gateway: { type: 'string' },
      extracts: { type: 'boolean', default: false },
      internal: { type: 'boolean', default: false },
      token: { type: 'string' },
      municipality: { type: 'string', multiple: true },
      wait: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
    allowPositionals: false,
  }));
} catch (error) {
  fail(`ukjent eller ugyldig valg (${error instanceof Error ? error.message : String(error)})\n\n${usage}`);
}
if (values.help) {
  process.stdout.write(`${usage}\n`);
  process.exit(0);
}
if (!values.out) fail(`--out mangler: hvilken mappe skal publikasjonen skrives til?\n\n${usage}`);
const gatewayUrl = values.gateway ?? process.env['GATEWAY_URL'] ?? 'http://localhost:4000/graphql';
if (!URL.canParse(gatewayUrl) || !/^https?:$/.test(new URL(gatewayUrl).protocol)) {
  fail(`gatewayens adresse «${gatewayUrl}» er ingen http(s)-URL (--gateway eller GATEWAY_URL).`);
}
const waitSeconds = Number(values.wait ?? '60');
if (!Number.isFinite(waitSeconds) || waitSeconds < 0)
  fail(`--wait må være et antall sekunder, ikke «${values.wait}».`);
if (values.internal && values.extracts) {
  fail(
    '--internal og --extracts hører til hver sin mappe: det interne uttrekket skrives alene, aldri ved nettstedet.',
  );
}
const token = values.token ?? process.env['TOKEN'] ?? undefined;
if (values.internal && !token) {
  fail(
    'det interne adresseuttrekket krever innlogging: oppgi et token med --token eller TOKEN (npm run token).',
  );
}

const municipalities = values.municipality ?? [];
if (municipalities.length && !values.internal)
  fail('--municipality gjelder bare det interne uttrekket (--internal).');
for (const number of municipalities) {
  if (!/^\d{4}$/.test(number)) fail(`--municipality: «${number}» er ikke et kommunenummer (fire sifre).`);
}

try {
  await publish({
    out: values.out,
    gatewayUrl,
    extracts: values.extracts,
    internal: values.internal,
    token: token || undefined,
    municipalities,
    waitMs: waitSeconds * 1000,
    progress: (line) => process.stderr.write(`${line}\n`),
  });
} catch (error) {
  const message =
    error instanceof PublicationError
      ? error.message
      : `uventet feil: ${error instanceof Error ? error.stack : String(error)}`;
  fail(`${message}\nIngenting er skrevet; ${values.out} er som før.`);
}

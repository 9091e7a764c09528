import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { extractCsv, extractXlsx, externalRows, internalRows } from './extracts.ts';
import { checkReplaceable, stageOutput } from './output.ts';
import { buildRegister } from './register.ts';
import { countyPage, indexPage, municipalityPage, searchScript, styleSheet } from './site.ts';
import { readContactPersons, readRegister, type RegisterSnapshot } from './source.ts';
import { municipalityXml, xsdFileName } from './xml.ts';

/** The committed XML Schema every file of the XML feed validates against. */
export const xsdPath = fileURLToPath(new URL('../schema/kommunenokkelen.xsd', import.meta.url));

export interface PublishOptions {
  out: string;
  gatewayUrl: string;
  /** Also the external address extract (uttrekk/adresser-ekstern.csv and .xlsx). */
  extracts: boolean;
  /** Only the internal address extract, with contact persons (needs a token that may see them). */
  internal: boolean;
  token?: string | undefined;
  /** With `internal`: only these local authorities (a contact person's own); all by default. */
  municipalities?: string[];
  /** How long to wait for the gateway's document to be built, or to catch up with the feeds. */
  waitMs?: number;
  progress: (line: string) => void;
  /** The time written into the pages and files; now by default. */
  now?: Date;
}

/** What the JSON file holds: the document, what the publication added, and the feeds' positions. */
export interface PublishedJson {
  publishedAt: string;
  feedPositions: RegisterSnapshot['feedPositions'];
  organisation: RegisterSnapshot['organisation'];
  directory: RegisterSnapshot['directory'];
}

/**
 * Pulls the register through the gateway and writes the publication (or, with `internal`, the
 * internal extract alone) into a new folder beside `out`, which replaces `out` only when all of
 * it is written: a failure leaves the old output as it was.
 */
export async function publish(options: PublishOptions) {
  const started = performance.now();
  const publishedAt = (options.now ?? new Date()).toISOString();
  const source = {
    gatewayUrl: options.gatewayUrl,
    token: options.token,
    progress: options.progress,
    ...(options.waitMs === undefined ? {} : { waitMs: options.waitMs }),
  };
  // A folder that may not be replaced is refused before anything is fetched.
  await checkReplaceable(options.out, options.internal ? 'internal' : 'public');
  // The internal extract is asked for first: a refused token writes nothing and fetches no more.
  const only = options.municipalities?.length ? [...new Set(options.municipalities)] : undefined;
  const contacts = options.internal ? await readContactPersons(source, only) : null;
  const snapshot = await readRegister(source);
  const register = buildRegister(snapshot);
  options.progress(
    `Hentet ${register.counties.length} fylker, ${register.municipalities.length} kommuner og fylkeskommuner, ${register.companies.size} selskaper.`,
  );
  const output = await stageOutput(options.out, contacts ? 'internal' : 'public');
  try {
    if (contacts) {
      const rows = internalRows(register, contacts, only && new Set(only));
      options.progress(`Skriver det interne adresseuttrekket (${rows.length} rader) …`);
      await output.write('adresser-intern.csv', extractCsv(rows, true));
      await output.write('adresser-intern.xlsx', await extractXlsx(rows, true));
    } else {
      await writePublication(options, snapshot, register, publishedAt, output.write);
    }
    await output.commit();
  } catch (error) {
    await output.discard();
    throw error;
  }
  options.progress(`Ferdig på ${((performance.now() - started) / 1000).toFixed(1)} s: ${options.out}`);
}

async function writePublication(
  options: PublishOptions,
  snapshot: RegisterSnapshot,
  register: ReturnType<typeof buildRegister>,
  publishedAt: string,
  write: (path: string, content: string | Uint8Array) => Promise<void>,
) {
  const json: PublishedJson = {
    publishedAt,
    feedPositions: snapshot.feedPositions,
    organisation: snapshot.organisation,
    directory: snapshot.directory,
  };
  await write('kommunenokkelen.json', JSON.stringify(json));
  await write('stil.css', styleSheet);
  await write('sok.js', searchScript);
  await write(indexPage(register, publishedAt).path, indexPage(register, publishedAt).html);
  for (const county of register.counties) {
    const page = countyPage(county, publishedAt);
    await write(page.path, page.html);
  }
  options.progress(`Skrev forsiden og ${register.counties.length} fylkessider.`);
  await write(`xml/${xsdFileName}`, await readFile(xsdPath));
  const countyOf = new Map(register.counties.map((county) => [county.number, county]));
  const total = register.municipalities.length;
  let done = 0;
  for (const municipality of register.municipalities) {
    const county = countyOf.get(municipality.countyNumber);
    if (!county) throw new Error(`${municipality.number}: no county ${municipality.countyNumber}`);
    const page = municipalityPage(municipality, county, register.companies, publishedAt);
    await write(page.path, page.html);
    await write(
      `xml/${municipality.number}.xml`,
      municipalityXml(municipality, county, register.companies, publishedAt),
    );
    done++;
    if (done % 50 === 0 || done === total) options.progress(`Skrev kommunesider og XML: ${done}/${total}`);
  }
  if (options.extracts) {
    const rows = externalRows(register);
    options.progress(`Skriver det eksterne adresseuttrekket (${rows.length} rader) …`);
    await write('uttrekk/adresser-ekstern.csv', extractCsv(rows, false));
    await write('uttrekk/adresser-ekstern.xlsx', await extractXlsx(rows, false));
  }
}

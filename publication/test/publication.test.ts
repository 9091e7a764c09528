import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { AllMunicipalitiesOrganisationDocument, CountiesDocument } from '@registers/client';
import { execute, startSystem, type System, dataAs } from '../../gateway/test/support/system.ts';
import {
  PublicationContactPersonsDocument,
  PublicationDirectoryDocument,
} from '../src/generated/operations.ts';
import { outputMarker } from '../src/output.ts';
import { publish, xsdPath, type PublishedJson, type PublishOptions } from '../src/publish.ts';
import { PublicationError } from '../src/source.ts';
import {
  PublicationTestAssignContactPersonDocument,
  PublicationTestCompanyIdDocument,
  PublicationTestPersonEmailDocument,
  type AssignContactPersonInput,
} from './generated/operations.ts';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

/**
 * `npm run publication` against the whole system on a small register: the site, the XML feed
 * against its schema, the JSON, both address extracts, and nothing written when it fails.
 */
let system: System;
let workDir = '';
const progressLines: string[] = [];

beforeAll(async () => {
  system = await startSystem({
    demoScale: 0.005,
    driver: 'postgres',
    gatewayEnv: { KOMMUNENOKKELEN_POLL_MS: '100', RATE_LIMIT_PER_MINUTE: '1000000' },
  });
  workDir = mkdtempSync(join(tmpdir(), 'publication-test-'));
});
afterAll(async () => {
  await system?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

const options = (out: string, more: Partial<PublishOptions> = {}): PublishOptions => ({
  out: join(workDir, out),
  gatewayUrl: system.gateway.url,
  extracts: false,
  internal: false,
  waitMs: 30_000,
  progress: (line) => progressLines.push(line),
  ...more,
});

/** Every file under a folder, by its path relative to it, with its bytes. */
function filesUnder(folder: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(folder, path), readFileSync(path));
    }
  };
  walk(folder);
  return files;
}

/** The files' SHA-256 by path: compared far faster than the bytes themselves. */
const digests = (files: Map<string, Buffer>) =>
  Object.fromEntries(
    [...files].map(([path, content]) => [path, createHash('sha256').update(content).digest('hex')]),
  );

const readCsv = (path: string) =>
  parse(readFileSync(path, 'utf8'), { bom: true, columns: true }) as Record<string, string>[];

async function anonymous<TData>(document: Parameters<typeof execute<TData, Record<string, never>>>[1]) {
  const response = await execute(system.gateway.url, document);
  expect(response.errors).toBeUndefined();
  return response.data!;
}

describe('the Kommunenøkkelen publication', () => {
  let site: Map<string, Buffer>;
  let json: PublishedJson;

  it('writes a page for every county and local authority, the XML feed, the JSON and the external extract', async () => {
    await publish(options('site', { extracts: true }));
    site = filesUnder(join(workDir, 'site'));
    json = JSON.parse(site.get('kommunenokkelen.json')!.toString('utf8')) as PublishedJson;
    const { counties } = await anonymous(CountiesDocument);
    expect(counties.length).toBe(15);
    const index = site.get('index.html')!.toString('utf8');
    expect(index).toContain('<html lang="nb">');
    for (const county of counties) {
      const page = site.get(`fylke/${county.number}.html`)?.toString('utf8');
      expect(page, `fylke/${county.number}.html`).toContain(`<h1>${county.name}</h1>`);
      expect(index).toContain(`href="fylke/${county.number}.html"`);
      for (const municipality of county.municipalities) {
        expect(page).toContain(`href="../kommune/${municipality.number}.html"`);
      }
    }
    const municipalities = json.organisation.municipalities;
    expect(municipalities.length).toBeGreaterThan(370);
    for (const municipality of municipalities) {
      const page = site.get(`kommune/${municipality.number}.html`)?.toString('utf8');
      expect(page, `kommune/${municipality.number}.html`).toBeDefined();
      expect(page).toContain('<main id="innhold">');
      // Readable by assistive technology: one h1, the search field labelled, tables captioned,
      // and every link within the page leads to something on it.
      expect(page!.match(/<h1>/g)).toHaveLength(1);
      expect(page).toContain('<label for="sok">');
      expect(page!.match(/<table>/g)?.length ?? 0).toBe(page!.match(/<table><caption>/g)?.length ?? 0);
      for (const [, target] of page!.matchAll(/href="#([^"]+)"/g)) expect(page).toContain(`id="${target}"`);
      expect(site.has(`xml/${municipality.number}.xml`)).toBe(true);
    }
    // A unit's leader and an elected body's member, by name, on their municipality's page.
    const withLeader = municipalities.find((m) =>
      m.units.some((u) => u.employments.some((e) => e.isLeader)),
    )!;
    const leader = withLeader.units.flatMap((u) => u.employments).find((e) => e.isLeader)!;
    const withBody = municipalities.find((m) => m.electedBodies.some((b) => b.members.length > 0))!;
    const member = withBody.electedBodies.flatMap((b) => b.members)[0]!;
    expect(site.get(`kommune/${withLeader.number}.html`)!.toString('utf8')).toContain(leader.person.name);
    expect(site.get(`kommune/${withBody.number}.html`)!.toString('utf8')).toContain(member.person.name);
    expect(site.get('stil.css')!.toString('utf8')).toContain('@media print');
    expect(progressLines.some((line) => line.startsWith('Skrev kommunesider og XML'))).toBe(true);
  });

  it('writes XML that validates against the committed schema, file by file', async () => {
    const schema = readFileSync(xsdPath, 'utf8');
    expect(site.get('xml/kommunenokkelen.xsd')!.toString('utf8')).toBe(schema);
    const xmlFiles = [...site.entries()].filter(([path]) => path.endsWith('.xml'));
    expect(xmlFiles.length).toBe(json.organisation.municipalities.length);
    const result = await validateXML({
      xml: xmlFiles.map(([path, contents]) => ({
        fileName: path.replace('/', '_'),
        contents: contents.toString('utf8'),
      })),
      schema: [{ fileName: 'kommunenokkelen.xsd', contents: schema }],
    });
    expect(result.errors.slice(0, 5)).toEqual([]);
    expect(result.valid).toBe(true);
    // The validator does refuse what the schema does not allow.
    const broken = xmlFiles[0]![1].toString('utf8').replace(/number="(\d{4})"/, 'number="$1x"');
    const refused = await validateXML({ xml: [{ fileName: 'broken.xml', contents: broken }], schema });
    expect(refused.valid).toBe(false);
  });

  it('writes JSON that is the public pull and the directory query, as anyone gets them', async () => {
    expect(json.organisation).toEqual(await anonymous(AllMunicipalitiesOrganisationDocument));
    expect(json.directory).toEqual(await anonymous(PublicationDirectoryDocument));
    expect(json.feedPositions).not.toBeNull();
  });

  it('writes the external extract: every local authority, unit and company with public addresses only', () => {
    const rows = readCsv(join(workDir, 'site/uttrekk/adresser-ekstern.csv'));
    const units = json.organisation.municipalities.flatMap((m) => m.units);
    const companies = new Set(
      json.organisation.municipalities.flatMap((m) =>
        m.companyOwnerships.map((o) => o.company.organizationNumber),
      ),
    );
    expect(rows.length).toBe(json.organisation.municipalities.length + units.length + companies.size);
    expect(rows.filter((row) => row['Type'] === 'Selskap').length).toBe(companies.size);
    expect(Object.keys(rows[0]!)).not.toContain('Kontaktperson');
    const [municipality] = json.organisation.municipalities.filter((m) => m.units.length);
    const directory = json.directory.municipalities.find((m) => m.number === municipality!.number)!;
    const unit = municipality!.units[0]!;
    const visiting = directory.units.find((u) => u.id === unit.id)!.visitingAddress!;
    expect(rows).toContainEqual(
      expect.objectContaining({
        Type: 'Enhet',
        Kommunenummer: municipality!.number,
        Navn: unit.name,
        Besøksadresse: visiting.lines.join(', '),
        'Besøk postnummer': visiting.postalCode,
        'Besøk poststed': visiting.postalPlace,
      }),
    );
    const postal = directory.postalAddress!;
    expect(rows).toContainEqual(
      expect.objectContaining({
        Kommunenummer: municipality!.number,
        Navn: municipality!.name,
        Postadresse: postal.lines.join(', '),
        Postnummer: postal.postalCode,
      }),
    );
    const xlsx = site.get('uttrekk/adresser-ekstern.xlsx')!;
    expect(xlsx.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(xlsx.length).toBeGreaterThan(1000);
  });

  it('writes the internal extract, with contact persons and their e-mail, for an administrator', async () => {
    const admin = await system.tokenFor({ subject: 'publication-admin', roles: ['administrator'] });
    const municipality = json.organisation.municipalities.find((m) =>
      m.units.some((u) => u.employments.length),
    )!;
    const person = municipality.units.flatMap((u) => u.employments)[0]!.person;
    const asAdmin = <TData, TVariables>(
      document: TypedDocumentNode<TData, TVariables>,
      variables: TVariables,
    ) => dataAs(system.gateway.url, admin, document, variables);
    const assign = async (input: AssignContactPersonInput) => {
      const { assignContactPerson } = await asAdmin(PublicationTestAssignContactPersonDocument, { input });
      expect(assignContactPerson.userErrors).toEqual([]);
    };
    await assign({ personId: person.id, role: 'BOTH', municipalityNumber: municipality.number });
    // The same person as contact person of a company.
    const owned = json.organisation.municipalities.flatMap((m) => m.companyOwnerships)[0]!.company;
    const { company } = await asAdmin(PublicationTestCompanyIdDocument, {
      organizationNumber: owned.organizationNumber,
    });
    await assign({ personId: person.id, role: 'COMPANY', companyId: company!.id });
    const { person: shown } = await asAdmin(PublicationTestPersonEmailDocument, { id: person.id });
    const email = shown!.email!;
    expect(email).toMatch(/@/);

    await publish(options('internt', { internal: true, token: admin }));
    const files = filesUnder(join(workDir, 'internt'));
    expect([...files.keys()].sort()).toEqual([outputMarker, 'adresser-intern.csv', 'adresser-intern.xlsx']);
    const rows = readCsv(join(workDir, 'internt/adresser-intern.csv'));
    expect(rows).toContainEqual(
      expect.objectContaining({
        Kommunenummer: municipality.number,
        Kontaktperson: person.name,
        'Kontaktpersonens e-post': email,
        Kontaktrolle: 'Kontaktperson for begge registrene',
      }),
    );
    expect(rows).toContainEqual(
      expect.objectContaining({
        Type: 'Selskap',
        Organisasjonsnummer: owned.organizationNumber,
        Kontaktperson: person.name,
        'Kontaktpersonens e-post': email,
        Kontaktrolle: 'Kontaktperson for selskapet',
      }),
    );
    // The public site and extract hold no contact person's e-mail.
    for (const [path, content] of site) expect(content.toString('utf8'), path).not.toContain(email);

    // A contact person of the municipality makes it for their own municipality, not another's.
    const contact = await system.tokenFor({
      subject: 'publication-own-contact',
      roles: ['kr-contact'],
      municipalities: [municipality.number],
    });
    await publish(options('eget', { internal: true, token: contact, municipalities: [municipality.number] }));
    const own = readCsv(join(workDir, 'eget/adresser-intern.csv'));
    expect(new Set(own.map((row) => row['Kommunenummer']))).toContain(municipality.number);
    expect(
      own
        .filter((row) => row['Type'] !== 'Selskap')
        .every((row) => row['Kommunenummer'] === municipality.number),
    ).toBe(true);
    expect(own).toContainEqual(
      expect.objectContaining({ Kontaktperson: person.name, 'Kontaktpersonens e-post': email }),
    );
    const other = json.organisation.municipalities.find((m) => m.number !== municipality.number)!.number;
    const contactElsewhere = await system.tokenFor({
      subject: 'publication-other-contact',
      roles: ['kr-contact'],
      municipalities: [other],
    });
    await expect(
      publish(
        options('annen', { internal: true, token: contactElsewhere, municipalities: [municipality.number] }),
      ),
    ).rejects.toThrow(/tokenet gir ikke rett/);
    expect(existsSync(join(workDir, 'annen'))).toBe(false);
  });

  it('refuses the internal extract to the public and to a contact person of one municipality, writing nothing', async () => {
    const anonymousAnswer = await execute(system.gateway.url, PublicationContactPersonsDocument);
    expect(anonymousAnswer.errors?.map((error) => error.extensions?.['code'])).toContain('UNAUTHENTICATED');
    const contact = await system.tokenFor({
      subject: 'publication-contact',
      roles: ['kr-contact'],
      municipalities: ['0301'],
    });
    for (const token of [undefined, contact]) {
      const refused = publish(options('refused', { internal: true, token }));
      await expect(refused).rejects.toBeInstanceOf(PublicationError);
      await expect(refused).rejects.toThrow(token ? /FORBIDDEN|tokenet gir ikke rett/ : /krever innlogging/);
      expect(existsSync(join(workDir, 'refused'))).toBe(false);
    }
    const cli = await runCli(['--out', join(workDir, 'refused'), '--internal']);
    expect(cli.code).not.toBe(0);
    expect(cli.stderr).toContain('krever innlogging');
    expect(readdirSync(workDir).filter((name) => name.includes('refused'))).toEqual([]);
  });

  it("pulls the register with the document's own operation from a gateway without the document", async () => {
    const withoutDocument = await system.startAnotherGateway();
    expect((await fetch(new URL('/kommunenokkelen.json', withoutDocument.url))).status).toBe(404);
    await publish(options('uten-dokument', { gatewayUrl: withoutDocument.url }));
    const pulled = JSON.parse(
      readFileSync(join(workDir, 'uten-dokument/kommunenokkelen.json'), 'utf8'),
    ) as PublishedJson;
    expect(pulled.feedPositions).toBeNull();
    expect(pulled.organisation).toEqual(json.organisation);
    expect(pulled.directory).toEqual(json.directory);
    expect(progressLines).toContain(
      'Gatewayen har ikke Kommunenøkkelen-dokumentet; henter hele registeret med spørringen.',
    );
  });

  it('replaces only its own output of the same kind: never a folder of other files, nor a public site with the internal extract', async () => {
    const admin = await system.tokenFor({ subject: 'publication-admin', roles: ['administrator'] });
    const site = filesUnder(join(workDir, 'site'));
    await expect(publish(options('site', { internal: true, token: admin }))).rejects.toThrow(
      /holder den offentlige publikasjonen/,
    );
    expect(digests(filesUnder(join(workDir, 'site')))).toEqual(digests(site));
    const others = join(workDir, 'andre-filer');
    mkdirSync(others);
    writeFileSync(join(others, 'viktig.txt'), 'ikke slett meg');
    await expect(publish(options('andre-filer'))).rejects.toThrow(/er ingen tidligere publikasjon/);
    expect([...filesUnder(others).keys()]).toEqual(['viktig.txt']);
    await expect(publish(options('.', { out: process.cwd() }))).rejects.toThrow(/kan ikke byttes ut/);
  });

  it('writes nothing and keeps the old output when a subgraph is down, and says so', async () => {
    const before = filesUnder(join(workDir, 'site'));
    await system.interests.close();
    const cli = await runCli(['--out', join(workDir, 'site'), '--extracts', '--wait', '5']);
    expect(cli.code).toBe(1);
    expect(cli.stderr).toMatch(/Feil: .*Gatewayen svarte/);
    expect(cli.stderr).toContain('Ingenting er skrevet');
    expect(digests(filesUnder(join(workDir, 'site')))).toEqual(digests(before));
    expect(readdirSync(workDir).filter((name) => name.startsWith('.site'))).toEqual([]);

    // Kommuneregisteret down too: the gateway still serves its last document, but not the rest.
    await system.municipality.close();
    await expect(publish(options('site', { extracts: true, waitMs: 5_000 }))).rejects.toThrow(
      /Gatewayen svarte .* PublicationDirectory: et delregister \(subgraph\) svarer ikke/,
    );
    expect(digests(filesUnder(join(workDir, 'site')))).toEqual(digests(before));
    expect(readdirSync(workDir).filter((name) => name.startsWith('.site'))).toEqual([]);
  });
});

const run = promisify(execFile);

/** The command as `npm run publication` runs it, against this system's gateway. */
async function runCli(args: string[]) {
  try {
    const { stderr } = await run(
      join(import.meta.dirname, '../../node_modules/.bin/tsx'),
      ['--conditions=@registers/source', join(import.meta.dirname, '../src/main.ts'), ...args],
      { env: { ...process.env, GATEWAY_URL: system.gateway.url, TOKEN: '' }, timeout: 60_000 },
    );
    return { code: 0, stderr };
  } catch (error) {
    const failed = error as { code?: number; stderr?: string };
    return { code: failed.code ?? -1, stderr: failed.stderr ?? '' };
  }
}

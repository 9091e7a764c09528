import { z } from 'zod';
import type { Address, ProposedUnitChanges, UnitRow } from '../../db/schema/index.ts';
import type { InputProblems } from '../validation.ts';

/**
 * An entity of Enhetsregisteret's open data (data.brreg.no, `enheter` and `underenheter`), with
 * the documented fields the register takes in; everything else is kept in the payload as is.
 */
const address = z
  .object({
    adresse: z.array(z.string()).default([]),
    postnummer: z.string().default(''),
    poststed: z.string().default(''),
  })
  .loose();

const enhetsregisteretEntity = z
  .object({
    organisasjonsnummer: z.string().regex(/^\d{9}$/),
    navn: z.string().min(1),
    organisasjonsform: z.object({ kode: z.string() }).loose().optional(),
    naeringskode1: z.object({ kode: z.string() }).loose().optional(),
    postadresse: address.optional(),
    forretningsadresse: address.optional(),
    beliggenhetsadresse: address.optional(),
    hjemmeside: z.string().optional(),
    overordnetEnhet: z
      .string()
      .regex(/^\d{9}$/)
      .optional(),
  })
  .loose();

export type EnhetsregisteretEntity = z.infer<typeof enhetsregisteretEntity>;

/** A page of the API (`_embedded.enheter` or `_embedded.underenheter`), or a plain list. */
const enhetsregisteretDocument = z.union([
  z.array(z.unknown()),
  z
    .object({
      _embedded: z.object({
        enheter: z.array(z.unknown()).optional(),
        underenheter: z.array(z.unknown()).optional(),
      }),
    })
    .transform(({ _embedded }) => [...(_embedded.enheter ?? []), ...(_embedded.underenheter ?? [])]),
]);

/** The entities of a document, each problem with it added to `problems` (field `json`). */
export function readEnhetsregisteretDocument(
  json: string,
  problems: InputProblems,
): EnhetsregisteretEntity[] {
  let document: unknown;
  try {
    document = JSON.parse(json);
  } catch {
    problems.add('INVALID', 'json', 'The text is not JSON.');
    return [];
  }
  const list = enhetsregisteretDocument.safeParse(document);
  if (!list.success) {
    problems.add(
      'INVALID',
      'json',
      'Expected a list of entities, or a page with _embedded.enheter or _embedded.underenheter.',
    );
    return [];
  }
  return list.data.flatMap((raw, index) => {
    const entity = enhetsregisteretEntity.safeParse(raw);
    if (!entity.success)
      problems.add('INVALID', 'json', `Entity ${index + 1} lacks a valid organisasjonsnummer or navn.`);
    return entity.success ? [entity.data] : [];
  });
}

const organizationForms = new Set([
  'ORGL',
  'BEDR',
  'AAFY',
  'KF',
  'FKF',
  'IKS',
  'AS',
  'ASA',
  'SA',
  'STI',
  'KOMM',
  'FYLK',
]);

const toAddress = (value: z.infer<typeof address> | undefined): Address | undefined =>
  value ? { lines: value.adresse, postalCode: value.postnummer, postalPlace: value.poststed } : undefined;

/**
 * What the entity says that the unit does not: the changes a message proposes. `parentId` is
 * the unit of `overordnetEnhet` when Kommuneregisteret has one in the same municipality.
 */
export function proposedChanges(
  entity: EnhetsregisteretEntity,
  unit: UnitRow,
  parent: UnitRow | undefined,
): ProposedUnitChanges {
  const form = entity.organisasjonsform?.kode;
  const industryCode = entity.naeringskode1?.kode;
  const candidate: ProposedUnitChanges = {
    name: entity.navn,
    organizationForm: form && organizationForms.has(form) ? (form as UnitRow['organizationForm']) : undefined,
    industryCode: industryCode && /^\d{2}\.\d{3}$/.test(industryCode) ? industryCode : undefined,
    postalAddress: toAddress(entity.postadresse),
    visitingAddress: toAddress(entity.forretningsadresse ?? entity.beliggenhetsadresse),
    website: entity.hjemmeside,
    parentId: parent && parent.municipalityNumber === unit.municipalityNumber ? parent.id : undefined,
  };
  return Object.fromEntries(
    Object.entries(candidate).filter(
      ([field, value]) =>
        value !== undefined && JSON.stringify(unit[field as keyof UnitRow]) !== JSON.stringify(value),
    ),
  ) as ProposedUnitChanges;
}

/** The kinds of notice (varsel), each with its own text. */
export type NoticeKind =
  | 'SIGN_IN_LINK'
  | 'MANUAL'
  | 'PERIODIC'
  | 'CHANGED'
  | 'ELECTION_ADVANCE'
  | 'ELECTION_MATCHED'
  | 'ELECTION_NEW';

export interface NoticeText {
  subject: string;
  text: string;
  html: string;
}

const opening: Record<NoticeKind, { subject: string; paragraphs: string[] }> = {
  SIGN_IN_LINK: {
    subject: 'Din personlige lenke til Styrevervregisteret',
    paragraphs: [
      'Du har bedt om en lenke for å logge inn i Styrevervregisteret. Med lenken under kan du se over og endre dine verv og interesser.',
    ],
  },
  MANUAL: {
    subject: 'Se over dine verv og interesser i Styrevervregisteret',
    paragraphs: [
      'Kontaktpersonen for Styrevervregisteret i kommunen din ber deg se over registreringen din.',
      'Kontroller at vervene og interessene dine er riktige og oppdaterte, og publiser erklæringen når du er klar.',
    ],
  },
  PERIODIC: {
    subject: 'Påminnelse: hold registreringen din i Styrevervregisteret oppdatert',
    paragraphs: [
      'To ganger i året minner vi alle som har godtatt vilkårene i Styrevervregisteret om å se over registreringen sin.',
      'Kontroller at vervene og interessene dine er riktige og oppdaterte. Er alt som før, kan du bekrefte det.',
    ],
  },
  CHANGED: {
    subject: 'Opplysningene dine i Styrevervregisteret er endret',
    paragraphs: [
      'Opplysningene om deg eller vervene dine i Kommuneregisteret er endret, og det påvirker registreringen din i Styrevervregisteret.',
      'Se over registreringen din og kontroller at den fortsatt er riktig.',
    ],
  },
  // After a municipal election: the advance notice to every holder of the municipality, then
  // the re-elected's link to check and publish, and the new person's way to report an error.
  ELECTION_ADVANCE: {
    subject: 'Etter kommunevalget: publiseringen i Styrevervregisteret stoppes',
    paragraphs: [
      'Valgoppgjøret etter kommunevalget er klart i kommunen din. De folkevalgtes erklæringer i Styrevervregisteret publiseres ikke før de er sett over og publisert på nytt.',
      'De som er valgt, får en egen e-post med lenke for å kontrollere registreringen sin. Du trenger ikke gjøre noe nå.',
    ],
  },
  ELECTION_MATCHED: {
    subject: 'Du er valgt: kontroller og publiser erklæringen din i Styrevervregisteret',
    paragraphs: [
      'Du er valgt ved kommunevalget, og vi har koblet deg til registreringen du hadde fra før. Publiseringen av erklæringen din er stoppet til du har sett over den.',
      'Kontroller at vervene og interessene dine er riktige, og publiser erklæringen på nytt. Er koblingen feil, kan du melde fra til kontaktpersonen når du er logget inn.',
    ],
  },
  ELECTION_NEW: {
    subject: 'Du er valgt: velkommen til Styrevervregisteret',
    paragraphs: [
      'Du er valgt ved kommunevalget og er registrert som ny i Styrevervregisteret. Her kan du registrere dine verv og interesser og publisere erklæringen din.',
      'Har du vært folkevalgt eller registrert i Styrevervregisteret før, under samme eller et annet navn, kan du melde fra om feilen til kontaktpersonen for Styrevervregisteret i kommunen din når du er logget inn.',
    ],
  },
};

const longDate = new Intl.DateTimeFormat('nb-NO', {
  timeZone: 'Europe/Oslo',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/** A notice in Norwegian (bokmål), as plain text and as HTML, with the holder's personal link. */
export function noticeText(kind: NoticeKind, name: string, link: string, linkExpiresAt: Date): NoticeText {
  const { subject, paragraphs } = opening[kind];
  const validity = `Lenken er personlig og gjelder bare din egen erklæring. Den er gyldig til ${longDate.format(linkExpiresAt)}, og en ny lenke gjør tidligere lenker ugyldige. Ikke del den med andre.`;
  const ignore =
    kind === 'SIGN_IN_LINK'
      ? 'Har du ikke bedt om denne lenken, kan du se bort fra e-posten.'
      : 'Har du spørsmål, kontakt kontaktpersonen for Styrevervregisteret i kommunen din.';
  const text = [
    `Hei ${name},`,
    ...paragraphs,
    `Logg inn med din personlige lenke:\n${link}`,
    validity,
    ignore,
    'Vennlig hilsen\nStyrevervregisteret',
  ].join('\n\n');
  const html = [
    '<!doctype html>',
    '<html lang="nb"><body>',
    `<p>Hei ${escapeHtml(name)},</p>`,
    ...paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`),
    `<p><a href="${escapeHtml(link)}">Logg inn i Styrevervregisteret</a></p>`,
    `<p>${escapeHtml(validity)}</p>`,
    `<p>${escapeHtml(ignore)}</p>`,
    '<p>Vennlig hilsen<br>Styrevervregisteret</p>',
    '</body></html>',
  ].join('\n');
  return { subject, text, html };
}

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

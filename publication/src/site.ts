import {
  companyRoleLabel,
  electedBodyKindLabel,
  membershipRoleLabel,
  municipalityKindLabel,
  positionCategoryLabel,
  unitKindLabel,
} from './labels.ts';
import {
  noContactDetails,
  publishedPositions,
  unitTree,
  type Address,
  type Company,
  type ContactDetails,
  type PublishedCounty,
  type PublishedMunicipality,
  type PublishedRegister,
  type Unit,
} from './register.ts';

/** One page of the static site: its path under the output folder and its HTML. */
export interface Page {
  path: string;
  html: string;
}

/** Escapes text for HTML content and quoted attribute values. */
export function escapeHtml(text: string) {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

const h = escapeHtml;

export const countyPath = (number: string) => `fylke/${number}.html`;
export const municipalityPath = (number: string) => `kommune/${number}.html`;

interface Layout {
  title: string;
  /** From the page to the site's root: '' or '../'. */
  root: string;
  generatedAt: string;
  breadcrumbs: { href: string; label: string }[];
  body: string;
}

function layout({ title, root, generatedAt, breadcrumbs, body }: Layout) {
  const crumbs = breadcrumbs.length
    ? `<nav aria-label="Brødsmulesti" class="brodsmuler"><ol>${breadcrumbs
        .map((crumb) => `<li><a href="${h(root + crumb.href)}">${h(crumb.label)}</a></li>`)
        .join('')}<li aria-current="page">${h(title)}</li></ol></nav>`
    : '';
  return `<!doctype html>
<html lang="nb">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${h(title)} – Kommunenøkkelen</title>
<link rel="stylesheet" href="${root}stil.css">
<script src="${root}sok.js" defer></script>
</head>
<body>
<a class="hopp" href="#innhold">Hopp til innholdet</a>
<header><p class="nettsted"><a href="${root}index.html">Kommunenøkkelen</a></p>${crumbs}</header>
<main id="innhold">
<h1>${h(title)}</h1>
<form class="sok" role="search" onsubmit="return false">
<label for="sok">Søk på siden</label>
<input id="sok" type="search" data-sok autocomplete="off" placeholder="Navn, enhet, parti …">
<p class="sok-treff" aria-live="polite" data-sok-treff></p>
</form>
${body}
</main>
<footer><p>Fra Kommuneregisteret og Styrevervregisteret, publisert ${h(formatTime(generatedAt))}. Verv og interesser vises bare for personer som har samtykket til publisering.</p></footer>
</body>
</html>
`;
}

function formatTime(iso: string) {
  return new Intl.DateTimeFormat('nb-NO', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Oslo',
  }).format(new Date(iso));
}

export function indexPage(register: PublishedRegister, generatedAt: string): Page {
  const body = register.counties
    .map(
      (county) => `<section data-sok-blokk aria-labelledby="fylke-${h(county.number)}">
<h2 id="fylke-${h(county.number)}"><a href="${h(countyPath(county.number))}">${h(county.name)}</a> <span class="nummer">${h(county.number)}</span></h2>
<ul class="kommuner">${county.municipalities.map((m) => municipalityItem(m, '')).join('')}</ul>
</section>`,
    )
    .join('\n');
  return {
    path: 'index.html',
    html: layout({
      title: 'Kommunenøkkelen',
      root: '',
      generatedAt,
      breadcrumbs: [],
      body: `<p>Alle fylker, kommuner og fylkeskommuner med organisasjon, ledere, folkevalgte organer og kommunalt eide selskaper. Også som <a href="kommunenokkelen.json">JSON</a> og som XML per kommune (lenket fra hver kommuneside), etter <a href="xml/kommunenokkelen.xsd">XML-skjemaet</a>.</p>\n${body}`,
    }),
  };
}

function municipalityItem(municipality: PublishedMunicipality, root: string) {
  return `<li data-sok-rad><a href="${h(root + municipalityPath(municipality.number))}">${h(municipality.name)}</a> <span class="nummer">${h(municipality.number)}</span>${
    municipality.kind === 'COUNTY_MUNICIPALITY' ? ' <span class="merke">fylkeskommune</span>' : ''
  }</li>`;
}

export function countyPage(county: PublishedCounty, generatedAt: string): Page {
  const countyMunicipality = county.municipalities.find((m) => m.number === county.countyMunicipalityNumber);
  const body = `<p>Fylkesnummer ${h(county.number)}. ${
    countyMunicipality
      ? `Fylkeskommunen er <a href="../${h(municipalityPath(countyMunicipality.number))}">${h(countyMunicipality.name)}</a>.`
      : ''
  }</p>
<section data-sok-blokk aria-labelledby="kommuner"><h2 id="kommuner">Kommuner og fylkeskommune (${county.municipalities.length})</h2>
<ul class="kommuner">${county.municipalities.map((m) => municipalityItem(m, '../')).join('')}</ul></section>`;
  return {
    path: countyPath(county.number),
    html: layout({
      title: county.name,
      root: '../',
      generatedAt,
      breadcrumbs: [{ href: 'index.html', label: 'Alle fylker' }],
      body,
    }),
  };
}

function addressText(address: Address | null) {
  return address ? [...address.lines, `${address.postalCode} ${address.postalPlace}`].join(', ') : null;
}

function contactList(contact: ContactDetails) {
  const rows: [string, string | null][] = [
    ['Besøksadresse', addressText(contact.visitingAddress)],
    ['Postadresse', addressText(contact.postalAddress)],
    ['Telefon', contact.phone],
    ['E-post', contact.email],
    ['Nettsted', contact.website ?? null],
  ];
  const present = rows.filter((row): row is [string, string] => Boolean(row[1]));
  if (present.length === 0) return '';
  return `<dl class="kontakt">${present
    .map(([label, value]) => {
      const shown =
        label === 'E-post'
          ? `<a href="mailto:${h(value)}">${h(value)}</a>`
          : label === 'Nettsted' && /^https?:\/\//.test(value)
            ? `<a href="${h(value)}">${h(value)}</a>`
            : h(value);
      return `<div><dt>${label}</dt><dd>${shown}</dd></div>`;
    })
    .join('')}</dl>`;
}

function personLink(person: { id: string; name: string }, withPositions: Set<string>) {
  return withPositions.has(person.id)
    ? `<a href="#person-${h(person.id)}">${h(person.name)}</a>`
    : h(person.name);
}

export function municipalityPage(
  municipality: PublishedMunicipality,
  county: PublishedCounty | undefined,
  companies: Map<string, Company>,
  generatedAt: string,
): Page {
  const declared = new Set(
    [...municipality.persons.values()].filter((p) => publishedPositions(p).length > 0).map((p) => p.id),
  );
  const tree = unitTree(municipality.units);
  const unitItem = (unit: Unit): string => {
    const leaders = unit.employments.filter((e) => e.isLeader);
    const others = unit.employments.filter((e) => !e.isLeader);
    const children = tree.get(unit.id) ?? [];
    return `<li data-sok-rad id="enhet-${h(unit.id)}"><p class="enhet"><strong>${h(unit.name)}</strong> <span class="merke">${h(unitKindLabel[unit.kind])}</span>${
      unit.organizationNumber ? ` <span class="nummer">org.nr. ${h(unit.organizationNumber)}</span>` : ''
    }</p>${leaders
      .map((e) => `<p>Leder: ${personLink(e.person, declared)}, ${h(e.title)}</p>`)
      .join('')}${contactList(municipality.unitContacts.get(unit.id) ?? noContactDetails)}${
      others.length
        ? `<ul class="ansatte">${others.map((e) => `<li>${personLink(e.person, declared)}, ${h(e.title)}</li>`).join('')}</ul>`
        : ''
    }${children.length ? `<ul class="enheter">${children.map(unitItem).join('')}</ul>` : ''}</li>`;
  };
  const organisation = municipality.units.length
    ? `<ul class="enheter tre">${(tree.get(null) ?? []).map(unitItem).join('')}</ul>`
    : '<p>Ingen enheter registrert.</p>';
  const bodies = municipality.electedBodies.length
    ? municipality.electedBodies
        .map(
          (body) => `<section data-sok-blokk class="organ" aria-labelledby="organ-${h(body.id)}">
<h3 id="organ-${h(body.id)}">${h(body.name)}</h3>
<p>${h(electedBodyKindLabel[body.kind])}, valgperiode ${h(body.period.label)}</p>
<table><caption>Medlemmer av ${h(body.name)} ${h(body.period.label)}</caption>
<thead><tr><th scope="col">Rolle</th><th scope="col">Navn</th><th scope="col">Parti eller liste</th></tr></thead>
<tbody>${body.members
            .map(
              (member) =>
                `<tr data-sok-rad><td>${h(membershipRoleLabel[member.role])}${member.substituteRank ? ` ${member.substituteRank}` : ''}</td><td>${personLink(member.person, declared)}</td><td>${h(member.party?.name ?? '')}</td></tr>`,
            )
            .join('')}</tbody></table></section>`,
        )
        .join('\n')
    : '<p>Ingen folkevalgte organer registrert.</p>';
  const companySections = municipality.companyOwnerships.length
    ? municipality.companyOwnerships
        .map(({ company: owned, sharePercent }) => {
          const company = companies.get(owned.organizationNumber);
          const owners = company?.owners ?? [];
          return `<section data-sok-blokk class="selskap" aria-labelledby="selskap-${h(owned.organizationNumber)}">
<h3 id="selskap-${h(owned.organizationNumber)}">${h(owned.name)}</h3>
<p>${h(owned.form)}, org.nr. ${h(owned.organizationNumber)}. ${h(municipality.name)} eier ${formatShare(sharePercent)} %.</p>
${company ? contactList(company.contact) : ''}
<p>Eiere: ${owners
            .map(
              (owner) =>
                `<a href="../${h(municipalityPath(owner.number))}">${h(owner.name)}</a> (${formatShare(owner.sharePercent)} %)`,
            )
            .join(', ')}</p>
${
  owned.roles.length
    ? `<ul class="roller">${owned.roles.map((role) => `<li data-sok-rad>${h(companyRoleLabel[role.role])}: ${h(role.person.name)}</li>`).join('')}</ul>`
    : ''
}</section>`;
        })
        .join('\n')
    : '<p>Eier ingen registrerte selskaper.</p>';
  const persons = [...municipality.persons.values()]
    .filter((person) => declared.has(person.id))
    .sort((a, b) => a.name.localeCompare(b.name, 'nb'));
  const positions = persons.length
    ? `<ul class="verv">${persons
        .map(
          (person) =>
            `<li data-sok-rad id="person-${h(person.id)}"><p><strong>${h(person.name)}</strong></p><ul>${publishedPositions(
              person,
            )
              .map(
                (p) =>
                  `<li>${h(positionCategoryLabel[p.category])}: ${h(p.organizationName)}${p.organizationNumber ? ` (org.nr. ${h(p.organizationNumber)})` : ''}${p.role ? `, ${h(p.role)}` : ''}</li>`,
              )
              .join('')}</ul></li>`,
        )
        .join('')}</ul>`
    : '<p>Ingen har publisert verv og interesser.</p>';
  const body = `<p>${h(municipalityKindLabel[municipality.kind])}, kommunenummer ${h(municipality.number)}${
    municipality.organizationNumber ? `, org.nr. ${h(municipality.organizationNumber)}` : ''
  }${county ? `, i <a href="../${h(countyPath(county.number))}">${h(county.name)}</a>` : ''}. Også som <a href="../xml/${h(municipality.number)}.xml">XML</a>.</p>
${contactList(municipality.contact)}
<nav aria-label="Innhold på siden" class="innhold"><ul><li><a href="#organisasjon">Organisasjon</a></li><li><a href="#organer">Folkevalgte organer</a></li><li><a href="#selskaper">Selskaper</a></li><li><a href="#verv">Verv og interesser</a></li></ul></nav>
<section data-sok-blokk aria-labelledby="organisasjon"><h2 id="organisasjon">Organisasjon</h2>${organisation}</section>
<section aria-labelledby="organer"><h2 id="organer">Folkevalgte organer</h2>${bodies}</section>
<section aria-labelledby="selskaper"><h2 id="selskaper">Kommunalt eide selskaper</h2>${companySections}</section>
<section data-sok-blokk aria-labelledby="verv"><h2 id="verv">Verv og interesser</h2><p>Publisert av personene selv i Styrevervregisteret.</p>${positions}</section>`;
  return {
    path: municipalityPath(municipality.number),
    html: layout({
      title: municipality.name,
      root: '../',
      generatedAt,
      breadcrumbs: [
        { href: 'index.html', label: 'Alle fylker' },
        ...(county ? [{ href: countyPath(county.number), label: county.name }] : []),
      ],
      body,
    }),
  };
}

function formatShare(percent: number) {
  return new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 2 }).format(percent);
}

/** The site's style sheet: readable on screen, and in print without navigation and search. */
export const styleSheet = `:root { color-scheme: light; --tekst: #1a1a1a; --dempet: #555; --lenke: #0b5394; }
* { box-sizing: border-box; }
body { font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--tekst); margin: 0 auto; max-width: 60rem; padding: 0 1rem 2rem; }
a { color: var(--lenke); }
a:focus-visible, input:focus-visible { outline: 3px solid #f6b73c; outline-offset: 2px; }
.hopp { position: absolute; left: -999px; }
.hopp:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem; }
header { border-bottom: 1px solid #ccc; margin-bottom: 1rem; }
.nettsted { font-weight: bold; margin: .75rem 0 .25rem; }
.brodsmuler ol { list-style: none; display: flex; flex-wrap: wrap; gap: .5rem; padding: 0; margin: 0 0 .5rem; }
.brodsmuler li + li::before { content: "›"; margin-right: .5rem; color: var(--dempet); }
.nummer, .merke { color: var(--dempet); font-size: .9em; }
.merke { border: 1px solid #bbb; border-radius: .25rem; padding: 0 .25rem; }
.sok { margin: 1rem 0; }
.sok label { display: block; font-weight: bold; }
.sok input { font: inherit; padding: .4rem; width: min(100%, 28rem); border: 2px solid #555; border-radius: .25rem; }
.kommuner { columns: 16rem; padding-left: 1.2rem; }
.enheter { padding-left: 1.2rem; }
.enhet { margin: .5rem 0 0; }
.kontakt { display: grid; grid-template-columns: max-content 1fr; gap: 0 1rem; margin: .25rem 0; }
.kontakt div { display: contents; }
.kontakt dt { color: var(--dempet); }
.kontakt dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
caption { text-align: left; font-weight: bold; }
th, td { text-align: left; padding: .25rem .5rem; border-bottom: 1px solid #ddd; vertical-align: top; }
[hidden] { display: none !important; }
@media print {
  body { max-width: none; font-size: 10.5pt; }
  .hopp, .sok, .brodsmuler, nav.innhold, script { display: none !important; }
  a { color: inherit; text-decoration: none; }
  h1, h2, h3 { break-after: avoid; }
  section.organ, section.selskap, tr, li { break-inside: avoid; }
  .kommuner { columns: 3; }
}
`;

/**
 * The search in the page: hides the rows (and blocks) that do not contain every word typed.
 * Without JavaScript the page is whole, and the browser's own search (Ctrl+F) works as ever.
 */
export const searchScript = `document.addEventListener('DOMContentLoaded', function () {
  var input = document.querySelector('[data-sok]');
  var status = document.querySelector('[data-sok-treff]');
  if (!input) return;
  var rows = Array.prototype.slice.call(document.querySelectorAll('[data-sok-rad]'));
  var blocks = Array.prototype.slice.call(document.querySelectorAll('[data-sok-blokk]'));
  input.addEventListener('input', function () {
    var words = input.value.toLocaleLowerCase('nb').split(/\\s+/).filter(Boolean);
    var shown = 0;
    rows.forEach(function (row) {
      var text = row.textContent.toLocaleLowerCase('nb');
      var match = words.every(function (word) { return text.indexOf(word) !== -1; });
      row.hidden = !match;
      if (match) shown++;
    });
    rows.slice().reverse().forEach(function (row) {
      if (row.hidden && row.querySelector('[data-sok-rad]:not([hidden])')) row.hidden = false;
    });
    blocks.forEach(function (block) {
      block.hidden = words.length > 0 && !block.querySelector('[data-sok-rad]:not([hidden])');
    });
    status.textContent = words.length ? shown + ' treff' : '';
  });
});
`;

import { Faker, base, en, nb_NO } from '@faker-js/faker';
import { identifiers } from '@registers/graphql-kit';
import {
  nationalPartyId,
  readCouncilLists2023,
  readCountyMunicipalities,
  readMunicipalities,
  readMunicipalityFacts,
  readNameFrequencies,
  readParties,
  type CouncilList,
  type CountyMunicipality,
  type Municipality,
  type NameFrequency,
} from '@registers/reference-data';
import type {
  CompanyRoleKind,
  DemoCompany,
  DemoCompanyOwner,
  DemoCompanyRole,
  DemoElectedBody,
  DemoEmployment,
  DemoLocalList,
  DemoMembership,
  DemoPerson,
  DemoUnit,
  ElectedBodyKind,
  MembershipRole,
  MunicipalityDetails,
  UnitKind,
} from './rows.ts';
import {
  companyNameSuffixes,
  countySeats,
  countySectors,
  countySectorTitles,
  countyStandingCommittees,
  departmentNames,
  sectorNames,
  standingCommittees,
  titles,
} from './words.ts';

/** The real register's size (KS, Kommuneforlaget): `scale: 1` generates about this much. */
export const nationalSize = {
  municipalities: 357,
  units: 26_700,
  employees: 17_700,
  /**
   * Persons in the municipalities' elected bodies: the 9,125 council seats of the 2023 election
   * and their substitutes, the control committees and the others sitting on standing committees.
   */
  electedOfficials: 38_200,
  companies: 2_700,
  /** The county municipalities with their own number (Oslo's is Oslo kommune). */
  countyMunicipalities: 14,
  /** Their sectors, upper secondary schools, dental clinics and departments. */
  countyUnits: 900,
  /** Their employees: a leader for every unit and about as many others. */
  countyEmployees: 1_800,
};

export const DEMO_SEED = 2011;
/** The municipality whose council the demo always has: Bergen. */
export const DEMO_ELECTION_MUNICIPALITY = '4601';
/** The election period the demo's bodies belong to: 2023–2027. */
export const DEMO_PERIOD = 2023;

export interface DemoPopulationOptions {
  /** 1 is the national size; the demo uses 0.05; tests use less. */
  scale: number;
  seed?: number;
}

/** A municipality or a county municipality: what holds units, bodies, companies and persons. */
type Authority = Municipality | CountyMunicipality;

export interface DemoPopulation {
  units: DemoUnit[];
  persons: DemoPerson[];
  employments: DemoEmployment[];
  /** Local lists (the national parties are reference data). */
  parties: DemoLocalList[];
  electedBodies: DemoElectedBody[];
  memberships: DemoMembership[];
  companies: DemoCompany[];
  companyOwners: DemoCompanyOwner[];
  companyRoles: DemoCompanyRole[];
  /**
   * Contact details of every municipality and county municipality (the reference data has
   * names, and a county municipality's organisation number, only).
   */
  municipalityDetails: { number: string; details: MunicipalityDetails }[];
}

/**
 * A deterministic demo register: the same seed and scale give the same ids and names on every
 * machine, so the interests subgraph can refer to the same persons without reading this database.
 *
 * Units and employees are spread over all municipalities in proportion to `scale`. Elected
 * bodies and companies come whole: at scale s, round(357·s) municipalities (at least one) get
 * the council they elected in 2023 (its seats per list, the mayor from the largest list, each
 * list's substitutes), an executive committee shared out among the lists as the council is, a
 * control committee and five standing committees; round(2,700·s) companies get owners and a
 * board. Municipalities have their real organisation numbers; persons their names drawn as
 * often as Norwegians bear them (Statistics Norway).
 *
 * The county municipalities get the same, drawn after the municipalities (whose part thus does
 * not depend on them): units and employees in proportion to `scale`, each unit with a leader;
 * round(14·s) of them (at least one) a county council sized by the law's minimums for the
 * county's population, its committees, and three companies.
 */
export function generateDemoPopulation({ scale, seed = DEMO_SEED }: DemoPopulationOptions): DemoPopulation {
  const faker = new Faker({ locale: [nb_NO, en, base], seed });
  const generator = new Generator(faker, readMunicipalities(), readCountyMunicipalities(), norwegianNames());
  generator.organisation(
    Math.max(1, Math.round(nationalSize.units * scale)),
    Math.max(1, Math.round(nationalSize.employees * scale)),
  );
  // Bergen's council comes first at every scale: the README's election example (`npm run
  // demo:election -- --municipality 4601`) re-elects from it.
  const shuffled = faker.helpers.shuffle([...generator.municipalities]);
  const withBodies = [
    ...shuffled.filter((m) => m.number === DEMO_ELECTION_MUNICIPALITY),
    ...shuffled.filter((m) => m.number !== DEMO_ELECTION_MUNICIPALITY),
  ].slice(0, Math.max(1, Math.round(nationalSize.municipalities * scale)));
  for (const municipality of withBodies) generator.electedBodiesOf(municipality);
  for (let i = Math.max(1, Math.round(nationalSize.companies * scale)); i > 0; i--) generator.company();
  generator.municipalityDetails();

  const unitsOfCounties = Math.max(1, Math.round(nationalSize.countyUnits * scale));
  generator.countyOrganisation(
    unitsOfCounties,
    Math.max(unitsOfCounties, Math.round(nationalSize.countyEmployees * scale)),
  );
  const countiesWithBodies = faker.helpers
    .shuffle([...generator.countyMunicipalities])
    .slice(0, Math.max(1, Math.round(nationalSize.countyMunicipalities * scale)));
  for (const countyMunicipality of countiesWithBodies) {
    generator.countyBodiesOf(countyMunicipality);
    generator.countyCompaniesOf(countyMunicipality);
  }
  generator.countyMunicipalityDetails();
  return generator.population;
}

class Generator {
  readonly population: DemoPopulation = {
    units: [],
    persons: [],
    employments: [],
    parties: [],
    electedBodies: [],
    memberships: [],
    companies: [],
    companyOwners: [],
    companyRoles: [],
    municipalityDetails: [],
  };
  private readonly councilMembers = new Map<string, string[]>();
  private readonly organizationNumbers = new Set<string>();
  private readonly emailAddresses = new Set<string>();
  private readonly nationalParties = readParties();
  private readonly nationalCodes = new Set(this.nationalParties.map((party) => party.code));
  private readonly facts = readMunicipalityFacts();
  private readonly councilLists = readCouncilLists2023();
  private readonly mailDomains: Map<string, string>;

  constructor(
    private readonly faker: Faker,
    readonly municipalities: Municipality[],
    readonly countyMunicipalities: CountyMunicipality[],
    private readonly names: NameDraws,
  ) {
    this.mailDomains = new Map([
      ...municipalities.map((m) => [m.number, `${emailPart(m.name.split(' - ')[0]!)}.kommune.no`] as const),
      ...countyMunicipalities.map((c) => [c.number, `${emailPart(countyName(c))}fylke.no`] as const),
    ]);
    // The municipalities' and county municipalities' numbers are real: no demo unit or company may draw one.
    for (const countyMunicipality of countyMunicipalities) {
      this.organizationNumbers.add(countyMunicipality.organizationNumber);
    }
    for (const facts of this.facts.values()) this.organizationNumbers.add(facts.organizationNumber);
  }

  /** Units in a tree per municipality, and employees with one employment each. */
  organisation(unitCount: number, employeeCount: number) {
    const { faker } = this;
    const unitsByMunicipality = new Map<string, DemoUnit[]>();
    for (let i = 0; i < unitCount; i++) {
      const municipality = faker.helpers.arrayElement(this.municipalities);
      const siblings = unitsByMunicipality.get(municipality.number) ?? [];
      unitsByMunicipality.set(municipality.number, siblings);
      // The first units of a municipality are its sectors; later ones hang below an earlier unit.
      const isSector = siblings.length < 2 || faker.number.float() < 0.05;
      const kind: UnitKind = isSector
        ? 'SECTOR'
        : faker.helpers.weightedArrayElement([
            { value: 'DEPARTMENT', weight: 4 },
            { value: 'SCHOOL', weight: 2 },
            { value: 'KINDERGARTEN', weight: 3 },
            { value: 'NURSING_HOME', weight: 1 },
            { value: 'OTHER', weight: 1 },
          ] as const);
      const registered = faker.number.float() < 0.3;
      const unit: DemoUnit = {
        id: faker.string.uuid(),
        municipalityNumber: municipality.number,
        parentId: isSector ? null : faker.helpers.arrayElement(siblings).id,
        ...this.unitNameAndIndustry(kind),
        kind,
        organizationNumber: registered ? this.organizationNumber() : null,
        organizationForm: registered ? (kind === 'SECTOR' || kind === 'DEPARTMENT' ? 'ORGL' : 'BEDR') : null,
        visitingAddress: this.address(municipality),
        phone: `+47${faker.string.numeric(8)}`,
      };
      siblings.push(unit);
      this.population.units.push(unit);
    }

    const hasLeader = new Set<string>();
    for (let i = 0; i < employeeCount; i++) {
      const unit = faker.helpers.arrayElement(this.population.units);
      const person = this.person(unit.municipalityNumber);
      const isLeader = !hasLeader.has(unit.id);
      hasLeader.add(unit.id);
      this.employment(unit, person.id, isLeader, titles[unit.kind]);
    }
  }

  /**
   * A county municipality's units: sectors (education, dental health, transport, culture,
   * administration), each made when its first unit is, and schools, dental clinics and
   * departments below them; a leader for every unit, the other employees spread over them.
   */
  countyOrganisation(unitCount: number, employeeCount: number) {
    const { faker } = this;
    const sectorsOf = new Map<string, Map<number, DemoUnit>>();
    const units: { unit: DemoUnit; titles: { leader: string; staff: string[] } }[] = [];
    const weights = countySectors.map((sector, index) => ({ value: index, weight: sector.weight }));
    for (let i = 0; i < unitCount; i++) {
      const countyMunicipality = faker.helpers.arrayElement(this.countyMunicipalities);
      const sectors = sectorsOf.get(countyMunicipality.number) ?? new Map<number, DemoUnit>();
      sectorsOf.set(countyMunicipality.number, sectors);
      const index = faker.helpers.weightedArrayElement(weights);
      const sector = countySectors[index]!;
      const parent = sectors.get(index);
      if (!parent) {
        const unit = this.countyUnit(
          countyMunicipality,
          countyMunicipality,
          null,
          sector.name,
          'SECTOR',
          sector.industryCode,
        );
        sectors.set(index, unit);
        units.push({ unit, titles: countySectorTitles });
        continue;
      }
      const below = sector.units;
      // Schools and clinics lie around the county, named by their place or street; offices at the county hall.
      const site = below.suffix
        ? faker.helpers.arrayElement(
            this.municipalities.filter((m) => m.countyNumber === countyMunicipality.countyNumber),
          )
        : countyMunicipality;
      const name = below.suffix
        ? `${faker.number.float() < 0.5 ? placeName(site) : faker.location.street().split(' ')[0]} ${below.suffix}`
        : faker.helpers.arrayElement(below.names!);
      const unit = this.countyUnit(countyMunicipality, site, parent.id, name, below.kind, below.industryCode);
      units.push({ unit, titles: below });
    }
    for (const { unit, titles } of units) {
      this.employment(unit, this.person(unit.municipalityNumber).id, true, titles);
    }
    for (let i = units.length; i < employeeCount; i++) {
      const { unit, titles } = faker.helpers.arrayElement(units);
      this.employment(unit, this.person(unit.municipalityNumber).id, false, titles);
    }
  }

  /**
   * The council the municipality elected in 2023, seat for seat per list (the national parties
   * by their code, the others as the municipality's own lists), and the committees of the period.
   */
  electedBodiesOf(municipality: Municipality) {
    const lists = this.councilLists.get(municipality.number)!.map((list) => ({
      partyId: this.nationalCodes.has(list.code)
        ? nationalPartyId(list.code)
        : this.localList(municipality, list),
      seats: list.seats,
    }));
    const size = lists.reduce((sum, list) => sum + list.seats, 0);
    this.councilAndCommittees(municipality, lists, {
      council: ['MUNICIPAL_COUNCIL', 'Kommunestyret'],
      executive: ['Formannskapet', size <= 19 ? 5 : size <= 35 ? 7 : size <= 55 ? 9 : 13],
      standingCommittees,
    });
  }

  /**
   * A county council (fylkesting) sized by the law's minimums for the county's population, the
   * county executive committee (fylkesutvalg), the control committee and the hovedutvalg, with
   * members of the national parties.
   */
  countyBodiesOf(countyMunicipality: CountyMunicipality) {
    const size = countyCouncilSize(countyMunicipality.population);
    const seats = largestRemainders(
      size,
      this.nationalParties.map((party) => partyWeights[party.code] ?? 1),
    );
    const lists = this.nationalParties
      .map((party, i) => ({ partyId: nationalPartyId(party.code), seats: seats[i]! }))
      .filter((list) => list.seats > 0)
      .sort((a, b) => b.seats - a.seats);
    this.councilAndCommittees(countyMunicipality, lists, {
      council: ['COUNTY_COUNCIL', 'Fylkestinget'],
      executive: ['Fylkesutvalget', size <= 19 ? 7 : size <= 27 ? 9 : size <= 35 ? 11 : 13],
      standingCommittees: countyStandingCommittees,
    });
  }

  /**
   * A council of the lists' seats: the leader (mayor) from the largest list, the deputy from the
   * second largest, and for each list as many substitutes as it won seats and two more, ranked
   * within the list. The executive committee comes from the council, shared out among the lists
   * by their seats; the control committee and the standing committees likewise, with others of
   * the lists beside the council's members.
   */
  private councilAndCommittees(
    authority: Authority,
    lists: { partyId: string; seats: number }[],
    names: {
      council: [ElectedBodyKind, string];
      executive: [string, number];
      standingCommittees: string[];
    },
  ) {
    const { faker } = this;
    const council = this.body(authority, names.council[0], names.council[1]);
    const membersOf = new Map<string, string[]>();
    for (const list of lists) {
      membersOf.set(
        list.partyId,
        Array.from({ length: list.seats }, () => this.person(authority.number).id),
      );
    }
    const leader = membersOf.get(lists[0]!.partyId)![0]!;
    const deputy = (lists[1] ? membersOf.get(lists[1].partyId)! : membersOf.get(lists[0]!.partyId)!)[
      lists[1] ? 0 : 1
    ]!;
    const roleOf = (personId: string): MembershipRole =>
      personId === leader ? 'LEADER' : personId === deputy ? 'DEPUTY_LEADER' : 'MEMBER';
    for (const list of lists) {
      for (const personId of membersOf.get(list.partyId)!) {
        this.membership(council, personId, roleOf(personId), list.partyId);
      }
      for (let rank = 1; rank <= list.seats + 2; rank++) {
        this.membership(council, this.person(authority.number).id, 'SUBSTITUTE', list.partyId, rank);
      }
    }
    const members = [...membersOf.values()].flat();
    this.councilMembers.set(authority.number, members);
    const shares = lists.map((list) => list.seats);

    // A committee's seats shared out among the lists by their council seats; its leader and
    // deputy are the council's when they sit on it, else its first two.
    const committee = (
      body: DemoElectedBody,
      size: number,
      councillorFor: (councillors: string[], listIndex: number, seat: number) => string | undefined,
    ) => {
      const seats = largestRemainders(size, shares);
      const seated: { personId: string; partyId: string }[] = [];
      lists.forEach((list, i) => {
        const councillors = membersOf.get(list.partyId)!;
        for (let seat = 0; seat < seats[i]!; seat++) {
          const personId = councillorFor(councillors, i, seat) ?? this.person(authority.number).id;
          seated.push({ personId, partyId: list.partyId });
        }
      });
      const hasLeaders = seated.some((s) => s.personId === leader);
      seated.forEach(({ personId, partyId }, i) =>
        this.membership(
          body,
          personId,
          hasLeaders ? roleOf(personId) : i === 0 ? 'LEADER' : i === 1 ? 'DEPUTY_LEADER' : 'MEMBER',
          partyId,
        ),
      );
      for (let rank = 1; rank <= 3; rank++) {
        const list = faker.helpers.weightedArrayElement(lists.map((l) => ({ value: l, weight: l.seats })));
        this.membership(body, this.person(authority.number).id, 'SUBSTITUTE', list.partyId, rank);
      }
    };

    const [executiveName, executiveSize] = names.executive;
    committee(
      this.body(authority, 'EXECUTIVE_COMMITTEE', executiveName),
      executiveSize,
      (councillors, _i, seat) => councillors[seat],
    );
    // The control committee: at least one councillor (kommuneloven § 23-1), never the mayor.
    committee(
      this.body(authority, 'CONTROL_COMMITTEE', 'Kontrollutvalget'),
      5,
      // a councillor of the largest list, not its first (the mayor)
      (councillors, i, seat) => (i === 0 && seat === 0 ? councillors[1] : undefined),
    );
    for (const name of names.standingCommittees) {
      committee(this.body(authority, 'STANDING_COMMITTEE', name), 7, (councillors, _i, seat) =>
        faker.number.float() < 0.5 ? councillors[seat] : undefined,
      );
    }
  }

  /** A company with its owners (one for a KF, several for an IKS), chief executive and board. */
  company() {
    const { faker } = this;
    const form = faker.helpers.weightedArrayElement([
      { value: 'AS', weight: 55 },
      { value: 'IKS', weight: 20 },
      { value: 'KF', weight: 20 },
      { value: 'SA', weight: 5 },
    ] as const);
    const main = faker.helpers.arrayElement(this.municipalities);
    const neighbours = this.municipalities.filter(
      (m) => m.countyNumber === main.countyNumber && m.number !== main.number,
    );
    const others =
      form === 'KF'
        ? []
        : faker.helpers.arrayElements(neighbours, form === 'IKS' ? { min: 1, max: 7 } : { min: 0, max: 2 });
    const owners = [main, ...others];
    const baseName = owners.length > 1 ? `${main.name.split(' - ')[0]}regionen` : main.name.split(' - ')[0]!;
    const company: DemoCompany = {
      id: faker.string.uuid(),
      organizationNumber: this.organizationNumber(),
      name: `${baseName} ${faker.helpers.arrayElement(companyNameSuffixes)} ${form}`,
      form,
      visitingAddress: this.address(main),
      website: `https://www.${faker.internet.domainWord()}.no`,
    };
    this.population.companies.push(company);
    this.ownersAndBoard(company, owners);
  }

  /**
   * A county municipality's companies: its public transport company, wholly owned; an
   * inter-municipal archive (IKS) with municipalities of the county; and a development company
   * a few of them may share.
   */
  countyCompaniesOf(countyMunicipality: CountyMunicipality) {
    const { faker } = this;
    const county = countyName(countyMunicipality);
    const ofCounty = this.municipalities.filter((m) => m.countyNumber === countyMunicipality.countyNumber);
    const companies = [
      { name: `${county} Kollektivtrafikk AS`, form: 'AS', others: [] },
      {
        name: `Interkommunalt arkiv ${county} IKS`,
        form: 'IKS',
        others: faker.helpers.arrayElements(ofCounty, { min: 2, max: 6 }),
      },
      {
        name: `${county} ${faker.helpers.arrayElement(['Kunnskapspark', 'Næringshage', 'Reiseliv'])} AS`,
        form: 'AS',
        others: faker.helpers.arrayElements(ofCounty, { min: 0, max: 2 }),
      },
    ] as const;
    for (const { name, form, others } of companies) {
      const company: DemoCompany = {
        id: faker.string.uuid(),
        organizationNumber: this.organizationNumber(),
        name,
        form,
        visitingAddress: this.address(countyMunicipality),
        website: `https://www.${emailPart(name.replace(/ (AS|IKS)$/, ''))}.no`,
      };
      this.population.companies.push(company);
      this.ownersAndBoard(company, [countyMunicipality, ...others]);
    }
  }

  /** Shares of the owners (the first the largest), a chief executive and a board. */
  private ownersAndBoard(company: DemoCompany, owners: Authority[]) {
    const { faker } = this;
    const main = owners[0]!;
    const weights = owners.map((_, i) => (i === 0 ? 3 : 1) * faker.number.int({ min: 1, max: 10 }));
    const total = weights.reduce((sum, weight) => sum + weight, 0);
    let remaining = 100;
    owners.forEach((owner, i) => {
      const share =
        i === owners.length - 1
          ? Math.round(remaining * 100) / 100
          : Math.round((weights[i]! / total) * 10_000) / 100;
      remaining -= share;
      this.population.companyOwners.push({
        companyId: company.id,
        municipalityNumber: owner.number,
        sharePercent: share,
      });
    });

    const role = (personId: string, kind: CompanyRoleKind) =>
      this.population.companyRoles.push({
        id: faker.string.uuid(),
        companyId: company.id,
        personId,
        role: kind,
        startDate: this.date('2015-01-01', '2025-06-30'),
        endDate: null,
      });
    role(this.person(main.number).id, 'CHIEF_EXECUTIVE');
    // Boards are often chaired by and seated with the owners' elected officials.
    const politicians = owners.flatMap((owner) => this.councilMembers.get(owner.number) ?? []);
    const boardSeat = () =>
      politicians.length > 0 && faker.number.float() < 0.6
        ? faker.helpers.arrayElement(politicians)
        : this.person(main.number).id;
    role(boardSeat(), 'BOARD_CHAIR');
    for (let i = faker.number.int({ min: 2, max: 4 }); i > 0; i--) role(boardSeat(), 'BOARD_MEMBER');
    role(this.person(main.number).id, 'DEPUTY_BOARD_MEMBER');
  }

  /** Every municipality's own organisation number, town hall, switchboard and website. */
  municipalityDetails() {
    for (const municipality of this.municipalities) {
      const domain = this.mailDomains.get(municipality.number)!;
      const postalPlace = municipality.name.split(' - ')[0]!.toUpperCase();
      const postalCode = this.faker.string.numeric(4);
      this.population.municipalityDetails.push({
        number: municipality.number,
        details: {
          organizationNumber: this.facts.get(municipality.number)!.organizationNumber,
          visitingAddress: { lines: ['Rådhuset'], postalCode, postalPlace },
          postalAddress: {
            lines: [`Postboks ${this.faker.number.int({ min: 1, max: 9000 })}`],
            postalCode,
            postalPlace,
          },
          phone: `+47${this.faker.string.numeric(8)}`,
          email: `postmottak@${domain}`,
          website: `https://www.${domain}`,
        },
      });
    }
  }

  /** Every county municipality's real organisation number, county hall, switchboard and website. */
  countyMunicipalityDetails() {
    for (const countyMunicipality of this.countyMunicipalities) {
      const domain = this.mailDomains.get(countyMunicipality.number)!;
      const postalPlace = placeName(countyMunicipality).toUpperCase();
      const postalCode = this.faker.string.numeric(4);
      this.population.municipalityDetails.push({
        number: countyMunicipality.number,
        details: {
          organizationNumber: countyMunicipality.organizationNumber,
          visitingAddress: { lines: ['Fylkeshuset'], postalCode, postalPlace },
          postalAddress: {
            lines: [`Postboks ${this.faker.number.int({ min: 1, max: 9000 })}`],
            postalCode,
            postalPlace,
          },
          phone: `+47${this.faker.string.numeric(8)}`,
          email: `postmottak@${domain}`,
          website: `https://www.${domain}`,
        },
      });
    }
  }

  private employment(
    unit: DemoUnit,
    personId: string,
    isLeader: boolean,
    titles: { leader: string; staff: string[] },
  ) {
    this.population.employments.push({
      id: this.faker.string.uuid(),
      personId,
      unitId: unit.id,
      title: isLeader ? titles.leader : this.faker.helpers.arrayElement(titles.staff),
      isLeader,
      areaOfResponsibility: isLeader ? unit.name : null,
      startDate: this.date('2000-01-01', '2025-12-31'),
      endDate: null,
    });
  }

  /** Schools and dental clinics are registered in Enhetsregisteret as sub-units, some others as parts. */
  private countyUnit(
    countyMunicipality: CountyMunicipality,
    site: Authority,
    parentId: string | null,
    name: string,
    kind: UnitKind,
    industryCode: string,
  ): DemoUnit {
    const isOffice = kind === 'SECTOR' || kind === 'DEPARTMENT';
    const registered = !isOffice || this.faker.number.float() < 0.3;
    const unit: DemoUnit = {
      id: this.faker.string.uuid(),
      municipalityNumber: countyMunicipality.number,
      parentId,
      name,
      kind,
      organizationNumber: registered ? this.organizationNumber() : null,
      organizationForm: registered ? (isOffice ? 'ORGL' : 'BEDR') : null,
      industryCode,
      visitingAddress: this.address(site),
      phone: `+47${this.faker.string.numeric(8)}`,
    };
    this.population.units.push(unit);
    return unit;
  }

  private body(authority: Authority, kind: ElectedBodyKind, name: string): DemoElectedBody {
    const body = {
      id: this.faker.string.uuid(),
      municipalityNumber: authority.number,
      kind,
      name,
      periodStartYear: DEMO_PERIOD,
    };
    this.population.electedBodies.push(body);
    return body;
  }

  private membership(
    body: DemoElectedBody,
    personId: string,
    role: MembershipRole,
    partyId: string,
    substituteRank?: number,
  ) {
    this.population.memberships.push({
      id: this.faker.string.uuid(),
      bodyId: body.id,
      personId,
      role,
      substituteRank: substituteRank ?? null,
      partyId,
      startDate: `${DEMO_PERIOD}-10-01`,
      endDate: null,
    });
  }

  /** A list of the municipality's own (not a national party) as the register keeps it: by name. */
  private localList(municipality: Municipality, list: CouncilList): string {
    const local = { id: this.faker.string.uuid(), municipalityNumber: municipality.number, name: list.name };
    this.population.parties.push(local);
    return local.id;
  }

  private person(municipalityNumber: string): DemoPerson {
    const { faker } = this;
    const given = faker.number.float() < 0.5 ? this.names.female : this.names.male;
    // About one in seven has two given names in daily use ("Ole Martin", "Anne Lise").
    const givenName =
      faker.number.float() < 0.15
        ? `${given(faker.number.float())} ${given(faker.number.float())}`
        : given(faker.number.float());
    const familyName = this.names.surname(faker.number.float());
    const person = {
      id: faker.string.uuid(),
      givenName,
      familyName,
      email: this.emailAddress(`${emailPart(givenName)}.${emailPart(familyName)}`, municipalityNumber),
      phone: `+47${faker.helpers.arrayElement(['4', '9'])}${faker.string.numeric(7)}`,
      municipalityNumber,
    };
    this.population.persons.push(person);
    return person;
  }

  /** Unique, as the register requires: a second Kari Hansen gets kari.hansen2@, as mail systems do. */
  private emailAddress(name: string, municipalityNumber: string): string {
    const domain = this.mailDomains.get(municipalityNumber)!;
    let address = `${name}@${domain}`;
    for (let n = 2; this.emailAddresses.has(address); n++) address = `${name}${n}@${domain}`;
    this.emailAddresses.add(address);
    return address;
  }

  private unitNameAndIndustry(kind: UnitKind): { name: string; industryCode: string } {
    const { faker } = this;
    const place = faker.location.street().split(' ')[0]!;
    if (kind === 'OTHER') {
      const { suffix, industryCode } = faker.helpers.arrayElement(otherUnits);
      return { name: `${place} ${suffix}`, industryCode };
    }
    const name = {
      SECTOR: () => faker.helpers.arrayElement(sectorNames),
      DEPARTMENT: () => faker.helpers.arrayElement(departmentNames),
      SCHOOL: () => `${place} skole`,
      KINDERGARTEN: () => `${place} barnehage`,
      NURSING_HOME: () => `${place} sykehjem`,
    }[kind]();
    return { name, industryCode: industryCodes[kind] };
  }

  private organizationNumber(): string {
    for (;;) {
      const number = identifiers.randomOrganizationNumber(() =>
        this.faker.string.numeric({ length: 8, allowLeadingZeros: false }),
      );
      if (!this.organizationNumbers.has(number)) {
        this.organizationNumbers.add(number);
        return number;
      }
    }
  }

  private address(authority: Authority) {
    return {
      lines: [`${this.faker.location.street()} ${this.faker.number.int({ min: 1, max: 120 })}`],
      postalCode: this.faker.string.numeric(4),
      postalPlace: placeName(authority).toUpperCase(),
    };
  }

  private date(from: string, to: string): string {
    return this.faker.date.between({ from, to }).toISOString().slice(0, 10);
  }
}

/** A unit's industry by SN2025 (Statistics Norway's næringskoder; data/nace-sn2025.csv). */
const industryCodes: Record<Exclude<UnitKind, 'OTHER'>, string> = {
  SECTOR: '84.110',
  DEPARTMENT: '84.110',
  SCHOOL: '85.201',
  KINDERGARTEN: '85.100',
  NURSING_HOME: '87.102',
};
/** The other units by what they are: public library, culture house, sports hall. */
const otherUnits = [
  { suffix: 'bibliotek', industryCode: '91.111' },
  { suffix: 'kulturhus', industryCode: '90.310' },
  { suffix: 'idrettshall', industryCode: '93.110' },
] as const;

/** Draws a name with its weight from a number in [0, 1). */
type NameDraw = (random: number) => string;
export interface NameDraws {
  female: NameDraw;
  male: NameDraw;
  surname: NameDraw;
}

/** Weighted draws over Statistics Norway's name frequencies (binary search on the running sums). */
export function norwegianNames(): NameDraws {
  const draw = (frequencies: NameFrequency[]): NameDraw => {
    const sums: number[] = [];
    let total = 0;
    for (const { weight } of frequencies) sums.push((total += weight));
    return (random) => {
      const target = random * total;
      let low = 0;
      let high = sums.length - 1;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (sums[middle]! > target) high = middle;
        else low = middle + 1;
      }
      return frequencies[low]!.name;
    };
  };
  const { female, male, surnames } = readNameFrequencies();
  return { female: draw(female), male: draw(male), surname: draw(surnames) };
}

/** `size` seats shared out in proportion to `weights` (largest remainders; ties to the first). */
export function largestRemainders(size: number, weights: number[]): number[] {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const quotas = weights.map((weight) => (weight / total) * size);
  const seats = quotas.map(Math.floor);
  const order = quotas
    .map((quota, i) => ({ i, remainder: quota - Math.floor(quota) }))
    .sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  for (let k = size - seats.reduce((sum, n) => sum + n, 0), j = 0; k > 0; k--, j++) {
    seats[order[j]!.i]! += 1;
  }
  return seats;
}

/** Roughly the parties' shares of council seats after the 2023 election. */
const partyWeights: Record<string, number> = {
  H: 26,
  A: 22,
  SP: 13,
  FRP: 11,
  SV: 6,
  KRF: 4,
  V: 4,
  MDG: 3,
  RØDT: 4,
};

/** A county council's least size by the county's population (kommuneloven § 5-5). */
export function countyCouncilSize(population: number): number {
  if (population <= 150_000) return 19;
  if (population <= 200_000) return 27;
  if (population <= 300_000) return 35;
  return 43;
}

/** "Vestland fylkeskommune" → "Vestland". */
const countyName = (countyMunicipality: CountyMunicipality) =>
  countyMunicipality.name.replace(/ fylkeskommune$/, '');

/** The place a municipality's name is (its Norwegian form), or where a county municipality sits. */
const placeName = (authority: Authority) =>
  'kind' in authority ? countySeats[authority.countyNumber]! : authority.name.split(' - ')[0]!;

/** "Bjørn-Åge" → "bjorn-age": what a municipal mail system makes of a name. */
function emailPart(name: string): string {
  return name
    .toLowerCase()
    .replaceAll('æ', 'ae')
    .replaceAll('ø', 'o')
    .replaceAll('å', 'a')
    .normalize('NFD')
    .replace(/[^a-z0-9-]/g, '');
}

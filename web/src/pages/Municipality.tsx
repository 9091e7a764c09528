import { Details, Heading, List, Paragraph, Table } from '@digdir/designsystemet-react';
import { MunicipalityOrganisationDocument, type MunicipalityOrganisationQuery } from '@registers/client';
import { useOperation } from '../api.ts';
import { companyRole, count, electedBodyKind, membershipRole, unitKind } from '../labels.ts';
import { AppLink } from '../router.tsx';
import { Trail } from '../trail.tsx';
import { Page, Show } from '../ui.tsx';

type Municipality = NonNullable<MunicipalityOrganisationQuery['municipality']>;
type Unit = Municipality['units'][number];

/** `/kommune/<nr>`: one municipality as Kommunenøkkelen shows it: units, elected bodies, companies. */
export function MunicipalityPage({ number }: { number: string }) {
  const loaded = useOperation(MunicipalityOrganisationDocument, { number });
  return (
    <Show loaded={loaded}>
      {({ municipality }) =>
        !municipality ? (
          <Page title="Fant ikke kommunen">
            <Paragraph>Det finnes ingen kommune med nummer {number}.</Paragraph>
          </Page>
        ) : (
          <Page title={municipality.name}>
            <Trail
              steps={[
                { to: '/fylker', label: 'Fylker' },
                { to: `/fylke/${municipality.county.number}`, label: municipality.county.name },
              ]}
            />
            <Paragraph>
              Kommunenummer {municipality.number}
              {municipality.organizationNumber
                ? `, organisasjonsnummer ${municipality.organizationNumber}`
                : ''}
              .
            </Paragraph>
            <Units units={municipality.units} />
            <ElectedBodies bodies={municipality.electedBodies} />
            <Companies ownerships={municipality.companyOwnerships} />
          </Page>
        )
      }
    </Show>
  );
}

function Units({ units }: { units: Unit[] }) {
  const children = new Map<string | null, Unit[]>();
  for (const unit of units) {
    const parent = unit.parent?.id ?? null;
    children.set(parent, [...(children.get(parent) ?? []), unit]);
  }
  const tree = (parent: string | null) => {
    const below = children.get(parent);
    if (!below) return null;
    return (
      <List.Unordered>
        {below.map((unit) => (
          <List.Item key={unit.id}>
            <AppLink to={`/enhet/${encodeURIComponent(unit.id)}`}>{unit.name}</AppLink> ({unitKind[unit.kind]}
            ){tree(unit.id)}
          </List.Item>
        ))}
      </List.Unordered>
    );
  };
  return (
    <section aria-labelledby="enheter" className="stack">
      <Heading level={2} data-size="md" id="enheter">
        Enheter
      </Heading>
      {units.length === 0 ? <Paragraph>Ingen enheter er registrert.</Paragraph> : tree(null)}
    </section>
  );
}

function ElectedBodies({ bodies }: { bodies: Municipality['electedBodies'] }) {
  return (
    <section aria-labelledby="organer" className="stack">
      <Heading level={2} data-size="md" id="organer">
        Folkevalgte organer
      </Heading>
      {bodies.length === 0 && <Paragraph>Ingen folkevalgte organer er registrert.</Paragraph>}
      {bodies.map((body) => (
        <Details key={body.id}>
          <Details.Summary>
            {body.name} ({electedBodyKind[body.kind]}, {body.period.label}),{' '}
            {count(body.members.length, 'medlem', 'medlemmer')}
          </Details.Summary>
          <Details.Content>
            <Table zebra>
              <caption className="ds-sr-only">Medlemmer av {body.name}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>Navn</Table.HeaderCell>
                  <Table.HeaderCell>Rolle</Table.HeaderCell>
                  <Table.HeaderCell>Parti eller liste</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {body.members.map((member, index) => (
                  <Table.Row key={index}>
                    <Table.Cell>
                      <AppLink to={`/person/${encodeURIComponent(member.person.id)}`}>
                        {member.person.name}
                      </AppLink>
                    </Table.Cell>
                    <Table.Cell>
                      {membershipRole[member.role]}
                      {member.substituteRank ? ` nr. ${member.substituteRank}` : ''}
                    </Table.Cell>
                    <Table.Cell>{member.party?.name ?? ''}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </Details.Content>
        </Details>
      ))}
    </section>
  );
}

function Companies({ ownerships }: { ownerships: Municipality['companyOwnerships'] }) {
  return (
    <section aria-labelledby="selskaper" className="stack">
      <Heading level={2} data-size="md" id="selskaper">
        Selskaper kommunen eier
      </Heading>
      {ownerships.length === 0 ? (
        <Paragraph>Kommunen eier ingen registrerte selskaper.</Paragraph>
      ) : (
        <List.Unordered>
          {ownerships.map(({ company, sharePercent }) => (
            <List.Item key={company.organizationNumber}>
              {company.name} ({company.form}, org.nr. {company.organizationNumber}
              {sharePercent != null ? `, eierandel ${sharePercent} %` : ''})
              {company.roles.length > 0 && (
                <List.Unordered>
                  {company.roles.map((role, index) => (
                    <List.Item key={index}>
                      {companyRole[role.role]}:{' '}
                      <AppLink to={`/person/${encodeURIComponent(role.person.id)}`}>
                        {role.person.name}
                      </AppLink>
                    </List.Item>
                  ))}
                </List.Unordered>
              )}
            </List.Item>
          ))}
        </List.Unordered>
      )}
    </section>
  );
}

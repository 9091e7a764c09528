import { Heading, List, Paragraph, Table } from '@digdir/designsystemet-react';
import { UnitDocument } from '@registers/client';
import { useOperation } from '../api.ts';
import { unitKind } from '../labels.ts';
import { AppLink } from '../router.tsx';
import { Trail } from '../trail.tsx';
import { Page, Show } from '../ui.tsx';

/** `/enhet/<id>`: a unit, where it sits, the units below it and its employees. */
export function UnitPage({ id }: { id: string }) {
  const loaded = useOperation(UnitDocument, { id });
  return (
    <Show loaded={loaded}>
      {({ unit }) =>
        !unit ? (
          <Page title="Fant ikke enheten">
            <Paragraph>Enheten finnes ikke i registeret.</Paragraph>
          </Page>
        ) : (
          <Page title={unit.name}>
            <Trail
              steps={[
                { to: '/fylker', label: 'Fylker' },
                { to: `/fylke/${unit.municipality.county.number}`, label: unit.municipality.county.name },
                { to: `/kommune/${unit.municipality.number}`, label: unit.municipality.name },
                ...(unit.parent
                  ? [{ to: `/enhet/${encodeURIComponent(unit.parent.id)}`, label: unit.parent.name }]
                  : []),
              ]}
            />
            <Paragraph>
              {unitKind[unit.kind]} i {unit.municipality.name}
              {unit.organizationNumber ? `, organisasjonsnummer ${unit.organizationNumber}` : ''}
              {unit.closedOn ? `, nedlagt ${unit.closedOn}` : ''}.
            </Paragraph>
            {unit.children.length > 0 && (
              <section aria-labelledby="underenheter" className="stack">
                <Heading level={2} data-size="md" id="underenheter">
                  Underenheter
                </Heading>
                <List.Unordered>
                  {unit.children.map((child) => (
                    <List.Item key={child.id}>
                      <AppLink to={`/enhet/${encodeURIComponent(child.id)}`}>{child.name}</AppLink>
                    </List.Item>
                  ))}
                </List.Unordered>
              </section>
            )}
            <section aria-labelledby="ansatte" className="stack">
              <Heading level={2} data-size="md" id="ansatte">
                Ledere og ansatte
              </Heading>
              {unit.employments.length === 0 ? (
                <Paragraph>Ingen ansatte er registrert.</Paragraph>
              ) : (
                <Table zebra>
                  <caption className="ds-sr-only">Ledere og ansatte i {unit.name}</caption>
                  <Table.Head>
                    <Table.Row>
                      <Table.HeaderCell>Navn</Table.HeaderCell>
                      <Table.HeaderCell>Stilling</Table.HeaderCell>
                    </Table.Row>
                  </Table.Head>
                  <Table.Body>
                    {unit.employments.map((employment, index) => (
                      <Table.Row key={index}>
                        <Table.Cell>
                          <AppLink to={`/person/${encodeURIComponent(employment.person.id)}`}>
                            {employment.person.name}
                          </AppLink>
                        </Table.Cell>
                        <Table.Cell>
                          {employment.title}
                          {employment.isLeader ? ' (leder)' : ''}
                        </Table.Cell>
                      </Table.Row>
                    ))}
                  </Table.Body>
                </Table>
              )}
            </section>
          </Page>
        )
      }
    </Show>
  );
}

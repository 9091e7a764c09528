import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { PublishedDeclarationDocument } from '@registers/client';
import { useOperation } from '../api.ts';
import { positionCategory } from '../labels.ts';
import { Page, Show } from '../ui.tsx';

const date = new Intl.DateTimeFormat('nb-NO', { dateStyle: 'long', timeZone: 'Europe/Oslo' });

/** `/person/<id>`: a person's published declaration, or that there is none to show. */
export function PersonPage({ id }: { id: string }) {
  const loaded = useOperation(PublishedDeclarationDocument, { personId: id });
  return (
    <Show loaded={loaded}>
      {({ person }) =>
        !person ? (
          <Page title="Fant ikke personen">
            <Paragraph>Personen finnes ikke i registeret.</Paragraph>
          </Page>
        ) : (
          <Page title={person.name}>
            {!person.declaration?.published ? (
              <Paragraph>Personen har ingen offentlig erklæring.</Paragraph>
            ) : (
              <section aria-labelledby="verv" className="stack">
                <Heading level={2} data-size="md" id="verv">
                  Verv og interesser
                </Heading>
                <Paragraph data-size="sm">
                  Sist oppdatert {date.format(new Date(person.declaration.updatedAt as string))}.
                </Paragraph>
                {person.declaration.positions.length === 0 ? (
                  <Paragraph>Erklæringen har ingen verv eller interesser.</Paragraph>
                ) : (
                  <Table zebra>
                    <caption className="ds-sr-only">Verv og interesser til {person.name}</caption>
                    <Table.Head>
                      <Table.Row>
                        <Table.HeaderCell>Kategori</Table.HeaderCell>
                        <Table.HeaderCell>Organisasjon</Table.HeaderCell>
                        <Table.HeaderCell>Rolle</Table.HeaderCell>
                        <Table.HeaderCell>Periode</Table.HeaderCell>
                      </Table.Row>
                    </Table.Head>
                    <Table.Body>
                      {person.declaration.positions.map((position) => (
                        <Table.Row key={position.id}>
                          <Table.Cell>{positionCategory[position.category]}</Table.Cell>
                          <Table.Cell>
                            {position.organizationName}
                            {position.organizationNumber ? ` (org.nr. ${position.organizationNumber})` : ''}
                          </Table.Cell>
                          <Table.Cell>{position.role ?? ''}</Table.Cell>
                          <Table.Cell>
                            {[position.startDate, position.endDate].some(Boolean)
                              ? `${position.startDate ?? ''}–${position.endDate ?? ''}`
                              : ''}
                          </Table.Cell>
                        </Table.Row>
                      ))}
                    </Table.Body>
                  </Table>
                )}
              </section>
            )}
          </Page>
        )
      }
    </Show>
  );
}

import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { PublishedDeclarationDocument } from '@registers/client';
import { useOperation } from '../api.ts';
import { PositionsTable } from '../positions.tsx';
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
                  <PositionsTable
                    caption={`Verv og interesser til ${person.name}`}
                    captionHidden
                    positions={person.declaration.positions}
                  />
                )}
              </section>
            )}
          </Page>
        )
      }
    </Show>
  );
}

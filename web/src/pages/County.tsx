import { List, Paragraph } from '@digdir/designsystemet-react';
import { CountiesDocument } from '@registers/client';
import { useOperation } from '../api.ts';
import { AppLink } from '../router.tsx';
import { Trail } from '../trail.tsx';
import { Page, Show } from '../ui.tsx';

/** `/fylke/<nr>`: a county's municipalities (the counties are few: one operation answers them all). */
export function CountyPage({ number }: { number: string }) {
  const loaded = useOperation(CountiesDocument);
  return (
    <Show loaded={loaded}>
      {({ counties }) => {
        const county = counties.find((candidate) => candidate.number === number);
        if (!county) {
          return (
            <Page title="Fant ikke fylket">
              <Paragraph>
                Det finnes ikke noe fylke med nummer {number}. Se <AppLink to="/fylker">alle fylker</AppLink>.
              </Paragraph>
            </Page>
          );
        }
        return (
          <Page title={county.name}>
            <Trail steps={[{ to: '/fylker', label: 'Fylker' }]} />
            <List.Unordered>
              {county.municipalities.map((municipality) => (
                <List.Item key={municipality.number}>
                  <AppLink to={`/kommune/${municipality.number}`}>{municipality.name}</AppLink> (
                  {municipality.number})
                </List.Item>
              ))}
            </List.Unordered>
          </Page>
        );
      }}
    </Show>
  );
}

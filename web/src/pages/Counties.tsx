import { List } from '@digdir/designsystemet-react';
import { CountiesDocument } from '@registers/client';
import { useOperation } from '../api.ts';
import { AppLink } from '../router.tsx';
import { count } from '../labels.ts';
import { Page, Show } from '../ui.tsx';

/** `/fylker`: every county, each a link to its municipalities. */
export function CountiesPage() {
  const loaded = useOperation(CountiesDocument);
  return (
    <Page title="Fylker">
      <Show loaded={loaded}>
        {({ counties }) => (
          <List.Unordered>
            {counties.map((county) => (
              <List.Item key={county.number}>
                <AppLink to={`/fylke/${county.number}`}>{county.name}</AppLink> (
                {count(county.municipalities.length, 'kommune', 'kommuner')})
              </List.Item>
            ))}
          </List.Unordered>
        )}
      </Show>
    </Page>
  );
}

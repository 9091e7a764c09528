import { Button, Paragraph, Table } from '@digdir/designsystemet-react';
import { ChangeReceiptsDocument, type ChangeReceiptsQuery } from '@registers/client';
import { useEffect, useState } from 'react';
import { client, type Loaded } from '../../api.ts';
import { count } from '../../labels.ts';
import { Show } from '../../ui.tsx';
import { AdminPage } from './AdminAccess.tsx';

const dateTime = new Intl.DateTimeFormat('nb-NO', {
  dateStyle: 'short',
  timeStyle: 'medium',
  timeZone: 'Europe/Oslo',
});

/** `/admin/mottakere`: the followers of Kommuneregisteret's change feed, their receipts and how far behind its end each is. */
export function ReceiptsPage() {
  return (
    <AdminPage title="Mottakere av endringer">
      <Receipts />
    </AdminPage>
  );
}

function Receipts() {
  const [loaded, setLoaded] = useState<Loaded<ChangeReceiptsQuery>>({ state: 'loading' });
  const load = () => {
    setLoaded({ state: 'loading' });
    client
      .execute(ChangeReceiptsDocument)
      .then((data) => setLoaded({ state: 'done', data }))
      .catch((error: unknown) =>
        setLoaded({ state: 'error', code: (error as { code?: string }).code ?? 'NETWORK_ERROR' }),
      );
  };
  useEffect(load, []);
  return (
    <>
      <Paragraph>
        Systemene som følger endringsstrømmen til Kommuneregisteret kvitterer for hvor langt de har behandlet
        den (endringskvitteringer). Et system som ligger mange endringer etter, har ikke fått med seg det
        siste. Et system som bare følger noen slags endringer, kvitterer først når en av dem kommer, og kan
        til da ligge etter med endringer det ikke trenger.
      </Paragraph>
      <div>
        <Button variant="secondary" onClick={load}>
          Oppdater
        </Button>
      </div>
      <Show loaded={loaded}>
        {({ changeReceipts }) =>
          changeReceipts.length === 0 ? (
            <Paragraph>Ingen har kvittert for endringer ennå.</Paragraph>
          ) : (
            <Table zebra>
              <caption>Kvitteringer, {count(changeReceipts.length, 'mottaker', 'mottakere')}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>Mottaker</Table.HeaderCell>
                  <Table.HeaderCell>Behandlet til og med</Table.HeaderCell>
                  <Table.HeaderCell>Etter strømmens slutt</Table.HeaderCell>
                  <Table.HeaderCell>Sist kvittert</Table.HeaderCell>
                  <Table.HeaderCell>Først kvittert</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {changeReceipts.map((receipt) => (
                  <Table.Row key={receipt.follower}>
                    <Table.Cell>{receipt.follower}</Table.Cell>
                    <Table.Cell>endring {receipt.acknowledgedSequence}</Table.Cell>
                    <Table.Cell>
                      {receipt.behind === 0 ? 'À jour' : count(receipt.behind, 'endring', 'endringer')}
                    </Table.Cell>
                    <Table.Cell>{dateTime.format(new Date(receipt.acknowledgedAt))}</Table.Cell>
                    <Table.Cell>{dateTime.format(new Date(receipt.firstAcknowledgedAt))}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          )
        }
      </Show>
    </>
  );
}

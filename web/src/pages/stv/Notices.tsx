import { Alert, Button, Checkbox, Fieldset, Paragraph, Textfield } from '@digdir/designsystemet-react';
import {
  PersonsWithDeclarationDocument,
  SendNoticesDocument,
  type PersonsWithDeclarationQuery,
  type SendNoticesMutation,
} from '@registers/client';
import { useEffect, useState, type FormEvent } from 'react';
import { isStvContactFor, Restricted } from '../../access.tsx';
import { client } from '../../api.ts';
import { count, errorMessage } from '../../labels.ts';
import { Page } from '../../ui.tsx';
import { DeskBack, municipalityLabel } from './DeskBack.tsx';

type Person = PersonsWithDeclarationQuery['searchPersons']['edges'][number]['node'];

const pageSize = 100;

/**
 * `/skrivebord/<nr>/varsler`: Styrevervregisteret's contact person sends a manual notice to
 * chosen persons of the municipality: those it registered who have a declaration (the persons
 * `sendNotices` takes from them; a person registered elsewhere is another municipality's).
 */
export function NoticesPage({ number }: { number: string }) {
  const title = 'Send varsel';
  return (
    <Restricted
      title={title}
      allowed={isStvContactFor(number)}
      refusal={`Du er ikke kontaktperson for Styrevervregisteret i kommune ${number}, og kan ikke sende varsler der.`}
    >
      {(viewer) => (
        <Page title={title}>
          <DeskBack number={number} viewer={viewer} />
          <Paragraph>
            Kommune {municipalityLabel(number, viewer.styrevervregisteretContactFor)}. Velg personer som skal
            få en e-post med sin personlige lenke og en oppfordring om å se over vervene sine. Listen viser
            personene kommunen har registrert som har en erklæring i Styrevervregisteret.
          </Paragraph>
          <NoticeForm number={number} />
        </Page>
      )}
    </Restricted>
  );
}

type Sent =
  { queued: number } | { userErrors: SendNoticesMutation['sendNotices']['userErrors'] } | { error: string };

function NoticeForm({ number }: { number: string }) {
  const [filter, setFilter] = useState('');
  const [persons, setPersons] = useState<Person[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [loading, setLoading] = useState<'loading' | 'done' | { error: string }>('loading');
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [sending, setSending] = useState(false);
  const [sent, setSent] = useState<Sent | null>(null);

  const load = async (name: string, after: string | null, previous: Person[]) => {
    setLoading('loading');
    try {
      const { searchPersons } = await client.execute(PersonsWithDeclarationDocument, {
        name,
        municipalityNumber: number,
        first: pageSize,
        after,
      });
      const holders = searchPersons.edges
        .map((edge) => edge.node)
        .filter((person) => person.municipalityNumber === number && person.declaration);
      setPersons([...previous, ...holders]);
      setNext(searchPersons.pageInfo.hasNextPage ? searchPersons.pageInfo.endCursor : null);
      setLoading('done');
    } catch (error) {
      setLoading({ error: (error as { code?: string }).code ?? 'NETWORK_ERROR' });
    }
  };
  useEffect(() => {
    void load('', null, []);
  }, [number]);

  const search = (event: FormEvent) => {
    event.preventDefault();
    void load(filter.trim(), null, []);
  };
  const toggle = (id: string, on: boolean) =>
    setChosen((previous) => {
      const changed = new Set(previous);
      if (on) changed.add(id);
      else changed.delete(id);
      return changed;
    });
  const send = async (event: FormEvent) => {
    event.preventDefault();
    setSending(true);
    setSent(null);
    try {
      const { sendNotices } = await client.execute(SendNoticesDocument, {
        input: { personIds: [...chosen] },
      });
      setSent(
        sendNotices.userErrors.length > 0
          ? { userErrors: sendNotices.userErrors }
          : { queued: sendNotices.queued },
      );
      if (sendNotices.userErrors.length === 0) setChosen(new Set());
    } catch (error) {
      setSent({ error: (error as { code?: string }).code ?? 'NETWORK_ERROR' });
    } finally {
      setSending(false);
    }
  };

  return (
    <div className="stack">
      <form className="search-form" role="search" onSubmit={search}>
        <Textfield
          label="Finn person på navn"
          value={filter}
          maxLength={100}
          onChange={(e) => setFilter(e.target.value)}
        />
        <Button type="submit" variant="secondary">
          Søk
        </Button>
      </form>
      <form className="stack" onSubmit={(event) => void send(event)}>
        <Fieldset>
          <Fieldset.Legend>Mottakere</Fieldset.Legend>
          <Fieldset.Description role="status" aria-live="polite">
            {typeof loading === 'object'
              ? errorMessage(loading.error)
              : loading === 'loading'
                ? 'Henter personer …'
                : persons.length === 0
                  ? 'Ingen personer med erklæring passer med søket.'
                  : `${count(persons.length, 'person', 'personer')} med erklæring${next ? ', flere finnes' : ''}. ${chosen.size} valgt.`}
          </Fieldset.Description>
          {persons.map((person) => (
            <Checkbox
              key={person.id}
              label={person.name}
              description={declarationState(person.declaration!)}
              checked={chosen.has(person.id)}
              onChange={(event) => toggle(person.id, event.target.checked)}
            />
          ))}
        </Fieldset>
        <div className="actions">
          {next && loading === 'done' && (
            <Button type="button" variant="secondary" onClick={() => void load(filter.trim(), next, persons)}>
              Vis flere
            </Button>
          )}
          <Button
            type="submit"
            disabled={chosen.size === 0 || sending}
            aria-disabled={chosen.size === 0 || sending}
          >
            {chosen.size === 0
              ? 'Send varsel'
              : `Send varsel til ${count(chosen.size, 'person', 'personer')}`}
          </Button>
        </div>
      </form>
      <div role="status" aria-live="polite">
        {sent && <SentAlert sent={sent} />}
      </div>
    </div>
  );
}

function SentAlert({ sent }: { sent: Sent }) {
  if ('queued' in sent) {
    return (
      <Alert data-color="success">
        Varselet er sendt til {count(sent.queued, 'person', 'personer')}. E-posten går i løpet av noen
        minutter.
      </Alert>
    );
  }
  if ('error' in sent) return <Alert data-color="danger">{errorMessage(sent.error)}</Alert>;
  return (
    <Alert data-color="danger">
      Varselet ble ikke sendt:{' '}
      {sent.userErrors.map((error) => noticeErrors[error.code] ?? error.message).join(' ')}
    </Alert>
  );
}

const noticeErrors: Record<string, string> = {
  NOT_FOUND: 'En av personene finnes ikke lenger i Kommuneregisteret.',
  INVALID: 'Velg mellom 1 og 500 personer.',
};

function declarationState(declaration: NonNullable<Person['declaration']>) {
  if (declaration.published) return 'Erklæringen er offentlig';
  if (declaration.termsAcceptedAt) return 'Har godtatt vilkårene, ikke offentlig';
  return 'Har ikke godtatt vilkårene';
}

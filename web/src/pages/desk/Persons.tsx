import { Button, Checkbox, Heading, List, Paragraph, Textfield } from '@digdir/designsystemet-react';
import {
  AddPersonDocument,
  DeskPersonsDocument,
  DeskUnitsDocument,
  EndEmploymentDocument,
  StartEmploymentDocument,
  UpdatePersonDocument,
  type DeskEmploymentFragment,
  type DeskPersonFragment,
} from '@registers/client';
import { useEffect, useState, type FormEvent } from 'react';
import { client, useOperation } from '../../api.ts';
import { count, errorMessage } from '../../labels.ts';
import {
  useInlineAction,
  DeskForm,
  EndForm,
  SelectField,
  TextField,
  today,
  useMutationForm,
} from './form.tsx';

const pageSize = 20;

type Action = { personId: string; kind: 'edit' | 'employ' } | { employmentId: string; kind: 'end' };

/** `/skrivebord/<nr>/personer`: the municipality's persons by name, a page at a time; add and change them and their employments. */
export function PersonsDesk({ number }: { number: string }) {
  const [name, setName] = useState('');
  const [search, setSearch] = useState({ name: '', version: 0 });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSearch({ name: name.trim(), version: search.version + 1 });
  };
  return (
    <>
      <section aria-labelledby="ny-person" className="stack">
        <Heading level={2} data-size="md" id="ny-person">
          Ny person
        </Heading>
        <AddPersonForm
          number={number}
          onDone={(person) => setSearch({ name: person.familyName, version: search.version + 1 })}
        />
      </section>
      <section aria-labelledby="personer" className="stack">
        <Heading level={2} data-size="md" id="personer">
          Personer
        </Heading>
        <form className="search-form" role="search" aria-label="Søk etter personer" onSubmit={submit}>
          <Textfield
            label="Navn"
            description="En del av navnet; tomt viser alle"
            value={name}
            maxLength={100}
            onChange={(event) => setName(event.target.value)}
          />
          <Button type="submit">Søk</Button>
        </form>
        <PersonResults key={`${search.name}:${search.version}`} number={number} name={search.name} />
      </section>
    </>
  );
}

function PersonResults({ number, name }: { number: string; name: string }) {
  const [persons, setPersons] = useState<DeskPersonFragment[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [state, setState] = useState<'loading' | 'done' | { error: string }>('loading');
  const { action, setAction, opens } = useInlineAction<Action>();
  const [notice, setNotice] = useState('');

  const load = async (after: string | null, previous: DeskPersonFragment[]) => {
    setState('loading');
    try {
      const { searchPersons } = await client.execute(DeskPersonsDocument, {
        name,
        municipalityNumber: number,
        first: pageSize,
        after,
      });
      setPersons([...previous, ...searchPersons.edges.map((edge) => edge.node)]);
      setNext(searchPersons.pageInfo.hasNextPage ? searchPersons.pageInfo.endCursor : null);
      setState('done');
    } catch (error) {
      setState({ error: (error as { code?: string }).code ?? 'NETWORK_ERROR' });
    }
  };
  useEffect(() => {
    void load(null, []);
  }, []);
  const replace = (person: DeskPersonFragment, message: string) => {
    setPersons((all) => all.map((p) => (p.id === person.id ? person : p)));
    setAction(null);
    setNotice(message);
  };
  const replaceEmployment = (personId: string, employment: DeskEmploymentFragment, message: string) => {
    setPersons((all) =>
      all.map((p) =>
        p.id !== personId
          ? p
          : {
              ...p,
              employments: [...p.employments.filter((e) => e.id !== employment.id), employment],
            },
      ),
    );
    setAction(null);
    setNotice(message);
  };

  return (
    <>
      <Paragraph aria-live="polite" role="status">
        {typeof state === 'object'
          ? errorMessage(state.error)
          : state === 'loading'
            ? 'Søker …'
            : persons.length === 0
              ? 'Ingen personer passer med søket.'
              : `Viser ${count(persons.length, 'person', 'personer')}${next ? '. Det finnes flere.' : '.'}`}
      </Paragraph>
      <Paragraph role="status">{notice}</Paragraph>
      <ul className="desk-list">
        {persons.map((person) => (
          <li key={person.id} className="desk-item">
            <div className="unit-row">
              <Heading level={3} data-size="xs">
                {person.name}
              </Heading>
              {person.municipalityNumber !== number && <span>registrert i {person.municipalityNumber}</span>}
              <Button
                data-size="sm"
                variant="tertiary"
                aria-label={`Endre navn: ${person.name}`}
                {...opens({ personId: person.id, kind: 'edit' })}
              >
                Endre navn
              </Button>
              <Button
                data-size="sm"
                variant="tertiary"
                aria-label={`Ny ansettelse: ${person.name}`}
                {...opens({ personId: person.id, kind: 'employ' })}
              >
                Ny ansettelse
              </Button>
            </div>
            {action && 'personId' in action && action.personId === person.id && (
              <div className="unit-action">
                {action.kind === 'edit' ? (
                  <UpdatePersonForm person={person} onDone={replace} onCancel={() => setAction(null)} />
                ) : (
                  <StartEmploymentForm
                    number={number}
                    person={person}
                    onDone={(employment, message) => replaceEmployment(person.id, employment, message)}
                    onCancel={() => setAction(null)}
                  />
                )}
              </div>
            )}
            {person.employments.length > 0 && (
              <List.Unordered>
                {person.employments.map((employment) => (
                  <List.Item key={employment.id}>
                    {employment.title}
                    {employment.isLeader ? ' (leder)' : ''}, {employment.unit.name}, fra{' '}
                    {employment.startDate}
                    {employment.endDate ? ` til ${employment.endDate}` : ''}{' '}
                    {!employment.endDate && (
                      <Button
                        data-size="sm"
                        variant="tertiary"
                        aria-label={`Avslutt ansettelse: ${employment.title}, ${employment.unit.name}`}
                        {...opens({ employmentId: employment.id, kind: 'end' })}
                      >
                        Avslutt
                      </Button>
                    )}
                    {action && 'employmentId' in action && action.employmentId === employment.id && (
                      <EndEmploymentForm
                        employment={employment}
                        onDone={(ended, message) => replaceEmployment(person.id, ended, message)}
                        onCancel={() => setAction(null)}
                      />
                    )}
                  </List.Item>
                ))}
              </List.Unordered>
            )}
          </li>
        ))}
      </ul>
      {next && state === 'done' && (
        <div>
          <Button variant="secondary" onClick={() => void load(next, persons)}>
            Vis flere
          </Button>
        </div>
      )}
    </>
  );
}

function AddPersonForm({ number, onDone }: { number: string; onDone: (person: DeskPersonFragment) => void }) {
  const form = useMutationForm(['givenName', 'familyName', 'email', 'phone']);
  const [givenName, setGivenName] = useState('');
  const [familyName, setFamilyName] = useState('');
  const [email, setEmail] = useState('');
  const [phone, setPhone] = useState('');
  return (
    <DeskForm
      form={form}
      label="Ny person"
      submitLabel="Legg til person"
      onSubmit={() =>
        void form.submit(
          AddPersonDocument,
          {
            input: {
              municipalityNumber: number,
              givenName,
              familyName,
              email: email.trim(),
              ...(phone.trim() ? { phone: phone.trim() } : {}),
            },
          },
          (result) => result.addPerson,
          `${givenName.trim()} ${familyName.trim()} er lagt til.`,
          (payload) => {
            setGivenName('');
            setFamilyName('');
            setEmail('');
            setPhone('');
            if (payload.person) onDone(payload.person);
          },
        )
      }
    >
      <TextField form={form} field="givenName" label="Fornavn" value={givenName} onChange={setGivenName} />
      <TextField
        form={form}
        field="familyName"
        label="Etternavn"
        value={familyName}
        onChange={setFamilyName}
      />
      <TextField form={form} field="email" label="E-post" type="email" value={email} onChange={setEmail} />
      <TextField
        form={form}
        field="phone"
        label="Telefon"
        description="Valgfritt"
        type="tel"
        value={phone}
        onChange={setPhone}
      />
    </DeskForm>
  );
}

function UpdatePersonForm({
  person,
  onDone,
  onCancel,
}: {
  person: DeskPersonFragment;
  onDone: (person: DeskPersonFragment, message: string) => void;
  onCancel: () => void;
}) {
  const form = useMutationForm(['givenName', 'familyName']);
  const [givenName, setGivenName] = useState(person.givenName);
  const [familyName, setFamilyName] = useState(person.familyName);
  return (
    <DeskForm
      form={form}
      label={`Endre navn: ${person.name}`}
      submitLabel="Lagre"
      onCancel={onCancel}
      onSubmit={() =>
        void form.submit(
          UpdatePersonDocument,
          { input: { id: person.id, givenName, familyName } },
          (result) => result.updatePerson,
          'Navnet er endret.',
          (payload, message) => payload.person && onDone(payload.person, message),
        )
      }
    >
      <TextField
        form={form}
        field="givenName"
        label="Fornavn"
        value={givenName}
        onChange={setGivenName}
        autoFocus
      />
      <TextField
        form={form}
        field="familyName"
        label="Etternavn"
        value={familyName}
        onChange={setFamilyName}
      />
    </DeskForm>
  );
}

function StartEmploymentForm({
  number,
  person,
  onDone,
  onCancel,
}: {
  number: string;
  person: DeskPersonFragment;
  onDone: (employment: DeskEmploymentFragment, message: string) => void;
  onCancel: () => void;
}) {
  const units = useOperation(DeskUnitsDocument, { number });
  const form = useMutationForm(['unitId', 'title', 'isLeader', 'startDate', 'endDate']);
  const [unitId, setUnitId] = useState('');
  const [title, setTitle] = useState('');
  const [isLeader, setIsLeader] = useState(false);
  const [startDate, setStartDate] = useState(today);
  const open =
    units.state === 'done' ? (units.data.municipality?.units ?? []).filter((u) => !u.closedOn) : [];
  return (
    <DeskForm
      form={form}
      label={`Ny ansettelse: ${person.name}`}
      submitLabel="Start ansettelse"
      onCancel={onCancel}
      onSubmit={() =>
        void form.submit(
          StartEmploymentDocument,
          {
            input: { personId: person.id, unitId: unitId || (open[0]?.id ?? ''), title, isLeader, startDate },
          },
          (result) => result.startEmployment,
          'Ansettelsen er registrert.',
          (payload, message) => payload.employment && onDone(payload.employment, message),
        )
      }
    >
      <SelectField
        form={form}
        field="unitId"
        label="Enhet"
        value={unitId || (open[0]?.id ?? '')}
        onChange={setUnitId}
        autoFocus
        options={open.map((u) => [u.id, u.name] as const)}
      />
      <TextField form={form} field="title" label="Stillingstittel" value={title} onChange={setTitle} />
      <TextField
        form={form}
        field="startDate"
        label="Fra"
        type="date"
        value={startDate}
        onChange={setStartDate}
      />
      <Checkbox
        label="Leder for enheten"
        checked={isLeader}
        onChange={(event) => setIsLeader(event.target.checked)}
        error={form.error('isLeader')}
      />
    </DeskForm>
  );
}

function EndEmploymentForm({
  employment,
  onDone,
  onCancel,
}: {
  employment: DeskEmploymentFragment;
  onDone: (employment: DeskEmploymentFragment, message: string) => void;
  onCancel: () => void;
}) {
  return (
    <EndForm
      document={EndEmploymentDocument}
      variables={(endDate) => ({ input: { id: employment.id, endDate } })}
      payloadOf={(result) => result.endEmployment}
      label={`Avslutt ansettelse: ${employment.title}`}
      submitLabel="Avslutt ansettelsen"
      done="Ansettelsen er avsluttet."
      onDone={(payload, message) => payload.employment && onDone(payload.employment, message)}
      onCancel={onCancel}
    />
  );
}

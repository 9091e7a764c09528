import {
  Alert,
  Button,
  Field,
  Fieldset,
  Heading,
  Label,
  Paragraph,
  Radio,
  Select,
  Table,
  Textfield,
} from '@digdir/designsystemet-react';
import {
  AssignContactPersonDocument,
  PersonsWithDeclarationDocument,
  MunicipalityContactPersonsDocument,
  RemoveContactPersonDocument,
  type ContactRole,
  type PersonsWithDeclarationQuery,
  type MunicipalityContactPersonsQuery,
} from '@registers/client';
import { useState, type FormEvent } from 'react';
import { client } from '../../api.ts';
import { errorMessage } from '../../labels.ts';
import { AdminPage } from './AdminAccess.tsx';

type Person = PersonsWithDeclarationQuery['searchPersons']['edges'][number]['node'];
type Municipality = NonNullable<MunicipalityContactPersonsQuery['municipality']>;
type Assignable = Exclude<ContactRole, 'COMPANY'>;

const roleLabel: Record<ContactRole, string> = {
  KR: 'Kontaktperson for Kommuneregisteret',
  STV: 'Kontaktperson for Styrevervregisteret',
  BOTH: 'Kontaktperson for begge registrene',
  COMPANY: 'Kontaktperson for et selskap',
  ADMINISTRATOR: 'Administrator',
};
/** The role inside a sentence: `Aksel Johansen, kontaktperson for Styrevervregisteret i Tysvær`. */
const roleInText = (role: ContactRole) => roleLabel[role].charAt(0).toLowerCase() + roleLabel[role].slice(1);
const assignable: Assignable[] = ['BOTH', 'KR', 'STV', 'ADMINISTRATOR'];
const codeOf = (error: unknown) => (error as { code?: string }).code ?? 'NETWORK_ERROR';

/**
 * `/admin/kontaktpersoner`: makes a person (found by name) contact person of a municipality or
 * administrator, and ends assignments: a municipality's, as it lists them, or one made here.
 * The register lists no administrators, so one is removed from this page right after it is
 * made, or by its assignment's id.
 */
export function ContactPersonsPage() {
  const [municipalityNumber, setMunicipalityNumber] = useState('');
  const [shown, setShown] = useState<Municipality | null>(null);
  const [made, setMade] = useState<{ id: string; text: string }[]>([]);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const showMunicipality = async (number: string) => {
    try {
      const { municipality } = await client.execute(MunicipalityContactPersonsDocument, { number });
      setShown(municipality ?? null);
    } catch (error) {
      setShown(null);
      setMessage({ ok: false, text: errorMessage(codeOf(error)) });
    }
  };
  const remove = async (id: string, text: string) => {
    try {
      const { removeContactPerson } = await client.execute(RemoveContactPersonDocument, { input: { id } });
      if (removeContactPerson.userErrors.length > 0) {
        setMessage({ ok: false, text: removeContactPerson.userErrors.map((e) => e.message).join(' ') });
        return;
      }
      setMessage({ ok: true, text: `Fjernet: ${text}.` });
      setMade((previous) => previous.filter((entry) => entry.id !== id));
      if (shown) await showMunicipality(shown.number);
    } catch (error) {
      setMessage({ ok: false, text: errorMessage(codeOf(error)) });
    }
  };

  return (
    <AdminPage title="Kontaktpersoner og administratorer">
      <Assign
        onAssigned={(id, text, number) => {
          setMessage({ ok: true, text: `Tildelt: ${text}.` });
          setMade((previous) => [...previous, { id, text }]);
          if (number) {
            setMunicipalityNumber(number);
            void showMunicipality(number);
          }
        }}
        onFailed={(text) => setMessage({ ok: false, text })}
      />
      <div role="status" aria-live="polite">
        {message && <Alert data-color={message.ok ? 'success' : 'danger'}>{message.text}</Alert>}
      </div>
      {made.length > 0 && (
        <section aria-labelledby="tildelt-na" className="stack">
          <Heading level={2} data-size="md" id="tildelt-na">
            Tildelt nå
          </Heading>
          <Table>
            <caption className="ds-sr-only">Tildelinger gjort på denne siden</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>Tildeling</Table.HeaderCell>
                <Table.HeaderCell>Handling</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {made.map((entry) => (
                <Table.Row key={entry.id}>
                  <Table.Cell>{entry.text}</Table.Cell>
                  <Table.Cell>
                    <Button
                      variant="tertiary"
                      data-size="sm"
                      onClick={() => void remove(entry.id, entry.text)}
                    >
                      Fjern<span className="ds-sr-only"> {entry.text}</span>
                    </Button>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </section>
      )}
      <section aria-labelledby="kommunens" className="stack">
        <Heading level={2} data-size="md" id="kommunens">
          En kommunes kontaktpersoner
        </Heading>
        <form
          className="search-form"
          onSubmit={(event) => {
            event.preventDefault();
            void showMunicipality(municipalityNumber.trim());
          }}
        >
          <Textfield
            label="Kommunenummer"
            inputMode="numeric"
            pattern="[0-9]{4}"
            maxLength={4}
            value={municipalityNumber}
            onChange={(event) => setMunicipalityNumber(event.target.value)}
          />
          <Button type="submit" variant="secondary">
            Vis kontaktpersoner
          </Button>
        </form>
        {shown && (
          <Table zebra>
            <caption>
              Kontaktpersoner i {shown.number} {shown.name}
            </caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>Navn</Table.HeaderCell>
                <Table.HeaderCell>Rolle</Table.HeaderCell>
                <Table.HeaderCell>Handling</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {shown.contactPersons.length === 0 && (
                <Table.Row>
                  <Table.Cell colSpan={3}>Kommunen har ingen kontaktpersoner.</Table.Cell>
                </Table.Row>
              )}
              {shown.contactPersons.map((contact) => {
                const text = `${contact.person.name}, ${roleInText(contact.role)} i ${shown.name}`;
                return (
                  <Table.Row key={contact.id}>
                    <Table.Cell>{contact.person.name}</Table.Cell>
                    <Table.Cell>{roleLabel[contact.role]}</Table.Cell>
                    <Table.Cell>
                      <Button variant="tertiary" data-size="sm" onClick={() => void remove(contact.id, text)}>
                        Fjern<span className="ds-sr-only"> {text}</span>
                      </Button>
                    </Table.Cell>
                  </Table.Row>
                );
              })}
            </Table.Body>
          </Table>
        )}
      </section>
    </AdminPage>
  );
}

function Assign({
  onAssigned,
  onFailed,
}: {
  onAssigned: (id: string, text: string, municipalityNumber: string | null) => void;
  onFailed: (text: string) => void;
}) {
  const [name, setName] = useState('');
  const [found, setFound] = useState<Person[] | null>(null);
  const [personId, setPersonId] = useState('');
  const [role, setRole] = useState<Assignable>('BOTH');
  const [municipalityNumber, setMunicipalityNumber] = useState('');

  const search = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const { searchPersons } = await client.execute(PersonsWithDeclarationDocument, {
        name: name.trim(),
        first: 20,
      });
      setFound(searchPersons.edges.map((edge) => edge.node));
      setPersonId('');
    } catch (error) {
      onFailed(errorMessage(codeOf(error)));
    }
  };
  const assign = async (event: FormEvent) => {
    event.preventDefault();
    const person = found?.find((p) => p.id === personId);
    if (!person) return;
    const number = role === 'ADMINISTRATOR' ? null : municipalityNumber.trim();
    try {
      const { assignContactPerson: result } = await client.execute(AssignContactPersonDocument, {
        input: { personId, role, ...(number && { municipalityNumber: number }) },
      });
      const contact = result.contactPerson;
      if (!contact) {
        onFailed(result.userErrors.map((e) => e.message).join(' '));
        return;
      }
      const where = contact.municipality ? ` i ${contact.municipality.name}` : '';
      onAssigned(contact.id, `${contact.person.name}, ${roleInText(contact.role)}${where}`, number);
    } catch (error) {
      onFailed(errorMessage(codeOf(error)));
    }
  };

  return (
    <section aria-labelledby="tildel" className="stack">
      <Heading level={2} data-size="md" id="tildel">
        Tildel en rolle
      </Heading>
      <form className="search-form" role="search" onSubmit={(event) => void search(event)}>
        <Textfield
          label="Finn person på navn"
          required
          value={name}
          maxLength={100}
          onChange={(e) => setName(e.target.value)}
        />
        <Button type="submit" variant="secondary">
          Søk
        </Button>
      </form>
      {found && (
        <form className="stack" onSubmit={(event) => void assign(event)}>
          <Fieldset>
            <Fieldset.Legend>Person</Fieldset.Legend>
            {found.length === 0 && (
              <Fieldset.Description>Ingen personer passer med søket.</Fieldset.Description>
            )}
            {found.map((person) => (
              <Radio
                key={person.id}
                name="person"
                value={person.id}
                label={person.name}
                description={
                  person.municipalityNumber ? `Registrert i ${person.municipalityNumber}` : undefined
                }
                checked={personId === person.id}
                onChange={() => setPersonId(person.id)}
              />
            ))}
          </Fieldset>
          <Field>
            <Label>Rolle</Label>
            <Select value={role} onChange={(event) => setRole(event.target.value as Assignable)}>
              {assignable.map((value) => (
                <Select.Option key={value} value={value}>
                  {roleLabel[value]}
                </Select.Option>
              ))}
            </Select>
          </Field>
          {role !== 'ADMINISTRATOR' && (
            <Textfield
              label="Kommunenummer"
              description="Fire siffer, for eksempel 4601"
              required
              inputMode="numeric"
              pattern="[0-9]{4}"
              maxLength={4}
              value={municipalityNumber}
              onChange={(event) => setMunicipalityNumber(event.target.value)}
            />
          )}
          <div>
            <Button type="submit" disabled={!personId}>
              Tildel
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}

import { Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import {
  AddMembershipDocument,
  CreateElectedBodyDocument,
  DeskElectedBodiesDocument,
  DeskPartiesDocument,
  EndMembershipDocument,
  type DeskElectedBodyFragment,
  type DeskMembershipFragment,
  type ElectedBodyKind,
  type MembershipRole,
} from '@registers/client';
import { useState } from 'react';
import { useOperation, useReloadableOperation } from '../../api.ts';
import { electedBodyKind, membershipRole } from '../../labels.ts';
import { Show } from '../../ui.tsx';
import {
  EndForm,
  useInlineAction,
  DeskForm,
  PersonPicker,
  SelectField,
  TextField,
  today,
  useMutationForm,
  type ActionOpener,
} from './form.tsx';

type Action = { bodyId: string; kind: 'add' } | { membershipId: string; kind: 'end' };

/** The election year that starts the period we are in: 2023 for 2023–2027 (a period starts in October). */
const currentPeriodStartYear = () => {
  const now = new Date();
  const year = now.getFullYear() - ((((now.getFullYear() - 2023) % 4) + 4) % 4);
  return year === now.getFullYear() && now.getMonth() < 9 ? year - 4 : year;
};

/** `/skrivebord/<nr>/organer`: the municipality's elected bodies and their members; create bodies, add and end memberships. */
export function ElectedBodiesDesk({ number }: { number: string }) {
  const [loaded, reload] = useReloadableOperation(DeskElectedBodiesDocument, { number });
  const { action, setAction, opens } = useInlineAction<Action>();
  const [notice, setNotice] = useState('');
  const done = (message: string) => {
    setAction(null);
    setNotice(message);
    reload();
  };
  return (
    <Show loaded={loaded}>
      {({ municipality }) => (
        <>
          <section aria-labelledby="nytt-organ" className="stack">
            <Heading level={2} data-size="md" id="nytt-organ">
              Nytt organ
            </Heading>
            <CreateBodyForm number={number} onDone={reload} />
          </section>
          <section aria-labelledby="organer" className="stack">
            <Heading level={2} data-size="md" id="organer">
              Organer
            </Heading>
            <Paragraph role="status">{notice}</Paragraph>
            {(municipality?.electedBodies ?? []).length === 0 && (
              <Paragraph>Kommunen har ingen folkevalgte organer registrert.</Paragraph>
            )}
            {(municipality?.electedBodies ?? []).map((body) => (
              <section
                key={body.id}
                className="desk-item stack"
                aria-label={`${body.name} ${body.period.label}`}
              >
                <div className="unit-row">
                  <Heading level={3} data-size="sm">
                    {body.name} {body.period.label}
                  </Heading>
                  <span>{electedBodyKind[body.kind]}</span>
                  <Button
                    data-size="sm"
                    variant="tertiary"
                    aria-label={`Legg til medlem: ${body.name} ${body.period.label}`}
                    {...opens({ bodyId: body.id, kind: 'add' })}
                  >
                    Legg til medlem
                  </Button>
                </div>
                {action?.kind === 'add' && action.bodyId === body.id && (
                  <AddMembershipForm
                    number={number}
                    body={body}
                    onDone={done}
                    onCancel={() => setAction(null)}
                  />
                )}
                {body.members.length === 0 ? (
                  <Paragraph data-size="sm">Ingen medlemmer er registrert.</Paragraph>
                ) : (
                  <Table data-size="sm">
                    <caption className="ds-sr-only">
                      Medlemmer av {body.name} {body.period.label}
                    </caption>
                    <Table.Head>
                      <Table.Row>
                        <Table.HeaderCell>Navn</Table.HeaderCell>
                        <Table.HeaderCell>Rolle</Table.HeaderCell>
                        <Table.HeaderCell>Parti eller liste</Table.HeaderCell>
                        <Table.HeaderCell>Periode</Table.HeaderCell>
                        <Table.HeaderCell>
                          <span className="ds-sr-only">Handlinger</span>
                        </Table.HeaderCell>
                      </Table.Row>
                    </Table.Head>
                    <Table.Body>
                      {body.members.map((member) => (
                        <MemberRow
                          key={member.id}
                          member={member}
                          opener={opens({ membershipId: member.id, kind: 'end' })}
                          onDone={done}
                        />
                      ))}
                    </Table.Body>
                  </Table>
                )}
              </section>
            ))}
          </section>
        </>
      )}
    </Show>
  );
}

function MemberRow({
  member,
  opener,
  onDone,
}: {
  member: DeskMembershipFragment;
  /** The end form's button (`useInlineAction`'s `opens`): open when `aria-expanded`. */
  opener: ActionOpener;
  onDone: (message: string) => void;
}) {
  const ending = opener['aria-expanded'];
  return (
    <>
      <Table.Row>
        <Table.Cell>{member.person.name}</Table.Cell>
        <Table.Cell>
          {membershipRole[member.role]}
          {member.substituteRank ? ` ${member.substituteRank}` : ''}
        </Table.Cell>
        <Table.Cell>{member.party?.name ?? ''}</Table.Cell>
        <Table.Cell>
          {member.startDate}–{member.endDate ?? ''}
        </Table.Cell>
        <Table.Cell>
          {!member.endDate && (
            <Button
              data-size="sm"
              variant="tertiary"
              aria-label={`Avslutt vervet: ${member.person.name}`}
              {...opener}
            >
              Avslutt
            </Button>
          )}
        </Table.Cell>
      </Table.Row>
      {ending && (
        <Table.Row>
          <Table.Cell colSpan={5}>
            <EndMembershipForm member={member} onDone={onDone} onCancel={opener.onClick} />
          </Table.Cell>
        </Table.Row>
      )}
    </>
  );
}

function CreateBodyForm({ number, onDone }: { number: string; onDone: () => void }) {
  const form = useMutationForm(['kind', 'name', 'periodStartYear']);
  const [kind, setKind] = useState<ElectedBodyKind>('STANDING_COMMITTEE');
  const [name, setName] = useState('');
  const [year, setYear] = useState(String(currentPeriodStartYear()));
  return (
    <DeskForm
      form={form}
      label="Nytt organ"
      submitLabel="Opprett organ"
      onSubmit={() =>
        void form.submit(
          CreateElectedBodyDocument,
          { input: { municipalityNumber: number, kind, name, periodStartYear: Number(year) } },
          (result) => result.createElectedBody,
          `${name.trim()} er opprettet.`,
          () => {
            setName('');
            onDone();
          },
        )
      }
    >
      <TextField form={form} field="name" label="Navn" value={name} onChange={setName} />
      <SelectField
        form={form}
        field="kind"
        label="Type"
        value={kind}
        onChange={(value) => setKind(value as ElectedBodyKind)}
        options={Object.entries(electedBodyKind)}
      />
      <TextField
        form={form}
        field="periodStartYear"
        label="Valgperioden starter"
        description="Valgåret, for eksempel 2023 for 2023–2027"
        type="number"
        value={year}
        onChange={setYear}
      />
    </DeskForm>
  );
}

function AddMembershipForm({
  number,
  body,
  onDone,
  onCancel,
}: {
  number: string;
  body: DeskElectedBodyFragment;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const form = useMutationForm(['personId', 'role', 'substituteRank', 'partyId', 'startDate', 'endDate']);
  const parties = useOperation(DeskPartiesDocument);
  const [personId, setPersonId] = useState('');
  const [partyId, setPartyId] = useState('');
  const [role, setRole] = useState<MembershipRole>('MEMBER');
  const [rank, setRank] = useState('1');
  const [startDate, setStartDate] = useState(today);
  return (
    <DeskForm
      form={form}
      label={`Nytt medlem av ${body.name}`}
      submitLabel="Legg til medlem"
      onCancel={onCancel}
      onSubmit={() =>
        void form.submit(
          AddMembershipDocument,
          {
            input: {
              bodyId: body.id,
              personId,
              role,
              startDate,
              ...(partyId ? { partyId } : {}),
              ...(role === 'SUBSTITUTE' ? { substituteRank: Number(rank) } : {}),
            },
          },
          (result) => result.addMembership,
          'Medlemmet er lagt til.',
          (_, message) => onDone(message),
        )
      }
    >
      <PersonPicker form={form} municipalityNumber={number} value={personId} onChange={setPersonId} />
      <SelectField
        form={form}
        field="role"
        label="Rolle"
        value={role}
        onChange={(value) => setRole(value as MembershipRole)}
        options={Object.entries(membershipRole)}
      />
      {role === 'SUBSTITUTE' && (
        <TextField
          form={form}
          field="substituteRank"
          label="Varanummer"
          type="number"
          value={rank}
          onChange={setRank}
        />
      )}
      <SelectField
        form={form}
        field="partyId"
        label="Parti"
        value={partyId}
        onChange={setPartyId}
        options={[
          ['', 'Ingen'],
          ...(parties.state === 'done' ? parties.data.parties : []).map((p) => [p.id, p.name] as const),
        ]}
      />
      <TextField
        form={form}
        field="startDate"
        label="Fra"
        type="date"
        value={startDate}
        onChange={setStartDate}
      />
    </DeskForm>
  );
}

function EndMembershipForm({
  member,
  onDone,
  onCancel,
}: {
  member: DeskMembershipFragment;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  return (
    <EndForm
      document={EndMembershipDocument}
      variables={(endDate) => ({ input: { id: member.id, endDate } })}
      payloadOf={(result) => result.endMembership}
      label={`Avslutt vervet til ${member.person.name}`}
      submitLabel="Avslutt vervet"
      done="Vervet er avsluttet."
      onDone={(_, message) => onDone(message)}
      onCancel={onCancel}
    />
  );
}

import { Button, Card, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import {
  ApproveChangeMessageDocument,
  DeskChangeMessagesDocument,
  RejectChangeMessageDocument,
  type DeskChangeMessageFragment,
} from '@registers/client';
import { useEffect, useState } from 'react';
import { client } from '../../api.ts';
import { count, errorMessage, unitKind } from '../../labels.ts';
import { DeskForm, TextField, useMutationForm } from './form.tsx';

const pageSize = 10;

const fieldNames: Record<string, string> = {
  name: 'Navn',
  kind: 'Type',
  organizationForm: 'Organisasjonsform',
  industryCode: 'Næringskode',
  visitingAddress: 'Besøksadresse',
  postalAddress: 'Postadresse',
  phone: 'Telefon',
  email: 'E-post',
};

/** A proposed change's value (JSON text) as a reader reads it: an address on one line, nothing as a dash. */
function showValue(json: string | null | undefined): string {
  if (json === null || json === undefined) return '–';
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return json;
  }
  if (value === null || value === '') return '–';
  if (typeof value === 'object' && 'postalCode' in value) {
    const address = value as { lines?: string[]; postalCode: string; postalPlace: string };
    return [...(address.lines ?? []), `${address.postalCode} ${address.postalPlace}`].join(', ');
  }
  if (typeof value === 'string') return unitKind[value as keyof typeof unitKind] ?? value;
  return JSON.stringify(value);
}

/**
 * `/skrivebord/<nr>/endringsmeldinger`: the municipality's pending change messages from
 * Enhetsregisteret, a page at a time, each side by side with the unit as the register has it;
 * approve or reject each.
 */
export function ChangeMessagesDesk({ number }: { number: string }) {
  const [messages, setMessages] = useState<DeskChangeMessageFragment[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [state, setState] = useState<'loading' | 'done' | { error: string }>('loading');
  const [decided, setDecided] = useState<string[]>([]);

  const load = async (after: string | null, previous: DeskChangeMessageFragment[]) => {
    setState('loading');
    try {
      const { changeMessages } = await client.execute(DeskChangeMessagesDocument, {
        municipalityNumber: number,
        first: pageSize,
        after,
      });
      setMessages([...previous, ...changeMessages.edges.map((edge) => edge.node)]);
      setNext(changeMessages.pageInfo.hasNextPage ? changeMessages.pageInfo.endCursor : null);
      setState('done');
    } catch (error) {
      setState({ error: (error as { code?: string }).code ?? 'NETWORK_ERROR' });
    }
  };
  useEffect(() => {
    void load(null, []);
  }, []);

  const pending = messages.filter((message) => !decided.includes(message.id));
  return (
    <section aria-labelledby="ventende" className="stack">
      <Heading level={2} data-size="md" id="ventende">
        Ventende endringsmeldinger fra Enhetsregisteret
      </Heading>
      <Paragraph aria-live="polite" role="status">
        {typeof state === 'object'
          ? errorMessage(state.error)
          : state === 'loading'
            ? 'Henter endringsmeldinger …'
            : pending.length === 0
              ? 'Ingen endringsmeldinger venter.'
              : `Viser ${count(pending.length, 'endringsmelding', 'endringsmeldinger')}${next ? '. Det finnes flere.' : '.'}`}
      </Paragraph>
      {messages.map((message) => (
        <ChangeMessageCard
          key={message.id}
          message={message}
          onDecided={() => setDecided((all) => [...all, message.id])}
        />
      ))}
      {next && state === 'done' && (
        <div>
          <Button variant="secondary" onClick={() => void load(next, messages)}>
            Vis flere
          </Button>
        </div>
      )}
    </section>
  );
}

function ChangeMessageCard({
  message,
  onDecided,
}: {
  message: DeskChangeMessageFragment;
  onDecided: () => void;
}) {
  const approve = useMutationForm([]);
  const reject = useMutationForm(['reason']);
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [outcome, setOutcome] = useState<string | null>(null);
  const heading = `${message.unit.name} (${message.organizationNumber})`;
  return (
    <Card data-color="neutral" className="stack">
      <Heading level={3} data-size="sm">
        {heading}
      </Heading>
      <Paragraph data-size="sm">Mottatt {new Date(message.receivedAt).toLocaleString('nb-NO')}</Paragraph>
      <Table data-size="sm" className="change-table">
        <caption>Endringer foreslått for {message.unit.name}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>Felt</Table.HeaderCell>
            <Table.HeaderCell>I Kommuneregisteret nå</Table.HeaderCell>
            <Table.HeaderCell>Fra Enhetsregisteret</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {message.proposedChanges.map((change) => (
            <Table.Row key={change.field}>
              <Table.HeaderCell scope="row">{fieldNames[change.field] ?? change.field}</Table.HeaderCell>
              <Table.Cell>{showValue(change.from)}</Table.Cell>
              <Table.Cell>{showValue(change.to)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      {outcome ? (
        // The form that had the focus is gone: the outcome takes it.
        <Paragraph role="status" tabIndex={-1} ref={(element) => element?.focus()}>
          {outcome}
        </Paragraph>
      ) : rejecting ? (
        <DeskForm
          form={reject}
          label={`Avvis endringsmeldingen for ${message.unit.name}`}
          submitLabel="Avvis"
          onCancel={() => setRejecting(false)}
          onSubmit={() =>
            void reject.submit(
              RejectChangeMessageDocument,
              { input: { id: message.id, reason } },
              (result) => result.rejectChangeMessage,
              'Avvist.',
              () => {
                setOutcome('Endringsmeldingen er avvist.');
                onDecided();
              },
            )
          }
        >
          <TextField
            form={reject}
            field="reason"
            label="Begrunnelse"
            value={reason}
            onChange={setReason}
            autoFocus
          />
        </DeskForm>
      ) : (
        <DeskForm
          form={approve}
          label={`Godkjenn endringsmeldingen for ${message.unit.name}`}
          submitLabel="Godkjenn"
          actions={
            <Button type="button" variant="secondary" onClick={() => setRejecting(true)}>
              Avvis …
            </Button>
          }
          onSubmit={() =>
            void approve.submit(
              ApproveChangeMessageDocument,
              { input: { id: message.id } },
              (result) => result.approveChangeMessage,
              'Godkjent.',
              (payload) => {
                setOutcome(`Godkjent: ${payload.unit?.name ?? message.unit.name} er oppdatert.`);
                onDecided();
              },
            )
          }
        />
      )}
    </Card>
  );
}

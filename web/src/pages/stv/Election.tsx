import {
  Alert,
  Button,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  Table,
  Tag,
  Textfield,
} from '@digdir/designsystemet-react';
import {
  ElectionReconciliationDocument,
  ResolveElectionMatchReportDocument,
  StartElectionReconciliationDocument,
  type ElectionMatchReportDetailsFragment,
  type ElectionMatchResolution,
  type ElectionReconciliationDetailsFragment,
  type ElectionReconciliationMatch,
  type ElectionReconciliationState,
} from '@registers/client';
import { useEffect, useState, type FormEvent } from 'react';
import { isStvContactFor, Restricted } from '../../access.tsx';
import { client, type Loaded } from '../../api.ts';
import { count, errorMessage } from '../../labels.ts';
import { navigate } from '../../router.tsx';
import { Page, Show } from '../../ui.tsx';
import { DeskBack, municipalityLabel } from './DeskBack.tsx';

const stateLabel: Record<ElectionReconciliationState, string> = {
  WAITING: 'Venter',
  UNPUBLISHED: 'Avpublisert',
  NOTIFIED: 'Forhåndsvarslet',
  NOT_REACHED: 'Ikke nådd (mangler e-post)',
  LINK_SENT: 'Lenke sendt',
  REPORTED: 'Har meldt feil',
  RESOLVED: 'Feilmelding løst',
  PUBLISHED_AGAIN: 'Publisert på nytt',
};
const matchLabel: Record<ElectionReconciliationMatch, string> = {
  MATCHED: 'Gjenvalgt',
  NEW_PERSON: 'Ny person',
  HOLDER: 'Annen innehaver',
};
const resolutionLabel: Record<ElectionMatchResolution, string> = {
  MERGED: 'Slått sammen med tidligere registrering',
  CORRECTED: 'Rettet i Kommuneregisteret',
  DISMISSED: 'Avvist: ingenting var feil',
};
const reconciliationErrors: Record<string, string> = {
  NOT_CONFIRMED: 'Kommuneregisteret har ikke et bekreftet valgresultat for denne perioden ennå.',
  DUPLICATE: 'Avstemmingen er allerede startet.',
  NOT_MERGED: 'Kommuneregisteret har ikke slått sammen personene ennå, eller personen det gjelder er ukjent.',
  INVALID: 'Noe i skjemaet er ikke gyldig.',
};
const dateTime = new Intl.DateTimeFormat('nb-NO', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Europe/Oslo',
});

/** The latest municipal election year up to `year`: they are held every four years from 2023. */
export const electionYearOf = (year: number) => year - ((((year - 2023) % 4) + 4) % 4);

/**
 * `/skrivebord/<nr>/valg?periode=<år>`: Styrevervregisteret's reconciliation after the election
 * that starts the period: started here when none is, then each person's state, the counts per
 * state, and the holders' reports of wrong matches to resolve.
 */
export function ElectionPage({ number, params }: { number: string; params: URLSearchParams }) {
  const latest = electionYearOf(new Date().getFullYear());
  const asked = Number(params.get('periode'));
  // The coming election's period too: its result may be loaded and confirmed ahead of the page's year.
  const year =
    Number.isInteger(asked) && asked >= 2023 && asked <= latest + 4 ? electionYearOf(asked) : latest;
  const title = `Avstemming etter valget i ${year}`;
  return (
    <Restricted
      title={title}
      allowed={isStvContactFor(number)}
      refusal={`Du er ikke kontaktperson for Styrevervregisteret i kommune ${number}, og kan ikke se avstemmingen der.`}
    >
      {(viewer) => (
        <Page title={title}>
          <DeskBack number={number} viewer={viewer} />
          <Paragraph>
            Kommune {municipalityLabel(number, viewer.styrevervregisteretContactFor)}, valgperioden {year}–
            {year + 4}.
          </Paragraph>
          <Field>
            <Label>Valgperiode</Label>
            <Select
              value={String(year)}
              onChange={(event) =>
                navigate(`/skrivebord/${encodeURIComponent(number)}/valg?periode=${event.target.value}`)
              }
            >
              {[latest + 4, latest, latest - 4]
                .filter((y) => y >= 2023)
                .map((y) => (
                  <Select.Option key={y} value={String(y)}>
                    Valgperioden {y}–{y + 4}
                  </Select.Option>
                ))}
            </Select>
          </Field>
          <Reconciliation number={number} year={year} />
        </Page>
      )}
    </Restricted>
  );
}

function Reconciliation({ number, year }: { number: string; year: number }) {
  const [loaded, setLoaded] = useState<Loaded<ElectionReconciliationDetailsFragment | null>>({
    state: 'loading',
  });
  const reload = () =>
    client
      .execute(ElectionReconciliationDocument, { municipalityNumber: number, periodStartYear: year })
      .then(({ electionReconciliation }) =>
        setLoaded({ state: 'done', data: electionReconciliation ?? null }),
      )
      .catch((error: unknown) =>
        setLoaded({ state: 'error', code: (error as { code?: string }).code ?? 'NETWORK_ERROR' }),
      );
  useEffect(() => {
    void reload();
  }, [number, year]);
  return (
    <Show loaded={loaded}>
      {(reconciliation) =>
        reconciliation ? (
          <Started reconciliation={reconciliation} onChange={() => void reload()} />
        ) : (
          <NotStarted
            number={number}
            year={year}
            onStarted={(started) => setLoaded({ state: 'done', data: started })}
          />
        )
      }
    </Show>
  );
}

function NotStarted({
  number,
  year,
  onStarted,
}: {
  number: string;
  year: number;
  onStarted: (started: ElectionReconciliationDetailsFragment) => void;
}) {
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const start = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const { startElectionReconciliation: result } = await client.execute(
        StartElectionReconciliationDocument,
        {
          input: { municipalityNumber: number, periodStartYear: year },
        },
      );
      if (result.electionReconciliation) onStarted(result.electionReconciliation);
      else setProblem(result.userErrors.map((e) => reconciliationErrors[e.code] ?? e.message).join(' '));
    } catch (error) {
      setProblem(errorMessage((error as { code?: string }).code ?? 'NETWORK_ERROR'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="ikke-startet" className="stack">
      <Heading level={2} data-size="md" id="ikke-startet">
        Ikke startet
      </Heading>
      <Paragraph>
        Avstemmingen etter valget i {year} er ikke startet. Når du starter den, får alle med erklæring i
        kommunen et forhåndsvarsel på e-post, de folkevalgtes offentlige erklæringer avpubliseres, og de
        gjenvalgte og nye får en lenke for å se over og publisere på nytt, eller melde fra om feil.
      </Paragraph>
      <div>
        <Button onClick={() => void start()} disabled={busy}>
          Start avstemmingen
        </Button>
      </div>
      <div role="status" aria-live="polite">
        {problem && <Alert data-color="danger">{problem}</Alert>}
      </div>
    </section>
  );
}

function Started({
  reconciliation,
  onChange,
}: {
  reconciliation: ElectionReconciliationDetailsFragment;
  onChange: () => void;
}) {
  const total = reconciliation.persons.length;
  const done = reconciliation.persons.filter((p) => p.state === 'PUBLISHED_AGAIN').length;
  const open = reconciliation.reports.filter((r) => !r.resolvedAt);
  return (
    <>
      <section aria-labelledby="framdrift" className="stack">
        <Heading level={2} data-size="md" id="framdrift">
          Framdrift
        </Heading>
        <Paragraph>
          Startet {dateTime.format(new Date(reconciliation.startedAt))}. {count(total, 'person', 'personer')}{' '}
          er med; {done} har publisert på nytt.
        </Paragraph>
        <progress className="progress" max={Math.max(total, 1)} value={done} aria-label="Publisert på nytt" />
        <Table>
          <caption className="ds-sr-only">Antall personer i hver tilstand</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>Tilstand</Table.HeaderCell>
              <Table.HeaderCell>Antall</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {reconciliation.progress.map((entry) => (
              <Table.Row key={entry.state}>
                <Table.Cell>{stateLabel[entry.state]}</Table.Cell>
                <Table.Cell>{entry.count}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </section>
      <section aria-labelledby="meldinger" className="stack">
        <Heading level={2} data-size="md" id="meldinger">
          Meldinger om feil kobling
        </Heading>
        {reconciliation.reports.length === 0 ? (
          <Paragraph>Ingen har meldt feil.</Paragraph>
        ) : (
          <>
            <Paragraph>{count(open.length, 'melding venter', 'meldinger venter')} på deg.</Paragraph>
            {reconciliation.reports.map((report) => (
              <Report key={report.id} report={report} onResolved={onChange} />
            ))}
          </>
        )}
      </section>
      <section aria-labelledby="personer" className="stack">
        <Heading level={2} data-size="md" id="personer">
          Personer
        </Heading>
        <Table zebra>
          <caption className="ds-sr-only">Personene i avstemmingen og hvor langt de har kommet</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>Navn</Table.HeaderCell>
              <Table.HeaderCell>Kobling</Table.HeaderCell>
              <Table.HeaderCell>Tilstand</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {reconciliation.persons.map((entry) => (
              <Table.Row key={entry.person.id}>
                <Table.Cell>{entry.person.name}</Table.Cell>
                <Table.Cell>{matchLabel[entry.match]}</Table.Cell>
                <Table.Cell>{stateLabel[entry.state]}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </section>
    </>
  );
}

function Report({
  report,
  onResolved,
}: {
  report: ElectionMatchReportDetailsFragment;
  onResolved: () => void;
}) {
  const [resolution, setResolution] = useState<ElectionMatchResolution>('CORRECTED');
  const [mergedInto, setMergedInto] = useState('');
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const headingId = `melding-${report.id}`;
  const resolve = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    try {
      const { resolveElectionMatchReport: result } = await client.execute(
        ResolveElectionMatchReportDocument,
        {
          input: {
            reportId: report.id,
            resolution,
            ...(resolution === 'MERGED' && { mergedIntoPersonId: mergedInto.trim() }),
            ...(note.trim() && { note: note.trim() }),
          },
        },
      );
      if (result.report) onResolved();
      else setProblem(result.userErrors.map((e) => reconciliationErrors[e.code] ?? e.message).join(' '));
    } catch (error) {
      setProblem(errorMessage((error as { code?: string }).code ?? 'NETWORK_ERROR'));
    }
  };
  return (
    <article aria-labelledby={headingId} className="stack report">
      <Heading level={3} data-size="sm" id={headingId}>
        {report.person.name}{' '}
        <Tag data-color={report.resolvedAt ? 'success' : 'warning'}>
          {report.resolvedAt ? 'Løst' : 'Venter'}
        </Tag>
      </Heading>
      <Paragraph>
        «{report.message}» ({dateTime.format(new Date(report.reportedAt))})
      </Paragraph>
      {report.resolution ? (
        <Paragraph>
          {resolutionLabel[report.resolution]}
          {report.resolutionNote ? `: ${report.resolutionNote}` : ''}
        </Paragraph>
      ) : (
        <form className="stack" onSubmit={(event) => void resolve(event)}>
          <Field>
            <Label>Hvordan ble det løst?</Label>
            <Select
              value={resolution}
              onChange={(event) => setResolution(event.target.value as ElectionMatchResolution)}
            >
              {(Object.keys(resolutionLabel) as ElectionMatchResolution[]).map((value) => (
                <Select.Option key={value} value={value}>
                  {resolutionLabel[value]}
                </Select.Option>
              ))}
            </Select>
          </Field>
          {resolution === 'MERGED' && (
            <Textfield
              label="Id til personen som ble beholdt"
              required
              value={mergedInto}
              onChange={(event) => setMergedInto(event.target.value)}
            />
          )}
          <Textfield
            label="Notat (valgfritt)"
            value={note}
            maxLength={2000}
            onChange={(e) => setNote(e.target.value)}
          />
          <div>
            <Button type="submit" variant="secondary">
              Marker som løst
            </Button>
          </div>
          <div role="status" aria-live="polite">
            {problem && <Alert data-color="danger">{problem}</Alert>}
          </div>
        </form>
      )}
    </article>
  );
}

import { Alert, Button, Field, Label, Paragraph, Input, List } from '@digdir/designsystemet-react';
import { ImportEnhetsregisteretEntitiesDocument } from '@registers/client';
import { useState, type FormEvent } from 'react';
import { client } from '../../api.ts';
import { count, errorMessage } from '../../labels.ts';
import { AdminPage } from './AdminAccess.tsx';

/**
 * The JSON sent in one request at most, well under the gateway's body limit (`MAX_BODY_BYTES`,
 * 1 MB by default), since the JSON travels as a string inside the request's own JSON.
 */
const batchChars = 300_000;

interface Totals {
  received: number;
  messages: number;
  /** Each organisation number once, however often the file has it. */
  unmatched: Set<string>;
  unchanged: number;
}

type Progress =
  | { state: 'idle' }
  | { state: 'reading' }
  | { state: 'sending'; sent: number; total: number; totals: Totals }
  | { state: 'done'; totals: Totals }
  | { state: 'failed'; message: string; totals?: Totals };

/**
 * The entities of a file of Enhetsregisteret's open data: its bulk download (a JSON list,
 * `enheter_alle.json`, gzipped or not) or a page of its API (`_embedded.enheter` or
 * `_embedded.underenheter`).
 */
async function readEntities(file: File): Promise<unknown[]> {
  const stream = file.name.endsWith('.gz')
    ? file.stream().pipeThrough(new DecompressionStream('gzip'))
    : file.stream();
  const parsed: unknown = JSON.parse(await new Response(stream).text());
  if (Array.isArray(parsed)) return parsed;
  const embedded = (parsed as { _embedded?: { enheter?: unknown[]; underenheter?: unknown[] } })?._embedded;
  if (embedded && (Array.isArray(embedded.enheter) || Array.isArray(embedded.underenheter))) {
    return [...(embedded.enheter ?? []), ...(embedded.underenheter ?? [])];
  }
  throw new Error('Filen er ikke en liste over enheter fra Enhetsregisteret.');
}

/** The entities in batches whose JSON is at most `batchChars` long (one entity may be alone in a batch). */
function batches(entities: unknown[]): string[][] {
  const result: string[][] = [];
  let current: string[] = [];
  let size = 0;
  for (const entity of entities) {
    const json = JSON.stringify(entity);
    if (current.length > 0 && size + json.length + 1 > batchChars) {
      result.push(current);
      current = [];
      size = 0;
    }
    current.push(json);
    size += json.length + 1;
  }
  if (current.length > 0) result.push(current);
  return result;
}

/** One batch; when the gateway's rate limit is reached, the same batch again a little later. */
async function importBatch(json: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      const answer = await client.execute(ImportEnhetsregisteretEntitiesDocument, { input: { json } });
      return answer.importEnhetsregisteretEntities;
    } catch (error) {
      if ((error as { code?: string }).code !== 'RATE_LIMITED' || attempt === 10) throw error;
      await new Promise((resolve) => setTimeout(resolve, 10_000));
    }
  }
}

/** `/admin/endringsmeldinger`: imports a file of Enhetsregisteret's entities as pending change messages. */
export function ChangeMessagesPage() {
  return (
    <AdminPage title="Importer endringsmeldinger">
      <Paragraph>
        Velg en fil med enheter fra Enhetsregisteret (JSON fra API-et, eller totaluttrekket, også
        gzip-komprimert). Enheter med samme organisasjonsnummer som en enhet i Kommuneregisteret blir
        endringsmeldinger som kontaktpersonene godkjenner eller avviser. Store filer sendes i deler.
      </Paragraph>
      <ImportForm />
    </AdminPage>
  );
}

function ImportForm() {
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<Progress>({ state: 'idle' });

  const run = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    setProgress({ state: 'reading' });
    let entities: unknown[];
    try {
      entities = await readEntities(file);
    } catch (error) {
      setProgress({
        state: 'failed',
        message:
          error instanceof SyntaxError
            ? 'Filen er ikke gyldig JSON.'
            : (error as Error).message || 'Filen kunne ikke leses.',
      });
      return;
    }
    const totals: Totals = { received: 0, messages: 0, unmatched: new Set(), unchanged: 0 };
    setProgress({ state: 'sending', sent: 0, total: entities.length, totals });
    let sent = 0;
    for (const batch of batches(entities)) {
      try {
        const result = await importBatch(`[${batch.join(',')}]`);
        if (result.userErrors.length > 0) {
          setProgress({
            state: 'failed',
            message: result.userErrors.map((e) => e.message).join(' '),
            totals,
          });
          return;
        }
        totals.received += result.received;
        totals.messages += result.messages.length;
        for (const number of result.unmatched) totals.unmatched.add(number);
        totals.unchanged += result.unchanged;
      } catch (error) {
        setProgress({
          state: 'failed',
          message: errorMessage((error as { code?: string }).code ?? ''),
          totals,
        });
        return;
      }
      sent += batch.length;
      setProgress({ state: 'sending', sent, total: entities.length, totals: { ...totals } });
    }
    setProgress({ state: 'done', totals });
  };

  const busy = progress.state === 'reading' || progress.state === 'sending';
  return (
    <form className="stack" onSubmit={(event) => void run(event)}>
      <Field>
        <Label>Fil fra Enhetsregisteret</Label>
        <Input
          type="file"
          accept=".json,.gz,application/json,application/gzip"
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
        />
      </Field>
      <div>
        <Button type="submit" disabled={!file || busy}>
          Importer
        </Button>
      </div>
      {progress.state === 'sending' && (
        <>
          <Label htmlFor="import-progress">
            Sendt {progress.sent} av {count(progress.total, 'enhet', 'enheter')}
          </Label>
          <progress
            id="import-progress"
            className="progress"
            max={Math.max(progress.total, 1)}
            value={progress.sent}
          />
        </>
      )}
      <div role="status" aria-live="polite">
        {progress.state === 'reading' && <Paragraph>Leser filen …</Paragraph>}
        {progress.state === 'done' && <Summary totals={progress.totals} />}
        {progress.state === 'failed' && (
          <Alert data-color="danger">
            <Paragraph>Importen stoppet: {progress.message}</Paragraph>
            {progress.totals && progress.totals.received > 0 && <Summary totals={progress.totals} />}
          </Alert>
        )}
      </div>
    </form>
  );
}

function Summary({ totals }: { totals: Totals }) {
  return (
    <Alert data-color={totals.received > 0 ? 'success' : 'info'}>
      <Paragraph>Importert: {count(totals.received, 'enhet', 'enheter')} lest.</Paragraph>
      <List.Unordered>
        <List.Item>{count(totals.messages, 'ny endringsmelding', 'nye endringsmeldinger')}</List.Item>
        <List.Item>{count(totals.unchanged, 'enhet uten endringer', 'enheter uten endringer')}</List.Item>
        <List.Item>
          {count(totals.unmatched.size, 'organisasjonsnummer', 'organisasjonsnumre')} uten enhet i
          Kommuneregisteret
          {totals.unmatched.size > 0 && totals.unmatched.size <= 20
            ? `: ${[...totals.unmatched].join(', ')}`
            : ''}
        </List.Item>
      </List.Unordered>
    </Alert>
  );
}

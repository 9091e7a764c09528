import {
  Alert,
  Button,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  Tag,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import {
  AddOwnPositionDocument,
  ConfirmOwnDeclarationDocument,
  DeleteOwnDeclarationDocument,
  OwnDeclarationDocument,
  RemoveOwnPositionDocument,
  UpdateOwnDeclarationDocument,
  UpdateOwnPositionDocument,
  type OwnDeclarationFieldsFragment,
  type PositionCategory,
} from '@registers/client';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { client, type Loaded } from '../api.ts';
import { positionCategory } from '../labels.ts';
import { PositionsTable } from '../positions.tsx';
import { AppLink } from '../router.tsx';
import { signOut, useSession } from '../session.ts';
import { Page, Show } from '../ui.tsx';
import {
  formErrorsOf,
  formErrorsOfFailure,
  noErrors,
  type FormErrors,
  type UserError,
} from '../user-errors.ts';

type Declaration = OwnDeclarationFieldsFragment;
type Position = Declaration['positions'][number];
type Holder = { id: string; name: string; declaration: Declaration | null };

const date = new Intl.DateTimeFormat('nb-NO', { dateStyle: 'long', timeZone: 'Europe/Oslo' });
const shownDate = (value: string | null) => (value ? date.format(new Date(value)) : null);

/**
 * The categories a person declares themselves: all but the roles Kommuneregisteret holds (the
 * schema's PositionCategory says which; the gateway refuses them as FROM_KOMMUNEREGISTERET).
 */
const fromKommuneregisteret: PositionCategory[] = [
  'MUNICIPAL_EMPLOYMENT',
  'ELECTED_OFFICE',
  'MUNICIPAL_COMPANY_ROLE',
];
const declarableCategories = (Object.keys(positionCategory) as PositionCategory[]).filter(
  (category) => !fromKommuneregisteret.includes(category),
);

/** What a change answered: its userErrors, or that it went through. */
type Outcome = { userErrors: readonly UserError[] };

/**
 * `/min-side`: the signed-in person's own declaration. What it holds (the terms, whether it is
 * public, when it was changed and confirmed), the positions from Kommuneregisteret (read only)
 * and the person's own positions and interests, with forms to add, change and remove them, to
 * accept the terms, publish or unpublish, confirm it unchanged and delete all of it. Every
 * change is asked of the gateway, which decides; the page shows its answer.
 */
export function HolderPage() {
  const { token } = useSession();
  const [loaded, setLoaded] = useState<Loaded<Holder | null>>({ state: 'loading' });
  const [status, setStatus] = useState('');

  /** Reads the declaration; false when the session no longer signs in (then it is dropped). */
  const load = async (): Promise<boolean> => {
    try {
      const { viewer } = await client.execute(OwnDeclarationDocument);
      setLoaded({ state: 'done', data: viewer.person });
      return true;
    } catch (error) {
      const code = (error as { code?: string }).code ?? 'NETWORK_ERROR';
      setLoaded({ state: 'error', code });
      if (code !== 'UNAUTHENTICATED') return true;
      signOut();
      return false;
    }
  };
  useEffect(() => {
    if (token) void load();
  }, [token]);

  /**
   * Runs a change; on success reads the declaration again and says what was done. Deleting all
   * deletes the personal link too, so the session may end with it.
   */
  const change = async (run: () => Promise<Outcome>, done: string): Promise<FormErrors> => {
    setStatus('');
    try {
      const { userErrors } = await run();
      if (userErrors.length > 0) return formErrorsOf(userErrors);
      const signedIn = await load();
      setStatus(
        signedIn ? done : `${done} Lenken du logget inn med, gjelder ikke lenger, så du er logget ut.`,
      );
      return noErrors;
    } catch (error) {
      return formErrorsOfFailure(error);
    }
  };

  return (
    <Page title="Min side">
      <div role="status">{status && <Alert data-color="success">{status}</Alert>}</div>
      {!token ? (
        <Paragraph>
          Du er ikke logget inn. <AppLink to="/logg-inn">Logg inn</AppLink> med den personlige lenken fra
          e-posten.
        </Paragraph>
      ) : (
        <Show loaded={loaded}>
          {(holder) =>
            !holder ? (
              <Paragraph>Innloggingen din er ikke knyttet til en person i registeret.</Paragraph>
            ) : (
              <>
                <Paragraph>
                  Dette er erklæringen din i Styrevervregisteret, {holder.name}. Her ser du vervene og
                  interessene dine, og bestemmer selv om erklæringen skal være offentlig.
                </Paragraph>
                <DeclarationStatus holder={holder} change={change} />
                <KommuneregisteretPositions positions={holder.declaration?.positions ?? []} />
                <OwnPositions holder={holder} change={change} />
                <DeleteAll holder={holder} change={change} />
              </>
            )
          }
        </Show>
      )}
    </Page>
  );
}

type Change = (run: () => Promise<Outcome>, done: string) => Promise<FormErrors>;

function DeclarationStatus({ holder, change }: { holder: Holder; change: Change }) {
  const declaration = holder.declaration;
  const [busy, setBusy] = useState<string | null>(null);
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  // Busy buttons are not disabled, which would drop the keyboard's focus: a second press waits.
  const act = async (name: string, run: () => Promise<Outcome>, done: string) => {
    if (busy) return;
    setBusy(name);
    setErrors(await change(run, done));
    setBusy(null);
  };
  const update = (input: { acceptTerms?: boolean; published?: boolean }) => async () =>
    (await client.execute(UpdateOwnDeclarationDocument, { input: { personId: holder.id, ...input } }))
      .updateDeclaration;
  const termsAccepted = Boolean(declaration?.termsAcceptedAt);
  const published = Boolean(declaration?.published && termsAccepted);
  const personError = errors.fields['personId'];
  return (
    <section aria-labelledby="erklaering" className="stack">
      <Heading level={2} data-size="md" id="erklaering">
        Erklæringen
      </Heading>
      <dl className="facts">
        <dt>Vilkår</dt>
        <dd>{termsAccepted ? `Godtatt ${shownDate(declaration!.termsAcceptedAt)}` : 'Ikke godtatt'}</dd>
        <dt>Offentlig</dt>
        <dd>
          {published ? (
            <Tag data-color="success">Offentlig</Tag>
          ) : (
            <Tag data-color="neutral">Ikke offentlig</Tag>
          )}
        </dd>
        <dt>Sist endret</dt>
        <dd>{shownDate(declaration?.updatedAt ?? null) ?? 'Aldri'}</dd>
        <dt>Sist bekreftet uendret</dt>
        <dd>{shownDate(declaration?.confirmedAt ?? null) ?? 'Aldri'}</dd>
      </dl>
      {!termsAccepted && (
        <Paragraph>
          Når du godtar vilkårene, kan du gjøre erklæringen offentlig: da kan alle søke den opp og se vervene
          og interessene i den, men aldri beløp. Du kan trekke den tilbake når du vil.
        </Paragraph>
      )}
      <div className="actions">
        {/* One button through the steps (terms, publish, unpublish), so the focus stays on it. */}
        <Button
          variant={published ? 'secondary' : 'primary'}
          loading={busy === 'consent'}
          onClick={() =>
            !termsAccepted
              ? act('consent', update({ acceptTerms: true }), 'Du har godtatt vilkårene.')
              : published
                ? act('consent', update({ published: false }), 'Erklæringen er ikke lenger offentlig.')
                : act('consent', update({ published: true }), 'Erklæringen er nå offentlig.')
          }
        >
          {!termsAccepted
            ? 'Godta vilkårene'
            : published
              ? 'Gjør erklæringen ikke-offentlig'
              : 'Gjør erklæringen offentlig'}
        </Button>
        {declaration && (
          <Button
            variant="secondary"
            loading={busy === 'confirm'}
            onClick={() =>
              void act(
                'confirm',
                async () =>
                  (await client.execute(ConfirmOwnDeclarationDocument, { input: { personId: holder.id } }))
                    .confirmDeclaration,
                'Du har bekreftet at erklæringen er uendret.',
              )
            }
          >
            Bekreft at erklæringen er uendret
          </Button>
        )}
      </div>
      {(errors.fields['published'] || personError || errors.form) && (
        <ValidationMessage>{errors.fields['published'] ?? personError ?? errors.form}</ValidationMessage>
      )}
    </section>
  );
}

function KommuneregisteretPositions({ positions }: { positions: readonly Position[] }) {
  const fromRegister = positions.filter((position) => position.source === 'KOMMUNEREGISTERET');
  return (
    <section aria-labelledby="fra-kr" className="stack">
      <Heading level={2} data-size="md" id="fra-kr">
        Fra Kommuneregisteret
      </Heading>
      <Paragraph>
        Stillinger og verv du har i kommunen, står i Kommuneregisteret og kommer med i erklæringen av seg
        selv. Du kan ikke endre dem her: er noe feil, ta kontakt med kommunen.
      </Paragraph>
      {fromRegister.length === 0 ? (
        <Paragraph>Kommuneregisteret har ingen stillinger eller verv på deg.</Paragraph>
      ) : (
        <PositionsTable
          caption="Stillinger og verv fra Kommuneregisteret (kan ikke endres her)"
          positions={fromRegister}
        />
      )}
    </section>
  );
}

function OwnPositions({ holder, change }: { holder: Holder; change: Change }) {
  const own = (holder.declaration?.positions ?? []).filter((position) => position.source === 'SELF_DECLARED');
  const [editing, setEditing] = useState<string | null>(null);
  const [removing, setRemoving] = useState<string | null>(null);
  const [removeError, setRemoveError] = useState<string | null>(null);
  const remove = async (position: Position) => {
    if (removing) return;
    setRemoving(position.id);
    const errors = await change(
      async () =>
        (await client.execute(RemoveOwnPositionDocument, { input: { id: position.id } })).removePosition,
      `Fjernet: ${position.organizationName}.`,
    );
    setRemoveError(errors.fields['id'] ?? errors.form);
    setRemoving(null);
  };
  const editedPosition = own.find((position) => position.id === editing);
  return (
    <section aria-labelledby="egne" className="stack">
      <Heading level={2} data-size="md" id="egne">
        Egne verv og interesser
      </Heading>
      {own.length === 0 ? (
        <Paragraph>Du har ikke oppgitt noen verv eller interesser selv.</Paragraph>
      ) : (
        <PositionsTable
          caption="Verv og interesser du har oppgitt selv"
          positions={own}
          actions={(position) => (
            <div className="actions">
              <Button
                variant="tertiary"
                data-size="sm"
                aria-label={`Endre ${position.organizationName}`}
                onClick={() => setEditing(position.id)}
              >
                Endre
              </Button>
              <Button
                variant="tertiary"
                data-size="sm"
                data-color="danger"
                aria-label={`Fjern ${position.organizationName}`}
                loading={removing === position.id}
                onClick={() => void remove(position)}
              >
                Fjern
              </Button>
            </div>
          )}
        />
      )}
      {removeError && <ValidationMessage>{removeError}</ValidationMessage>}
      {editedPosition ? (
        <PositionForm
          key={editedPosition.id}
          title={`Endre ${editedPosition.organizationName}`}
          position={editedPosition}
          submitText="Lagre endringene"
          onCancel={() => setEditing(null)}
          onSubmit={async (fields) => {
            const errors = await change(
              async () =>
                (
                  await client.execute(UpdateOwnPositionDocument, {
                    input: { id: editedPosition.id, ...fields },
                  })
                ).updatePosition,
              `Lagret: ${fields.organizationName}.`,
            );
            if (!errors.form && Object.keys(errors.fields).length === 0) setEditing(null);
            return errors;
          }}
        />
      ) : (
        <PositionForm
          title="Legg til verv eller interesse"
          submitText="Legg til"
          onSubmit={(fields) =>
            change(
              async () =>
                (await client.execute(AddOwnPositionDocument, { input: { personId: holder.id, ...fields } }))
                  .addPosition,
              `Lagt til: ${fields.organizationName}.`,
            )
          }
        />
      )}
    </section>
  );
}

interface PositionFields {
  category: PositionCategory;
  organizationName: string;
  organizationNumber: string | null;
  role: string | null;
  startDate: string | null;
  endDate: string | null;
}

/** One position's fields, each with the problem the gateway found in it right below it. */
function PositionForm({
  title,
  position,
  submitText,
  onSubmit,
  onCancel,
}: {
  title: string;
  position?: Position;
  submitText: string;
  onSubmit: (fields: PositionFields) => Promise<FormErrors>;
  onCancel?: () => void;
}) {
  const empty = {
    category: '',
    organizationName: '',
    organizationNumber: '',
    role: '',
    startDate: '',
    endDate: '',
  };
  const initial = position
    ? {
        category: position.category as string,
        organizationName: position.organizationName,
        organizationNumber: position.organizationNumber ?? '',
        role: position.role ?? '',
        startDate: position.startDate ?? '',
        endDate: position.endDate ?? '',
      }
    : empty;
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [saving, setSaving] = useState(false);
  const set = (field: keyof typeof empty) => (event: { target: { value: string } }) =>
    setValues({ ...values, [field]: event.target.value });
  const orNull = (text: string) => text.trim() || null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    if (!values.category) {
      return setErrors(formErrorsOf([{ code: 'INVALID', field: ['input', 'category'], message: '' }]));
    }
    setSaving(true);
    const found = await onSubmit({
      category: values.category as PositionCategory,
      organizationName: values.organizationName,
      organizationNumber: orNull(values.organizationNumber.replace(/\s/g, '')),
      role: orNull(values.role),
      startDate: orNull(values.startDate),
      endDate: orNull(values.endDate),
    });
    setSaving(false);
    setErrors(found);
    if (!position && !found.form && Object.keys(found.fields).length === 0) setValues(empty);
  };
  const id = position ? `endre-${position.id}` : 'ny';
  return (
    <form
      className="stack position-form"
      noValidate
      aria-labelledby={`${id}-overskrift`}
      onSubmit={(e) => void submit(e)}
    >
      {position ? (
        <OpenedHeading id={`${id}-overskrift`}>{title}</OpenedHeading>
      ) : (
        <Heading level={3} data-size="sm" id={`${id}-overskrift`}>
          {title}
        </Heading>
      )}
      <Field>
        <Label>Kategori</Label>
        <Select
          value={values.category}
          onChange={set('category')}
          aria-invalid={Boolean(errors.fields['category'])}
        >
          <Select.Option value="" disabled>
            Velg kategori
          </Select.Option>
          {declarableCategories.map((category) => (
            <Select.Option key={category} value={category}>
              {positionCategory[category]}
            </Select.Option>
          ))}
        </Select>
        {errors.fields['category'] && <ValidationMessage>{errors.fields['category']}</ValidationMessage>}
      </Field>
      <Textfield
        label="Organisasjon"
        description="Selskapet, organisasjonen eller eiendommen det gjelder"
        value={values.organizationName}
        maxLength={200}
        error={errors.fields['organizationName']}
        onChange={set('organizationName')}
      />
      <Textfield
        label="Organisasjonsnummer (valgfritt)"
        description="Ni sifre"
        inputMode="numeric"
        value={values.organizationNumber}
        maxLength={11}
        error={errors.fields['organizationNumber']}
        onChange={set('organizationNumber')}
      />
      <Textfield
        label="Rolle (valgfritt)"
        description="For eksempel Styreleder"
        value={values.role}
        maxLength={200}
        error={errors.fields['role']}
        onChange={set('role')}
      />
      <div className="dates">
        <Textfield
          label="Fra dato (valgfritt)"
          type="date"
          value={values.startDate}
          error={errors.fields['startDate']}
          onChange={set('startDate')}
        />
        <Textfield
          label="Til dato (valgfritt)"
          type="date"
          value={values.endDate}
          error={errors.fields['endDate']}
          onChange={set('endDate')}
        />
      </div>
      {(errors.form || errors.fields['personId'] || errors.fields['id']) && (
        <Alert data-color="danger">{errors.form ?? errors.fields['personId'] ?? errors.fields['id']}</Alert>
      )}
      <div className="actions">
        <Button type="submit" loading={saving}>
          {submitText}
        </Button>
        {onCancel && (
          <Button type="button" variant="secondary" onClick={onCancel}>
            Avbryt
          </Button>
        )}
      </div>
    </form>
  );
}

function DeleteAll({ holder, change }: { holder: Holder; change: Change }) {
  const [confirming, setConfirming] = useState(false);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const cancel = () => {
    setConfirming(false);
    requestAnimationFrame(() => deleteButton.current?.focus());
  };
  const [deleting, setDeleting] = useState(false);
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const remove = async () => {
    if (deleting) return;
    setDeleting(true);
    const found = await change(
      async () =>
        (await client.execute(DeleteOwnDeclarationDocument, { input: { personId: holder.id } }))
          .deleteDeclaration,
      'Opplysningene dine er slettet.',
    );
    setErrors(found);
    setDeleting(false);
    setConfirming(false);
  };
  const problem = errors.fields['personId'] ?? errors.form;
  return (
    <section aria-labelledby="slett" className="stack">
      <Heading level={2} data-size="md" id="slett">
        Slett opplysningene dine
      </Heading>
      <Paragraph>
        Du kan slette alt du selv har gitt Styrevervregisteret: vervene og interessene du har oppgitt,
        godkjenningen av vilkårene og publiseringen. Stillinger og verv fra Kommuneregisteret blir stående,
        men ikke offentlige, så lenge du har dem.
      </Paragraph>
      {!confirming ? (
        <div>
          <Button
            variant="secondary"
            data-color="danger"
            ref={deleteButton}
            onClick={() => setConfirming(true)}
          >
            Slett alle opplysningene mine
          </Button>
        </div>
      ) : (
        <Alert data-color="warning" role="group" aria-labelledby="slett-bekreft">
          <OpenedHeading id="slett-bekreft">Er du sikker?</OpenedHeading>
          <Paragraph>Det du har oppgitt, blir slettet for godt og kan ikke hentes tilbake.</Paragraph>
          <div className="actions">
            <Button data-color="danger" loading={deleting} onClick={() => void remove()}>
              Ja, slett alt
            </Button>
            <Button variant="secondary" disabled={deleting} onClick={cancel}>
              Avbryt
            </Button>
          </div>
        </Alert>
      )}
      {problem && <ValidationMessage>{problem}</ValidationMessage>}
    </section>
  );
}

/** The heading of a part the person just opened (a form, a question): it takes the focus, for the keyboard to go on from. */
function OpenedHeading({ id, children }: { id: string; children: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <Heading level={3} data-size="sm" id={id} ref={heading} tabIndex={-1}>
      {children}
    </Heading>
  );
}

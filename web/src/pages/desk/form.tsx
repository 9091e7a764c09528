import {
  Alert,
  Button,
  Field,
  Label,
  Paragraph,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import {
  DeskPersonsDocument,
  type DeskPersonFragment,
  type DeskUserErrorFragment,
  type PersistedDocument,
  type VariablesOf,
} from '@registers/client';
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { client } from '../../api.ts';
import { fieldOf, invalidValueErrors, refusalMessage, userErrorMessage } from '../../user-errors.ts';

/**
 * The desk's forms: every mutation's `userErrors` shown next to the field they name, what is
 * not a field's at the top of the form, and the progress of a change while it is sent.
 */

export type FormErrors = Record<string, string>;

export interface MutationForm {
  /** The message for one field, to show next to it. */
  error: (field: string) => string | undefined;
  /** The messages for no field the form shows, or the gateway's refusal. */
  formErrors: string[];
  busy: boolean;
  /** What the last change did, for the form's status line. */
  status: string;
  /**
   * Sends a mutation; on success the status says `done` and `onDone` gets the payload and
   * `done` (for a page to say when it closes the form). Returns whether it succeeded.
   */
  submit: <TResult, TVariables, TPayload extends { userErrors: DeskUserErrorFragment[] }>(
    document: PersistedDocument<TResult, TVariables>,
    variables: TVariables,
    payloadOf: (result: TResult) => TPayload,
    done: string,
    onDone?: (payload: TPayload, done: string) => void,
  ) => Promise<boolean>;
}

/** A form's state for one mutation; `fields` are those it shows, each with its message beside it. */
export function useMutationForm(fields: readonly string[]): MutationForm {
  const [errors, setErrors] = useState<FormErrors>({});
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const formErrors = Object.entries(errors)
    .filter(([field]) => !fields.includes(field))
    .map(([, message]) => message);
  return {
    error: (field) => errors[field],
    formErrors,
    busy,
    status,
    submit: async <TResult, TVariables, TPayload extends { userErrors: DeskUserErrorFragment[] }>(
      document: PersistedDocument<TResult, TVariables>,
      variables: TVariables,
      payloadOf: (result: TResult) => TPayload,
      done: string,
      onDone?: (payload: TPayload, done: string) => void,
    ) => {
      setBusy(true);
      setStatus('Lagrer …');
      setErrors({});
      try {
        const payload = payloadOf(
          await client.execute(document, ...([variables] as VariablesOf<TVariables>)),
        );
        if (payload.userErrors.length > 0) {
          const found: FormErrors = {};
          for (const error of payload.userErrors) {
            const field = fieldOf(error);
            found[field] ??= userErrorMessage(error.code, field);
          }
          setErrors(found);
          setStatus('Ikke lagret. Se feilene i skjemaet.');
          return false;
        }
        setStatus(done);
        onDone?.(payload, done);
        return true;
      } catch (error) {
        const found: FormErrors = invalidValueErrors(error);
        if (Object.keys(found).length === 0) found[''] = refusalMessage(error);
        setErrors(found);
        setStatus('Ikke lagret.');
        return false;
      } finally {
        setBusy(false);
      }
    },
  };
}

/**
 * A form of the desk: its heading, what went wrong outside the fields, the fields, the submit
 * button (busy while the change is sent) and a status line a screen reader announces.
 */
export function DeskForm({
  form,
  label,
  submitLabel,
  onSubmit,
  onCancel,
  actions,
  children,
}: {
  form: MutationForm;
  label: string;
  submitLabel: string;
  onSubmit: () => void;
  onCancel?: () => void;
  /** Buttons beside the submit button */
  actions?: ReactNode;
  children?: ReactNode;
}) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.busy) onSubmit();
  };
  return (
    <form className="desk-form" aria-label={label} onSubmit={submit} noValidate>
      {form.formErrors.map((message) => (
        <Alert key={message} data-color="danger">
          {message}
        </Alert>
      ))}
      {children && <div className="desk-fields">{children}</div>}
      <div className="desk-actions">
        <Button type="submit" loading={form.busy}>
          {submitLabel}
        </Button>
        {actions}
        {onCancel && (
          <Button type="button" variant="secondary" onClick={onCancel}>
            Avbryt
          </Button>
        )}
        <Paragraph data-size="sm" role="status">
          {form.status}
        </Paragraph>
      </div>
    </form>
  );
}

/** A text field of a desk form with its userError beside it. */
export function TextField({
  form,
  field,
  label,
  value,
  onChange,
  type = 'text',
  description,
  autoFocus,
}: {
  form: MutationForm;
  field: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'tel' | 'date' | 'number';
  description?: string;
  autoFocus?: boolean;
}) {
  return (
    <Textfield
      label={label}
      description={description}
      type={type}
      value={value}
      autoFocus={autoFocus}
      error={form.error(field)}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}

/** A choice of a desk form with its userError beside it. */
export function SelectField({
  form,
  field,
  label,
  value,
  onChange,
  options,
  autoFocus,
}: {
  form: MutationForm;
  field: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly (readonly [value: string, label: string])[];
  autoFocus?: boolean;
}) {
  const error = form.error(field);
  return (
    <Field>
      <Label>{label}</Label>
      <Select
        value={value}
        autoFocus={autoFocus}
        aria-invalid={error ? true : undefined}
        onChange={(event) => onChange(event.target.value)}
      >
        {options.map(([optionValue, optionLabel]) => (
          <Select.Option key={optionValue} value={optionValue}>
            {optionLabel}
          </Select.Option>
        ))}
      </Select>
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Field>
  );
}

/** Today as the register writes a date (YYYY-MM-DD), in Norway's time. */
export const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Oslo' });

/**
 * Picks a person of the municipality for a form: a name to search by, then a choice among
 * those found (the first page of Kommuneregisteret's person search). Not a form of its own,
 * since it sits inside one.
 */
export function PersonPicker({
  form,
  field = 'personId',
  municipalityNumber,
  value,
  onChange,
}: {
  form: MutationForm;
  field?: string;
  municipalityNumber: string;
  value: string;
  onChange: (personId: string) => void;
}) {
  const [name, setName] = useState('');
  const [found, setFound] = useState<DeskPersonFragment[] | null>(null);
  const [searching, setSearching] = useState(false);
  const search = async () => {
    setSearching(true);
    try {
      const { searchPersons } = await client.execute(DeskPersonsDocument, {
        name: name.trim(),
        municipalityNumber,
        first: 20,
      });
      const persons = searchPersons.edges.map((edge) => edge.node);
      setFound(persons);
      onChange(persons[0]?.id ?? '');
    } catch {
      setFound([]);
      onChange('');
    } finally {
      setSearching(false);
    }
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      void search();
    }
  };
  return (
    <div className="person-picker">
      <Textfield
        label="Søk etter person"
        description="En del av navnet"
        value={name}
        maxLength={100}
        onKeyDown={onKeyDown}
        onChange={(event) => setName(event.target.value)}
      />
      <Button type="button" variant="secondary" loading={searching} onClick={() => void search()}>
        Finn person
      </Button>
      {found &&
        (found.length === 0 ? (
          <Paragraph role="status">Ingen personer passer med søket.</Paragraph>
        ) : (
          <SelectField
            form={form}
            field={field}
            label="Person"
            value={value}
            onChange={onChange}
            options={found.map((person) => [person.id, person.name] as const)}
          />
        ))}
      {!found && form.error(field) && <ValidationMessage>{form.error(field)}</ValidationMessage>}
    </div>
  );
}

/** The id of the button that opens an inline action (`{ unitId: 'x', kind: 'move' }` → `action-x-move`). */
const openerId = (action: Record<string, string>) => `action-${Object.values(action).join('-')}`;

/**
 * Which inline form of a page is open, one at a time. Opening one moves the focus into it (its
 * first field's autoFocus); closing it, after a change or by Avbryt, puts the focus back on the
 * button that opened it (`{...opens(action)}`), where a keyboard user left off. A list the
 * change reorders makes that button anew, so it is focused again after each render while the
 * focus is nowhere.
 */
export function useInlineAction<TAction extends Record<string, string>>() {
  const [action, setAction] = useState<TAction | null>(null);
  const opened = useRef<string | null>(null);
  useEffect(() => {
    if (action) {
      opened.current = openerId(action);
      return;
    }
    const button = opened.current ? document.getElementById(opened.current) : null;
    const lost = !document.activeElement || document.activeElement === document.body;
    if (button && (lost || button === document.activeElement)) button.focus();
    else opened.current = null;
  });
  const isOpen = (next: TAction) => action !== null && openerId(action) === openerId(next);
  return {
    action,
    setAction,
    /** The props of the button that opens and closes `next`, all from the one action. */
    opens: (next: TAction): ActionOpener => ({
      id: openerId(next),
      'aria-expanded': isOpen(next),
      onClick: () => setAction(isOpen(next) ? null : next),
    }),
  };
}

/** What `useInlineAction`'s `opens` gives a button: spread it on the button. */
export interface ActionOpener {
  id: string;
  'aria-expanded': boolean;
  onClick: () => void;
}

/**
 * The form that ends something on a day ("til og med", today unless changed): an employment,
 * a membership, a company role. `variables` makes the mutation's variables from the day.
 */
export function EndForm<TResult, TVariables, TPayload extends { userErrors: DeskUserErrorFragment[] }>({
  document,
  variables,
  payloadOf,
  label,
  submitLabel,
  done,
  onDone,
  onCancel,
}: {
  document: PersistedDocument<TResult, TVariables>;
  variables: (endDate: string) => TVariables;
  payloadOf: (result: TResult) => TPayload;
  label: string;
  submitLabel: string;
  /** What the status line says when it is done */
  done: string;
  onDone: (payload: TPayload, message: string) => void;
  onCancel: () => void;
}) {
  const form = useMutationForm(['endDate']);
  const [endDate, setEndDate] = useState(today);
  return (
    <DeskForm
      form={form}
      label={label}
      submitLabel={submitLabel}
      onCancel={onCancel}
      onSubmit={() => void form.submit(document, variables(endDate), payloadOf, done, onDone)}
    >
      <TextField
        form={form}
        field="endDate"
        label="Til og med"
        type="date"
        value={endDate}
        onChange={setEndDate}
        autoFocus
      />
    </DeskForm>
  );
}

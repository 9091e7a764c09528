import { Button, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import {
  CloseUnitDocument,
  CreateUnitDocument,
  DeskUnitsDocument,
  MoveUnitDocument,
  UpdateUnitDocument,
  type DeskUnitFragment,
  type UnitKind,
} from '@registers/client';
import { useState } from 'react';
import { useReloadableOperation } from '../../api.ts';
import { unitKind } from '../../labels.ts';
import { Show } from '../../ui.tsx';
import { useInlineAction, DeskForm, SelectField, TextField, today, useMutationForm } from './form.tsx';

type Action = { unitId: string; kind: 'edit' | 'move' | 'close' | 'child' };

const kindOptions = Object.entries(unitKind) as [UnitKind, string][];

/** `/skrivebord/<nr>/enheter`: the municipality's unit tree; create, change, move and close units. */
export function UnitsDesk({ number }: { number: string }) {
  const [loaded, reload] = useReloadableOperation(DeskUnitsDocument, { number });
  const { action, setAction, opens } = useInlineAction<Action>();
  const [notice, setNotice] = useState('');
  const done = (message: string) => {
    setAction(null);
    setNotice(message);
    reload();
  };
  return (
    <Show loaded={loaded}>
      {({ municipality }) => {
        const units = municipality?.units ?? [];
        const children = new Map<string | null, DeskUnitFragment[]>();
        for (const unit of units) {
          const parent = unit.parent?.id ?? null;
          children.set(parent, [...(children.get(parent) ?? []), unit]);
        }
        const open = units.filter((unit) => !unit.closedOn);
        const tree = (parent: string | null) => (
          <ul className="unit-tree">
            {(children.get(parent) ?? []).map((unit) => (
              <li key={unit.id}>
                <div className="unit-row">
                  <span className="unit-name">{unit.name}</span>
                  <Tag data-size="sm" data-color="neutral">
                    {unitKind[unit.kind]}
                  </Tag>
                  {unit.organizationNumber && <span>org.nr. {unit.organizationNumber}</span>}
                  {unit.closedOn ? (
                    <span>Nedlagt {unit.closedOn}</span>
                  ) : (
                    <span className="unit-actions">
                      {(
                        [
                          ['edit', 'Endre'],
                          ['move', 'Flytt'],
                          ['child', 'Ny underenhet'],
                          ['close', 'Legg ned'],
                        ] as const
                      ).map(([kind, label]) => (
                        <Button
                          key={kind}
                          data-size="sm"
                          variant="tertiary"
                          aria-label={`${label}: ${unit.name}`}
                          {...opens({ unitId: unit.id, kind })}
                        >
                          {label}
                        </Button>
                      ))}
                    </span>
                  )}
                </div>
                {action?.unitId === unit.id && (
                  <div className="unit-action">
                    {action.kind === 'edit' && (
                      <UpdateUnitForm unit={unit} onDone={done} onCancel={() => setAction(null)} />
                    )}
                    {action.kind === 'move' && (
                      <MoveUnitForm unit={unit} units={open} onDone={done} onCancel={() => setAction(null)} />
                    )}
                    {action.kind === 'close' && (
                      <CloseUnitForm unit={unit} onDone={done} onCancel={() => setAction(null)} />
                    )}
                    {action.kind === 'child' && (
                      <CreateUnitForm
                        number={number}
                        parent={unit}
                        units={open}
                        onDone={done}
                        onCancel={() => setAction(null)}
                      />
                    )}
                  </div>
                )}
                {children.has(unit.id) && tree(unit.id)}
              </li>
            ))}
          </ul>
        );
        return (
          <>
            <section aria-labelledby="ny-enhet" className="stack">
              <Heading level={2} data-size="md" id="ny-enhet">
                Ny enhet
              </Heading>
              <CreateUnitForm number={number} parent={null} units={open} onDone={() => reload()} />
            </section>
            <section aria-labelledby="enhetstre" className="stack">
              <Heading level={2} data-size="md" id="enhetstre">
                Organisasjonen
              </Heading>
              <Paragraph role="status">{notice}</Paragraph>
              {units.length === 0 ? <Paragraph>Kommunen har ingen enheter ennå.</Paragraph> : tree(null)}
            </section>
          </>
        );
      }}
    </Show>
  );
}

function CreateUnitForm({
  number,
  parent,
  units,
  onDone,
  onCancel,
}: {
  number: string;
  parent: DeskUnitFragment | null;
  units: DeskUnitFragment[];
  onDone: (message: string) => void;
  onCancel?: () => void;
}) {
  const form = useMutationForm(['name', 'kind', 'parentId', 'organizationNumber']);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<UnitKind>('DEPARTMENT');
  const [parentId, setParentId] = useState(parent?.id ?? '');
  const [organizationNumber, setOrganizationNumber] = useState('');
  const submit = () =>
    void form.submit(
      CreateUnitDocument,
      {
        input: {
          municipalityNumber: number,
          name,
          kind,
          parentId: parentId || null,
          ...(organizationNumber.trim() ? { organizationNumber: organizationNumber.trim() } : {}),
        },
      },
      (result) => result.createUnit,
      `${name.trim()} er opprettet.`,
      (_, message) => {
        setName('');
        setOrganizationNumber('');
        onDone(message);
      },
    );
  return (
    <DeskForm
      form={form}
      label={parent ? `Ny underenhet av ${parent.name}` : 'Ny enhet'}
      submitLabel="Opprett enhet"
      onSubmit={submit}
      onCancel={onCancel}
    >
      <TextField form={form} field="name" label="Navn" value={name} onChange={setName} autoFocus={!!parent} />
      <SelectField
        form={form}
        field="kind"
        label="Type"
        value={kind}
        onChange={(value) => setKind(value as UnitKind)}
        options={kindOptions}
      />
      <SelectField
        form={form}
        field="parentId"
        label="Ligger under"
        value={parentId}
        onChange={setParentId}
        options={[['', 'Øverst i organisasjonen'], ...units.map((u) => [u.id, u.name] as const)]}
      />
      <TextField
        form={form}
        field="organizationNumber"
        label="Organisasjonsnummer"
        description="Valgfritt, ni siffer"
        value={organizationNumber}
        onChange={setOrganizationNumber}
      />
    </DeskForm>
  );
}

function UpdateUnitForm({
  unit,
  onDone,
  onCancel,
}: {
  unit: DeskUnitFragment;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const form = useMutationForm(['name', 'kind', 'organizationNumber', 'email', 'phone']);
  const [name, setName] = useState(unit.name);
  const [kind, setKind] = useState<UnitKind>(unit.kind);
  const [organizationNumber, setOrganizationNumber] = useState(unit.organizationNumber ?? '');
  const [email, setEmail] = useState(unit.email ?? '');
  const [phone, setPhone] = useState(unit.phone ?? '');
  // A field left out stays as it is: only what was filled in is sent.
  const filled = (field: string, value: string) => (value.trim() ? { [field]: value.trim() } : {});
  return (
    <DeskForm
      form={form}
      label={`Endre ${unit.name}`}
      submitLabel="Lagre"
      onCancel={onCancel}
      onSubmit={() =>
        void form.submit(
          UpdateUnitDocument,
          {
            input: {
              id: unit.id,
              name,
              kind,
              ...filled('organizationNumber', organizationNumber),
              ...filled('email', email),
              ...filled('phone', phone),
            },
          },
          (result) => result.updateUnit,
          'Enheten er endret.',
          (_, message) => onDone(message),
        )
      }
    >
      <TextField form={form} field="name" label="Navn" value={name} onChange={setName} autoFocus />
      <SelectField
        form={form}
        field="kind"
        label="Type"
        value={kind}
        onChange={(value) => setKind(value as UnitKind)}
        options={kindOptions}
      />
      <TextField
        form={form}
        field="organizationNumber"
        label="Organisasjonsnummer"
        value={organizationNumber}
        onChange={setOrganizationNumber}
      />
      <TextField form={form} field="email" label="E-post" type="email" value={email} onChange={setEmail} />
      <TextField form={form} field="phone" label="Telefon" type="tel" value={phone} onChange={setPhone} />
    </DeskForm>
  );
}

function MoveUnitForm({
  unit,
  units,
  onDone,
  onCancel,
}: {
  unit: DeskUnitFragment;
  units: DeskUnitFragment[];
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const form = useMutationForm(['parentId']);
  const [parentId, setParentId] = useState(unit.parent?.id ?? '');
  return (
    <DeskForm
      form={form}
      label={`Flytt ${unit.name}`}
      submitLabel="Flytt"
      onCancel={onCancel}
      onSubmit={() =>
        void form.submit(
          MoveUnitDocument,
          { input: { id: unit.id, parentId: parentId || null } },
          (result) => result.moveUnit,
          'Enheten er flyttet.',
          (_, message) => onDone(message),
        )
      }
    >
      <SelectField
        form={form}
        field="parentId"
        label="Ny plassering: under"
        value={parentId}
        onChange={setParentId}
        autoFocus
        options={[
          ['', 'Øverst i organisasjonen'],
          ...units.filter((u) => u.id !== unit.id).map((u) => [u.id, u.name] as const),
        ]}
      />
    </DeskForm>
  );
}

function CloseUnitForm({
  unit,
  onDone,
  onCancel,
}: {
  unit: DeskUnitFragment;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const form = useMutationForm(['closedOn']);
  const [closedOn, setClosedOn] = useState(today);
  return (
    <DeskForm
      form={form}
      label={`Legg ned ${unit.name}`}
      submitLabel="Legg ned"
      onCancel={onCancel}
      onSubmit={() =>
        void form.submit(
          CloseUnitDocument,
          { input: { id: unit.id, closedOn } },
          (result) => result.closeUnit,
          'Enheten er lagt ned.',
          (_, message) => onDone(message),
        )
      }
    >
      <TextField
        form={form}
        field="closedOn"
        label="Nedlagt fra"
        description="Åpne ansettelser i enheten avsluttes samme dag. Underenheter må legges ned eller flyttes først."
        type="date"
        value={closedOn}
        onChange={setClosedOn}
        autoFocus
      />
    </DeskForm>
  );
}

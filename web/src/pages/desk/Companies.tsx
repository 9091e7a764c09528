import { Button, Heading, List, Paragraph } from '@digdir/designsystemet-react';
import {
  CreateCompanyDocument,
  DeskCompaniesDocument,
  EndCompanyRoleDocument,
  StartCompanyRoleDocument,
  UpdateCompanyDocument,
  type CompanyRoleKind,
  type DeskCompanyFragment,
  type DeskCompanyRoleFragment,
  type OrganizationForm,
} from '@registers/client';
import { useState } from 'react';
import { useReloadableOperation } from '../../api.ts';
import { companyForm, companyRole } from '../../labels.ts';
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
} from './form.tsx';

type Action = { companyId: string; kind: 'edit' | 'role' } | { roleId: string; kind: 'end' };

const formOptions = Object.entries(companyForm).map(([code, name]) => [code, `${code} – ${name}`] as const);

/** `/skrivebord/<nr>/selskaper`: the companies the municipality owns a share of; register and change them and their roles. */
export function CompaniesDesk({ number }: { number: string }) {
  const [loaded, reload] = useReloadableOperation(DeskCompaniesDocument, { number });
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
          <section aria-labelledby="nytt-selskap" className="stack">
            <Heading level={2} data-size="md" id="nytt-selskap">
              Nytt selskap
            </Heading>
            <CreateCompanyForm number={number} onDone={reload} />
          </section>
          <section aria-labelledby="selskaper" className="stack">
            <Heading level={2} data-size="md" id="selskaper">
              Selskaper kommunen eier
            </Heading>
            <Paragraph role="status">{notice}</Paragraph>
            {(municipality?.companyOwnerships ?? []).length === 0 && (
              <Paragraph>Kommunen eier ingen registrerte selskaper.</Paragraph>
            )}
            <ul className="desk-list">
              {(municipality?.companyOwnerships ?? []).map(({ company, sharePercent }) => (
                <li key={company.id} className="desk-item stack">
                  <div className="unit-row">
                    <Heading level={3} data-size="sm">
                      {company.name}
                    </Heading>
                    <span>
                      {company.form}, org.nr. {company.organizationNumber}, kommunens andel {sharePercent} %
                    </span>
                    {(
                      [
                        ['edit', 'Endre'],
                        ['role', 'Ny rolle'],
                      ] as const
                    ).map(([kind, label]) => (
                      <Button
                        key={kind}
                        data-size="sm"
                        variant="tertiary"
                        aria-label={`${label}: ${company.name}`}
                        {...opens({ companyId: company.id, kind })}
                      >
                        {label}
                      </Button>
                    ))}
                  </div>
                  <Paragraph data-size="sm">
                    Eiere:{' '}
                    {company.owners
                      .map((owner) => `${owner.municipality.name} (${owner.sharePercent} %)`)
                      .join(', ')}
                  </Paragraph>
                  {action && 'companyId' in action && action.companyId === company.id && (
                    <div className="unit-action">
                      {action.kind === 'edit' ? (
                        <UpdateCompanyForm company={company} onDone={done} onCancel={() => setAction(null)} />
                      ) : (
                        <StartRoleForm
                          number={number}
                          company={company}
                          onDone={done}
                          onCancel={() => setAction(null)}
                        />
                      )}
                    </div>
                  )}
                  {company.roles.length > 0 && (
                    <List.Unordered>
                      {company.roles.map((role) => (
                        <List.Item key={role.id}>
                          {companyRole[role.role]}: {role.person.name}, fra {role.startDate}
                          {role.endDate ? ` til ${role.endDate}` : ''}{' '}
                          {!role.endDate && (
                            <Button
                              data-size="sm"
                              variant="tertiary"
                              aria-label={`Avslutt rollen: ${companyRole[role.role]} ${role.person.name}`}
                              {...opens({ roleId: role.id, kind: 'end' })}
                            >
                              Avslutt
                            </Button>
                          )}
                          {action && 'roleId' in action && action.roleId === role.id && (
                            <EndRoleForm role={role} onDone={done} onCancel={() => setAction(null)} />
                          )}
                        </List.Item>
                      ))}
                    </List.Unordered>
                  )}
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </Show>
  );
}

function CreateCompanyForm({ number, onDone }: { number: string; onDone: () => void }) {
  const form = useMutationForm(['organizationNumber', 'name', 'form', 'owners']);
  const [organizationNumber, setOrganizationNumber] = useState('');
  const [name, setName] = useState('');
  const [kind, setKind] = useState<OrganizationForm>('AS');
  const [share, setShare] = useState('100');
  return (
    <DeskForm
      form={form}
      label="Nytt selskap"
      submitLabel="Registrer selskap"
      onSubmit={() =>
        void form.submit(
          CreateCompanyDocument,
          {
            input: {
              organizationNumber: organizationNumber.trim(),
              name,
              form: kind,
              owners: [{ municipalityNumber: number, sharePercent: Number(share.replace(',', '.')) }],
            },
          },
          (result) => result.createCompany,
          `${name.trim()} er registrert.`,
          () => {
            setOrganizationNumber('');
            setName('');
            onDone();
          },
        )
      }
    >
      <TextField
        form={form}
        field="organizationNumber"
        label="Organisasjonsnummer"
        description="Ni siffer"
        value={organizationNumber}
        onChange={setOrganizationNumber}
      />
      <TextField form={form} field="name" label="Navn" value={name} onChange={setName} />
      <SelectField
        form={form}
        field="form"
        label="Selskapsform"
        value={kind}
        onChange={(value) => setKind(value as OrganizationForm)}
        options={formOptions}
      />
      <TextField
        form={form}
        field="owners"
        label="Kommunens eierandel (prosent)"
        type="number"
        value={share}
        onChange={setShare}
      />
    </DeskForm>
  );
}

function UpdateCompanyForm({
  company,
  onDone,
  onCancel,
}: {
  company: DeskCompanyFragment;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const form = useMutationForm(['name', 'form', 'email', 'phone', 'website']);
  const [name, setName] = useState(company.name);
  const [kind, setKind] = useState<OrganizationForm>(company.form);
  const [email, setEmail] = useState(company.email ?? '');
  const [phone, setPhone] = useState(company.phone ?? '');
  const [website, setWebsite] = useState(company.website ?? '');
  return (
    <DeskForm
      form={form}
      label={`Endre ${company.name}`}
      submitLabel="Lagre"
      onCancel={onCancel}
      onSubmit={() =>
        void form.submit(
          UpdateCompanyDocument,
          {
            input: {
              id: company.id,
              name,
              form: kind,
              ...(email.trim() ? { email: email.trim() } : {}),
              ...(phone.trim() ? { phone: phone.trim() } : {}),
              ...(website.trim() ? { website: website.trim() } : {}),
            },
          },
          (result) => result.updateCompany,
          'Selskapet er endret.',
          (_, message) => onDone(message),
        )
      }
    >
      <TextField form={form} field="name" label="Navn" value={name} onChange={setName} autoFocus />
      <SelectField
        form={form}
        field="form"
        label="Selskapsform"
        value={kind}
        onChange={(value) => setKind(value as OrganizationForm)}
        options={formOptions}
      />
      <TextField form={form} field="email" label="E-post" type="email" value={email} onChange={setEmail} />
      <TextField form={form} field="phone" label="Telefon" type="tel" value={phone} onChange={setPhone} />
      <TextField form={form} field="website" label="Nettsted" value={website} onChange={setWebsite} />
    </DeskForm>
  );
}

function StartRoleForm({
  number,
  company,
  onDone,
  onCancel,
}: {
  number: string;
  company: DeskCompanyFragment;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const form = useMutationForm(['personId', 'role', 'startDate', 'endDate']);
  const [personId, setPersonId] = useState('');
  const [role, setRole] = useState<CompanyRoleKind>('BOARD_MEMBER');
  const [startDate, setStartDate] = useState(today);
  return (
    <DeskForm
      form={form}
      label={`Ny rolle i ${company.name}`}
      submitLabel="Start rollen"
      onCancel={onCancel}
      onSubmit={() =>
        void form.submit(
          StartCompanyRoleDocument,
          { input: { companyId: company.id, personId, role, startDate } },
          (result) => result.startCompanyRole,
          'Rollen er registrert.',
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
        onChange={(value) => setRole(value as CompanyRoleKind)}
        options={Object.entries(companyRole)}
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

function EndRoleForm({
  role,
  onDone,
  onCancel,
}: {
  role: DeskCompanyRoleFragment;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  return (
    <EndForm
      document={EndCompanyRoleDocument}
      variables={(endDate) => ({ input: { id: role.id, endDate } })}
      payloadOf={(result) => result.endCompanyRole}
      label={`Avslutt rollen til ${role.person.name}`}
      submitLabel="Avslutt rollen"
      done="Rollen er avsluttet."
      onDone={(_, message) => onDone(message)}
      onCancel={onCancel}
    />
  );
}

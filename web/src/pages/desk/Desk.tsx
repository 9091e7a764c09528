import { Alert, Button, Card, Heading, List, Paragraph } from '@digdir/designsystemet-react';
import { DeskFrameDocument, DeskMunicipalitiesDocument, DeskViewerDocument } from '@registers/client';
import { useState, type FormEvent } from 'react';
import { useOperation } from '../../api.ts';
import { AppLink, navigate } from '../../router.tsx';
import { useSession } from '../../session.ts';
import { Page, Show } from '../../ui.tsx';
import { SelectField, useMutationForm } from './form.tsx';
import { deskSections, type Register } from './sections.tsx';

const registerNames: Record<Register, string> = {
  KR: 'Kommuneregisteret',
  STV: 'Styrevervregisteret',
};

function SignInFirst() {
  return (
    <Page title="Skrivebord">
      <Paragraph>
        Skrivebordet er for kontaktpersoner og administratorer. <AppLink to="/logg-inn">Logg inn</AppLink> for
        å bruke det.
      </Paragraph>
    </Page>
  );
}

/** `/skrivebord`: the municipalities the viewer is contact person for; any one for an administrator. */
export function DeskLandingPage() {
  const { token } = useSession();
  if (!token) return <SignInFirst />;
  return <DeskLanding />;
}

function DeskLanding() {
  const loaded = useOperation(DeskViewerDocument);
  return (
    <Show loaded={loaded}>
      {({ viewer }) => {
        const municipalities = new Map<string, { name: string; registers: Register[] }>();
        for (const [register, list] of [
          ['KR', viewer.kommuneregisteretContactFor],
          ['STV', viewer.styrevervregisteretContactFor],
        ] as const) {
          for (const { number, name } of list) {
            const entry = municipalities.get(number) ?? { name, registers: [] };
            entry.registers.push(register);
            municipalities.set(number, entry);
          }
        }
        const sorted = [...municipalities].sort(([a], [b]) => a.localeCompare(b));
        return (
          <Page title="Skrivebord">
            <Paragraph>
              {viewer.person ? `Logget inn som ${viewer.person.name}. ` : ''}
              Her holder du registrene oppdatert for kommunene du er kontaktperson for.
            </Paragraph>
            <section aria-labelledby="mine-kommuner" className="stack">
              <Heading level={2} data-size="md" id="mine-kommuner">
                Dine kommuner
              </Heading>
              {sorted.length === 0 ? (
                <Paragraph>Du er ikke kontaktperson for noen kommune.</Paragraph>
              ) : (
                <List.Unordered className="desk-municipalities">
                  {sorted.map(([number, { name, registers }]) => (
                    <List.Item key={number}>
                      <AppLink to={`/skrivebord/${number}`}>
                        {name} ({number})
                      </AppLink>
                      <span className="desk-roles">
                        {' '}
                        – kontaktperson for{' '}
                        {registers.map((register) => registerNames[register]).join(' og ')}
                      </span>
                    </List.Item>
                  ))}
                </List.Unordered>
              )}
            </section>
            {viewer.administrator && <PickMunicipality />}
          </Page>
        );
      }}
    </Show>
  );
}

/** An administrator opens any municipality's desk. */
function PickMunicipality() {
  const loaded = useOperation(DeskMunicipalitiesDocument);
  const form = useMutationForm(['number']);
  const [number, setNumber] = useState('');
  const open = (event: FormEvent) => {
    event.preventDefault();
    if (number) navigate(`/skrivebord/${number}`);
  };
  return (
    <section aria-labelledby="alle-kommuner" className="stack">
      <Heading level={2} data-size="md" id="alle-kommuner">
        Alle kommuner (administrator)
      </Heading>
      <Show loaded={loaded}>
        {({ municipalities }) => (
          <form className="desk-form" aria-label="Velg kommune" onSubmit={open}>
            <div className="desk-fields">
              <SelectField
                form={form}
                field="number"
                label="Kommune eller fylkeskommune"
                value={number}
                onChange={setNumber}
                options={[
                  ['', 'Velg …'],
                  ...municipalities.map((m) => [m.number, `${m.number} ${m.name}`] as const),
                ]}
              />
            </div>
            <div className="desk-actions">
              <Button type="submit">Åpne skrivebordet</Button>
            </div>
          </form>
        )}
      </Show>
    </section>
  );
}

/** `/skrivebord/<nr>` and `/skrivebord/<nr>/<section>`: one municipality's desk. */
export function DeskPage({
  number,
  section,
  params,
}: {
  number: string;
  section: string | undefined;
  params: URLSearchParams;
}) {
  const { token } = useSession();
  const OwnPage = deskSections.find((s) => s.path === section)?.ownPage;
  if (OwnPage) return <OwnPage number={number} params={params} />;
  if (!token) return <SignInFirst />;
  return <DeskFrame number={number} section={section} />;
}

function DeskFrame({ number, section }: { number: string; section: string | undefined }) {
  const loaded = useOperation(DeskFrameDocument, { number });
  return (
    <Show loaded={loaded}>
      {({ viewer, municipality }) => {
        if (!municipality) return <Page title="Fant ikke kommunen">{null}</Page>;
        const keeps = (register: Register) =>
          viewer.administrator ||
          (register === 'KR'
            ? viewer.kommuneregisteretContactFor
            : viewer.styrevervregisteretContactFor
          ).some((m) => m.number === number);
        const sections = deskSections.filter((s) => keeps(s.register));
        const current = section === undefined ? undefined : deskSections.find((s) => s.path === section);
        const title = `${current ? current.label : 'Skrivebord'} – ${municipality.name}`;
        if (!keeps('KR') && !keeps('STV'))
          return (
            <Page title={title}>
              <Alert data-color="warning">
                Du er ikke kontaktperson for {municipality.name}, og har ikke tilgang til dette skrivebordet.{' '}
                <AppLink to="/skrivebord">Til dine kommuner</AppLink>
              </Alert>
            </Page>
          );
        if (current && !sections.includes(current))
          return (
            <Page title={title}>
              <Alert data-color="warning">
                Denne siden er for kontaktpersonene for {registerNames[current.register]} i{' '}
                {municipality.name}. <AppLink to={`/skrivebord/${number}`}>Til skrivebordet</AppLink>
              </Alert>
            </Page>
          );
        if (section !== undefined && !current)
          return (
            <Page title="Fant ikke siden">
              <Paragraph>Skrivebordet har ingen slik side.</Paragraph>
            </Page>
          );
        return (
          <Page title={title}>
            <nav aria-label={`Skrivebordet for ${municipality.name}`} className="desk-nav">
              <ul>
                <li>
                  <AppLink to={`/skrivebord/${number}`} current={!current}>
                    Oversikt
                  </AppLink>
                </li>
                {sections.map((s) => (
                  <li key={s.path}>
                    <AppLink to={`/skrivebord/${number}/${s.path}`} current={s === current}>
                      {s.label}
                    </AppLink>
                  </li>
                ))}
              </ul>
            </nav>
            {current?.page ? (
              <current.page number={number} />
            ) : (
              <div className="desk-overview">
                {sections.map((s) => (
                  <Card key={s.path} data-color="neutral">
                    <Heading level={2} data-size="sm">
                      <AppLink to={`/skrivebord/${number}/${s.path}`}>{s.label}</AppLink>
                    </Heading>
                    <Paragraph data-size="sm">{registerNames[s.register]}</Paragraph>
                  </Card>
                ))}
              </div>
            )}
          </Page>
        );
      }}
    </Show>
  );
}

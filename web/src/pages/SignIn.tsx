import { Alert, Button, Heading, Paragraph, Spinner, Textfield } from '@digdir/designsystemet-react';
import { RequestSignInLinkDocument } from '@registers/client';
import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { client } from '../api.ts';
import { AppLink, navigate } from '../router.tsx';
import { signIn } from '../session.ts';
import { Page } from '../ui.tsx';
import { OidcSignIn } from './OidcSignIn.tsx';
import { formErrorsOf, formErrorsOfFailure, noErrors, type FormErrors } from '../user-errors.ts';
import { landingPath, useViewer, viewerOf } from '../viewer.ts';

/** How the gateway signs users in (`GET /auth/config.json`): an identity provider's, or local tokens. */
interface SignInConfig {
  identityProvider: { issuer: string } | null;
}

function useSignInConfig(): SignInConfig | null {
  const [config, setConfig] = useState<SignInConfig | null>(null);
  useEffect(() => {
    let current = true;
    fetch('/auth/config.json')
      .then((response) => (response.ok ? (response.json() as Promise<SignInConfig>) : null))
      .then((answer) => current && answer && setConfig(answer))
      .catch(() => {});
    return () => {
      current = false;
    };
  }, []);
  return config;
}

/** The personal link's token in the address's fragment (`#lenke=<token>`), which never reaches a server. */
const linkTokenOf = (hash: string) =>
  new URLSearchParams(hash.replace(/^#/, '')).get('lenke')?.trim() || null;

type LinkState = 'none' | 'checking' | 'refused' | 'failed';

/**
 * `/logg-inn`: the personal link from the e-mail (`#lenke=<token>`) signs the holder in and
 * leads to `/min-side`; a link the gateway no longer takes says so, beside the form that sends a
 * new one. Below, the desk's sign-in: the identity provider's when one is configured, else the
 * development sign-in with a token from `npm run token`.
 */
export function SignInPage() {
  const [link, setLink] = useState(() => linkTokenOf(window.location.hash));
  const [linkState, setLinkState] = useState<LinkState>(link ? 'checking' : 'none');
  const config = useSignInConfig();
  const viewer = useViewer();

  const checkLink = (token: string) => {
    setLinkState('checking');
    signIn(token);
    viewerOf(token).then(
      () => navigate('/min-side', { replace: true }),
      (error: unknown) =>
        setLinkState((error as { code?: string }).code === 'UNAUTHENTICATED' ? 'refused' : 'failed'),
    );
  };
  // A link opened in a tab already on this page changes only the fragment.
  useEffect(() => {
    const onHashChange = () => setLink(linkTokenOf(window.location.hash));
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  useEffect(() => {
    if (!link) return;
    // The token is a credential: out of the address at once, so it stays in no history,
    // bookmark or screenshot.
    window.history.replaceState(null, '', window.location.pathname);
    checkLink(link);
  }, [link]);

  return (
    <Page title="Logg inn">
      {/* Always there, so that what the link came to is read out as it appears. */}
      <div role="status" className="stack">
        {linkState === 'checking' && (
          <Paragraph>
            <Spinner aria-hidden data-size="sm" /> Sjekker lenken …
          </Paragraph>
        )}
        {linkState === 'refused' && (
          <Alert data-color="danger">
            <Heading level={2} data-size="xs">
              Lenken virker ikke lenger
            </Heading>
            <Paragraph>
              Lenken er utløpt, eller du har fått en nyere lenke som erstatter den. En lenke gjelder i 12
              måneder, og bare den nyeste virker. Be om en ny lenke nedenfor, så sender vi den til
              e-postadressen din.
            </Paragraph>
          </Alert>
        )}
        {linkState === 'failed' && link && (
          <Alert data-color="warning">
            <Paragraph>Vi fikk ikke sjekket lenken akkurat nå.</Paragraph>
            <Button variant="secondary" onClick={() => checkLink(link)}>
              Prøv igjen
            </Button>
          </Alert>
        )}
      </div>
      {viewer.state === 'signed-in' && linkState === 'none' && (
        <Paragraph>
          Du er logget inn{viewer.viewer.person ? ` som ${viewer.viewer.person.name}` : ''}.{' '}
          {viewer.viewer.person && <AppLink to="/min-side">Gå til Min side</AppLink>}
        </Paragraph>
      )}
      <RequestLinkForm />
      {config &&
        (config.identityProvider ? (
          <IdentityProviderSignIn issuer={config.identityProvider.issuer} />
        ) : (
          <DevelopmentSignIn />
        ))}
    </Page>
  );
}

/** A form that asks for a new personal link by e-mail; the answer is the same whether the address is known or not. */
function RequestLinkForm() {
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [state, setState] = useState<'idle' | 'sending' | 'sent'>('idle');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (state === 'sending') return;
    setErrors(noErrors);
    if (!email.trim())
      return setErrors(formErrorsOf([{ code: 'INVALID', field: ['input', 'email'], message: '' }]));
    setState('sending');
    try {
      const { requestSignInLink } = await client.execute(RequestSignInLinkDocument, {
        input: { email: email.trim() },
      });
      setErrors(formErrorsOf(requestSignInLink.userErrors));
      setState(requestSignInLink.accepted ? 'sent' : 'idle');
    } catch (error) {
      setErrors(formErrorsOfFailure(error));
      setState('idle');
    }
  };
  return (
    <section aria-labelledby="lenke-overskrift" className="stack">
      <Heading level={2} data-size="md" id="lenke-overskrift">
        Personlig lenke på e-post
      </Heading>
      <Paragraph>
        Har du verv eller interesser i Styrevervregisteret, logger du inn med den personlige lenken vi sender
        deg på e-post. Skriv e-postadressen din, så sender vi en ny lenke. Den erstatter lenkene du har fått
        før.
      </Paragraph>
      <form className="stack" noValidate onSubmit={(event) => void submit(event)}>
        <Textfield
          label="E-postadresse"
          type="email"
          autoComplete="email"
          value={email}
          maxLength={254}
          error={errors.fields['email']}
          onChange={(event) => setEmail(event.target.value)}
        />
        {errors.form && <Alert data-color="danger">{errors.form}</Alert>}
        <div>
          <Button type="submit" loading={state === 'sending'}>
            Send meg en lenke
          </Button>
        </div>
        <Paragraph role="status">
          {state === 'sent'
            ? 'Takk. Er adressen registrert hos oss, får du en e-post med en ny lenke om litt.'
            : ''}
        </Paragraph>
      </form>
    </section>
  );
}

/**
 * Sign-in with the identity provider (OpenID Connect, `AUTH_*`), for contact persons and
 * administrators: the place of its button. The development sign-in is never shown beside it.
 */
function IdentityProviderSignIn({ issuer }: { issuer: string }) {
  return (
    <SignInSection id="idp-overskrift" title="Innlogging for kontaktpersoner og administratorer">
      <Paragraph>Kontaktpersoner og administratorer logger inn hos {new URL(issuer).host}.</Paragraph>
      <div>
        <OidcSignIn returnTo="/skrivebord" />
      </div>
    </SignInSection>
  );
}

/**
 * Only when the gateway has no identity provider: a token made by `npm run token` (or by a
 * test), pasted in, as the desk's sign-in for development. It says plainly that it is one.
 */
function DevelopmentSignIn() {
  const [token, setToken] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (checking) return;
    const value = token.trim();
    if (!value) return setError('Lim inn en nøkkel.');
    setError(null);
    setChecking(true);
    signIn(value);
    try {
      navigate(landingPath(await viewerOf(value)));
    } catch (failure) {
      setChecking(false);
      setError(
        (failure as { code?: string }).code === 'UNAUTHENTICATED'
          ? 'Nøkkelen ble ikke godtatt: den er utløpt eller laget for et annet system.'
          : 'Vi fikk ikke sjekket nøkkelen akkurat nå. Prøv igjen om litt.',
      );
    }
  };
  return (
    <SignInSection id="utvikling-overskrift" title="Innlogging for utvikling">
      <Alert data-color="warning">
        <Paragraph>
          Dette er en innlogging for utvikling og testing, ikke for vanlig bruk. Den finnes bare når ingen
          identitetsleverandør er satt opp (AUTH_JWKS_URL, AUTH_ISSUER og AUTH_AUDIENCE), og tar imot nøkler
          laget med <code>npm run token</code>.
        </Paragraph>
      </Alert>
      <form className="stack" noValidate onSubmit={(event) => void submit(event)}>
        <Textfield
          label="Nøkkel (token)"
          description="For eksempel fra npm run -s token -- --role administrator"
          multiline
          rows={3}
          spellCheck={false}
          autoComplete="off"
          value={token}
          error={error}
          onChange={(event) => setToken(event.target.value)}
        />
        <div>
          <Button type="submit" variant="secondary" loading={checking}>
            Logg inn for utvikling
          </Button>
        </div>
      </form>
    </SignInSection>
  );
}

function SignInSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="stack">
      <Heading level={2} data-size="md" id={id}>
        {title}
      </Heading>
      {children}
    </section>
  );
}

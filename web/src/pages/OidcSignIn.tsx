import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import { completeSignIn, fetchIdentityProvider, startSignIn, type IdentityProvider } from '../oidc.ts';
import { AppLink, navigate } from '../router.tsx';
import { Page } from '../ui.tsx';
import { useViewer } from '../viewer.ts';

/**
 * "Logg inn med ID-porten / kommunens innlogging": the sign-in at the identity provider the
 * gateway trusts, shown only when it has one for the web (`AUTH_CLIENT_ID`). `returnTo` is the
 * page to come back to once signed in; without it, the callback page says who is signed in.
 */
export function OidcSignIn({ returnTo = '' }: { returnTo?: string }) {
  const [provider, setProvider] = useState<IdentityProvider | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    fetchIdentityProvider()
      .then(setProvider)
      .catch(() => setFailed(true));
  }, []);
  if (failed)
    return <Alert data-color="warning">Innlogging med ID-porten er ikke tilgjengelig akkurat nå.</Alert>;
  if (!provider) return null;
  return (
    <Button onClick={() => void startSignIn(provider, returnTo).catch(() => setFailed(true))}>
      Logg inn med ID-porten / kommunens innlogging
    </Button>
  );
}

/** `/logg-inn/oidc`: where the identity provider sends the browser back with the code. */
export function OidcCallbackPage() {
  const [state, setState] = useState<'working' | 'done' | 'failed'>('working');
  const started = useRef(false);
  useEffect(() => {
    // Once: a code is exchanged only once (React's development mode runs effects twice).
    if (started.current) return;
    started.current = true;
    const callback = new URL(window.location.href);
    // The code and state leave the address bar and the history at once.
    window.history.replaceState(null, '', callback.pathname);
    completeSignIn(callback)
      // Only a path of this app: never away to another site.
      .then((returnTo) => (/^\/(?!\/)/.test(returnTo) ? navigate(returnTo) : setState('done')))
      .catch(() => setState('failed'));
  }, []);
  if (state === 'working') return <Page title="Logger inn …">{null}</Page>;
  if (state === 'failed') {
    return (
      <Page title="Innloggingen mislyktes">
        <Alert data-color="danger">
          <Paragraph>
            Vi fikk ikke logget deg inn. <AppLink to="/logg-inn">Prøv igjen</AppLink>
          </Paragraph>
        </Alert>
      </Page>
    );
  }
  return <SignedIn />;
}

function SignedIn() {
  const viewer = useViewer();
  if (viewer.state !== 'signed-in') return <Page title="Logger inn …">{null}</Page>;
  return (
    <Page title="Du er logget inn">
      <Paragraph>
        {viewer.viewer.person
          ? `Logget inn som ${viewer.viewer.person.name}.`
          : 'Innloggingen er ikke knyttet til noen person i registeret. Be en administrator om hjelp.'}
      </Paragraph>
      <Paragraph>
        <AppLink to="/">Gå til forsiden</AppLink>
      </Paragraph>
    </Page>
  );
}

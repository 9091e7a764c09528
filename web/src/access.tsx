import { Alert, Paragraph, Spinner } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { errorMessage } from './labels.ts';
import { OidcSignIn } from './pages/OidcSignIn.tsx';
import { AppLink } from './router.tsx';
import { Page } from './ui.tsx';
import { useViewer, type Viewer } from './viewer.ts';

export type { Viewer };

interface RestrictedProps {
  title: string;
  allowed: (viewer: Viewer) => boolean;
  refusal: string;
  children: (viewer: Viewer) => ReactNode;
}

/**
 * A page for some signed-in persons only: `allowed` says, from the session's viewer, whether
 * this one may use it; anyone else gets the page's title and a plain message instead. Only what
 * the page shows depends on it: the gateway checks every request itself.
 */
export function Restricted({ title, allowed, refusal, children }: RestrictedProps) {
  const viewer = useViewer();
  if (viewer.state === 'loading') return <Spinner aria-label="Henter data" />;
  if (viewer.state === 'error') return <Alert data-color="danger">{errorMessage(viewer.code)}</Alert>;
  if (viewer.state === 'signed-out') {
    return (
      <Page title={title}>
        <Alert data-color="info">
          <Paragraph>
            Du må være logget inn for å bruke denne siden. <AppLink to="/logg-inn">Logg inn</AppLink>
          </Paragraph>
        </Alert>
        <div>
          <OidcSignIn returnTo={window.location.pathname + window.location.search} />
        </div>
      </Page>
    );
  }
  if (!allowed(viewer.viewer)) {
    return (
      <Page title={title}>
        <Alert data-color="warning">
          <Paragraph>{refusal}</Paragraph>
        </Alert>
      </Page>
    );
  }
  return <>{children(viewer.viewer)}</>;
}

export const isAdministrator = (viewer: Viewer) => viewer.administrator;

/** Styrevervregisteret's contact person of the municipality, or an administrator. */
export const isStvContactFor = (number: string) => (viewer: Viewer) =>
  viewer.administrator || viewer.styrevervregisteretContactFor.some((m) => m.number === number);

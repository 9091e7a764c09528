import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { DeskViewerDocument, type DeskViewerQuery } from '@registers/client';
import type { ReactNode } from 'react';
import { useOperation } from './api.ts';
import { OidcSignIn } from './pages/OidcSignIn.tsx';
import { AppLink } from './router.tsx';
import { useSession } from './session.ts';
import { Page, Show } from './ui.tsx';

export type Viewer = DeskViewerQuery['viewer'];

/**
 * A page for some signed-in persons only: `allowed` says, from `Query.viewer`, whether this one
 * may use it; anyone else gets the page's title and a plain message instead. Only what the page
 * shows depends on it: the gateway checks every request itself.
 */
export function Restricted(props: RestrictedProps) {
  const { token } = useSession();
  if (!token) {
    return (
      <Page title={props.title}>
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
  return <SignedIn {...props} />;
}

interface RestrictedProps {
  title: string;
  allowed: (viewer: Viewer) => boolean;
  refusal: string;
  children: (viewer: Viewer) => ReactNode;
}

function SignedIn({ title, allowed, refusal, children }: RestrictedProps) {
  const loaded = useOperation(DeskViewerDocument);
  return (
    <Show loaded={loaded}>
      {({ viewer }) =>
        allowed(viewer) ? (
          children(viewer)
        ) : (
          <Page title={title}>
            <Alert data-color="warning">
              <Paragraph>{refusal}</Paragraph>
            </Alert>
          </Page>
        )
      }
    </Show>
  );
}

export const isAdministrator = (viewer: Viewer) => viewer.administrator;

/** Styrevervregisteret's contact person of the municipality, or an administrator. */
export const isStvContactFor = (number: string) => (viewer: Viewer) =>
  viewer.administrator || viewer.styrevervregisteretContactFor.some((m) => m.number === number);

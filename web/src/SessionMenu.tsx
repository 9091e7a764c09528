import { Button, Paragraph } from '@digdir/designsystemet-react';
import { AppLink, navigate } from './router.tsx';
import { signOut } from './session.ts';
import { useViewer } from './viewer.ts';

/** The header's sign-in: who is signed in, with their page and sign-out; or the way to sign in. */
export function SessionMenu() {
  const viewer = useViewer();
  if (viewer.state === 'loading') return null;
  if (viewer.state !== 'signed-in') {
    return (
      <div className="session-menu">
        <AppLink to="/logg-inn">Logg inn</AppLink>
      </div>
    );
  }
  const { person, administrator } = viewer.viewer;
  return (
    <div className="session-menu" role="group" aria-label="Innlogging">
      <Paragraph data-size="sm">
        Innlogget som {person?.name ?? (administrator ? 'administrator' : 'tjeneste uten person')}
      </Paragraph>
      {person && <AppLink to="/min-side">Min side</AppLink>}
      <Button
        variant="tertiary"
        data-size="sm"
        onClick={() => {
          signOut();
          navigate('/');
        }}
      >
        Logg ut
      </Button>
    </div>
  );
}

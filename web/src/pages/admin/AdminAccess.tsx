import type { ReactNode } from 'react';
import { isAdministrator, Restricted } from '../../access.tsx';
import { AppLink } from '../../router.tsx';
import { Page } from '../../ui.tsx';
import { Paragraph } from '@digdir/designsystemet-react';

export const adminRefusal =
  'Du har ikke tilgang til denne siden. Den er bare for administratorer av Registertjenester.';

/** An administrators' page: its title, a way back to `/admin`, and a plain refusal for anyone else. */
export function AdminPage({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Restricted title={title} allowed={isAdministrator} refusal={adminRefusal}>
      {() => (
        <Page title={title}>
          <Paragraph>
            <AppLink to="/admin">Tilbake til administrasjon</AppLink>
          </Paragraph>
          {children}
        </Page>
      )}
    </Restricted>
  );
}

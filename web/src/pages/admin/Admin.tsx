import { List, Paragraph } from '@digdir/designsystemet-react';
import { isAdministrator, Restricted } from '../../access.tsx';
import { AppLink } from '../../router.tsx';
import { Page } from '../../ui.tsx';
import { adminRefusal } from './AdminAccess.tsx';

/** `/admin`: the administrators' pages. */
export function AdminHomePage() {
  const title = 'Administrasjon';
  return (
    <Restricted title={title} allowed={isAdministrator} refusal={adminRefusal}>
      {() => (
        <Page title={title}>
          <Paragraph>Oppgaver for administratorer av Registertjenester.</Paragraph>
          <List.Unordered>
            <List.Item>
              <AppLink to="/admin/endringsmeldinger">Importer endringsmeldinger fra Enhetsregisteret</AppLink>
            </List.Item>
            <List.Item>
              <AppLink to="/admin/kontaktpersoner">Kontaktpersoner og administratorer</AppLink>
            </List.Item>
            <List.Item>
              <AppLink to="/admin/mottakere">Mottakere av endringsstrømmen og kvitteringene deres</AppLink>
            </List.Item>
          </List.Unordered>
        </Page>
      )}
    </Restricted>
  );
}

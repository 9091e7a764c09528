import { Paragraph } from '@digdir/designsystemet-react';
import { AppLink } from '../router.tsx';
import { Page } from '../ui.tsx';

export function NotFoundPage() {
  return (
    <Page title="Fant ikke siden">
      <Paragraph>
        Adressen finnes ikke. Gå til <AppLink to="/">forsiden</AppLink>.
      </Paragraph>
    </Page>
  );
}

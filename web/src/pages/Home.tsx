import { Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { AppLink } from '../router.tsx';
import { Page } from '../ui.tsx';
import { SearchForm } from './Search.tsx';

export function HomePage() {
  return (
    <Page title="Kommuneregisteret og Styrevervregisteret">
      <Paragraph>
        Her finner du organiseringen av landets kommuner og fylkeskommuner, og vervene og interessene som
        folkevalgte og ansatte selv har valgt å gjøre offentlige.
      </Paragraph>
      <section aria-labelledby="sok-overskrift" className="stack">
        <Heading level={2} data-size="md" id="sok-overskrift">
          Søk i offentlige erklæringer
        </Heading>
        <SearchForm name="" organization="" />
      </section>
      <Card data-color="neutral">
        <Heading level={2} data-size="sm">
          <AppLink to="/fylker">Bla i fylker og kommuner</AppLink>
        </Heading>
        <Paragraph>Enheter, folkevalgte organer og selskaper i hver kommune.</Paragraph>
      </Card>
    </Page>
  );
}

import { Button, Heading, List, Paragraph, Textfield } from '@digdir/designsystemet-react';
import {
  SearchDeclarationsDocument,
  type SearchDeclarationsQuery,
  type SearchDeclarationsQueryVariables,
} from '@registers/client';
import { useEffect, useState, type FormEvent } from 'react';
import { client } from '../api.ts';
import { errorMessage, positionCategory } from '../labels.ts';
import { AppLink, navigate } from '../router.tsx';
import { Page } from '../ui.tsx';

const pageSize = 20;

type Edge = SearchDeclarationsQuery['searchDeclarations']['edges'][number];

/** The search's terms; submitting opens the search page with them in its address. */
export function SearchForm({ name, organization }: { name: string; organization: string }) {
  const [nameText, setName] = useState(name);
  const [organizationText, setOrganization] = useState(organization);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const params = new URLSearchParams({ navn: nameText.trim(), organisasjon: organizationText.trim() });
    navigate(`/sok?${params}`);
  };
  return (
    <form className="search-form" role="search" onSubmit={submit}>
      <Textfield
        label="Navn på person"
        value={nameText}
        maxLength={100}
        onChange={(event) => setName(event.target.value)}
      />
      <Textfield
        label="Organisasjon"
        description="Navn eller organisasjonsnummer"
        value={organizationText}
        maxLength={100}
        onChange={(event) => setOrganization(event.target.value)}
      />
      <Button type="submit">Søk</Button>
    </form>
  );
}

/** `/sok?navn=…&organisasjon=…`: published declarations, a page at a time by the connection's cursor. */
export function SearchPage({ params }: { params: URLSearchParams }) {
  const name = params.get('navn') ?? '';
  const organization = params.get('organisasjon') ?? '';
  const searched = params.has('navn') || params.has('organisasjon');
  return (
    <Page title="Søk i offentlige erklæringer">
      <Paragraph>
        Søket viser bare erklæringer som personen selv har valgt å publisere. Stillinger og verv fra
        Kommuneregisteret kommer med automatisk.
      </Paragraph>
      <SearchForm name={name} organization={organization} />
      {searched && <Results name={name} organization={organization} />}
    </Page>
  );
}

function Results({ name, organization }: { name: string; organization: string }) {
  const [edges, setEdges] = useState<Edge[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [state, setState] = useState<'loading' | 'done' | { error: string }>('loading');

  const load = async (after: string | null, previous: Edge[]) => {
    setState('loading');
    const variables: SearchDeclarationsQueryVariables = { first: pageSize, after };
    if (name) variables.name = name;
    if (organization) variables.organization = organization;
    try {
      const { searchDeclarations } = await client.execute(SearchDeclarationsDocument, variables);
      setEdges([...previous, ...searchDeclarations.edges]);
      setNext(searchDeclarations.pageInfo.hasNextPage ? searchDeclarations.pageInfo.endCursor : null);
      setState('done');
    } catch (error) {
      setState({ error: (error as { code?: string }).code ?? 'NETWORK_ERROR' });
    }
  };
  useEffect(() => {
    void load(null, []);
    // A new search (the page is remounted for a new address) starts from the first page.
  }, []);

  return (
    <section aria-labelledby="treff" className="stack">
      <Heading level={2} data-size="md" id="treff">
        Treff
      </Heading>
      <Paragraph aria-live="polite" role="status">
        {typeof state === 'object'
          ? errorMessage(state.error)
          : state === 'loading'
            ? 'Søker …'
            : edges.length === 0
              ? 'Ingen offentlige erklæringer passer med søket.'
              : `Viser ${edges.length} ${edges.length === 1 ? 'erklæring' : 'erklæringer'}${next ? '. Det finnes flere.' : '.'}`}
      </Paragraph>
      {edges.length > 0 && (
        <List.Unordered className="stack">
          {edges.map(({ cursor, node }) => (
            <li key={cursor}>
              <Heading level={3} data-size="sm">
                <AppLink to={`/person/${encodeURIComponent(node.person.id)}`}>{node.person.name}</AppLink>
              </Heading>
              <List.Unordered>
                {node.positions.map((position, index) => (
                  <List.Item key={index}>
                    {positionCategory[position.category]}: {position.organizationName}
                    {position.role ? ` (${position.role})` : ''}
                  </List.Item>
                ))}
              </List.Unordered>
            </li>
          ))}
        </List.Unordered>
      )}
      {next && state === 'done' && (
        <div>
          <Button variant="secondary" onClick={() => void load(next, edges)}>
            Vis flere
          </Button>
        </div>
      )}
    </section>
  );
}

import { print } from 'graphql';
import {
  MunicipalityOrganisationDocument,
  SearchDeclarationsDocument,
  SearchPersonsDocument,
} from '@registers/client';

export interface MixOperation {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

/**
 * A frontend's mix of pages, as the public asks for them (bench:frontend and bench:soak): a
 * municipality's page, a person search, a person with their declaration (`personId`, one whose
 * declaration is published) and a public search of declarations.
 */
export function frontendMix(personId: string): MixOperation[] {
  return [
    {
      name: "a municipality's page (`MunicipalityOrganisation`, Bergen)",
      query: print(MunicipalityOrganisationDocument),
      variables: { number: '4601' },
    },
    {
      name: 'a person search (`SearchPersons`, "Hansen", 20 a page)',
      query: print(SearchPersonsDocument),
      variables: { name: 'Hansen', first: 20 },
    },
    {
      name: 'a person with their declaration',
      query: `query PersonPage($id: ID!) { person(id: $id) { id name roles { __typename }
        declaration { published positions { category organizationName role startDate } } } }`,
      variables: { id: personId },
    },
    {
      name: 'a public search of declarations (`SearchDeclarations`, board seats, 20 a page)',
      query: print(SearchDeclarationsDocument),
      variables: { category: 'COMPANY_BOARD', first: 20 },
    },
  ];
}

/** A person whose declaration is published, as the public finds one: the first of the search. */
export const publishedPersonQuery = {
  query: print(SearchDeclarationsDocument),
  variables: { first: 1 },
};

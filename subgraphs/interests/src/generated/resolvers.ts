import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PersonReference, DeclarationRow, PositionRow, ChangeEventRow, ElectionReconciliationRow, ElectionReconciliationPersonView, ElectionMatchReportRow } from '../db/schema/index.ts';
import type { Context } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, YYYY-MM-DD. */
  Date: { input: string; output: string; }
  /** An instant, ISO 8601 with time zone, e.g. "2026-01-20T08:00:00.000Z". */
  DateTime: { input: Date; output: Date | string; }
  /** An e-mail address; stored in lower case. */
  EmailAddress: { input: string; output: string; }
  /**
   * Municipality number (kommunenummer): four digits, the first two are the county number,
   * e.g. "0301" for Oslo or "4601" for Bergen.
   */
  MunicipalityNumber: { input: string; output: string; }
  /** A name or title: at most 200 characters (longer is refused as BAD_USER_INPUT). */
  Name: { input: string; output: string; }
  /**
   * Organisation number (organisasjonsnummer) in Enhetsregisteret: nine digits, the last a MOD11
   * check digit.
   */
  OrganizationNumber: { input: string; output: string; }
  /** A search term: part of a name, at most 100 characters (longer is refused as BAD_USER_INPUT). */
  SearchText: { input: string; output: string; }
  /** Free text, such as a reason: at most 2,000 characters (longer is refused as BAD_USER_INPUT). */
  Text: { input: string; output: string; }
  _FieldSet: { input: unknown; output: unknown; }
};

export type AddPositionInput = {
  category: PositionCategory;
  endDate?: InputMaybe<Scalars['Date']['input']>;
  organizationName: Scalars['Name']['input'];
  organizationNumber?: InputMaybe<Scalars['OrganizationNumber']['input']>;
  personId: Scalars['ID']['input'];
  role?: InputMaybe<Scalars['Name']['input']>;
  startDate?: InputMaybe<Scalars['Date']['input']>;
};

export type AddPositionPayload = {
  __typename?: 'AddPositionPayload';
  position?: Maybe<Position>;
  userErrors: Array<UserError>;
};

/** Kind of change: Ny, Endring, Sletting in Enhetsregisteret's words */
export type ChangeType =
  | 'CREATED'
  /** The entity is gone: copies must delete it too. */
  | 'DELETED'
  | 'UPDATED';

export type ConfirmDeclarationInput = {
  personId: Scalars['ID']['input'];
};

export type ConfirmDeclarationPayload = {
  __typename?: 'ConfirmDeclarationPayload';
  declaration?: Maybe<Declaration>;
  userErrors: Array<UserError>;
};

/** Declaration (erklæring) of a person's positions and interests in Styrevervregisteret */
export type Declaration = {
  __typename?: 'Declaration';
  /**
   * When the person (or a contact person for them) last confirmed it unchanged (bekreftet). A
   * declaration neither changed nor confirmed for four years is deleted.
   */
  confirmedAt?: Maybe<Scalars['DateTime']['output']>;
  person: Person;
  /** Positions and interests, ordered by category and organisation. */
  positions: Array<Position>;
  published: Scalars['Boolean']['output'];
  /** When the person accepted the terms of publication (vilkår) */
  termsAcceptedAt?: Maybe<Scalars['DateTime']['output']>;
  /**
   * When the declaration was last changed by its person or for them (its positions from
   * Kommuneregisteret aside)
   */
  updatedAt: Scalars['DateTime']['output'];
};

/** One change of a published declaration or of one of its positions */
export type DeclarationChange = {
  __typename?: 'DeclarationChange';
  at: Scalars['DateTime']['output'];
  changeType: ChangeType;
  /** The fields that changed: all for a created entity, none for a deleted one */
  changedFields: Array<Scalars['String']['output']>;
  entityId: Scalars['ID']['output'];
  entityType: DeclarationChangeEntityType;
  /** Whose declaration changed */
  person: Person;
  /** Sequential, in the order the changes were committed */
  sequence: Scalars['Int']['output'];
};

export type DeclarationChangeConnection = {
  __typename?: 'DeclarationChangeConnection';
  edges: Array<DeclarationChangeEdge>;
  pageInfo: PageInfo;
};

export type DeclarationChangeEdge = {
  __typename?: 'DeclarationChangeEdge';
  cursor: Scalars['String']['output'];
  node: DeclarationChange;
};

/** Kind of entity a change of a published declaration is about */
export type DeclarationChangeEntityType =
  /** The declaration; its id is its person's */
  | 'DECLARATION'
  | 'POSITION';

/** Published declarations found by a search, a page at a time */
export type DeclarationConnection = {
  __typename?: 'DeclarationConnection';
  edges: Array<DeclarationEdge>;
  pageInfo: PageInfo;
};

export type DeclarationEdge = {
  __typename?: 'DeclarationEdge';
  cursor: Scalars['String']['output'];
  node: Declaration;
};

export type DeleteDeclarationInput = {
  personId: Scalars['ID']['input'];
};

export type DeleteDeclarationPayload = {
  __typename?: 'DeleteDeclarationPayload';
  /**
   * What remains: an unpublished declaration of the positions from Kommuneregisteret while the
   * person holds roles there, else null
   */
  declaration?: Maybe<Declaration>;
  /** The person whose data was deleted */
  deletedPersonId?: Maybe<Scalars['ID']['output']>;
  userErrors: Array<UserError>;
};

/** A person's report that their election match is wrong */
export type ElectionMatchReport = {
  __typename?: 'ElectionMatchReport';
  id: Scalars['ID']['output'];
  /** The person the reporting person was merged into (a MERGED report) */
  mergedInto?: Maybe<Person>;
  /** What the person wrote */
  message: Scalars['String']['output'];
  person: Person;
  reportedAt: Scalars['DateTime']['output'];
  resolution?: Maybe<ElectionMatchResolution>;
  resolutionNote?: Maybe<Scalars['String']['output']>;
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** How a report of a wrong match was resolved */
export type ElectionMatchResolution =
  /** The match or the person's record was corrected in Kommuneregisteret */
  | 'CORRECTED'
  /** Nothing was wrong */
  | 'DISMISSED'
  /** The person was merged with their earlier record */
  | 'MERGED';

/** The reconciliation of Styrevervregisteret after a municipal election, in one municipality */
export type ElectionReconciliation = {
  __typename?: 'ElectionReconciliation';
  id: Scalars['ID']['output'];
  municipalityNumber: Scalars['MunicipalityNumber']['output'];
  periodStartYear: Scalars['Int']['output'];
  /** Every person of the reconciliation, re-elected, new and other holders */
  persons: Array<ElectionReconciliationPerson>;
  /** How many persons are in each state */
  progress: Array<ElectionReconciliationStateCount>;
  /** The reports of wrong matches, oldest first */
  reports: Array<ElectionMatchReport>;
  startedAt: Scalars['DateTime']['output'];
};

/** How a person comes into a reconciliation */
export type ElectionReconciliationMatch =
  /** A holder of the municipality not in the new result */
  | 'HOLDER'
  /** Newly elected and matched to a person elected before (re-elected) */
  | 'MATCHED'
  /** Newly elected, matched to no one: a new person in Kommuneregisteret */
  | 'NEW_PERSON';

/** A person of a reconciliation and the steps they have reached */
export type ElectionReconciliationPerson = {
  __typename?: 'ElectionReconciliationPerson';
  linkSentAt?: Maybe<Scalars['DateTime']['output']>;
  match: ElectionReconciliationMatch;
  notReachedAt?: Maybe<Scalars['DateTime']['output']>;
  notifiedAt?: Maybe<Scalars['DateTime']['output']>;
  person: Person;
  publishedAgain: Scalars['Boolean']['output'];
  state: ElectionReconciliationState;
  unpublishedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** How far a person of a reconciliation has come: the furthest step reached */
export type ElectionReconciliationState =
  /** The link to check and publish, or to report an error, went */
  | 'LINK_SENT'
  /** The advance notice went */
  | 'NOTIFIED'
  /**
   * A mail could not go: Kommuneregisteret has no e-mail address for them (send a manual notice
   * once it has)
   */
  | 'NOT_REACHED'
  /** Their declaration is published again */
  | 'PUBLISHED_AGAIN'
  /** They reported a wrong match, not resolved yet */
  | 'REPORTED'
  /** Their report was resolved */
  | 'RESOLVED'
  /** Their published declaration was unpublished; no mail has gone yet */
  | 'UNPUBLISHED'
  /** Nothing sent yet */
  | 'WAITING';

export type ElectionReconciliationStateCount = {
  __typename?: 'ElectionReconciliationStateCount';
  count: Scalars['Int']['output'];
  state: ElectionReconciliationState;
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Adds a position or interest to a person's declaration. The person, Styrevervregisteret's
   * contact persons of the person's municipality and administrators may.
   * A position with the same category, organisation (its number when given, else its name in any
   * case) and role as another of the person's is refused as DUPLICATE; the categories of
   * Kommuneregisteret's roles as FROM_KOMMUNEREGISTERET.
   */
  addPosition: AddPositionPayload;
  /**
   * Records that the person confirmed their declaration unchanged (bekreftet uendret): its
   * `confirmedAt` is now, which restarts the four years after which an unchanged declaration is
   * deleted. The person, Styrevervregisteret's contact persons of the person's municipality and
   * administrators may. NOT_FOUND when the person has no declaration.
   */
  confirmDeclaration: ConfirmDeclarationPayload;
  /**
   * Deletes everything the person gave Styrevervregisteret (slett mine data): the terms and the
   * publication, the confirmation, the self-declared positions and interests, the personal sign-in
   * link and a change notice waiting. A published declaration is DELETED in
   * `declarationChanges`. The positions from Kommuneregisteret are its facts, not the person's:
   * they stay, in an unpublished declaration, for as long as the roles do. The person,
   * Styrevervregisteret's contact persons of the person's municipality and administrators may.
   * NOT_FOUND when there is nothing to delete.
   */
  deleteDeclaration: DeleteDeclarationPayload;
  /**
   * Removes a self-declared position or interest. The position's person, Styrevervregisteret's
   * contact persons of the person's municipality and administrators may. One from Kommuneregisteret is refused as FROM_KOMMUNEREGISTERET: it ends there.
   */
  removePosition: RemovePositionPayload;
  /**
   * Reports to the contact person that the election's match of this person is wrong (e.g. a new
   * person who was elected before, or a re-elected person who is someone else). Only the person
   * themselves may, also signed in by their personal link. One open report at a time (DUPLICATE);
   * NOT_FOUND when the person is in no reconciliation.
   */
  reportElectionMatchError: ReportElectionMatchErrorPayload;
  /**
   * E-mails the holder of this address a personal sign-in link (personlig lenke) to their own
   * declaration, valid 12 months; the new link voids the holder's older ones. Anyone may ask, and
   * the answer is the same whether the address is known or not (an unknown address gets no
   * e-mail). At most 3 requests an hour per address (RATE_LIMITED).
   */
  requestSignInLink: RequestSignInLinkPayload;
  /**
   * Marks a report resolved: merged, corrected (in Kommuneregisteret, e.g. by correcting the
   * person's record), or dismissed. Only Styrevervregisteret's contact persons of the
   * reconciliation's municipality and administrators may. A report is resolved once.
   */
  resolveElectionMatchReport: ResolveElectionMatchReportPayload;
  /**
   * Sends the chosen persons a notice by e-mail (a manual notice, manuelt varsel) with their
   * personal link. Only Styrevervregisteret's contact persons of every person's municipality and
   * administrators may. At most 500 persons at a time.
   */
  sendNotices: SendNoticesPayload;
  /**
   * Starts the reconciliation after a confirmed election result, once per municipality and
   * period (DUPLICATE after that), in one transaction: an advance notice by e-mail to every
   * holder of the municipality (persons registered there or holding a role there, with a
   * declaration); the published declarations of its elected persons (the council before and the
   * new one) unpublished, each audited and DELETED in `declarationChanges`; and, a little later, a
   * link to check and publish to each re-elected person (MATCHED) and a way to report a wrong
   * match to each new one (NEW_PERSON). Only Styrevervregisteret's contact persons of the
   * municipality and administrators may. NOT_CONFIRMED when Kommuneregisteret has no confirmed
   * result for the period.
   */
  startElectionReconciliation: StartElectionReconciliationPayload;
  /**
   * Accepts or withdraws the terms, and publishes or unpublishes, a person's declaration; made
   * when the person has none. The person, Styrevervregisteret's contact persons of the person's
   * municipality and administrators may accept the terms; only the person and administrators may
   * publish, unpublish or withdraw the terms (FORBIDDEN for a contact person: that is the
   * person's consent). Withdrawing the terms unpublishes.
   */
  updateDeclaration: UpdateDeclarationPayload;
  /**
   * Changes a self-declared position or interest. The position's person, Styrevervregisteret's
   * contact persons of the person's municipality and administrators may. A position equal to another of the person's is refused as DUPLICATE, one from
   * Kommuneregisteret as FROM_KOMMUNEREGISTERET.
   */
  updatePosition: UpdatePositionPayload;
};


export type MutationAddPositionArgs = {
  input: AddPositionInput;
};


export type MutationConfirmDeclarationArgs = {
  input: ConfirmDeclarationInput;
};


export type MutationDeleteDeclarationArgs = {
  input: DeleteDeclarationInput;
};


export type MutationRemovePositionArgs = {
  input: RemovePositionInput;
};


export type MutationReportElectionMatchErrorArgs = {
  input: ReportElectionMatchErrorInput;
};


export type MutationRequestSignInLinkArgs = {
  input: RequestSignInLinkInput;
};


export type MutationResolveElectionMatchReportArgs = {
  input: ResolveElectionMatchReportInput;
};


export type MutationSendNoticesArgs = {
  input: SendNoticesInput;
};


export type MutationStartElectionReconciliationArgs = {
  input: StartElectionReconciliationInput;
};


export type MutationUpdateDeclarationArgs = {
  input: UpdateDeclarationInput;
};


export type MutationUpdatePositionArgs = {
  input: UpdatePositionInput;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor to ask for the next page with; on the last page, the cursor to poll from later */
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Person = {
  __typename?: 'Person';
  /**
   * The person's declaration in Styrevervregisteret. Anyone sees it once the person accepted the
   * terms and published it; before that only the person, Styrevervregisteret's contact persons of
   * the person's municipality (as this register follows it from Kommuneregisteret) and
   * administrators do, and everyone else gets null.
   */
  declaration?: Maybe<Declaration>;
  id: Scalars['ID']['output'];
};

/**
 * Position (verv) or interest declared by a person. Only its existence and nature are stated,
 * never amounts.
 */
export type Position = {
  __typename?: 'Position';
  category: PositionCategory;
  endDate?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  /** The company or organisation the position is held in */
  organizationName: Scalars['String']['output'];
  organizationNumber?: Maybe<Scalars['OrganizationNumber']['output']>;
  /** Role in the organisation, e.g. "Styreleder" */
  role?: Maybe<Scalars['String']['output']>;
  source: PositionSource;
  startDate?: Maybe<Scalars['Date']['output']>;
};

/**
 * Category of a position or interest (kategori), as the Storting's register of interests and the
 * municipal regulations list them. Only the nature of a position or interest is recorded, never an
 * amount (no fees, values, shares' worth or sums of support).
 */
export type PositionCategory =
  /** Self-employment (selvstendig næringsvirksomhet) */
  | 'BUSINESS_INTEREST'
  /** Board seat in a public or private company (styreverv i selskap) */
  | 'COMPANY_BOARD'
  /** Economic support, e.g. grants or sponsorship (økonomisk støtte) */
  | 'ECONOMIC_SUPPORT'
  /** Membership of an elected body, from Kommuneregisteret only (folkevalgt verv) */
  | 'ELECTED_OFFICE'
  /**
   * Agreement with a former or future employer, e.g. paid leave or a promised post (avtale med
   * tidligere eller fremtidig arbeidsgiver)
   */
  | 'EMPLOYER_AGREEMENT'
  /** Gift (gave) */
  | 'GIFT'
  /**
   * Role in a municipally owned company, from Kommuneregisteret only (rolle i kommunalt eid
   * selskap)
   */
  | 'MUNICIPAL_COMPANY_ROLE'
  /** Employment in a municipality or county municipality, from Kommuneregisteret only (ansettelse) */
  | 'MUNICIPAL_EMPLOYMENT'
  /**
   * Board seat in an organisation, including one receiving municipal support (styreverv i
   * organisasjon)
   */
  | 'ORGANIZATION_BOARD'
  /** Other matters (annet) */
  | 'OTHER'
  /** Travel paid by others (reiser betalt av andre) */
  | 'PAID_TRAVEL'
  /** Paid work or consulting beside the role (lønnet arbeid eller oppdrag ved siden av vervet) */
  | 'PAID_WORK'
  /** Real estate (fast eiendom) */
  | 'REAL_ESTATE'
  /** Shareholdings and other interests in companies (aksjer og andeler i selskap) */
  | 'SHAREHOLDING';

/** Where a position comes from */
export type PositionSource =
  /**
   * A role in Kommuneregisteret (an employment, an elected office, a company role): a position of
   * its holder from the moment it is registered there, changed and ended there, never by hand
   */
  | 'KOMMUNEREGISTERET'
  /** Declared by the person (or for them by an administrator) */
  | 'SELF_DECLARED';

export type Query = {
  __typename?: 'Query';
  /**
   * The feed of published declarations (Styrevervregisteret's endringer), oldest first, read as
   * the municipality register's `changes`: a partner keeps the `endCursor` of the last page and
   * asks for what came after it, and misses nothing. It holds changes to published declarations
   * only: a declaration that is published is CREATED, one that stops being public (unpublished,
   * terms withdrawn, deleted) is DELETED and a copy must delete it with its positions, and the
   * changes of its positions are in it only while it is published. `first` is at most 1000.
   */
  declarationChanges: DeclarationChangeConnection;
  /**
   * The reconciliation after the election that starts this period, in this municipality: each
   * person's state and the progress. Only Styrevervregisteret's contact persons of the
   * municipality and administrators may see it; null when none has started.
   */
  electionReconciliation?: Maybe<ElectionReconciliation>;
  /**
   * Search of published declarations (søk i offentlige erklæringer): those whose person accepted
   * the terms and published, matching every filter given, in a stable order (by person id) that
   * pages without gaps or repeats. An unpublished declaration never matches, and nothing says how
   * many there are. `name`: part of the person's name, any case (asked of Kommuneregisteret, which
   * keeps the names). `organization`: part of the name, or the exact organisation number, of a
   * position's organisation, any case. `municipalityNumber`: the person is registered in the
   * municipality or holds a role in Kommuneregisteret there. `category`: a position of that
   * category (with `organization`, the same position). `%` and `_` are taken literally, and a
   * blank term filters nothing. `first` is at most 100; `after` is the `endCursor` of the page
   * before.
   */
  searchDeclarations: DeclarationConnection;
  /**
   * The person a personal sign-in link signs in, when the link is the person's current one and
   * has not expired; null otherwise. The gateway asks this for a request that carries a link's
   * token. Not part of the public API, and refused to anyone but the register itself.
   */
  signInLinkHolder?: Maybe<Scalars['ID']['output']>;
};


export type QueryDeclarationChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryElectionReconciliationArgs = {
  municipalityNumber: Scalars['MunicipalityNumber']['input'];
  periodStartYear: Scalars['Int']['input'];
};


export type QuerySearchDeclarationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  category?: InputMaybe<PositionCategory>;
  first?: InputMaybe<Scalars['Int']['input']>;
  municipalityNumber?: InputMaybe<Scalars['MunicipalityNumber']['input']>;
  name?: InputMaybe<Scalars['SearchText']['input']>;
  organization?: InputMaybe<Scalars['SearchText']['input']>;
};


export type QuerySignInLinkHolderArgs = {
  tokenHash: Scalars['String']['input'];
};

export type RemovePositionInput = {
  id: Scalars['ID']['input'];
};

export type RemovePositionPayload = {
  __typename?: 'RemovePositionPayload';
  removedPositionId?: Maybe<Scalars['ID']['output']>;
  userErrors: Array<UserError>;
};

export type ReportElectionMatchErrorInput = {
  /** What is wrong, for the contact person (e.g. "Jeg satt i kommunestyret 2019–2023 under navnet …") */
  message: Scalars['Text']['input'];
  /** The person reporting: the one signed in */
  personId: Scalars['ID']['input'];
};

export type ReportElectionMatchErrorPayload = {
  __typename?: 'ReportElectionMatchErrorPayload';
  report?: Maybe<ElectionMatchReport>;
  userErrors: Array<UserError>;
};

export type RequestSignInLinkInput = {
  email: Scalars['EmailAddress']['input'];
};

export type RequestSignInLinkPayload = {
  __typename?: 'RequestSignInLinkPayload';
  /**
   * True when the request was taken: a link is on its way if the address belongs to someone in
   * the register.
   */
  accepted: Scalars['Boolean']['output'];
  userErrors: Array<UserError>;
};

export type ResolveElectionMatchReportInput = {
  /**
   * With MERGED, and only with it: the person Kommuneregisteret kept when it merged the reporting
   * person into them (mergePersons). Checked against what the follower of its feed has seen: the
   * kept person known, the reporting person gone (NOT_MERGED otherwise)
   */
  mergedIntoPersonId?: InputMaybe<Scalars['ID']['input']>;
  /** What was done, for the record */
  note?: InputMaybe<Scalars['Text']['input']>;
  reportId: Scalars['ID']['input'];
  resolution: ElectionMatchResolution;
};

export type ResolveElectionMatchReportPayload = {
  __typename?: 'ResolveElectionMatchReportPayload';
  report?: Maybe<ElectionMatchReport>;
  userErrors: Array<UserError>;
};

export type SendNoticesInput = {
  /**
   * Makes a repeated submission (a double click, a retry after a lost answer) send nothing more:
   * the same key from the same caller queues each person's notice once. A form sends a new key
   * for each notice it means to send. At most 100 characters.
   */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  personIds: Array<Scalars['ID']['input']>;
};

export type SendNoticesPayload = {
  __typename?: 'SendNoticesPayload';
  /** Notices queued, one per person; each is sent by e-mail shortly. */
  queued: Scalars['Int']['output'];
  userErrors: Array<UserError>;
};

export type StartElectionReconciliationInput = {
  municipalityNumber: Scalars['MunicipalityNumber']['input'];
  /** The election year that starts the period: 2027 for 2027–2031 */
  periodStartYear: Scalars['Int']['input'];
};

export type StartElectionReconciliationPayload = {
  __typename?: 'StartElectionReconciliationPayload';
  electionReconciliation?: Maybe<ElectionReconciliation>;
  userErrors: Array<UserError>;
};

export type UpdateDeclarationInput = {
  acceptTerms?: InputMaybe<Scalars['Boolean']['input']>;
  personId: Scalars['ID']['input'];
  published?: InputMaybe<Scalars['Boolean']['input']>;
};

export type UpdateDeclarationPayload = {
  __typename?: 'UpdateDeclarationPayload';
  declaration?: Maybe<Declaration>;
  userErrors: Array<UserError>;
};

/** The fields to change; an omitted field is kept, and null clears an optional one. */
export type UpdatePositionInput = {
  category?: InputMaybe<PositionCategory>;
  endDate?: InputMaybe<Scalars['Date']['input']>;
  id: Scalars['ID']['input'];
  organizationName?: InputMaybe<Scalars['Name']['input']>;
  organizationNumber?: InputMaybe<Scalars['OrganizationNumber']['input']>;
  role?: InputMaybe<Scalars['Name']['input']>;
  startDate?: InputMaybe<Scalars['Date']['input']>;
};

export type UpdatePositionPayload = {
  __typename?: 'UpdatePositionPayload';
  position?: Maybe<Position>;
  userErrors: Array<UserError>;
};

/**
 * A problem with a mutation's input, for a form to show next to the field. Nothing is written
 * when a payload has one.
 */
export type UserError = {
  __typename?: 'UserError';
  /** What is wrong, e.g. NOT_FOUND, INVALID, TERMS_NOT_ACCEPTED */
  code: Scalars['String']['output'];
  /** The path to the input field, e.g. ["input", "name"] */
  field: Array<Scalars['String']['output']>;
  message: Scalars['String']['output'];
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Person: Person;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Person:
    ( { __typename: 'Person' }
    & GraphQLRecursivePick<FederationTypes['Person'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AddPositionInput: AddPositionInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AddPositionPayload: ResolverTypeWrapper<Omit<AddPositionPayload, 'position'> & { position?: Maybe<ResolversTypes['Position']> }>;
  ChangeType: ChangeType;
  ConfirmDeclarationInput: ConfirmDeclarationInput;
  ConfirmDeclarationPayload: ResolverTypeWrapper<Omit<ConfirmDeclarationPayload, 'declaration'> & { declaration?: Maybe<ResolversTypes['Declaration']> }>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Declaration: ResolverTypeWrapper<DeclarationRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  DeclarationChange: ResolverTypeWrapper<ChangeEventRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  DeclarationChangeConnection: ResolverTypeWrapper<Omit<DeclarationChangeConnection, 'edges'> & { edges: Array<ResolversTypes['DeclarationChangeEdge']> }>;
  DeclarationChangeEdge: ResolverTypeWrapper<Omit<DeclarationChangeEdge, 'node'> & { node: ResolversTypes['DeclarationChange'] }>;
  DeclarationChangeEntityType: DeclarationChangeEntityType;
  DeclarationConnection: ResolverTypeWrapper<Omit<DeclarationConnection, 'edges'> & { edges: Array<ResolversTypes['DeclarationEdge']> }>;
  DeclarationEdge: ResolverTypeWrapper<Omit<DeclarationEdge, 'node'> & { node: ResolversTypes['Declaration'] }>;
  DeleteDeclarationInput: DeleteDeclarationInput;
  DeleteDeclarationPayload: ResolverTypeWrapper<Omit<DeleteDeclarationPayload, 'declaration'> & { declaration?: Maybe<ResolversTypes['Declaration']> }>;
  ElectionMatchReport: ResolverTypeWrapper<ElectionMatchReportRow>;
  ElectionMatchResolution: ElectionMatchResolution;
  ElectionReconciliation: ResolverTypeWrapper<ElectionReconciliationRow>;
  ElectionReconciliationMatch: ElectionReconciliationMatch;
  ElectionReconciliationPerson: ResolverTypeWrapper<ElectionReconciliationPersonView>;
  ElectionReconciliationState: ElectionReconciliationState;
  ElectionReconciliationStateCount: ResolverTypeWrapper<ElectionReconciliationStateCount>;
  EmailAddress: ResolverTypeWrapper<Scalars['EmailAddress']['output']>;
  MunicipalityNumber: ResolverTypeWrapper<Scalars['MunicipalityNumber']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Name: ResolverTypeWrapper<Scalars['Name']['output']>;
  OrganizationNumber: ResolverTypeWrapper<Scalars['OrganizationNumber']['output']>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Person: ResolverTypeWrapper<PersonReference>;
  Position: ResolverTypeWrapper<PositionRow>;
  PositionCategory: PositionCategory;
  PositionSource: PositionSource;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RemovePositionInput: RemovePositionInput;
  RemovePositionPayload: ResolverTypeWrapper<RemovePositionPayload>;
  ReportElectionMatchErrorInput: ReportElectionMatchErrorInput;
  ReportElectionMatchErrorPayload: ResolverTypeWrapper<Omit<ReportElectionMatchErrorPayload, 'report'> & { report?: Maybe<ResolversTypes['ElectionMatchReport']> }>;
  RequestSignInLinkInput: RequestSignInLinkInput;
  RequestSignInLinkPayload: ResolverTypeWrapper<RequestSignInLinkPayload>;
  ResolveElectionMatchReportInput: ResolveElectionMatchReportInput;
  ResolveElectionMatchReportPayload: ResolverTypeWrapper<Omit<ResolveElectionMatchReportPayload, 'report'> & { report?: Maybe<ResolversTypes['ElectionMatchReport']> }>;
  SearchText: ResolverTypeWrapper<Scalars['SearchText']['output']>;
  SendNoticesInput: SendNoticesInput;
  SendNoticesPayload: ResolverTypeWrapper<SendNoticesPayload>;
  StartElectionReconciliationInput: StartElectionReconciliationInput;
  StartElectionReconciliationPayload: ResolverTypeWrapper<Omit<StartElectionReconciliationPayload, 'electionReconciliation'> & { electionReconciliation?: Maybe<ResolversTypes['ElectionReconciliation']> }>;
  Text: ResolverTypeWrapper<Scalars['Text']['output']>;
  UpdateDeclarationInput: UpdateDeclarationInput;
  UpdateDeclarationPayload: ResolverTypeWrapper<Omit<UpdateDeclarationPayload, 'declaration'> & { declaration?: Maybe<ResolversTypes['Declaration']> }>;
  UpdatePositionInput: UpdatePositionInput;
  UpdatePositionPayload: ResolverTypeWrapper<Omit<UpdatePositionPayload, 'position'> & { position?: Maybe<ResolversTypes['Position']> }>;
  UserError: ResolverTypeWrapper<UserError>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AddPositionInput: AddPositionInput;
  ID: Scalars['ID']['output'];
  AddPositionPayload: Omit<AddPositionPayload, 'position'> & { position?: Maybe<ResolversParentTypes['Position']> };
  ConfirmDeclarationInput: ConfirmDeclarationInput;
  ConfirmDeclarationPayload: Omit<ConfirmDeclarationPayload, 'declaration'> & { declaration?: Maybe<ResolversParentTypes['Declaration']> };
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Declaration: DeclarationRow;
  Boolean: Scalars['Boolean']['output'];
  DeclarationChange: ChangeEventRow;
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  DeclarationChangeConnection: Omit<DeclarationChangeConnection, 'edges'> & { edges: Array<ResolversParentTypes['DeclarationChangeEdge']> };
  DeclarationChangeEdge: Omit<DeclarationChangeEdge, 'node'> & { node: ResolversParentTypes['DeclarationChange'] };
  DeclarationConnection: Omit<DeclarationConnection, 'edges'> & { edges: Array<ResolversParentTypes['DeclarationEdge']> };
  DeclarationEdge: Omit<DeclarationEdge, 'node'> & { node: ResolversParentTypes['Declaration'] };
  DeleteDeclarationInput: DeleteDeclarationInput;
  DeleteDeclarationPayload: Omit<DeleteDeclarationPayload, 'declaration'> & { declaration?: Maybe<ResolversParentTypes['Declaration']> };
  ElectionMatchReport: ElectionMatchReportRow;
  ElectionReconciliation: ElectionReconciliationRow;
  ElectionReconciliationPerson: ElectionReconciliationPersonView;
  ElectionReconciliationStateCount: ElectionReconciliationStateCount;
  EmailAddress: Scalars['EmailAddress']['output'];
  MunicipalityNumber: Scalars['MunicipalityNumber']['output'];
  Mutation: Record<PropertyKey, never>;
  Name: Scalars['Name']['output'];
  OrganizationNumber: Scalars['OrganizationNumber']['output'];
  PageInfo: PageInfo;
  Person: PersonReference;
  Position: PositionRow;
  Query: Record<PropertyKey, never>;
  RemovePositionInput: RemovePositionInput;
  RemovePositionPayload: RemovePositionPayload;
  ReportElectionMatchErrorInput: ReportElectionMatchErrorInput;
  ReportElectionMatchErrorPayload: Omit<ReportElectionMatchErrorPayload, 'report'> & { report?: Maybe<ResolversParentTypes['ElectionMatchReport']> };
  RequestSignInLinkInput: RequestSignInLinkInput;
  RequestSignInLinkPayload: RequestSignInLinkPayload;
  ResolveElectionMatchReportInput: ResolveElectionMatchReportInput;
  ResolveElectionMatchReportPayload: Omit<ResolveElectionMatchReportPayload, 'report'> & { report?: Maybe<ResolversParentTypes['ElectionMatchReport']> };
  SearchText: Scalars['SearchText']['output'];
  SendNoticesInput: SendNoticesInput;
  SendNoticesPayload: SendNoticesPayload;
  StartElectionReconciliationInput: StartElectionReconciliationInput;
  StartElectionReconciliationPayload: Omit<StartElectionReconciliationPayload, 'electionReconciliation'> & { electionReconciliation?: Maybe<ResolversParentTypes['ElectionReconciliation']> };
  Text: Scalars['Text']['output'];
  UpdateDeclarationInput: UpdateDeclarationInput;
  UpdateDeclarationPayload: Omit<UpdateDeclarationPayload, 'declaration'> & { declaration?: Maybe<ResolversParentTypes['Declaration']> };
  UpdatePositionInput: UpdatePositionInput;
  UpdatePositionPayload: Omit<UpdatePositionPayload, 'position'> & { position?: Maybe<ResolversParentTypes['Position']> };
  UserError: UserError;
}>;

export type AddPositionPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AddPositionPayload'] = ResolversParentTypes['AddPositionPayload']> = ResolversObject<{
  position?: Resolver<Maybe<ResolversTypes['Position']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type ConfirmDeclarationPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConfirmDeclarationPayload'] = ResolversParentTypes['ConfirmDeclarationPayload']> = ResolversObject<{
  declaration?: Resolver<Maybe<ResolversTypes['Declaration']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeclarationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Declaration'] = ResolversParentTypes['Declaration']> = ResolversObject<{
  confirmedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  positions?: Resolver<Array<ResolversTypes['Position']>, ParentType, ContextType>;
  published?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  termsAcceptedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type DeclarationChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeclarationChange'] = ResolversParentTypes['DeclarationChange']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  changeType?: Resolver<ResolversTypes['ChangeType'], ParentType, ContextType>;
  changedFields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  entityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  entityType?: Resolver<ResolversTypes['DeclarationChangeEntityType'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  sequence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DeclarationChangeConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeclarationChangeConnection'] = ResolversParentTypes['DeclarationChangeConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['DeclarationChangeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type DeclarationChangeEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeclarationChangeEdge'] = ResolversParentTypes['DeclarationChangeEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['DeclarationChange'], ParentType, ContextType>;
}>;

export type DeclarationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeclarationConnection'] = ResolversParentTypes['DeclarationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['DeclarationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type DeclarationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeclarationEdge'] = ResolversParentTypes['DeclarationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Declaration'], ParentType, ContextType>;
}>;

export type DeleteDeclarationPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeleteDeclarationPayload'] = ResolversParentTypes['DeleteDeclarationPayload']> = ResolversObject<{
  declaration?: Resolver<Maybe<ResolversTypes['Declaration']>, ParentType, ContextType>;
  deletedPersonId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type ElectionMatchReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ElectionMatchReport'] = ResolversParentTypes['ElectionMatchReport']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mergedInto?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  reportedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  resolution?: Resolver<Maybe<ResolversTypes['ElectionMatchResolution']>, ParentType, ContextType>;
  resolutionNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resolvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type ElectionReconciliationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ElectionReconciliation'] = ResolversParentTypes['ElectionReconciliation']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  municipalityNumber?: Resolver<ResolversTypes['MunicipalityNumber'], ParentType, ContextType>;
  periodStartYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  persons?: Resolver<Array<ResolversTypes['ElectionReconciliationPerson']>, ParentType, ContextType>;
  progress?: Resolver<Array<ResolversTypes['ElectionReconciliationStateCount']>, ParentType, ContextType>;
  reports?: Resolver<Array<ResolversTypes['ElectionMatchReport']>, ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type ElectionReconciliationPersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ElectionReconciliationPerson'] = ResolversParentTypes['ElectionReconciliationPerson']> = ResolversObject<{
  linkSentAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  match?: Resolver<ResolversTypes['ElectionReconciliationMatch'], ParentType, ContextType>;
  notReachedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  notifiedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  publishedAgain?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['ElectionReconciliationState'], ParentType, ContextType>;
  unpublishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type ElectionReconciliationStateCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ElectionReconciliationStateCount'] = ResolversParentTypes['ElectionReconciliationStateCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['ElectionReconciliationState'], ParentType, ContextType>;
}>;

export interface EmailAddressScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['EmailAddress'], any> {
  name: 'EmailAddress';
}

export interface MunicipalityNumberScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['MunicipalityNumber'], any> {
  name: 'MunicipalityNumber';
}

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addPosition?: Resolver<ResolversTypes['AddPositionPayload'], ParentType, ContextType, RequireFields<MutationAddPositionArgs, 'input'>>;
  confirmDeclaration?: Resolver<ResolversTypes['ConfirmDeclarationPayload'], ParentType, ContextType, RequireFields<MutationConfirmDeclarationArgs, 'input'>>;
  deleteDeclaration?: Resolver<ResolversTypes['DeleteDeclarationPayload'], ParentType, ContextType, RequireFields<MutationDeleteDeclarationArgs, 'input'>>;
  removePosition?: Resolver<ResolversTypes['RemovePositionPayload'], ParentType, ContextType, RequireFields<MutationRemovePositionArgs, 'input'>>;
  reportElectionMatchError?: Resolver<ResolversTypes['ReportElectionMatchErrorPayload'], ParentType, ContextType, RequireFields<MutationReportElectionMatchErrorArgs, 'input'>>;
  requestSignInLink?: Resolver<ResolversTypes['RequestSignInLinkPayload'], ParentType, ContextType, RequireFields<MutationRequestSignInLinkArgs, 'input'>>;
  resolveElectionMatchReport?: Resolver<ResolversTypes['ResolveElectionMatchReportPayload'], ParentType, ContextType, RequireFields<MutationResolveElectionMatchReportArgs, 'input'>>;
  sendNotices?: Resolver<ResolversTypes['SendNoticesPayload'], ParentType, ContextType, RequireFields<MutationSendNoticesArgs, 'input'>>;
  startElectionReconciliation?: Resolver<ResolversTypes['StartElectionReconciliationPayload'], ParentType, ContextType, RequireFields<MutationStartElectionReconciliationArgs, 'input'>>;
  updateDeclaration?: Resolver<ResolversTypes['UpdateDeclarationPayload'], ParentType, ContextType, RequireFields<MutationUpdateDeclarationArgs, 'input'>>;
  updatePosition?: Resolver<ResolversTypes['UpdatePositionPayload'], ParentType, ContextType, RequireFields<MutationUpdatePositionArgs, 'input'>>;
}>;

export interface NameScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Name'], any> {
  name: 'Name';
}

export interface OrganizationNumberScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['OrganizationNumber'], any> {
  name: 'OrganizationNumber';
}

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  declaration?: Resolver<Maybe<ResolversTypes['Declaration']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type PositionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Position'] = ResolversParentTypes['Position']> = ResolversObject<{
  category?: Resolver<ResolversTypes['PositionCategory'], ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organizationName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organizationNumber?: Resolver<Maybe<ResolversTypes['OrganizationNumber']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['PositionSource'], ParentType, ContextType>;
  startDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  declarationChanges?: Resolver<ResolversTypes['DeclarationChangeConnection'], ParentType, ContextType, RequireFields<QueryDeclarationChangesArgs, 'first'>>;
  electionReconciliation?: Resolver<Maybe<ResolversTypes['ElectionReconciliation']>, ParentType, ContextType, RequireFields<QueryElectionReconciliationArgs, 'municipalityNumber' | 'periodStartYear'>>;
  searchDeclarations?: Resolver<ResolversTypes['DeclarationConnection'], ParentType, ContextType, RequireFields<QuerySearchDeclarationsArgs, 'first'>>;
  signInLinkHolder?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType, RequireFields<QuerySignInLinkHolderArgs, 'tokenHash'>>;
}>;

export type RemovePositionPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RemovePositionPayload'] = ResolversParentTypes['RemovePositionPayload']> = ResolversObject<{
  removedPositionId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type ReportElectionMatchErrorPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReportElectionMatchErrorPayload'] = ResolversParentTypes['ReportElectionMatchErrorPayload']> = ResolversObject<{
  report?: Resolver<Maybe<ResolversTypes['ElectionMatchReport']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type RequestSignInLinkPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RequestSignInLinkPayload'] = ResolversParentTypes['RequestSignInLinkPayload']> = ResolversObject<{
  accepted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type ResolveElectionMatchReportPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ResolveElectionMatchReportPayload'] = ResolversParentTypes['ResolveElectionMatchReportPayload']> = ResolversObject<{
  report?: Resolver<Maybe<ResolversTypes['ElectionMatchReport']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export interface SearchTextScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['SearchText'], any> {
  name: 'SearchText';
}

export type SendNoticesPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SendNoticesPayload'] = ResolversParentTypes['SendNoticesPayload']> = ResolversObject<{
  queued?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type StartElectionReconciliationPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StartElectionReconciliationPayload'] = ResolversParentTypes['StartElectionReconciliationPayload']> = ResolversObject<{
  electionReconciliation?: Resolver<Maybe<ResolversTypes['ElectionReconciliation']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export interface TextScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Text'], any> {
  name: 'Text';
}

export type UpdateDeclarationPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UpdateDeclarationPayload'] = ResolversParentTypes['UpdateDeclarationPayload']> = ResolversObject<{
  declaration?: Resolver<Maybe<ResolversTypes['Declaration']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type UpdatePositionPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UpdatePositionPayload'] = ResolversParentTypes['UpdatePositionPayload']> = ResolversObject<{
  position?: Resolver<Maybe<ResolversTypes['Position']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type UserErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  AddPositionPayload?: AddPositionPayloadResolvers<ContextType>;
  ConfirmDeclarationPayload?: ConfirmDeclarationPayloadResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Declaration?: DeclarationResolvers<ContextType>;
  DeclarationChange?: DeclarationChangeResolvers<ContextType>;
  DeclarationChangeConnection?: DeclarationChangeConnectionResolvers<ContextType>;
  DeclarationChangeEdge?: DeclarationChangeEdgeResolvers<ContextType>;
  DeclarationConnection?: DeclarationConnectionResolvers<ContextType>;
  DeclarationEdge?: DeclarationEdgeResolvers<ContextType>;
  DeleteDeclarationPayload?: DeleteDeclarationPayloadResolvers<ContextType>;
  ElectionMatchReport?: ElectionMatchReportResolvers<ContextType>;
  ElectionReconciliation?: ElectionReconciliationResolvers<ContextType>;
  ElectionReconciliationPerson?: ElectionReconciliationPersonResolvers<ContextType>;
  ElectionReconciliationStateCount?: ElectionReconciliationStateCountResolvers<ContextType>;
  EmailAddress?: GraphQLScalarType;
  MunicipalityNumber?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  Name?: GraphQLScalarType;
  OrganizationNumber?: GraphQLScalarType;
  PageInfo?: PageInfoResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Position?: PositionResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RemovePositionPayload?: RemovePositionPayloadResolvers<ContextType>;
  ReportElectionMatchErrorPayload?: ReportElectionMatchErrorPayloadResolvers<ContextType>;
  RequestSignInLinkPayload?: RequestSignInLinkPayloadResolvers<ContextType>;
  ResolveElectionMatchReportPayload?: ResolveElectionMatchReportPayloadResolvers<ContextType>;
  SearchText?: GraphQLScalarType;
  SendNoticesPayload?: SendNoticesPayloadResolvers<ContextType>;
  StartElectionReconciliationPayload?: StartElectionReconciliationPayloadResolvers<ContextType>;
  Text?: GraphQLScalarType;
  UpdateDeclarationPayload?: UpdateDeclarationPayloadResolvers<ContextType>;
  UpdatePositionPayload?: UpdatePositionPayloadResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
}>;


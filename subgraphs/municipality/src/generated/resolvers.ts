import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { CountyRow, MunicipalityRow, UnitRow, PersonRow, EmploymentRow } from '../db/schema/index.ts';
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
  /** County number (fylkesnummer): two digits, e.g. "03" for Oslo or "46" for Vestland. */
  CountyNumber: { input: string; output: string; }
  /** A calendar date, YYYY-MM-DD. */
  Date: { input: string; output: string; }
  /** An e-mail address; stored in lower case. */
  EmailAddress: { input: string; output: string; }
  /**
   * Municipality number (kommunenummer): four digits, the first two are the county number,
   * e.g. "0301" for Oslo or "4601" for Bergen.
   */
  MunicipalityNumber: { input: string; output: string; }
  /**
   * A Norwegian phone number, eight digits; given with or without +47 and spaces, returned as
   * "+4722000000".
   */
  PhoneNumber: { input: string; output: string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** County (fylke) */
export type County = {
  __typename?: 'County';
  /** The county's municipalities, ordered by number. */
  municipalities: Array<Municipality>;
  name: Scalars['String']['output'];
  number: Scalars['CountyNumber']['output'];
};

/** Employment (ansettelse) of a person in a unit */
export type Employment = {
  __typename?: 'Employment';
  endDate?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  /** True for the unit's leader (leder) */
  isLeader: Scalars['Boolean']['output'];
  person: Person;
  startDate: Scalars['Date']['output'];
  /** Job title (stillingstittel) */
  title: Scalars['String']['output'];
  unit: Unit;
};

/** Municipality (kommune) */
export type Municipality = {
  __typename?: 'Municipality';
  county: County;
  /** The official name, Sámi and Kven forms included, e.g. "Trondheim - Tråante". */
  name: Scalars['String']['output'];
  number: Scalars['MunicipalityNumber']['output'];
  /** Every unit of the municipality, ordered by name; `parent` and `children` give the tree. */
  units: Array<Unit>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Changes a person's e-mail address or phone number: the person, Kommuneregisteret's contact
   * persons of a municipality the person works in, and administrators may. A field left out stays
   * as it is; null clears it.
   */
  updatePersonContactDetails: UpdatePersonContactDetailsPayload;
  /** Changes a unit: Kommuneregisteret's contact persons of its municipality and administrators may. */
  updateUnit: UpdateUnitPayload;
};


export type MutationUpdatePersonContactDetailsArgs = {
  input: UpdatePersonContactDetailsInput;
};


export type MutationUpdateUnitArgs = {
  input: UpdateUnitInput;
};

/**
 * Person registered in Kommuneregisteret: an employee, leader or elected official.
 * Contact details are personal data and are not part of the public schema.
 */
export type Person = {
  __typename?: 'Person';
  /**
   * E-mail address (personal data). Only the person, the contact persons of a municipality the
   * person works in and administrators see it; anyone else gets null and a FORBIDDEN error.
   */
  email?: Maybe<Scalars['EmailAddress']['output']>;
  employments: Array<Employment>;
  /** Family name (etternavn) */
  familyName: Scalars['String']['output'];
  /** Given name (fornavn) */
  givenName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The municipalities the person works or holds office in, by number. */
  municipalityNumbers: Array<Scalars['MunicipalityNumber']['output']>;
  /** Given and family name together */
  name: Scalars['String']['output'];
  /** Phone number (personal data), visible as `email` is. */
  phone?: Maybe<Scalars['PhoneNumber']['output']>;
};

export type Query = {
  __typename?: 'Query';
  /** All counties (fylker), ordered by number. */
  counties: Array<County>;
  /** A county by its number; an unknown number is a NOT_FOUND error. */
  county?: Maybe<County>;
  /** All municipalities (kommuner), ordered by number, optionally those of one county. */
  municipalities: Array<Municipality>;
  /** A municipality by its number; an unknown number is a NOT_FOUND error. */
  municipality?: Maybe<Municipality>;
  /** A person by their id; an unknown id is a NOT_FOUND error. */
  person?: Maybe<Person>;
  /** A unit by its id; an unknown id is a NOT_FOUND error. */
  unit?: Maybe<Unit>;
};


export type QueryCountyArgs = {
  number: Scalars['CountyNumber']['input'];
};


export type QueryMunicipalitiesArgs = {
  countyNumber?: InputMaybe<Scalars['CountyNumber']['input']>;
};


export type QueryMunicipalityArgs = {
  number: Scalars['MunicipalityNumber']['input'];
};


export type QueryPersonArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUnitArgs = {
  id: Scalars['ID']['input'];
};

/** Unit (enhet) of a municipality: a node in the municipality's organisation tree */
export type Unit = {
  __typename?: 'Unit';
  /** The units directly below this one, ordered by name. */
  children: Array<Unit>;
  /** The unit's employments, leaders first. */
  employments: Array<Employment>;
  id: Scalars['ID']['output'];
  kind: UnitKind;
  municipality: Municipality;
  name: Scalars['String']['output'];
  /** The unit above this one; null for a top-level unit. */
  parent?: Maybe<Unit>;
};

/** Kind of a municipal unit */
export type UnitKind =
  /** Department (avdeling) */
  | 'DEPARTMENT'
  /** Kindergarten (barnehage) */
  | 'KINDERGARTEN'
  /** Nursing home (sykehjem) */
  | 'NURSING_HOME'
  | 'OTHER'
  /** School (skole) */
  | 'SCHOOL'
  /** Sector (sektor / kommunalområde) */
  | 'SECTOR';

export type UpdatePersonContactDetailsInput = {
  email?: InputMaybe<Scalars['EmailAddress']['input']>;
  personId: Scalars['ID']['input'];
  phone?: InputMaybe<Scalars['PhoneNumber']['input']>;
};

export type UpdatePersonContactDetailsPayload = {
  __typename?: 'UpdatePersonContactDetailsPayload';
  /** The person as changed; null when nothing was changed. */
  person?: Maybe<Person>;
  userErrors: Array<UserError>;
};

export type UpdateUnitInput = {
  id: Scalars['ID']['input'];
  /** The new name, 1 to 200 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateUnitPayload = {
  __typename?: 'UpdateUnitPayload';
  /** The unit as changed; null when nothing was changed. */
  unit?: Maybe<Unit>;
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
  County: County;
  Municipality: Municipality;
  Person: Person;
  Unit: Unit;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  County:
    ( { __typename: 'County' }
    & GraphQLRecursivePick<FederationTypes['County'], {"number":true}> );
  Municipality:
    ( { __typename: 'Municipality' }
    & GraphQLRecursivePick<FederationTypes['Municipality'], {"number":true}> );
  Person:
    ( { __typename: 'Person' }
    & GraphQLRecursivePick<FederationTypes['Person'], {"id":true}> );
  Unit:
    ( { __typename: 'Unit' }
    & GraphQLRecursivePick<FederationTypes['Unit'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  County: ResolverTypeWrapper<CountyRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  CountyNumber: ResolverTypeWrapper<Scalars['CountyNumber']['output']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  EmailAddress: ResolverTypeWrapper<Scalars['EmailAddress']['output']>;
  Employment: ResolverTypeWrapper<EmploymentRow>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Municipality: ResolverTypeWrapper<MunicipalityRow>;
  MunicipalityNumber: ResolverTypeWrapper<Scalars['MunicipalityNumber']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Person: ResolverTypeWrapper<PersonRow>;
  PhoneNumber: ResolverTypeWrapper<Scalars['PhoneNumber']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Unit: ResolverTypeWrapper<UnitRow>;
  UnitKind: UnitKind;
  UpdatePersonContactDetailsInput: UpdatePersonContactDetailsInput;
  UpdatePersonContactDetailsPayload: ResolverTypeWrapper<Omit<UpdatePersonContactDetailsPayload, 'person'> & { person?: Maybe<ResolversTypes['Person']> }>;
  UpdateUnitInput: UpdateUnitInput;
  UpdateUnitPayload: ResolverTypeWrapper<Omit<UpdateUnitPayload, 'unit'> & { unit?: Maybe<ResolversTypes['Unit']> }>;
  UserError: ResolverTypeWrapper<UserError>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  County: CountyRow;
  String: Scalars['String']['output'];
  CountyNumber: Scalars['CountyNumber']['output'];
  Date: Scalars['Date']['output'];
  EmailAddress: Scalars['EmailAddress']['output'];
  Employment: EmploymentRow;
  ID: Scalars['ID']['output'];
  Boolean: Scalars['Boolean']['output'];
  Municipality: MunicipalityRow;
  MunicipalityNumber: Scalars['MunicipalityNumber']['output'];
  Mutation: Record<PropertyKey, never>;
  Person: PersonRow;
  PhoneNumber: Scalars['PhoneNumber']['output'];
  Query: Record<PropertyKey, never>;
  Unit: UnitRow;
  UpdatePersonContactDetailsInput: UpdatePersonContactDetailsInput;
  UpdatePersonContactDetailsPayload: Omit<UpdatePersonContactDetailsPayload, 'person'> & { person?: Maybe<ResolversParentTypes['Person']> };
  UpdateUnitInput: UpdateUnitInput;
  UpdateUnitPayload: Omit<UpdateUnitPayload, 'unit'> & { unit?: Maybe<ResolversParentTypes['Unit']> };
  UserError: UserError;
}>;

export type CountyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['County'] = ResolversParentTypes['County'], FederationReferenceType extends FederationReferenceTypes['County'] = FederationReferenceTypes['County']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['County']> | FederationReferenceType, FederationReferenceType, ContextType>;
  municipalities?: Resolver<Array<ResolversTypes['Municipality']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['CountyNumber'], ParentType, ContextType>;
}>;

export interface CountyNumberScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['CountyNumber'], any> {
  name: 'CountyNumber';
}

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface EmailAddressScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['EmailAddress'], any> {
  name: 'EmailAddress';
}

export type EmploymentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Employment'] = ResolversParentTypes['Employment']> = ResolversObject<{
  endDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isLeader?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['Unit'], ParentType, ContextType>;
}>;

export type MunicipalityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Municipality'] = ResolversParentTypes['Municipality'], FederationReferenceType extends FederationReferenceTypes['Municipality'] = FederationReferenceTypes['Municipality']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Municipality']> | FederationReferenceType, FederationReferenceType, ContextType>;
  county?: Resolver<ResolversTypes['County'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['MunicipalityNumber'], ParentType, ContextType>;
  units?: Resolver<Array<ResolversTypes['Unit']>, ParentType, ContextType>;
}>;

export interface MunicipalityNumberScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['MunicipalityNumber'], any> {
  name: 'MunicipalityNumber';
}

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  updatePersonContactDetails?: Resolver<ResolversTypes['UpdatePersonContactDetailsPayload'], ParentType, ContextType, RequireFields<MutationUpdatePersonContactDetailsArgs, 'input'>>;
  updateUnit?: Resolver<ResolversTypes['UpdateUnitPayload'], ParentType, ContextType, RequireFields<MutationUpdateUnitArgs, 'input'>>;
}>;

export type PersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['EmailAddress']>, ParentType, ContextType>;
  employments?: Resolver<Array<ResolversTypes['Employment']>, ParentType, ContextType>;
  familyName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  givenName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  municipalityNumbers?: Resolver<Array<ResolversTypes['MunicipalityNumber']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['PhoneNumber']>, ParentType, ContextType>;
}>;

export interface PhoneNumberScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['PhoneNumber'], any> {
  name: 'PhoneNumber';
}

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  counties?: Resolver<Array<ResolversTypes['County']>, ParentType, ContextType>;
  county?: Resolver<Maybe<ResolversTypes['County']>, ParentType, ContextType, RequireFields<QueryCountyArgs, 'number'>>;
  municipalities?: Resolver<Array<ResolversTypes['Municipality']>, ParentType, ContextType, Partial<QueryMunicipalitiesArgs>>;
  municipality?: Resolver<Maybe<ResolversTypes['Municipality']>, ParentType, ContextType, RequireFields<QueryMunicipalityArgs, 'number'>>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<QueryPersonArgs, 'id'>>;
  unit?: Resolver<Maybe<ResolversTypes['Unit']>, ParentType, ContextType, RequireFields<QueryUnitArgs, 'id'>>;
}>;

export type UnitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Unit'] = ResolversParentTypes['Unit'], FederationReferenceType extends FederationReferenceTypes['Unit'] = FederationReferenceTypes['Unit']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Unit']> | FederationReferenceType, FederationReferenceType, ContextType>;
  children?: Resolver<Array<ResolversTypes['Unit']>, ParentType, ContextType>;
  employments?: Resolver<Array<ResolversTypes['Employment']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['UnitKind'], ParentType, ContextType>;
  municipality?: Resolver<ResolversTypes['Municipality'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Unit']>, ParentType, ContextType>;
}>;

export type UpdatePersonContactDetailsPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UpdatePersonContactDetailsPayload'] = ResolversParentTypes['UpdatePersonContactDetailsPayload']> = ResolversObject<{
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type UpdateUnitPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UpdateUnitPayload'] = ResolversParentTypes['UpdateUnitPayload']> = ResolversObject<{
  unit?: Resolver<Maybe<ResolversTypes['Unit']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type UserErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  County?: CountyResolvers<ContextType>;
  CountyNumber?: GraphQLScalarType;
  Date?: GraphQLScalarType;
  EmailAddress?: GraphQLScalarType;
  Employment?: EmploymentResolvers<ContextType>;
  Municipality?: MunicipalityResolvers<ContextType>;
  MunicipalityNumber?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PhoneNumber?: GraphQLScalarType;
  Query?: QueryResolvers<ContextType>;
  Unit?: UnitResolvers<ContextType>;
  UpdatePersonContactDetailsPayload?: UpdatePersonContactDetailsPayloadResolvers<ContextType>;
  UpdateUnitPayload?: UpdateUnitPayloadResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
}>;


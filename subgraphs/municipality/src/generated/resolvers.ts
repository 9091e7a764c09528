import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { CountyRow, MunicipalityRow, UnitRow, PersonRow, EmploymentRow } from '../db/schema/index.ts';
import type { Context } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
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
  /**
   * Municipality number (kommunenummer): four digits, the first two are the county number,
   * e.g. "0301" for Oslo or "4601" for Bergen.
   */
  MunicipalityNumber: { input: string; output: string; }
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

/**
 * Person registered in Kommuneregisteret: an employee, leader or elected official.
 * Contact details are personal data and are not part of the public schema.
 */
export type Person = {
  __typename?: 'Person';
  employments: Array<Employment>;
  /** Family name (etternavn) */
  familyName: Scalars['String']['output'];
  /** Given name (fornavn) */
  givenName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Given and family name together */
  name: Scalars['String']['output'];
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
  Employment: ResolverTypeWrapper<EmploymentRow>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Municipality: ResolverTypeWrapper<MunicipalityRow>;
  MunicipalityNumber: ResolverTypeWrapper<Scalars['MunicipalityNumber']['output']>;
  Person: ResolverTypeWrapper<PersonRow>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Unit: ResolverTypeWrapper<UnitRow>;
  UnitKind: UnitKind;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  County: CountyRow;
  String: Scalars['String']['output'];
  CountyNumber: Scalars['CountyNumber']['output'];
  Date: Scalars['Date']['output'];
  Employment: EmploymentRow;
  ID: Scalars['ID']['output'];
  Boolean: Scalars['Boolean']['output'];
  Municipality: MunicipalityRow;
  MunicipalityNumber: Scalars['MunicipalityNumber']['output'];
  Person: PersonRow;
  Query: Record<PropertyKey, never>;
  Unit: UnitRow;
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

export type PersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  employments?: Resolver<Array<ResolversTypes['Employment']>, ParentType, ContextType>;
  familyName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  givenName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

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

export type Resolvers<ContextType = Context> = ResolversObject<{
  County?: CountyResolvers<ContextType>;
  CountyNumber?: GraphQLScalarType;
  Date?: GraphQLScalarType;
  Employment?: EmploymentResolvers<ContextType>;
  Municipality?: MunicipalityResolvers<ContextType>;
  MunicipalityNumber?: GraphQLScalarType;
  Person?: PersonResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Unit?: UnitResolvers<ContextType>;
}>;


import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { DeclarationRow, PositionRow } from '../db/schema/index.ts';
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
  /**
   * Organisation number (organisasjonsnummer) in Enhetsregisteret: nine digits, the last a MOD11
   * check digit.
   */
  OrganizationNumber: { input: string; output: string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** Declaration (erklæring) of a person's positions and interests in Styrevervregisteret */
export type Declaration = {
  __typename?: 'Declaration';
  person: Person;
  /** Positions and interests, ordered by category and organisation. */
  positions: Array<Position>;
  published: Scalars['Boolean']['output'];
  /** When the person accepted the terms of publication (vilkår) */
  termsAcceptedAt?: Maybe<Scalars['DateTime']['output']>;
  updatedAt: Scalars['DateTime']['output'];
};

export type Person = {
  __typename?: 'Person';
  /**
   * The person's declaration in Styrevervregisteret; null unless the person accepted the terms
   * and published it.
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
  startDate?: Maybe<Scalars['Date']['output']>;
};

/** Category of a position or interest, after the municipal regulations */
export type PositionCategory =
  /** Business interest, e.g. self-employment (næringsinteresse) */
  | 'BUSINESS_INTEREST'
  /** Board seat in a public or private company (styreverv i selskap) */
  | 'COMPANY_BOARD'
  /** Board seat in an interest organisation or an organisation receiving municipal support */
  | 'ORGANIZATION_BOARD'
  /** Other matters (annet) */
  | 'OTHER'
  /** Paid work or consulting beside the municipal role (lønnet arbeid) */
  | 'PAID_WORK'
  /** Real estate (fast eiendom) */
  | 'REAL_ESTATE'
  /** Larger shareholding (aksjer og andeler) */
  | 'SHAREHOLDING';

export type Query = {
  __typename?: 'Query';
  /**
   * The published declaration of a person; null when the person has none, has not accepted the
   * terms, or has not published it.
   */
  declaration?: Maybe<Declaration>;
};


export type QueryDeclarationArgs = {
  personId: Scalars['ID']['input'];
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
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Declaration: ResolverTypeWrapper<DeclarationRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  OrganizationNumber: ResolverTypeWrapper<Scalars['OrganizationNumber']['output']>;
  Person: ResolverTypeWrapper<Omit<Person, 'declaration'> & { declaration?: Maybe<ResolversTypes['Declaration']> }>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Position: ResolverTypeWrapper<PositionRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  PositionCategory: PositionCategory;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Declaration: DeclarationRow;
  Boolean: Scalars['Boolean']['output'];
  OrganizationNumber: Scalars['OrganizationNumber']['output'];
  Person: Omit<Person, 'declaration'> & { declaration?: Maybe<ResolversParentTypes['Declaration']> } | FederationReferenceTypes['Person'];
  ID: Scalars['ID']['output'];
  Position: PositionRow;
  String: Scalars['String']['output'];
  Query: Record<PropertyKey, never>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeclarationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Declaration'] = ResolversParentTypes['Declaration']> = ResolversObject<{
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  positions?: Resolver<Array<ResolversTypes['Position']>, ParentType, ContextType>;
  published?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  termsAcceptedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export interface OrganizationNumberScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['OrganizationNumber'], any> {
  name: 'OrganizationNumber';
}

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
  startDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  declaration?: Resolver<Maybe<ResolversTypes['Declaration']>, ParentType, ContextType, RequireFields<QueryDeclarationArgs, 'personId'>>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Declaration?: DeclarationResolvers<ContextType>;
  OrganizationNumber?: GraphQLScalarType;
  Person?: PersonResolvers<ContextType>;
  Position?: PositionResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
}>;


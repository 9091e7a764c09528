import { GraphQLScalarType } from 'graphql';

/**
 * One resolver map from each feature's: types merged field by field, so that two features can
 * each resolve fields of Query or Municipality; a field resolved twice is a mistake, and says so.
 */
export function mergeResolvers<TResolvers extends object>(...maps: TResolvers[]): TResolvers {
  const merged: Record<string, unknown> = {};
  for (const map of maps) {
    for (const [type, fields] of Object.entries(map)) {
      if (fields instanceof GraphQLScalarType || merged[type] instanceof GraphQLScalarType) {
        if (type in merged) throw new Error(`${type} is defined twice`);
        merged[type] = fields;
        continue;
      }
      const target = (merged[type] ??= {}) as Record<string, unknown>;
      for (const [field, resolver] of Object.entries(fields as object)) {
        if (field in target) throw new Error(`${type}.${field} is resolved twice`);
        target[field] = resolver;
      }
    }
  }
  return merged as TResolvers;
}

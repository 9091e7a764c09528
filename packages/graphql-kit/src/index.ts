export { UserFacingError, NotFoundError, BadRequestError, found } from './errors.ts';
export * as identifiers from './identifiers.ts';
export * as scalars from './scalars.ts';
export { loadOneByKey, loadManyByKey, withFreshLoaders } from './loaders.ts';
export { userError, type UserError } from './user-errors.ts';
export { mergeResolvers } from './resolvers.ts';
export { encodeCursor, decodeCursor, connectionFrom, pageSize } from './connections.ts';

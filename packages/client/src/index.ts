export * from './client.js';
export * from './generated/graphql.js';
export * from './labels.js';

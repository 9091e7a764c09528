/**
 * Composes schema/supergraph.graphql (served by the gateway) and schema/api.graphql (the public
 * schema, for reading and for client codegen) from the subgraphs' SDL; api.graphql has the
 * gateway's own Subscription type (schema/subscriptions.graphql) too, which the supergraph has not.
 * `--check` writes nothing and fails when a committed file is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { composeServices } from '@apollo/composition';
import { extendSchema, parse, printSchema } from 'graphql';

const schemaDir = fileURLToPath(new URL('../schema/', import.meta.url));
const read = (file: string) => readFileSync(schemaDir + file, 'utf8');

/** The routing URLs here are the local defaults; the gateway takes the real ones from its configuration. */
const subgraphs = [
  { name: 'municipality', url: 'http://localhost:4001/graphql' },
  { name: 'interests', url: 'http://localhost:4002/graphql' },
];

const result = composeServices(
  subgraphs.map(({ name, url }) => ({ name, url, typeDefs: parse(read(`${name}.graphql`)) })),
);
if (result.errors) {
  console.error(`Composition failed with ${result.errors.length} error(s):`);
  for (const error of result.errors) console.error(`- ${error.message}`);
  process.exit(1);
}
for (const hint of result.hints) console.warn(`hint: ${hint.toString()}`);

const outputs = {
  'supergraph.graphql': result.supergraphSdl,
  'api.graphql':
    '# The public API of the supergraph, composed from the subgraphs by `npm run compose`. Do not edit.\n\n' +
    printSchema(
      extendSchema(result.schema.toAPISchema().toGraphQLJSSchema(), parse(read('subscriptions.graphql'))),
    ) +
    '\n',
};

const check = process.argv.includes('--check');
let stale = false;
for (const [file, content] of Object.entries(outputs)) {
  if (check) {
    let current = '';
    try {
      current = read(file);
    } catch {}
    if (current !== content) {
      console.error(`schema/${file} is stale: run \`npm run compose\` and commit it.`);
      stale = true;
    }
  } else {
    writeFileSync(schemaDir + file, content);
    console.log(`wrote schema/${file}`);
  }
}
if (stale) process.exit(1);

/**
 * `npm run token -- --role kr-contact --municipality 0301`: prints a signed token for trying the
 * system out locally, accepted by a gateway that has no identity provider configured.
 */
import { parseArgs } from 'node:util';
import { identityFromClaims, loadOrCreateKeyFile, roles, signLocalToken } from '@registers/service-runtime';
import { readGatewayConfig } from './config.ts';
import { LOCAL_TOKEN_KEY_NAME } from './server.ts';

const usage = `Usage: npm run token -- --role ROLE [--role ROLE …] [options]

Roles: ${roles.join(', ')}, and contact (= kr-contact and stv-contact)
  --municipality NNNN   for kr-contact and stv-contact; repeat for several
  --person ID           for position-holder: the person's id
  --company NNNNNNNNN   for company-contact: an organisation number; repeat for several
  --subject NAME        who the token is for (default: made from the roles)
  --lifetime 8h         how long the token is valid

Example: curl -H "authorization: Bearer $(npm run -s token -- --role administrator)" …`;

try {
  const { values } = parseArgs({
    options: {
      role: { type: 'string', multiple: true, default: [] },
      municipality: { type: 'string', multiple: true, default: [] },
      person: { type: 'string' },
      company: { type: 'string', multiple: true, default: [] },
      subject: { type: 'string' },
      lifetime: { type: 'string', default: '8h' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help || values.role.length === 0) {
    console.error(usage);
    process.exit(values.help ? 0 : 2);
  }
  const requested = values.role.flatMap((role) =>
    role === 'contact' ? ['kr-contact', 'stv-contact'] : [role],
  );
  const identity = identityFromClaims({
    sub:
      values.subject ??
      `local-${requested.join('+')}${values.municipality.length ? `-${values.municipality.join('+')}` : ''}`,
    roles: requested,
    person_id: values.person,
    municipalities: values.municipality,
    companies: values.company,
  });
  const config = readGatewayConfig();
  if (config.identityProvider) {
    console.error('Note: this gateway takes tokens from AUTH_JWKS_URL; a local token will be refused.');
  }
  const { privateKey } = await loadOrCreateKeyFile(config.keysDir, LOCAL_TOKEN_KEY_NAME);
  console.log(await signLocalToken(identity, privateKey, values.lifetime));
  console.error(`Token for ${identity.subject} (${identity.roles.join(', ')}), valid ${values.lifetime}.`);
} catch (error) {
  const issues = (error as { issues?: { path: PropertyKey[]; message: string }[] }).issues;
  console.error(
    issues ? issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n') : String(error),
  );
  console.error(`\n${usage}`);
  process.exit(2);
}

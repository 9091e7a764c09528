/**
 * `npm run token -- --role kr-contact --municipality 0301`: prints a signed token for trying the
 * system out locally, accepted by a gateway that has no identity provider configured.
 */
import { parseArgs } from 'node:util';
import { loadOrCreateKeyFile, roles, signLocalToken, userTokenClaims } from '@registers/access';
import { readGatewayConfig } from './config.ts';
import { LOCAL_TOKEN_KEY_NAME } from './server.ts';

const usage = `Usage: npm run token -- [--role ROLE …] [--person ID | --email ADDRESS] [options]

Roles: ${roles.join(', ')}, and contact (= kr-contact and stv-contact)
  --municipality NNNN   for kr-contact and stv-contact; repeat for several
  --person ID           the person the token is bound to (needed for position-holder); the
                        register's contact-person assignments of that person then apply too
  --email ADDRESS       bind the token to the person with this e-mail address instead
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
      email: { type: 'string' },
      company: { type: 'string', multiple: true, default: [] },
      subject: { type: 'string' },
      lifetime: { type: 'string', default: '8h' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help || (values.role.length === 0 && !values.person && !values.email)) {
    console.error(usage);
    process.exit(values.help ? 0 : 2);
  }
  const requested = values.role.flatMap((role) =>
    role === 'contact' ? ['kr-contact', 'stv-contact'] : [role],
  );
  const subject =
    values.subject ??
    `local-${[...requested, ...(values.email ? [values.email] : [])].join('+') || 'person'}${
      values.municipality.length ? `-${values.municipality.join('+')}` : ''
    }`;
  // Checked as the gateway will check it, so a mistake is told here rather than as a 401 later.
  const claims = userTokenClaims.parse({
    sub: subject,
    roles: requested,
    person_id: values.person,
    email: values.email,
    municipalities: values.municipality,
    companies: values.company,
  });
  const config = readGatewayConfig();
  if (config.identityProvider) {
    console.error('Note: this gateway takes tokens from AUTH_JWKS_URL; a local token will be refused.');
  }
  const { privateKey } = await loadOrCreateKeyFile(config.keysDir, LOCAL_TOKEN_KEY_NAME);
  const request = {
    subject,
    roles: claims.roles,
    personId: claims.person_id ?? null,
    municipalities: claims.municipalities,
    companies: claims.companies,
    ...(claims.email ? { email: claims.email } : {}),
  };
  console.log(await signLocalToken(request, privateKey, values.lifetime));
  console.error(
    `Token for ${subject} (${claims.roles.join(', ') || 'bound to a person'}), valid ${values.lifetime}.`,
  );
} catch (error) {
  const issues = (error as { issues?: { path: PropertyKey[]; message: string }[] }).issues;
  console.error(
    issues ? issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n') : String(error),
  );
  console.error(`\n${usage}`);
  process.exit(2);
}

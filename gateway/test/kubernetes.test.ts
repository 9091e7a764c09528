import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import { Namespace } from 'kubernetes-models/v1/Namespace';
import { ResourceRequirements } from 'kubernetes-models/v1/ResourceRequirements';
import { Secret } from 'kubernetes-models/v1/Secret';
import { Service } from 'kubernetes-models/v1/Service';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { interestsVariables, readInterestsConfig } from '@registers/interests';
import { startMunicipalitySubgraph, type MunicipalitySubgraph } from '@registers/municipality';
import { createLogger, readSubgraphConfig, subgraphVariables } from '@registers/platform';
import { gatewayVariables, readGatewayConfig } from '../src/config.ts';
import {
  containersOf,
  idOf,
  readYamlDocuments,
  renderKustomization,
  type Container,
  type KubernetesObject,
  type RenderedObject,
} from './support/kustomize.ts';

/**
 * deploy/kubernetes: the kustomize base and its overlays. No cluster, kubectl or kustomize here,
 * so every object is checked against the Kubernetes API schemas (kubernetes-models), and each
 * overlay is rendered (./support/kustomize.ts) and its objects checked against each other and
 * against the code: the variables each service reads, its ports and its probe paths.
 */

const kubernetesDir = fileURLToPath(new URL('../../deploy/kubernetes/', import.meta.url));
const readmePath = fileURLToPath(new URL('../../README.md', import.meta.url));
const overlays = readdirSync(join(kubernetesDir, 'overlays'));

const services = ['gateway', 'municipality', 'interests'] as const;
type ServiceName = (typeof services)[number];

/** The port each service listens on by default (README, Configuration), and the variable that sets it. */
const ports: Record<ServiceName, { variable: string; fallback: number }> = {
  gateway: { variable: 'GATEWAY_PORT', fallback: 4000 },
  municipality: { variable: 'MUNICIPALITY_PORT', fallback: 4001 },
  interests: { variable: 'INTERESTS_PORT', fallback: 4002 },
};

const variablesRead: Record<ServiceName, Set<string>> = {
  gateway: new Set(gatewayVariables),
  municipality: new Set(subgraphVariables('municipality')),
  interests: new Set(interestsVariables),
};

/** Reads the service's configuration as it does at start: throws on a missing or bad value. */
const readConfigOf: Record<ServiceName, (env: NodeJS.ProcessEnv) => { port: number }> = {
  gateway: (env) => readGatewayConfig(env),
  municipality: (env) => readSubgraphConfig('municipality', ports.municipality.fallback, env),
  interests: (env) => readInterestsConfig(ports.interests.fallback, env),
};

/** Variables a service reads that the manifests leave unset, each with its reason. */
const notSet: readonly { variable: string; services: readonly ServiceName[]; reason: string }[] = [
  {
    variable: 'SUPERGRAPH_PATH',
    services: ['gateway'],
    reason: 'defaults to schema/supergraph.graphql, which the image contains',
  },
  {
    variable: 'GATEWAY_IDE',
    services: ['gateway'],
    reason: 'defaults to graphiql, whose files the image contains (no CDN needed)',
  },
  {
    variable: 'SUBSCRIPTION_POLL_MS',
    services: ['gateway'],
    reason: 'defaults to 250 ms, which keeps live events within a second of their commit',
  },
  {
    variable: 'SUBSCRIPTIONS_PER_CONNECTION',
    services: ['gateway'],
    reason: 'defaults to 20, the README says when to change it',
  },
  {
    variable: 'PERSISTED_DOCUMENTS_PATH',
    services: ['gateway'],
    reason: "defaults to @registers/client's manifest of trusted operations, which the image contains",
  },
  {
    variable: 'AUTH_KEYS_DIR',
    services: ['gateway', 'municipality', 'interests'],
    reason: 'only outside production, or without an internal key: in production the keys come from a Secret',
  },
  ...(['RATE_LIMIT_PER_MINUTE', 'SUBGRAPH_TIMEOUT_MS', 'MAX_BODY_BYTES'] as const).map((variable) => ({
    variable,
    services: ['gateway'] as ServiceName[],
    reason: 'the defaults are the production values (README, Configuration)',
  })),
  ...(['municipality', 'interests'] as const).flatMap((service) => [
    {
      variable: `${service.toUpperCase()}_DATA_DIR`,
      services: [service],
      reason: 'the embedded PGlite folder, unused with a DATABASE_URL',
    },
    { variable: 'DEMO_SCALE', services: [service], reason: 'no demo data in production (the SEED is none)' },
    { variable: 'STATEMENT_TIMEOUT_MS', services: [service], reason: 'the default, 5 s' },
    { variable: 'SUBGRAPH_EXECUTOR', services: [service], reason: 'jit, the default' },
  ]),
  { variable: 'INTERESTS_FOLLOW_INTERVAL_MS', services: ['interests'], reason: 'the default, 5 s' },
  {
    variable: 'METRICS_TOKEN',
    services: ['gateway', 'municipality', 'interests'],
    reason:
      'optional: /metrics is open without it; the network policies decide who reaches it (README, "Metrics and traces")',
  },
  {
    variable: 'OTEL_EXPORTER_OTLP_ENDPOINT',
    services: ['gateway', 'municipality', 'interests'],
    reason: 'optional: traces go to the collector an operator has; unset, none are made',
  },
  {
    variable: 'MAIL_DIR',
    services: ['interests'],
    reason: 'unused with SMTP_URL, which production requires',
  },
  { variable: 'NOTICE_DATES', services: ['interests'], reason: 'the default, 20 January and 20 July' },
  {
    variable: 'AUTH_CLIENT_ID',
    services: ['gateway'],
    reason:
      "optional: the web's public client at the identity provider; unset, the web shows no sign-in button for it",
  },
  ...(['AUTH_AUTHORIZATION_URL', 'AUTH_TOKEN_URL'] as const).map((variable) => ({
    variable,
    services: ['gateway'] as ServiceName[],
    reason: "read from the issuer's /.well-known/openid-configuration when unset",
  })),
  { variable: 'AUTH_SCOPES', services: ['gateway'], reason: 'the default, openid email' },
];

/**
 * Secrets the renderings refer to without containing them: the operator makes them (README,
 * "Kubernetes"), or CloudNativePG does for each Cluster (`<cluster>-app`). Each with a value of
 * the form expected, for reading the configuration as the service would.
 */
const operatorSecrets: Record<string, Record<string, string>> = {
  'registers-database': {
    'municipality-url': 'postgres://municipality:secret@db.example.invalid:5432/municipality',
    'interests-url': 'postgres://interests:secret@db.example.invalid:5432/interests',
  },
  'registers-internal-token': {
    'private-key': '{"kty":"OKP","crv":"Ed25519","x":"…","d":"…"}',
    'public-key': '{"kty":"OKP","crv":"Ed25519","x":"…"}',
  },
  'registers-smtp': { url: 'smtps://registers:secret@mail.example.invalid:465' },
};
const cloudNativePgSecret = (cluster: string) => ({
  uri: `postgresql://app:secret@${cluster}-rw:5432/app`,
});

// ---------------------------------------------------------------------------------------------
// Validation against the API schemas

interface Validatable {
  validate(): void;
}
const models: Record<string, new (data: never) => Validatable> = {
  'apps/v1/Deployment': Deployment,
  'v1/Service': Service,
  'v1/ConfigMap': ConfigMap,
  'v1/Secret': Secret,
  'v1/Namespace': Namespace,
  'policy/v1/PodDisruptionBudget': PodDisruptionBudget,
  'networking.k8s.io/v1/NetworkPolicy': NetworkPolicy,
  'autoscaling/v2/HorizontalPodAutoscaler': HorizontalPodAutoscaler,
};

/**
 * CloudNativePG's Cluster is a custom resource kubernetes-models does not cover: the fields used
 * here are checked by hand (types and the required ones), `resources` by the core model.
 */
function validateCloudNativePgCluster(object: KubernetesObject): string[] {
  const spec = (object['spec'] ?? {}) as Record<string, unknown>;
  const problems: string[] = [];
  const known = ['instances', 'imageName', 'storage', 'bootstrap', 'resources'];
  for (const field of Object.keys(spec)) {
    if (!known.includes(field)) problems.push(`spec.${field} is not checked by this test; add it`);
  }
  if (!Number.isInteger(spec['instances']) || (spec['instances'] as number) < 1) {
    problems.push('spec.instances must be a whole number ≥ 1');
  }
  if (typeof spec['imageName'] !== 'string') problems.push('spec.imageName must be an image');
  const storage = spec['storage'] as { size?: unknown } | undefined;
  if (typeof storage?.size !== 'string' || !/^\d+(Mi|Gi|Ti)$/.test(storage.size)) {
    problems.push('spec.storage.size must be a quantity such as 10Gi');
  }
  const initdb = (spec['bootstrap'] as { initdb?: Record<string, unknown> } | undefined)?.initdb;
  if (typeof initdb?.['database'] !== 'string' || typeof initdb['owner'] !== 'string') {
    problems.push('spec.bootstrap.initdb needs database and owner');
  }
  try {
    new ResourceRequirements(spec['resources'] as never).validate();
  } catch (error) {
    problems.push(`spec.resources: ${(error as Error).message}`);
  }
  return problems;
}

function schemaProblems(object: KubernetesObject): string[] {
  if (object.apiVersion === 'postgresql.cnpg.io/v1' && object.kind === 'Cluster') {
    return validateCloudNativePgCluster(object);
  }
  const Model = models[`${object.apiVersion}/${object.kind}`];
  if (!Model) return [`${object.apiVersion} ${object.kind} has no model in this test`];
  try {
    new Model(object as never).validate();
    return [];
  } catch (error) {
    return [(error as Error).message];
  }
}

// ---------------------------------------------------------------------------------------------
// Checks of a rendering against itself and against the code

const ofKind = (objects: RenderedObject[], kind: string) =>
  objects.map(({ object }) => object).filter((object) => object.kind === kind);

interface PodSpec {
  containers: (Container & {
    ports?: { name?: string; containerPort: number }[];
    env?: EnvVar[];
    readinessProbe?: Probe;
    livenessProbe?: Probe;
    startupProbe?: Probe;
    resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
    securityContext?: Record<string, unknown>;
  })[];
  enableServiceLinks?: boolean;
  securityContext?: Record<string, unknown>;
}
interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: {
    configMapKeyRef?: { name: string; key: string; optional?: boolean };
    secretKeyRef?: { name: string; key: string; optional?: boolean };
  };
}
interface Probe {
  httpGet?: { path?: string; port?: number | string };
}
interface DeploymentShape {
  metadata: { name: string };
  spec: {
    replicas?: number;
    selector: { matchLabels?: Record<string, string> };
    template: { metadata?: { labels?: Record<string, string> }; spec: PodSpec };
  };
}

const matches = (selector: Record<string, string> | undefined, labels: Record<string, string> = {}) =>
  selector !== undefined &&
  Object.keys(selector).length > 0 &&
  Object.entries(selector).every(([key, value]) => labels[key] === value);

const deploymentsOf = (objects: RenderedObject[]) =>
  ofKind(objects, 'Deployment') as unknown as DeploymentShape[];

/** A container's environment resolved as the kubelet would, or the problems that stop it. */
function resolveEnvironment(objects: RenderedObject[], env: EnvVar[], where: string) {
  const problems: string[] = [];
  const values: Record<string, string> = {};
  const configMaps = new Map(
    ofKind(objects, 'ConfigMap').map((map) => [
      map.metadata.name,
      (map['data'] ?? {}) as Record<string, string>,
    ]),
  );
  const clusters = new Set(
    ofKind(objects, 'Cluster')
      .filter((object) => object.apiVersion === 'postgresql.cnpg.io/v1')
      .map((cluster) => cluster.metadata.name),
  );
  const secretData = (name: string): Record<string, string> | undefined => {
    const rendered = ofKind(objects, 'Secret').find((secret) => secret.metadata.name === name);
    if (rendered) return (rendered['stringData'] ?? {}) as Record<string, string>;
    if (operatorSecrets[name]) return operatorSecrets[name];
    const cluster = name.replace(/-app$/, '');
    return name.endsWith('-app') && clusters.has(cluster) ? cloudNativePgSecret(cluster) : undefined;
  };
  for (const variable of env) {
    const { configMapKeyRef, secretKeyRef } = variable.valueFrom ?? {};
    if (variable.value !== undefined) {
      values[variable.name] = variable.value;
    } else if (configMapKeyRef) {
      const value = configMaps.get(configMapKeyRef.name)?.[configMapKeyRef.key];
      if (value === undefined) {
        problems.push(
          `${where}: ${variable.name} refers to ConfigMap ${configMapKeyRef.name} key ${configMapKeyRef.key}, not in the rendering`,
        );
      } else values[variable.name] = value;
    } else if (secretKeyRef) {
      const value = secretData(secretKeyRef.name)?.[secretKeyRef.key];
      if (value === undefined) {
        problems.push(
          `${where}: ${variable.name} refers to Secret ${secretKeyRef.name} key ${secretKeyRef.key}, neither rendered nor provided by the operator`,
        );
      } else values[variable.name] = value;
    } else {
      problems.push(`${where}: ${variable.name} has neither a value nor a ConfigMap or Secret key`);
    }
  }
  return { values, problems };
}

/** Everything wrong with a rendering; empty when it is right. */
function renderingProblems(objects: RenderedObject[]): string[] {
  const problems = objects.flatMap(({ object, source }) =>
    schemaProblems(object).map((problem) => `${source}: ${idOf(object)}: ${problem}`),
  );
  const deployments = deploymentsOf(objects);
  for (const service of services) {
    if (!deployments.some((deployment) => deployment.metadata.name === service)) {
      problems.push(`no Deployment ${service}`);
    }
  }

  for (const deployment of deployments) {
    const name = deployment.metadata.name;
    const where = `Deployment ${name}`;
    const service = services.find((candidate) => candidate === name);
    if (!service) {
      problems.push(`${where} is no service of the repository`);
      continue;
    }
    const podLabels = deployment.spec.template.metadata?.labels;
    if (!matches(deployment.spec.selector.matchLabels, podLabels)) {
      problems.push(`${where}: its selector does not match its pods' labels`);
    }
    const pod = deployment.spec.template.spec;
    if (pod.enableServiceLinks !== false) {
      problems.push(`${where}: enableServiceLinks must be false (MUNICIPALITY_PORT=tcp://… would be set)`);
    }
    if (pod.securityContext?.['runAsNonRoot'] !== true) problems.push(`${where}: runAsNonRoot`);
    const [container, ...others] = pod.containers;
    if (!container || others.length > 0 || container.name !== service) {
      problems.push(`${where}: one container, named ${service}`);
      continue;
    }
    const context = container.securityContext ?? {};
    if (context['readOnlyRootFilesystem'] !== true) problems.push(`${where}: readOnlyRootFilesystem`);
    if (context['allowPrivilegeEscalation'] !== false) problems.push(`${where}: allowPrivilegeEscalation`);
    // The rest of Pod Security's `restricted` standard, which the production namespace enforces.
    const capabilities = context['capabilities'] as { drop?: string[]; add?: string[] } | undefined;
    if (!capabilities?.drop?.includes('ALL') || capabilities.add?.length)
      problems.push(`${where}: capabilities drop ALL`);
    const seccomp = (pod.securityContext?.['seccompProfile'] as { type?: string } | undefined)?.type;
    if (seccomp !== 'RuntimeDefault') problems.push(`${where}: seccompProfile RuntimeDefault`);
    for (const kind of ['requests', 'limits'] as const) {
      const resources = container.resources?.[kind] ?? {};
      if (!resources['cpu'] || !resources['memory']) problems.push(`${where}: ${kind} of cpu and memory`);
    }

    // Its environment: only variables the service reads, all it needs, resolvable.
    const env = container.env ?? [];
    const names = env.map((variable) => variable.name);
    for (const duplicate of names.filter((variable, index) => names.indexOf(variable) !== index)) {
      problems.push(`${where}: ${duplicate} is set twice`);
    }
    for (const variable of names) {
      if (!variablesRead[service].has(variable)) problems.push(`${where}: ${variable} is set but not read`);
    }
    for (const variable of variablesRead[service]) {
      const excused = notSet.some((entry) => entry.variable === variable && entry.services.includes(service));
      if (!names.includes(variable) && !excused) problems.push(`${where}: ${variable} is read but not set`);
    }
    const { values, problems: unresolved } = resolveEnvironment(objects, env, where);
    problems.push(...unresolved);
    let config: { port: number } | undefined;
    try {
      config = readConfigOf[service](values);
    } catch (error) {
      problems.push(`${where}: the service would not start: ${(error as Error).message}`);
    }
    if (values['NODE_ENV'] !== 'production') problems.push(`${where}: NODE_ENV must be production`);

    // Its port and probes: where the service listens, on the paths it serves.
    const listening = config?.port;
    if (listening !== ports[service].fallback) {
      problems.push(`${where}: listens on ${listening}, not its documented port ${ports[service].fallback}`);
    }
    const portNumber = (port: number | string | undefined) =>
      typeof port === 'number'
        ? port
        : container.ports?.find((candidate) => candidate.name === port)?.containerPort;
    if (!container.ports?.some((port) => port.containerPort === listening)) {
      problems.push(`${where}: no containerPort ${listening}`);
    }
    const probes = { readinessProbe: '/ready', livenessProbe: '/health', startupProbe: '/health' } as const;
    for (const [probe, path] of Object.entries(probes) as [keyof typeof probes, string][]) {
      const httpGet = container[probe]?.httpGet;
      if (!httpGet) {
        problems.push(`${where}: no ${probe}`);
        continue;
      }
      if (httpGet.path !== path) problems.push(`${where}: ${probe} on ${httpGet.path}, not ${path}`);
      if (portNumber(httpGet.port) !== listening) {
        problems.push(`${where}: ${probe} on port ${String(httpGet.port)}, not ${listening}`);
      }
    }
  }

  // Services, disruption budgets and the autoscaler reach existing Deployments' pods.
  for (const service of ofKind(objects, 'Service')) {
    const spec = service['spec'] as {
      selector?: Record<string, string>;
      ports: { port: number; targetPort?: string | number }[];
    };
    const targets = deployments.filter((deployment) =>
      matches(spec.selector, deployment.spec.template.metadata?.labels),
    );
    if (targets.length !== 1) {
      problems.push(`Service ${service.metadata.name} selects ${targets.length} Deployments, not 1`);
      continue;
    }
    const container = targets[0]!.spec.template.spec.containers[0];
    for (const port of spec.ports) {
      const target = port.targetPort ?? port.port;
      const found = container?.ports?.some((candidate) =>
        typeof target === 'number' ? candidate.containerPort === target : candidate.name === target,
      );
      if (!found)
        problems.push(`Service ${service.metadata.name}: targetPort ${target} is no port of its pods`);
    }
  }
  for (const service of services) {
    if (!ofKind(objects, 'Service').some((object) => object.metadata.name === service)) {
      problems.push(`no Service ${service}`);
    }
  }
  const budgets = ofKind(objects, 'PodDisruptionBudget');
  for (const deployment of deployments) {
    const covering = budgets.filter((budget) =>
      matches(
        (budget['spec'] as { selector?: { matchLabels?: Record<string, string> } }).selector?.matchLabels,
        deployment.spec.template.metadata?.labels,
      ),
    );
    if (covering.length !== 1) {
      problems.push(
        `Deployment ${deployment.metadata.name} has ${covering.length} PodDisruptionBudgets, not 1`,
      );
    }
  }
  const autoscalers = ofKind(objects, 'HorizontalPodAutoscaler');
  for (const autoscaler of autoscalers) {
    const target = (
      autoscaler['spec'] as { scaleTargetRef: { apiVersion?: string; kind: string; name: string } }
    ).scaleTargetRef;
    if (
      target.kind !== 'Deployment' ||
      !deployments.some((deployment) => deployment.metadata.name === target.name)
    ) {
      problems.push(
        `HorizontalPodAutoscaler ${autoscaler.metadata.name} scales ${target.kind} ${target.name}, which is not rendered`,
      );
    }
  }
  problems.push(...connectionProblems(objects));
  if (!autoscalers.some((autoscaler) => autoscaler.metadata.name === 'gateway')) {
    problems.push('no HorizontalPodAutoscaler for the gateway');
  }
  return problems;
}

interface NetworkPolicyShape {
  metadata: { name: string };
  spec: {
    podSelector: { matchLabels?: Record<string, string> };
    ingress?: {
      from?: { podSelector?: { matchLabels?: Record<string, string> } }[];
      ports?: { port?: number | string }[];
    }[];
  };
}

/**
 * Each URL a container is given to another service (`http://municipality:4001/graphql`) names a
 * rendered Service and its port, which leads to that service's pods; and the network policies
 * let the caller's pods reach them there. Every Deployment is under one network policy.
 */
function connectionProblems(objects: RenderedObject[]): string[] {
  const problems: string[] = [];
  const deployments = deploymentsOf(objects);
  const policies = ofKind(objects, 'NetworkPolicy') as unknown as NetworkPolicyShape[];
  const labelsOf = (deployment: DeploymentShape) => deployment.spec.template.metadata?.labels ?? {};
  const policiesOf = (deployment: DeploymentShape) =>
    policies.filter((policy) => matches(policy.spec.podSelector.matchLabels, labelsOf(deployment)));
  for (const deployment of deployments) {
    const count = policiesOf(deployment).length;
    if (count !== 1)
      problems.push(`Deployment ${deployment.metadata.name} is under ${count} NetworkPolicies, not 1`);
  }
  for (const caller of deployments) {
    for (const variable of caller.spec.template.spec.containers.flatMap((container) => container.env ?? [])) {
      if (!variable.value || !/^https?:\/\//.test(variable.value)) continue;
      const url = new URL(variable.value);
      const service = ofKind(objects, 'Service').find(
        (candidate) => candidate.metadata.name === url.hostname,
      );
      if (!service) continue; // outside the cluster
      const where = `Deployment ${caller.metadata.name}: ${variable.name}`;
      const spec = service['spec'] as {
        selector?: Record<string, string>;
        ports: { port: number; targetPort?: string | number }[];
      };
      const servicePort = spec.ports.find((port) => port.port === Number(url.port || 80));
      const target = deployments.find((candidate) => matches(spec.selector, labelsOf(candidate)));
      const container = target?.spec.template.spec.containers[0];
      const targetPort = servicePort?.targetPort ?? servicePort?.port;
      const containerPort =
        typeof targetPort === 'number'
          ? targetPort
          : container?.ports?.find((port) => port.name === targetPort)?.containerPort;
      if (!servicePort || !target || containerPort === undefined) {
        problems.push(`${where}: ${variable.value} is no port of Service ${url.hostname}`);
        continue;
      }
      const allowed =
        policiesOf(target).length === 0 ||
        policiesOf(target).some((policy) =>
          (policy.spec.ingress ?? []).some(
            (rule) =>
              (rule.from === undefined ||
                rule.from.some((peer) => matches(peer.podSelector?.matchLabels, labelsOf(caller)))) &&
              (rule.ports === undefined ||
                rule.ports.some((port) => port.port === containerPort || port.port === targetPort)),
          ),
        );
      if (!allowed) {
        problems.push(
          `${where}: the NetworkPolicy of ${target.metadata.name} does not let ${caller.metadata.name} reach it`,
        );
      }
    }
  }
  return problems;
}

/** The Deployment of a service in a rendering, for the tests that break one on purpose. */
function deploymentIn(objects: RenderedObject[], name: ServiceName): DeploymentShape {
  const deployment = deploymentsOf(objects).find((candidate) => candidate.metadata.name === name);
  if (!deployment) throw new Error(`no Deployment ${name}`);
  return deployment;
}

function yamlFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((entry) => {
    const path = join(directory, entry);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(entry) ? [path] : [];
  });
}

// ---------------------------------------------------------------------------------------------

describe('deploy/kubernetes', () => {
  it('parses every YAML document, and each object or kustomization is valid', () => {
    const files = yamlFiles(kubernetesDir);
    expect(files.length).toBeGreaterThan(5);
    const problems = files.flatMap((file) =>
      (readYamlDocuments(file) as KubernetesObject[]).flatMap((object) =>
        object.kind === 'Kustomization'
          ? []
          : file.includes('/base/') || !isPatch(file)
            ? schemaProblems(object).map((problem) => `${relative(kubernetesDir, file)}: ${problem}`)
            : [],
      ),
    );
    expect(problems).toEqual([]);
  });

  it('has a base of two replicas per service, and the overlays production and cloudnative-pg', () => {
    const base = renderKustomization(join(kubernetesDir, 'base'));
    for (const service of services) expect(deploymentIn(base, service).spec.replicas, service).toBe(2);
    expect(overlays.sort()).toEqual(['cloudnative-pg', 'production']);
  });

  it('lists only variables that are read and left unset, as the reasons say', () => {
    const rendered = renderKustomization(join(kubernetesDir, 'overlays', 'production'));
    const stale = notSet.flatMap(({ variable, services: listed }) =>
      listed
        .filter(
          (service) =>
            !variablesRead[service].has(variable) ||
            deploymentIn(rendered, service).spec.template.spec.containers[0]!.env!.some(
              (entry) => entry.name === variable,
            ),
        )
        .map((service) => `${service}: ${variable}`),
    );
    expect(stale).toEqual([]);
  });

  describe.each(overlays)('overlays/%s, rendered', (overlay) => {
    const rendered = renderKustomization(join(kubernetesDir, 'overlays', overlay));

    it('is valid and consistent: schemas, env, ports, probes, selectors, budgets, autoscaler', () => {
      expect(renderingProblems(rendered)).toEqual([]);
    });

    it('puts everything in the registertjenester namespace, on the image the overlay names', () => {
      for (const { object } of rendered) {
        if (object.kind === 'Namespace') {
          expect(object.metadata.name).toBe('registertjenester');
          continue;
        }
        expect(object.metadata.namespace, idOf(object)).toBe('registertjenester');
        expect(object.metadata.labels?.['app.kubernetes.io/part-of'], idOf(object)).toBe('registertjenester');
      }
      for (const deployment of ofKind(rendered, 'Deployment')) {
        expect(containersOf(deployment)[0]?.image).toMatch(/^registry\.example\.invalid\/registertjenester:/);
      }
    });

    it('documents in the README every Secret it needs and does not contain', () => {
      const readme = readFileSync(readmePath, 'utf8');
      const section = readme.slice(
        readme.indexOf('## Kubernetes'),
        readme.indexOf('\n## ', readme.indexOf('## Kubernetes') + 1),
      );
      const referenced = deploymentsOf(rendered).flatMap((deployment) =>
        deployment.spec.template.spec.containers.flatMap((container) =>
          (container.env ?? []).flatMap((variable) => variable.valueFrom?.secretKeyRef ?? []),
        ),
      );
      expect(referenced.length).toBeGreaterThan(0);
      for (const { name, key } of referenced) {
        expect(section, `${name} ${key}`).toContain(`\`${name}\``);
        expect(section, `${name} ${key}`).toContain(`\`${key}\``);
      }
    });
  });

  it("applies each overlay's patches: production's settings, CloudNativePG's database URLs", () => {
    const production = renderKustomization(join(kubernetesDir, 'overlays', 'production'));
    const autoscaler = ofKind(production, 'HorizontalPodAutoscaler')[0]!;
    expect((autoscaler['spec'] as { maxReplicas: number }).maxReplicas).toBe(10);
    const databaseSecrets = (objects: RenderedObject[]) =>
      (['municipality', 'interests'] as const).map((service) => {
        const env = deploymentIn(objects, service).spec.template.spec.containers[0]!.env!;
        return env.find((variable) => variable.name === `${service.toUpperCase()}_DATABASE_URL`)?.valueFrom
          ?.secretKeyRef;
      });
    expect(databaseSecrets(production)).toEqual([
      { name: 'registers-database', key: 'municipality-url' },
      { name: 'registers-database', key: 'interests-url' },
    ]);
    const cloudNativePg = renderKustomization(join(kubernetesDir, 'overlays', 'cloudnative-pg'));
    expect(databaseSecrets(cloudNativePg)).toEqual([
      { name: 'municipality-db-app', key: 'uri' },
      { name: 'interests-db-app', key: 'uri' },
    ]);
    expect(ofKind(cloudNativePg, 'Cluster').map((cluster) => cluster.metadata.name)).toEqual([
      'municipality-db',
      'interests-db',
    ]);
  });

  describe('finds what is wrong (each a manifest broken on purpose)', () => {
    const fresh = () => renderKustomization(join(kubernetesDir, 'overlays', 'production'));
    const container = (objects: RenderedObject[], service: ServiceName) =>
      deploymentIn(objects, service).spec.template.spec.containers[0]!;
    const cases: [string, (objects: RenderedObject[]) => void, RegExp][] = [
      [
        'a variable the service does not read',
        (objects) =>
          container(objects, 'municipality').env!.push({ name: 'MUNICIPALITY_DB_URL', value: 'x' }),
        /MUNICIPALITY_DB_URL is set but not read/,
      ],
      [
        'a variable dropped',
        (objects) => {
          const env = container(objects, 'interests').env!;
          env.splice(
            env.findIndex((variable) => variable.name === 'SMTP_URL'),
            1,
          );
        },
        /SMTP_URL is read but not set[\s\S]*would not start/,
      ],
      [
        'a Secret nobody provides',
        (objects) => {
          const ref = container(objects, 'gateway').env!.find(
            (variable) => variable.name === 'INTERNAL_TOKEN_PRIVATE_KEY',
          )!;
          ref.valueFrom!.secretKeyRef!.name = 'internal-token';
        },
        /Secret internal-token key private-key, neither rendered nor provided/,
      ],
      [
        'a readiness probe on the wrong port',
        (objects) => {
          container(objects, 'municipality').readinessProbe!.httpGet!.port = 4002;
        },
        /readinessProbe on port 4002, not 4001/,
      ],
      [
        'a liveness probe on a path not served',
        (objects) => {
          container(objects, 'gateway').livenessProbe!.httpGet!.path = '/healthz';
        },
        /livenessProbe on \/healthz, not \/health/,
      ],
      [
        'a port that disagrees with the variable',
        (objects) => {
          container(objects, 'interests').env!.find((variable) => variable.name === 'INTERESTS_PORT')!.value =
            '8080';
        },
        /listens on 8080/,
      ],
      [
        'a selector that misses the pods',
        (objects) => {
          deploymentIn(objects, 'gateway').spec.selector.matchLabels = { 'app.kubernetes.io/name': 'gw' };
        },
        /Deployment gateway: its selector does not match/,
      ],
      [
        'an autoscaler of a Deployment not rendered',
        (objects) => {
          const autoscaler = ofKind(objects, 'HorizontalPodAutoscaler')[0]!;
          (autoscaler['spec'] as { scaleTargetRef: { name: string } }).scaleTargetRef.name = 'gateways';
        },
        /scales Deployment gateways/,
      ],
      [
        'a field of the wrong type',
        (objects) => {
          (deploymentIn(objects, 'municipality').spec as { replicas: unknown }).replicas = 'two';
        },
        /replicas must be integer/,
      ],
      [
        'a subgraph URL on a port its Service does not have',
        (objects) => {
          container(objects, 'gateway').env!.find(
            (variable) => variable.name === 'INTERESTS_SUBGRAPH_URL',
          )!.value = 'http://interests:4001/graphql';
        },
        /INTERESTS_SUBGRAPH_URL: http:\/\/interests:4001\/graphql is no port of Service interests/,
      ],
      [
        'a network policy that shuts the follower out',
        (objects) => {
          const policy = ofKind(objects, 'NetworkPolicy').find(
            (object) => object.metadata.name === 'municipality',
          )!;
          const [rule] = (policy['spec'] as NetworkPolicyShape['spec']).ingress!;
          rule!.from = rule!.from!.filter(
            (peer) => peer.podSelector?.matchLabels?.['app.kubernetes.io/name'] !== 'interests',
          );
        },
        /Deployment interests: MUNICIPALITY_SUBGRAPH_URL: the NetworkPolicy of municipality does not let interests reach it/,
      ],
      [
        'a writable root filesystem',
        (objects) => {
          container(objects, 'interests').securityContext!['readOnlyRootFilesystem'] = false;
        },
        /Deployment interests: readOnlyRootFilesystem/,
      ],
    ];
    it.each(cases)('%s', (_name, breakIt, expected) => {
      const objects = fresh();
      expect(renderingProblems(objects)).toEqual([]);
      breakIt(objects);
      expect(renderingProblems(objects).join('\n')).toMatch(expected);
    });
  });

  describe('the probe paths, on a running service', () => {
    let subgraph: MunicipalitySubgraph;
    const keysDir = mkdtempSync(join(tmpdir(), 'registers-kubernetes-keys-'));
    beforeAll(async () => {
      const config = readSubgraphConfig('municipality', 0, {
        MUNICIPALITY_DATA_DIR: 'memory://',
        MUNICIPALITY_SEED: 'none',
        AUTH_KEYS_DIR: keysDir,
      });
      subgraph = await startMunicipalitySubgraph(config, createLogger('municipality', 'silent'));
    });
    afterAll(async () => {
      await subgraph?.close();
      rmSync(keysDir, { recursive: true, force: true });
    });

    it('answers 200 on every path a probe asks', async () => {
      const paths = new Set(
        overlays.flatMap((overlay) =>
          deploymentsOf(renderKustomization(join(kubernetesDir, 'overlays', overlay))).flatMap((deployment) =>
            deployment.spec.template.spec.containers.flatMap((container) =>
              [container.readinessProbe, container.livenessProbe, container.startupProbe].map(
                (probe) => probe?.httpGet?.path,
              ),
            ),
          ),
        ),
      );
      expect([...paths].sort()).toEqual(['/health', '/ready']);
      for (const path of paths) {
        const response = await fetch(new URL(path!, subgraph.url));
        expect(response.status, path).toBe(200);
      }
    });
  });
});

/** A file an overlay lists under `patches`: a partial object, validated once merged. */
function isPatch(file: string): boolean {
  const directory = join(file, '..');
  const kustomization = join(directory, 'kustomization.yaml');
  try {
    const [parsed] = readYamlDocuments(kustomization) as { patches?: { path: string }[] }[];
    return (parsed?.patches ?? []).some((patch) => join(directory, patch.path) === file);
  } catch {
    return false;
  }
}

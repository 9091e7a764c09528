import { readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseAllDocuments } from 'yaml';

/**
 * Renders a kustomization as `kubectl apply -k` would, for the few features deploy/kubernetes
 * uses; kustomize itself (a Go program) cannot be installed here and no maintained JavaScript
 * implementation exists. Anything else in a kustomization.yaml is refused, so a feature added to
 * the manifests without being added here fails the test instead of being ignored.
 *
 * Supported: `resources` (files and directories with a kustomization), `namespace` (set on every
 * object but Namespaces), `labels` with `pairs` (metadata labels only, kustomize's default without
 * `includeSelectors`/`includeTemplates`), `images` (`name` → `newName`/`newTag`) and `patches` of
 * `path` with strategic-merge patches: maps merge, a null deletes a key, the lists Kubernetes
 * merges by key (containers, env, ports, volumes, volumeMounts: by `name`) merge entry by entry,
 * other lists are replaced.
 */

export interface KubernetesObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string> } & Record<string, unknown>;
  [field: string]: unknown;
}

export interface RenderedObject {
  object: KubernetesObject;
  /** The file it came from, relative to the folder rendered. */
  source: string;
}

const supportedFields = new Set([
  'apiVersion',
  'kind',
  'resources',
  'namespace',
  'labels',
  'images',
  'patches',
]);
/** Lists merged entry by entry on `name`, as the strategic merge patch does for these fields. */
const mergedByName = new Set(['containers', 'initContainers', 'env', 'ports', 'volumes', 'volumeMounts']);

interface Kustomization {
  apiVersion?: string;
  kind?: string;
  resources?: string[];
  namespace?: string;
  labels?: { pairs: Record<string, string>; includeSelectors?: boolean; includeTemplates?: boolean }[];
  images?: { name: string; newName?: string; newTag?: string }[];
  patches?: { path: string; target?: unknown }[];
}

/** Every YAML document of a file, refusing a file that does not parse. */
export function readYamlDocuments(path: string): unknown[] {
  const documents = parseAllDocuments(readFileSync(path, 'utf8'));
  return documents
    .map((document) => {
      if (document.errors.length > 0) throw new Error(`${path}: ${document.errors[0]!.message}`);
      return document.toJS() as unknown;
    })
    .filter((value) => value != null);
}

export function renderKustomization(directory: string, root = directory): RenderedObject[] {
  const path = join(directory, 'kustomization.yaml');
  const [kustomization] = readYamlDocuments(path) as Kustomization[];
  if (!kustomization) throw new Error(`${path} is empty`);
  const unsupported = Object.keys(kustomization).filter((field) => !supportedFields.has(field));
  if (unsupported.length > 0) {
    throw new Error(`${path}: ${unsupported.join(', ')} not supported by the test's renderer`);
  }
  if (kustomization.kind !== 'Kustomization') throw new Error(`${path}: kind must be Kustomization`);

  const objects: RenderedObject[] = [];
  for (const resource of kustomization.resources ?? []) {
    const resourcePath = join(directory, resource);
    if (statSync(resourcePath).isDirectory()) {
      objects.push(...renderKustomization(resourcePath, root));
    } else {
      for (const object of readYamlDocuments(resourcePath)) {
        objects.push({ object: object as KubernetesObject, source: relative(root, resourcePath) });
      }
    }
  }
  assertUnique(objects, path);

  for (const patch of kustomization.patches ?? []) {
    if (patch.target !== undefined) throw new Error(`${path}: patch targets are not supported`);
    const patchPath = join(directory, patch.path);
    for (const document of readYamlDocuments(patchPath) as KubernetesObject[]) {
      const target = objects.find(({ object }) => sameObject(object, document));
      if (!target) {
        throw new Error(`${patchPath}: patches ${idOf(document)}, which the rendering does not contain`);
      }
      target.object = strategicMerge(target.object, document) as KubernetesObject;
    }
  }

  for (const { object } of objects) {
    if (kustomization.namespace && object.kind !== 'Namespace') {
      object.metadata.namespace = kustomization.namespace;
    }
    for (const label of kustomization.labels ?? []) {
      if (label.includeSelectors || label.includeTemplates) {
        throw new Error(`${path}: labels with includeSelectors or includeTemplates are not supported`);
      }
      object.metadata.labels = { ...object.metadata.labels, ...label.pairs };
    }
    for (const container of containersOf(object)) {
      const image = kustomization.images?.find((candidate) => imageName(container.image) === candidate.name);
      if (image) {
        const tag = image.newTag ?? container.image.split(':')[1];
        container.image = `${image.newName ?? image.name}${tag ? `:${tag}` : ''}`;
      }
    }
  }
  return objects;
}

export const idOf = (object: KubernetesObject) => `${object.kind}/${object.metadata?.name}`;

const sameObject = (a: KubernetesObject, b: KubernetesObject) =>
  a.kind === b.kind &&
  a.metadata.name === b.metadata.name &&
  a.apiVersion.split('/')[0] === b.apiVersion.split('/')[0];

function assertUnique(objects: RenderedObject[], path: string) {
  const seen = new Set<string>();
  for (const { object } of objects) {
    const id = idOf(object);
    if (seen.has(id)) throw new Error(`${path}: ${id} is defined twice`);
    seen.add(id);
  }
}

/** `registry/name:tag` → `registry/name` (a digest or port in the name is not used here). */
const imageName = (image: string) => image.split(':')[0]!;

export interface Container {
  name: string;
  image: string;
  [field: string]: unknown;
}

/** The containers of a Deployment's pod template (the only workload kind deployed here). */
export function containersOf(object: KubernetesObject): Container[] {
  const spec = object['spec'] as { template?: { spec?: { containers?: Container[] } } } | undefined;
  return spec?.template?.spec?.containers ?? [];
}

function isMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function strategicMerge(base: unknown, patch: unknown, field = ''): unknown {
  if (isMap(base) && isMap(patch)) {
    const merged: Record<string, unknown> = structuredClone(base);
    for (const [key, value] of Object.entries(patch)) {
      if (value === null) delete merged[key];
      else merged[key] = key in merged ? strategicMerge(merged[key], value, key) : structuredClone(value);
    }
    return merged;
  }
  if (Array.isArray(base) && Array.isArray(patch) && mergedByName.has(field)) {
    const merged = structuredClone(base) as Record<string, unknown>[];
    for (const entry of patch as Record<string, unknown>[]) {
      const index = merged.findIndex((candidate) => candidate['name'] === entry['name']);
      if (index < 0) merged.push(structuredClone(entry));
      else merged[index] = strategicMerge(merged[index], entry) as Record<string, unknown>;
    }
    return merged;
  }
  return structuredClone(patch);
}

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, parseAllDocuments } from 'yaml';

export const REPO = fileURLToPath(new URL('../..', import.meta.url));
export const K8S = join(REPO, 'deploy/kubernetes');
export const COMPOSE = join(REPO, 'deploy/compose');

export function readText(path: string): string {
  return readFileSync(path, 'utf8');
}

/** One YAML document; `merge` for Compose's `<<:` keys. */
export function loadYaml<T>(path: string): T {
  return parse(readText(path), { merge: true }) as T;
}

export function parseDocs<T>(text: string): T[] {
  return parseAllDocuments(text, { merge: true })
    .map((d) => {
      if (d.errors.length) throw new Error(d.errors.map((e) => e.message).join('; '));
      return d.toJS() as T;
    })
    .filter((d): d is T => d !== null && d !== undefined);
}

export function loadDocs<T>(path: string): T[] {
  return parseDocs<T>(readText(path));
}

export function exists(path: string): boolean {
  return existsSync(path);
}

export function rel(fromFile: string, p: string): string {
  return resolve(dirname(fromFile), p);
}

// Minimal shapes of the objects the tests read. Fields are optional where Kubernetes allows it.
export interface Meta {
  name: string;
  namespace?: string;
  labels?: Record<string, string>;
}
export interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: Meta;
}
export interface HttpProbe {
  httpGet: { path: string; port: string | number };
}
export interface Container {
  name: string;
  image: string;
  args?: string[];
  env?: Array<{ name: string; value?: string }>;
  ports: Array<{ name: string; containerPort: number }>;
  readinessProbe: HttpProbe;
  livenessProbe: HttpProbe;
  lifecycle?: { preStop?: { exec?: { command: string[] }; sleep?: { seconds: number } } };
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
  securityContext?: {
    runAsNonRoot?: boolean;
    allowPrivilegeEscalation?: boolean;
    readOnlyRootFilesystem?: boolean;
    privileged?: boolean;
    capabilities?: { drop?: string[]; add?: string[] };
    seccompProfile?: { type: string };
  };
  volumeMounts?: Array<{ name: string; mountPath: string; readOnly?: boolean }>;
}
export interface PodSpec {
  serviceAccountName?: string;
  terminationGracePeriodSeconds?: number;
  hostNetwork?: boolean;
  securityContext?: { runAsNonRoot?: boolean; runAsUser?: number; seccompProfile?: { type: string } };
  containers: Container[];
  volumes?: Array<{ name: string; configMap?: { name: string }; emptyDir?: object; hostPath?: object }>;
}
export interface Deployment extends K8sObject {
  spec: { selector: { matchLabels: Record<string, string> }; template: { metadata: { labels: Record<string, string> }; spec: PodSpec } };
}
export interface ServicePort {
  name?: string;
  port: number;
  targetPort?: string | number;
}
export interface Service extends K8sObject {
  spec: { type?: string; clusterIP?: string; selector?: Record<string, string>; ports: ServicePort[] };
}
export interface ServiceMonitor extends K8sObject {
  spec: { selector: { matchLabels: Record<string, string> }; endpoints: Array<{ port: string; path?: string }> };
}
export interface EndpointSlice extends K8sObject {
  addressType: string;
  ports: Array<{ name: string; port: number }>;
  endpoints: Array<{ addresses: string[]; conditions?: { ready?: boolean } }>;
}
export interface RuleGroup {
  name: string;
  rules: Array<Record<string, unknown>>;
}
export interface PrometheusRule extends K8sObject {
  spec: { groups: RuleGroup[] };
}
export interface Kustomization {
  resources?: string[];
  bases?: string[];
  namespace?: string;
  configMapGenerator?: Array<{ name: string; behavior?: string; files?: string[] }>;
  images?: Array<{ name: string; newName?: string; newTag?: string }>;
}

export function selects(selector: Record<string, string>, labels: Record<string, string> | undefined): boolean {
  return Object.entries(selector).every(([k, v]) => labels?.[k] === v);
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNamespace, deleteNamespace, kubectl, run, testbedVar, waitFor } from '../../support/testbedEnv.js';
import { KubeConfig } from '@kubernetes/client-node';
import { KubeClient } from '../../../src/core/kube/kubeClient.js';
import { loadKubeConfig } from '../../../src/core/kube/kubeConnection.js';
import { cuttableProxy } from '../../support/cuttableProxy.js';
import { testClient } from '../deploy/chartFixture.js';
import { deployTracked, deploymentDoc, podLogsFor, trackInput } from './trackFixture.js';

/** Healthy rollouts of every tracked kind end as soon as the last resource is ready, with each pod tracked. */
const client = testClient();
const timeoutMs = 150_000;
let ns: string;
let removeLogs: () => Promise<void>;
beforeAll(async () => {
  ns = await createNamespace('track-ok');
  removeLogs = await podLogsFor(ns, ['listening on :8080', 'ready']);
});
afterAll(async () => {
  await removeLogs();
  client.close();
  await deleteNamespace(ns);
});

const statefulSet = (name: string, strategy: string, version: string) => `apiVersion: apps/v1
kind: StatefulSet
metadata: { name: ${name} }
spec:
  replicas: 3
  serviceName: ${name}
  updateStrategy: ${strategy}
  selector: { matchLabels: { app: ${name} } }
  template:
    metadata: { labels: { app: ${name} } }
    spec:
      containers: [{ name: db, image: "registry.example/db:1", env: [{ name: V, value: "${version}" }] }]
`;

describe('healthy rollouts', () => {
  it('a Deployment replacing its pods: the new ReplicaSet and its pods are tracked, with their logs', async () => {
    const first = await deployTracked(trackInput('web', ns, [['web.yaml', deploymentDoc('web', { replicas: 2 })]]), { client, timeoutMs });
    expect(first.error).toBeUndefined();
    const second = await deployTracked(trackInput('web', ns, [['web.yaml', deploymentDoc('web', { replicas: 2, env: '2' })]]), { client, timeoutMs });
    expect(second.error).toBeUndefined();
    const web = second.report.resources.find((r) => r.label === `Deployment/${ns}/web`)!;
    expect(web.status).toMatchObject({ state: 'ready', ready: 2, wanted: 2 });
    const children = second.report.children.filter((c) => c.parent === web.label);
    const replicaSets = children.filter((c) => c.id.kind === 'ReplicaSet');
    expect(replicaSets).toHaveLength(1); // the new one only
    const pods = children.filter((c) => c.id.kind === 'Pod');
    expect(pods.length).toBeGreaterThanOrEqual(2);
    // The pods of the first revision are not the ones tracked now.
    const firstPods = new Set(first.report.children.filter((c) => c.id.kind === 'Pod').map((c) => c.label));
    expect(pods.every((p) => !firstPods.has(p.label))).toBe(true);
  });

  it('a StatefulSet with a partition, then with OnDelete', async () => {
    const partition = '{ type: RollingUpdate, rollingUpdate: { partition: 2 } }';
    expect((await deployTracked(trackInput('sts', ns, [['sts.yaml', statefulSet('db', partition, '1')]]), { client, timeoutMs })).error).toBeUndefined();
    const updated = await deployTracked(trackInput('sts', ns, [['sts.yaml', statefulSet('db', partition, '2')]]), { client, timeoutMs });
    expect(updated.error).toBeUndefined();
    expect(updated.report.resources.find((r) => r.label === `StatefulSet/${ns}/db`)!.status.message).toContain('partition 2');
    const onDelete = await deployTracked(trackInput('sts', ns, [['sts.yaml', statefulSet('db', '{ type: OnDelete }', '3')]]), { client, timeoutMs });
    expect(onDelete.error).toBeUndefined();
    expect(onDelete.report.resources.find((r) => r.label === `StatefulSet/${ns}/db`)!.status.message).toContain('OnDelete');
  });

  it('a DaemonSet on every node, and a Job to completion with its logs', async () => {
    const ds = `apiVersion: apps/v1\nkind: DaemonSet\nmetadata: { name: agent }\nspec:\n  selector: { matchLabels: { app: agent } }\n  template:\n    metadata: { labels: { app: agent } }\n    spec:\n      tolerations: [{ operator: Exists }]\n      containers: [{ name: agent, image: "registry.example/agent:1" }]\n`;
    const job = `apiVersion: batch/v1\nkind: Job\nmetadata: { name: seed }\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers: [{ name: seed, image: "registry.example/tool:1" }]\n`;
    const outcome = await deployTracked(trackInput('nodes', ns, [['ds.yaml', ds], ['job.yaml', job]]), { client, timeoutMs });
    expect(outcome.error).toBeUndefined();
    expect(outcome.report.resources.find((r) => r.label === `DaemonSet/${ns}/agent`)!.status).toMatchObject({ state: 'ready', wanted: 3, ready: 3 });
    expect(outcome.report.resources.find((r) => r.label === `Job/${ns}/seed`)!.status.reason).toBe('Complete');
    expect(outcome.report.logs[`Job/${ns}/seed`]?.some((l) => l.container === 'seed')).toBe(true);
  });

  it('a LoadBalancer Service is ready once it has an address, which is reported', async () => {
    const svc = `apiVersion: v1\nkind: Service\nmetadata: { name: edge }\nspec:\n  type: LoadBalancer\n  selector: { app: web }\n  ports: [{ port: 80 }]\n`;
    const giveAddress = (async () => {
      await waitFor('the service', async () => ((await run(testbedVar('SLIPWAY_KUBECTL'), ['-n', ns, 'get', 'service', 'edge'])).code === 0 ? true : undefined), 60_000, 200);
      await new Promise((r) => setTimeout(r, 1000));
      await kubectl(['-n', ns, 'patch', 'service', 'edge', '--subresource=status', '--type=merge', '-p', '{"status":{"loadBalancer":{"ingress":[{"ip":"127.0.0.77"}]}}}']);
    })();
    const outcome = await deployTracked(trackInput('edge', ns, [['svc.yaml', svc]]), { client, timeoutMs });
    await giveAddress;
    expect(outcome.error).toBeUndefined();
    expect(outcome.report.resources.find((r) => r.label === `Service/${ns}/edge`)!.status).toMatchObject({ state: 'ready', message: 'address 127.0.0.77' });
  });

  it('a custom resource that reports readiness through status.conditions and observedGeneration', async () => {
    const group = `t${Date.now().toString(36)}.slipway.test`;
    const crd = `apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata: { name: gadgets.${group} }\nspec:\n  group: ${group}\n  scope: Namespaced\n  names: { kind: Gadget, plural: gadgets, singular: gadget }\n  versions:\n  - name: v1\n    served: true\n    storage: true\n    subresources: { status: {} }\n    schema: { openAPIV3Schema: { type: object, x-kubernetes-preserve-unknown-fields: true } }\n`;
    await kubectl(['apply', '-f', '-'], crd);
    await kubectl(['wait', '--for=condition=Established', `crd/gadgets.${group}`, '--timeout=30s']);
    // A controller stand-in: the object exists (adoptable by the release) with a status for generation 1; the deploy
    // changes its spec (generation 2), and the "controller" reports Provisioning, then Ready for generation 2.
    const adoptable = `  labels: { app.kubernetes.io/managed-by: Helm }\n  annotations: { meta.helm.sh/release-name: gadget, meta.helm.sh/release-namespace: ${ns} }\n`;
    await kubectl(['-n', ns, 'apply', '-f', '-'], `apiVersion: ${group}/v1\nkind: Gadget\nmetadata:\n  name: g1\n${adoptable}spec: { size: 1 }\n`);
    const status = (observed: number, ready: string, reason: string) => ['-n', ns, 'patch', `gadgets.${group}`, 'g1', '--subresource=status', '--type=merge', '-p', JSON.stringify({ status: { observedGeneration: observed, conditions: [{ type: 'Ready', status: ready, reason }] } })];
    await kubectl(status(1, 'True', 'Provisioned'));
    const cr = `apiVersion: ${group}/v1\nkind: Gadget\nmetadata: { name: g1 }\nspec: { size: 2 }\n`;
    const controller = (async () => {
      await waitFor('generation 2', async () => ((await kubectl(['-n', ns, 'get', `gadgets.${group}`, 'g1', '-o', 'jsonpath={.metadata.generation}'])) === '2' ? true : undefined), 60_000, 100);
      await new Promise((r) => setTimeout(r, 500));
      await kubectl(status(2, 'False', 'Provisioning'));
      await new Promise((r) => setTimeout(r, 1500));
      await kubectl(status(2, 'True', 'Provisioned'));
    })();
    const outcome = await deployTracked(trackInput('gadget', ns, [['cr.yaml', cr]]), { client, timeoutMs });
    await controller;
    expect(outcome.error).toBeUndefined();
    const statuses = outcome.events.flatMap((e) => (e.type === 'status' && e.resource.name === 'g1' ? [e.status.reason] : []));
    expect(statuses).toContain('ObservedGeneration');
    expect(statuses).toContain('Provisioning');
    expect(statuses.at(-1)).toBe('Ready');
    await kubectl(['delete', 'crd', `gadgets.${group}`, '--wait=false']);
  });
});

// The real apiserver restart is robustness.test.ts's (it restarts the shared cluster and waits for kwok to
// recover); here the connection to the apiserver is cut, which is what the tracker's watches see of a restart.
describe('tracking across dropped connections to the apiserver', () => {
  it('resumes its watches from where they were: changes made while cut off are seen, pods tracked once', async () => {
    const base = new KubeConfig();
    base.loadFromString(loadKubeConfig({}).exportConfig());
    const proxy = await cuttableProxy(new URL(base.getCurrentCluster()!.server));
    const config = JSON.parse(base.exportConfig());
    for (const c of config.clusters) c.cluster.server = proxy.url;
    const cut = new KubeConfig();
    cut.loadFromString(JSON.stringify(config));
    const proxied = new KubeClient(cut);
    const group = `d${Date.now().toString(36)}.slipway.test`;
    await kubectl(['apply', '-f', '-'], `apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata: { name: gadgets.${group} }\nspec:\n  group: ${group}\n  scope: Namespaced\n  names: { kind: Gadget, plural: gadgets, singular: gadget }\n  versions:\n  - name: v1\n    served: true\n    storage: true\n    subresources: { status: {} }\n    schema: { openAPIV3Schema: { type: object, x-kubernetes-preserve-unknown-fields: true } }\n`);
    await kubectl(['wait', '--for=condition=Established', `crd/gadgets.${group}`, '--timeout=30s']);
    const status = (ready: string, reason: string) => ['-n', ns, 'patch', `gadgets.${group}`, 'g2', '--subresource=status', '--type=merge', '-p', JSON.stringify({ status: { observedGeneration: 1, conditions: [{ type: 'Ready', status: ready, reason }] } })];
    try {
      // The resource exists (adoptable by the release) and is Provisioning when the deploy starts.
      const adoptable = `  labels: { app.kubernetes.io/managed-by: Helm }\n  annotations: { meta.helm.sh/release-name: dropped, meta.helm.sh/release-namespace: ${ns} }\n`;
      const cr = `apiVersion: ${group}/v1\nkind: Gadget\nmetadata:\n  name: g2\n${adoptable}spec: { size: 1 }\n`;
      await kubectl(['-n', ns, 'apply', '-f', '-'], cr);
      await kubectl(status('False', 'Provisioning'));
      const documents: [string, string][] = [['web.yaml', deploymentDoc('dropped-web', { replicas: 2 })], ['cr.yaml', `apiVersion: ${group}/v1\nkind: Gadget\nmetadata: { name: g2 }\nspec: { size: 1 }\n`]];
      const pending = deployTracked(trackInput('dropped', ns, documents), { client: proxied, timeoutMs: 120_000 });
      const podsReady = waitFor('the pods ready', async () => ((await kubectl(['-n', ns, 'get', 'deployment', 'dropped-web', '-o', 'jsonpath={.status.readyReplicas}'])) === '2' ? true : undefined), 60_000, 100);
      await Promise.race([podsReady, pending.then((o) => Promise.reject(o.error ?? new Error('the deploy ended while the custom resource was Provisioning')))]);
      await new Promise((r) => setTimeout(r, 1000)); // the tracker has seen the pods ready
      const before = proxy.connections();
      // While the tracker is cut off the resource changes twice; only a watch resumed from its resourceVersion
      // (or a relist) sees that it ended Ready.
      const cutting = proxy.cut(4000);
      await kubectl(status('False', 'Warming'));
      await kubectl(status('True', 'Provisioned'));
      await cutting;
      const outcome = await pending;
      expect(outcome.error).toBeUndefined();
      expect(proxy.connections()).toBeGreaterThan(before); // the watches came back
      const web = outcome.report.resources.find((r) => r.label === `Deployment/${ns}/dropped-web`)!;
      expect(web.status).toMatchObject({ state: 'ready', ready: 2 });
      expect(outcome.report.resources.find((r) => r.id.name === 'g2')!.status.state).toBe('ready');
      const crStatuses = outcome.events.flatMap((e) => (e.type === 'status' && e.resource.name === 'g2' ? [e.status.reason] : []));
      expect(crStatuses[0]).toBe('Provisioning');
      expect(crStatuses.at(-1)).toBe('Ready');
      const tracks = outcome.events.flatMap((e) => (e.type === 'track' && e.resource.kind === 'Pod' ? [e.resource.name] : []));
      expect(tracks).toHaveLength(2);
      expect(new Set(tracks).size).toBe(2);
    } finally {
      proxied.close();
      await proxy.close();
      await kubectl(['delete', 'crd', `gadgets.${group}`, '--wait=false']);
    }
  });
});

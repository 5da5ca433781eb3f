// A deploy as its own process, for tests that kill it: argv[2] is a JSON file with the DeployInput.
import { readFileSync } from 'node:fs';
import { deploy } from '../../../src/core/deploy/deploy.js';
import { KubeClient } from '../../../src/core/kube/kubeClient.js';
import { loadKubeConfig } from '../../../src/core/kube/kubeConnection.js';

const input = JSON.parse(readFileSync(process.argv[2]!, 'utf8'));
const client = new KubeClient(loadKubeConfig({}));
const result = await deploy(input, { client, timeoutMs: 120_000, emit: (e) => process.stdout.write(`${JSON.stringify(e)}\n`) });
process.stdout.write(`${JSON.stringify(result)}\n`);
client.close();

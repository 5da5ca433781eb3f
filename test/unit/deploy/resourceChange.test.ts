import { describe, expect, it } from 'vitest';
import { classifyChange, isImmutableFieldError, isKept, mayRecreate, objectToApply, ownershipProblem, takeOverManagedFields } from '../../../src/core/deploy/resourceChange.js';

const live = (data: object, managedFields: object[] = [{ manager: 'slipway', operation: 'Apply', apiVersion: 'v1' }]) => ({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name: 'x', resourceVersion: '5', managedFields },
  data,
});

describe('change classification', () => {
  it.each([
    ['absent → create', undefined, live({ a: '1' }), 'create'],
    ['same apart from bookkeeping → unchanged', live({ a: '1' }), { ...live({ a: '1' }), metadata: { name: 'x', resourceVersion: '6', managedFields: [] } }, 'unchanged'],
    ['different data → update', live({ a: '1' }), live({ a: '2' }), 'update'],
    ['fields still owned by helm → update once to take them over', live({ a: '1' }, [{ manager: 'helm', operation: 'Update', apiVersion: 'v1' }]), live({ a: '1' }), 'update'],
  ])('%s', (_n, before, predicted, expected) => {
    expect(classifyChange(before, predicted)).toBe(expected);
  });

  it('folds helm and kubectl client-side fields into one slipway Apply entry', () => {
    const merged = takeOverManagedFields(
      [
        { manager: 'helm', operation: 'Update', apiVersion: 'v1', fieldsType: 'FieldsV1', fieldsV1: { 'f:data': { 'f:a': {} } } },
        { manager: 'slipway', operation: 'Apply', apiVersion: 'v1', fieldsType: 'FieldsV1', fieldsV1: { 'f:data': { 'f:b': {} } } },
        { manager: 'kube-controller-manager', operation: 'Update', apiVersion: 'v1', subresource: 'status', fieldsV1: {} },
      ],
      'v1',
      '2024-01-01T00:00:00Z',
    );
    expect(merged).toEqual([
      { manager: 'kube-controller-manager', operation: 'Update', apiVersion: 'v1', subresource: 'status', fieldsV1: {} },
      { manager: 'slipway', operation: 'Apply', apiVersion: 'v1', time: '2024-01-01T00:00:00Z', fieldsType: 'FieldsV1', fieldsV1: { 'f:data': { 'f:b': {}, 'f:a': {} } } },
    ]);
    expect(takeOverManagedFields([{ manager: 'slipway', operation: 'Apply', apiVersion: 'v1' }], 'v1', 'now')).toBeUndefined();
  });
});

describe('ownership (Helm adoption rule)', () => {
  const owned = { metadata: { labels: { 'app.kubernetes.io/managed-by': 'Helm' }, annotations: { 'meta.helm.sh/release-name': 'web', 'meta.helm.sh/release-namespace': 'shop' } } };
  it.each([
    ['owned by this release', owned, undefined],
    ['no metadata', {}, /label app.kubernetes.io\/managed-by is missing.*annotation meta.helm.sh\/release-name is missing/],
    ['another release', { metadata: { ...owned.metadata, annotations: { 'meta.helm.sh/release-name': 'api', 'meta.helm.sh/release-namespace': 'shop' } } }, /belongs to release "api"/],
    ['another namespace', { metadata: { ...owned.metadata, annotations: { 'meta.helm.sh/release-name': 'web', 'meta.helm.sh/release-namespace': 'other' } } }, /must be "shop"/],
  ])('%s', (_n, object, expected) => {
    const problem = ownershipProblem(object, 'web', 'shop');
    if (expected === undefined) expect(problem).toBeUndefined();
    else expect(problem).toMatch(expected);
  });

  it('adds ownership metadata, namespace and global labels to what is applied', () => {
    const applied = objectToApply({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x', labels: { a: '1' } } }, { release: 'web', releaseNamespace: 'shop', namespace: 'shop', owned: true, addLabels: { team: 'p' }, addAnnotations: { ci: 'y' } });
    expect(applied.metadata).toEqual({
      name: 'x',
      namespace: 'shop',
      labels: { a: '1', team: 'p', 'app.kubernetes.io/managed-by': 'Helm' },
      annotations: { ci: 'y', 'meta.helm.sh/release-name': 'web', 'meta.helm.sh/release-namespace': 'shop' },
    });
  });

  it('knows keep, immutable errors and what may be recreated', () => {
    expect(isKept({ metadata: { annotations: { 'helm.sh/resource-policy': ' Keep ' } } })).toBe(true);
    expect(isKept({ metadata: {} })).toBe(false);
    expect(isImmutableFieldError(422, 'Deployment.apps "x" is invalid: spec.selector: Invalid value: ...: field is immutable')).toBe(true);
    expect(isImmutableFieldError(422, 'spec.replicas: Invalid value: -1')).toBe(false);
    expect(mayRecreate({ kind: 'Job' })).toBe(true);
    expect(mayRecreate({ kind: 'Deployment', metadata: { annotations: { 'slipway.io/recreate': 'true' } } })).toBe(true);
    expect(mayRecreate({ kind: 'Deployment' })).toBe(false);
  });
});

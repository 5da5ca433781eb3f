"use strict";
exports.id = 4682;
exports.ids = [4682];
exports.modules = {

/***/ 84682:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  convertTillerRecords: () => (/* binding */ convertTillerRecords),
  migrateHelm2Release: () => (/* binding */ migrateHelm2Release),
  tillerRecords: () => (/* binding */ tillerRecords)
});

// EXTERNAL MODULE: ./src/core/errors/slipwayError.ts
var slipwayError = __webpack_require__(16602);
// EXTERNAL MODULE: ./src/core/kube/kubeApiError.ts
var kubeApiError = __webpack_require__(87290);
// EXTERNAL MODULE: ./src/core/chart/values/goYamlValues.ts
var goYamlValues = __webpack_require__(32448);
;// CONCATENATED MODULE: ./src/core/release/helm2/convertRelease.ts
/**
 * A Helm 2 release as a Helm 3 release record, field by field as helm-2to3 (pkg/v3/release.go CreateRelease)
 * maps it: status and hook enums renamed (deleted → uninstalled, release-test-* → test, policies hook-…),
 * chart metadata with type "application" and no dependencies/lock/schema, values parsed from Config.raw,
 * Any files by type_url, hook last_run from the last test suite run. Pure.
 */

const statusNames = ['UNKNOWN', 'DEPLOYED', 'DELETED', 'SUPERSEDED', 'FAILED', 'DELETING', 'PENDING_INSTALL', 'PENDING_UPGRADE', 'PENDING_ROLLBACK'];
const eventNames = ['UNKNOWN', 'PRE_INSTALL', 'POST_INSTALL', 'PRE_DELETE', 'POST_DELETE', 'PRE_UPGRADE', 'POST_UPGRADE', 'PRE_ROLLBACK', 'POST_ROLLBACK', 'RELEASE_TEST_SUCCESS', 'RELEASE_TEST_FAILURE', 'CRD_INSTALL'];
const policyNames = ['SUCCEEDED', 'FAILED', 'BEFORE_HOOK_CREATION'];
const testRunStatusNames = ['UNKNOWN', 'SUCCESS', 'FAILURE', 'RUNNING'];
class ConversionError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ConversionError';
    }
}
function enumName(names, code, what) {
    const name = names[code];
    if (name === undefined)
        throw new ConversionError(`Failed to get the v2 ${what} (code ${code})`);
    return name;
}
const kebab = (name) => name.toLowerCase().replaceAll('_', '-');
/** ptypes.Timestamp → Go's RFC3339Nano in UTC (what Helm 3's time.Time marshals to). */
function timestampTime(ts) {
    if (ts === undefined)
        return undefined;
    const date = new Date(Number(ts.seconds) * 1000);
    const base = date.toISOString().slice(0, 19);
    const fraction = ts.nanos === 0 ? '' : `.${String(ts.nanos).padStart(9, '0').replace(/0+$/, '')}`;
    return `${base}${fraction}Z`;
}
function values(raw) {
    if (raw === undefined)
        return undefined;
    try {
        return (0,goYamlValues/* readValuesText */.ML)(raw);
    }
    catch (e) {
        throw new ConversionError(`the values (Config.raw) are not YAML: ${e.message}`);
    }
}
const b64 = (data) => Buffer.from(data).toString('base64');
function chart(v2) {
    const m = v2.metadata;
    const out = {
        metadata: m
            ? {
                name: m.name,
                home: m.home,
                sources: m.sources,
                version: m.version,
                description: m.description,
                keywords: m.keywords,
                ...(m.maintainers.length > 0 ? { maintainers: m.maintainers.map((x) => ({ name: x.name, email: x.email, url: x.url })) } : {}),
                icon: m.icon,
                apiVersion: m.apiVersion,
                condition: m.condition,
                tags: m.tags,
                appVersion: m.appVersion,
                deprecated: m.deprecated,
                ...(Object.keys(m.annotations).length > 0 ? { annotations: m.annotations } : {}),
                kubeVersion: m.kubeVersion,
                type: 'application',
            }
            : {},
        lock: null,
        templates: v2.templates.length > 0 ? v2.templates.map((t) => ({ name: t.name, data: b64(t.data) })) : null,
        values: values(v2.values) ?? null,
        schema: null,
        files: v2.files.length > 0 ? v2.files.map((f) => ({ name: f.name, data: b64(f.data) })) : null,
    };
    return out;
}
function lastRun(hookName, release) {
    const run = release.info?.status?.lastTestSuiteRun?.find((r) => r.name === hookName);
    if (!run)
        return { phase: '' };
    const status = kebab(enumName(testRunStatusNames, run.status, 'test run status'));
    const phase = status === 'success' ? 'Succeeded' : status === 'failure' ? 'Failed' : status.charAt(0).toUpperCase() + status.slice(1);
    return { ...(run.startedAt ? { started_at: timestampTime(run.startedAt) } : {}), ...(run.completedAt ? { completed_at: timestampTime(run.completedAt) } : {}), phase: phase };
}
function hooks(release) {
    if (release.hooks.length === 0)
        return undefined;
    return release.hooks.map((h) => ({
        name: h.name,
        kind: h.kind,
        path: h.path,
        manifest: h.manifest,
        events: h.events.map((e) => {
            const name = kebab(enumName(eventNames, e, 'hook event'));
            return (name.includes('release-test') ? 'test' : name);
        }),
        last_run: lastRun(h.name, release),
        weight: h.weight,
        delete_policies: h.deletePolicies.map((p) => {
            const name = kebab(enumName(policyNames, p, 'hook delete policy'));
            return (name.includes('before-hook-creation') ? name : `hook-${name}`);
        }),
    }));
}
/** Sub-charts are not stored in a Helm 3 record (chart.Chart's parent/dependencies are not marshalled). */
function convertV2Release(release) {
    if (!release.chart || !release.info)
        throw new ConversionError('No v2 chart or info metadata');
    const status = kebab(enumName(statusNames, release.info.status?.code ?? 0, 'status'));
    const v3Status = (status === 'deleted' ? 'uninstalled' : status === 'deleting' ? 'uninstalling' : status);
    const config = values(release.config);
    const convertedHooks = hooks(release);
    return {
        name: release.name,
        info: {
            ...(release.info.firstDeployed ? { first_deployed: timestampTime(release.info.firstDeployed) } : {}),
            ...(release.info.lastDeployed ? { last_deployed: timestampTime(release.info.lastDeployed) } : {}),
            ...(release.info.deleted ? { deleted: timestampTime(release.info.deleted) } : {}),
            description: release.info.description,
            status: v3Status,
            notes: release.info.status?.notes ?? '',
        },
        chart: chart(release.chart),
        ...(config !== undefined ? { config } : {}),
        manifest: release.manifest,
        ...(convertedHooks ? { hooks: convertedHooks } : {}),
        version: release.version,
        namespace: release.namespace,
    };
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./src/core/release/helm2/protobufWire.ts
/**
 * The protobuf wire format, as much as Helm 2's release messages need: varints, length-delimited fields
 * (strings, bytes, messages, packed repeated enums) and skipping fixed-width fields. Decoding stops with a
 * ProtobufError at the first malformed byte.
 */
class ProtobufError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ProtobufError';
    }
}
function readVarint(data, offset) {
    let result = 0n;
    let shift = 0n;
    for (let i = offset; i < data.length && i < offset + 10; i++) {
        const b = data[i];
        result |= BigInt(b & 0x7f) << shift;
        if ((b & 0x80) === 0)
            return [result, i + 1];
        shift += 7n;
    }
    throw new ProtobufError(`truncated or overlong varint at byte ${offset}`);
}
/** Every field of one message, in wire order. */
function readFields(data) {
    const fields = [];
    let offset = 0;
    while (offset < data.length) {
        const [tag, next] = readVarint(data, offset);
        const field = Number(tag >> 3n);
        const wireType = Number(tag & 7n);
        if (field === 0)
            throw new ProtobufError(`field number 0 at byte ${offset}`);
        offset = next;
        switch (wireType) {
            case 0: {
                const [value, after] = readVarint(data, offset);
                fields.push({ field, wireType, varint: value });
                offset = after;
                break;
            }
            case 1:
                if (offset + 8 > data.length)
                    throw new ProtobufError(`truncated fixed64 field ${field}`);
                offset += 8;
                break;
            case 5:
                if (offset + 4 > data.length)
                    throw new ProtobufError(`truncated fixed32 field ${field}`);
                offset += 4;
                break;
            case 2: {
                const [length, after] = readVarint(data, offset);
                const end = after + Number(length);
                if (length > BigInt(data.length) || end > data.length)
                    throw new ProtobufError(`field ${field} is ${length} bytes long but only ${data.length - after} remain`);
                fields.push({ field, wireType, bytes: data.subarray(after, end) });
                offset = end;
                break;
            }
            default:
                throw new ProtobufError(`unsupported wire type ${wireType} (field ${field}) at byte ${offset}`);
        }
    }
    return fields;
}
const utf8 = new TextDecoder('utf-8', { fatal: false });
/** Typed access to one decoded message's fields (proto3: absent = default). */
class WireMessage {
    #fields;
    constructor(data) {
        this.#fields = readFields(data);
    }
    #last(field) {
        for (let i = this.#fields.length - 1; i >= 0; i--)
            if (this.#fields[i].field === field)
                return this.#fields[i];
        return undefined;
    }
    #expect(f, wireType) {
        if (f.wireType !== wireType)
            throw new ProtobufError(`field ${f.field} has wire type ${f.wireType}, expected ${wireType}`);
        return f;
    }
    string(field) {
        const f = this.#last(field);
        return f ? utf8.decode(this.#expect(f, 2).bytes) : '';
    }
    bytes(field) {
        const f = this.#last(field);
        return f ? this.#expect(f, 2).bytes : new Uint8Array();
    }
    /** int32 / enum: a negative int32 is sent as a 64-bit two's complement varint. */
    int32(field) {
        const f = this.#last(field);
        return f ? Number(BigInt.asIntN(32, this.#expect(f, 0).varint)) : 0;
    }
    int64(field) {
        const f = this.#last(field);
        return f ? BigInt.asIntN(64, this.#expect(f, 0).varint) : 0n;
    }
    bool(field) {
        const f = this.#last(field);
        return f ? this.#expect(f, 0).varint !== 0n : false;
    }
    message(field) {
        const f = this.#last(field);
        return f ? new WireMessage(this.#expect(f, 2).bytes) : undefined;
    }
    messages(field) {
        return this.#fields.filter((f) => f.field === field).map((f) => new WireMessage(this.#expect(f, 2).bytes));
    }
    strings(field) {
        return this.#fields.filter((f) => f.field === field).map((f) => utf8.decode(this.#expect(f, 2).bytes));
    }
    /** Repeated enum / int32: packed (proto3's default) or one field per element. */
    enums(field) {
        const out = [];
        for (const f of this.#fields) {
            if (f.field !== field)
                continue;
            if (f.wireType === 0)
                out.push(Number(BigInt.asIntN(32, f.varint)));
            else if (f.wireType === 2)
                for (const p of readFields(packedAsFields(f.bytes)))
                    out.push(Number(BigInt.asIntN(32, p.varint)));
            else
                throw new ProtobufError(`field ${field} has wire type ${f.wireType}, expected a varint or packed varints`);
        }
        return out;
    }
    has(field) {
        return this.#last(field) !== undefined;
    }
}
/** Packed varints re-tagged as field 1 varints so readFields can walk them. */
function packedAsFields(packed) {
    const out = [];
    let i = 0;
    while (i < packed.length) {
        out.push(0x08);
        do
            out.push(packed[i]);
        while (packed[i++] & 0x80 && i < packed.length);
    }
    return Uint8Array.from(out);
}

;// CONCATENATED MODULE: ./src/core/release/helm2/tillerRelease.ts
/**
 * Helm 2's release record (hapi.release.Release, helm/helm dev-v2 _proto/hapi) from a Tiller storage object:
 * data.release is base64 of gzip'd protobuf (gzip only when the magic header is there, as Helm 2's
 * decodeRelease). Only the fields helm-2to3 converts are read.
 */


function timestamp(m) {
    return m ? { seconds: m.int64(1), nanos: m.int32(2) } : undefined;
}
function metadata(m) {
    const annotations = {};
    for (const entry of m.messages(16))
        annotations[entry.string(1)] = entry.string(2);
    return {
        name: m.string(1),
        home: m.string(2),
        sources: m.strings(3),
        version: m.string(4),
        description: m.string(5),
        keywords: m.strings(6),
        maintainers: m.messages(7).map((x) => ({ name: x.string(1), email: x.string(2), url: x.string(3) })),
        engine: m.string(8),
        icon: m.string(9),
        apiVersion: m.string(10),
        condition: m.string(11),
        tags: m.string(12),
        appVersion: m.string(13),
        deprecated: m.bool(14),
        tillerVersion: m.string(15),
        annotations,
        kubeVersion: m.string(17),
    };
}
function tillerRelease_chart(m) {
    const meta = m.message(1);
    const values = m.message(4);
    return {
        ...(meta ? { metadata: metadata(meta) } : {}),
        templates: m.messages(2).map((t) => ({ name: t.string(1), data: t.bytes(2) })),
        dependencies: m.messages(3).map(tillerRelease_chart),
        ...(values ? { values: values.string(1) } : {}),
        files: m.messages(5).map((a) => ({ name: a.string(1), data: a.bytes(2) })),
    };
}
function decodeV2ReleaseMessage(bytes) {
    const m = new WireMessage(bytes);
    const info = m.message(2);
    const status = info?.message(1);
    const suite = status?.message(5);
    const chartMessage = m.message(3);
    const config = m.message(4);
    return {
        name: m.string(1),
        ...(info
            ? {
                info: {
                    ...(status
                        ? { status: { code: status.int32(1), notes: status.string(4), ...(suite ? { lastTestSuiteRun: suite.messages(3).map((r) => ({ name: r.string(1), status: r.int32(2), ...(r.has(4) ? { startedAt: timestamp(r.message(4)) } : {}), ...(r.has(5) ? { completedAt: timestamp(r.message(5)) } : {}) })) } : {}) } }
                        : {}),
                    ...(info.has(2) ? { firstDeployed: timestamp(info.message(2)) } : {}),
                    ...(info.has(3) ? { lastDeployed: timestamp(info.message(3)) } : {}),
                    ...(info.has(4) ? { deleted: timestamp(info.message(4)) } : {}),
                    description: info.string(5),
                },
            }
            : {}),
        ...(chartMessage ? { chart: tillerRelease_chart(chartMessage) } : {}),
        ...(config ? { config: config.string(1) } : {}),
        manifest: m.string(5),
        hooks: m.messages(6).map((h) => ({ name: h.string(1), kind: h.string(2), path: h.string(3), manifest: h.string(4), events: h.enums(5), weight: h.int32(7), deletePolicies: h.enums(8) })),
        version: m.int32(7),
        namespace: m.string(8),
    };
}
class TillerRecordError extends Error {
    record;
    constructor(record, message) {
        super(`Helm 2 release record ${record} cannot be decoded: ${message}`);
        this.record = record;
        this.name = 'TillerRecordError';
    }
}
/** data.release of a Tiller ConfigMap (or the decoded data.release of a Secret) → the release. */
function decodeTillerRecord(data, record) {
    let bytes;
    try {
        const raw = Buffer.from(data, 'base64');
        if (raw.length === 0 || raw.toString('base64').replace(/=+$/, '') !== data.replace(/\s/g, '').replace(/=+$/, ''))
            throw new Error('data.release is not base64');
        bytes = raw[0] === 0x1f && raw[1] === 0x8b && raw[2] === 0x08 ? (0,external_node_zlib_.gunzipSync)(raw) : raw;
    }
    catch (e) {
        throw new TillerRecordError(record, e.message);
    }
    try {
        const release = decodeV2ReleaseMessage(bytes);
        if (release.name === '' || release.version <= 0)
            throw new ProtobufError('no release name or version (not a hapi.release.Release)');
        return release;
    }
    catch (e) {
        throw new TillerRecordError(record, e instanceof ProtobufError ? `not a hapi.release.Release protobuf: ${e.message}` : e.message);
    }
}

;// CONCATENATED MODULE: ./src/core/release/helm2/migrateHelm2.ts
/**
 * Helm 2 → Helm 3 for one release, as `helm 2to3 convert` does: Tiller's records (ConfigMaps, or Secrets, in
 * the Tiller namespace, labels OWNER=TILLER,NAME=<release>) are all decoded and converted first — one that
 * cannot be is an error and nothing is written — then written as Helm 3 records oldest first; Tiller's records
 * are deleted only when asked (helm-2to3's --delete-v2-releases).
 */




/** Tiller's records of one release: ConfigMaps (Tiller's default) and Secrets (--storage=secret). */
async function tillerRecords(client, tillerNamespace, release) {
    const out = [];
    for (const [kind, collection] of [['ConfigMap', 'configmaps'], ['Secret', 'secrets']]) {
        let list;
        try {
            list = await client.request({ method: 'GET', path: `/api/v1/namespaces/${encodeURIComponent(tillerNamespace)}/${collection}`, query: { labelSelector: `OWNER=TILLER,NAME=${release}` } });
        }
        catch (error) {
            // No Tiller namespace, or no right to read it: there is no Helm 2 release this client could convert.
            if (error instanceof kubeApiError/* KubeApiError */.W3 && (error.status === 403 || error.status === 404))
                continue;
            throw error;
        }
        for (const item of list.items) {
            const raw = item.data?.release ?? '';
            out.push({ kind, name: item.metadata.name, namespace: tillerNamespace, data: kind === 'Secret' ? Buffer.from(raw, 'base64').toString('utf8') : raw });
        }
    }
    return out;
}
/** Decodes and converts every record (pure): all or nothing. */
function convertTillerRecords(records, release) {
    const converted = records.map((record) => {
        const where = `${record.kind} ${record.namespace}/${record.name}`;
        try {
            const v2 = decodeTillerRecord(record.data, where);
            if (v2.name !== release)
                throw new ConversionError(`it holds release "${v2.name}", not "${release}"`);
            return convertV2Release(v2);
        }
        catch (error) {
            if (error instanceof TillerRecordError || error instanceof ConversionError) {
                throw new slipwayError.SlipwayError('release', error instanceof TillerRecordError ? error.message : `Helm 2 release record ${where} cannot be converted: ${error.message}`, {
                    where: { resource: where },
                    hint: 'nothing was written: the Helm 2 records are as they were. Repair or delete that record (kubectl -n kube-system get configmap -l OWNER=TILLER), then converge again',
                    cause: error,
                });
            }
            throw error;
        }
    });
    const versions = new Set();
    for (const r of converted) {
        if (versions.has(r.version))
            throw new slipwayError.SlipwayError('release', `Helm 2 holds revision ${r.version} of release ${release} twice (ConfigMaps and Secrets?)`, { hint: 'delete the stale copy, then converge again' });
        versions.add(r.version);
    }
    return converted.sort((a, b) => a.version - b.version);
}
async function migrateHelm2Release(client, options) {
    const log = options.log ?? (() => undefined);
    const records = await tillerRecords(client, options.tillerNamespace, options.release);
    if (records.length === 0)
        return { revisions: [], written: false, deletedTillerRecords: [] };
    const existing = await options.storage.history(options.release);
    // Converted before (Tiller's records kept): Helm 3's history is the release's now.
    if (existing.length > 0)
        return { revisions: [], written: false, deletedTillerRecords: [], alreadyConverted: true };
    const revisions = convertTillerRecords(records, options.release);
    log(`Helm 2 release ${options.release}: ${revisions.length} revision(s) in ${options.tillerNamespace} (${records[0].kind}s) → Helm 3 records in ${options.storage.namespace}${options.dryRun ? ' (dry run: nothing written)' : ''}`);
    if (options.dryRun)
        return { revisions, written: false, deletedTillerRecords: [] };
    for (const r of revisions)
        await options.storage.create(r);
    const deleted = [];
    if (options.cleanup) {
        for (const record of records) {
            await client.request({ method: 'DELETE', path: `/api/v1/namespaces/${encodeURIComponent(record.namespace)}/${record.kind === 'Secret' ? 'secrets' : 'configmaps'}/${encodeURIComponent(record.name)}` });
            deleted.push(`${record.kind} ${record.namespace}/${record.name}`);
        }
        log(`deleted ${deleted.length} Helm 2 record(s) of ${options.release}`);
    }
    return { revisions, written: true, deletedTillerRecords: deleted };
}


/***/ })

};
;
"use strict";
exports.id = 4166;
exports.ids = [4166];
exports.modules = {

/***/ 75016:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KQ: () => (/* binding */ releaseRecordName),
/* harmony export */   mm: () => (/* binding */ isPending),
/* harmony export */   ud: () => (/* binding */ goTime)
/* harmony export */ });
/* unused harmony export pendingStatuses */
const pendingStatuses = ['pending-install', 'pending-upgrade', 'pending-rollback'];
function isPending(status) {
    return status !== undefined && pendingStatuses.includes(status);
}
/** The storage object's name: `sh.helm.release.v1.<name>.v<revision>`. */
function releaseRecordName(release, revision) {
    return `sh.helm.release.v1.${release}.v${revision}`;
}
/** Go's RFC3339Nano for a JS date: UTC with "Z", fractional seconds without trailing zeros. */
function goTime(date) {
    return date.toISOString().replace(/\.?0+Z$/, 'Z').replace(/\.Z$/, 'Z');
}


/***/ }),

/***/ 44166:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HA: () => (/* binding */ latestRevision),
/* harmony export */   Jq: () => (/* binding */ stalePending),
/* harmony export */   UB: () => (/* binding */ revisionsToPrune),
/* harmony export */   deployKind: () => (/* binding */ deployKind),
/* harmony export */   n6: () => (/* binding */ lastDeployed),
/* harmony export */   nextRevisionNumber: () => (/* binding */ nextRevisionNumber),
/* harmony export */   ug: () => (/* binding */ toSupersede)
/* harmony export */ });
/* harmony import */ var _helmRelease_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75016);

/** Decisions over a release's history (oldest first), as Helm's storage and actions make them. */
function latestRevision(history) {
    return history.reduce((latest, r) => (!latest || r.version > latest.version ? r : latest), undefined);
}
/** Helm's Storage.Deployed: the newest revision with status deployed. */
function lastDeployed(history) {
    return latestRevision(history.filter((r) => r.info.status === 'deployed'));
}
function nextRevisionNumber(history) {
    return (latestRevision(history)?.version ?? 0) + 1;
}
/**
 * Revisions to delete before adding one, so that at most `maxHistory` remain afterwards (Helm's
 * removeLeastRecent with maximum-1): oldest first, never the last deployed. 0 or less keeps everything.
 */
function revisionsToPrune(history, maxHistory) {
    if (maxHistory <= 0)
        return [];
    const keep = maxHistory - 1;
    if (history.length <= keep)
        return [];
    const deployed = lastDeployed(history);
    const oldestFirst = [...history].sort((a, b) => a.version - b.version);
    const doomed = [];
    for (const r of oldestFirst) {
        if (oldestFirst.length - doomed.length <= keep)
            break;
        if (deployed && r.version === deployed.version)
            continue;
        doomed.push(r.version);
    }
    return doomed;
}
function deployKind(history) {
    const latest = latestRevision(history);
    if (!latest)
        return 'install';
    if (latest.info.status === 'uninstalled')
        return 'install';
    // Helm: an upgrade of a release with no deployed revision whose only revision failed is an install again.
    if (!lastDeployed(history) && history.every((r) => r.info.status === 'failed' || r.info.status === 'uninstalled' || (0,_helmRelease_js__WEBPACK_IMPORTED_MODULE_0__/* .isPending */ .mm)(r.info.status)))
        return 'install';
    return 'upgrade';
}
/** Revisions left pending by a client that died; the lock holder marks them failed before deploying. */
function stalePending(history) {
    return history.filter((r) => (0,_helmRelease_js__WEBPACK_IMPORTED_MODULE_0__/* .isPending */ .mm)(r.info.status));
}
/** Revisions that must become superseded when `current` is deployed. */
function toSupersede(history, currentVersion) {
    return history.filter((r) => r.version !== currentVersion && r.info.status === 'deployed');
}


/***/ })

};
;
"use strict";
exports.id = 987;
exports.ids = [987];
exports.modules = {

/***/ 60987:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   copyGraph: () => (/* binding */ copyGraph)
/* harmony export */ });
/**
 * Copies a manifest and everything it references (an index's manifests, a manifest's config and layers)
 * from one store to another, blobs before the manifests that need them, by digest: the copy has the
 * same digest. Returns the number of blobs written.
 */
async function copyGraph(from, to, digest, tag) {
    const manifest = await from.manifest(digest);
    if (!manifest)
        throw new Error(`manifest ${digest} vanished from ${from.name} during the copy`);
    const parsed = JSON.parse(manifest.body.toString('utf8'));
    let blobs = 0;
    for (const child of parsed.manifests ?? [])
        blobs += await copyGraph(from, to, child.digest);
    for (const blob of [...(parsed.config ? [parsed.config] : []), ...(parsed.layers ?? [])]) {
        await to.putBlob(await from.blob(blob.digest));
        blobs++;
    }
    await to.putManifest(manifest.body, manifest.mediaType, tag);
    return blobs;
}


/***/ })

};
;
"use strict";
exports.id = 7451;
exports.ids = [7451];
exports.modules = {

/***/ 27451:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   chartImageValues: () => (/* binding */ chartImageValues)
/* harmony export */ });
/** `.Values.slipway.image.<name>` and werf's `.Values.werf.image.<name>` / `.Values.werf.repo`. Pure. */
function chartImageValues(result) {
    const image = {};
    const digest = {};
    const tag = {};
    for (const entry of result.images) {
        if (entry.action === 'failed' || entry.action === 'not-built')
            continue;
        image[entry.name] = entry.reference;
        digest[entry.name] = entry.digest;
        tag[entry.name] = entry.tag;
    }
    return {
        slipway: { image, imageDigest: digest, repo: result.repository },
        werf: { image, repo: result.repository, tag },
    };
}


/***/ })

};
;
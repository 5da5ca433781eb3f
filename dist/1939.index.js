"use strict";
exports.id = 1939;
exports.ids = [1939];
exports.modules = {

/***/ 41939:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   deployNames: () => (/* binding */ deployNames),
/* harmony export */   environmentUrl: () => (/* binding */ environmentUrl)
/* harmony export */ });
/* unused harmony exports releaseNameLimit, namespaceNameLimit, slugName */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var handlebars__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(88508);
/* harmony import */ var handlebars__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(handlebars__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(16602);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(22483);




/** Helm's limit for release names; namespaces are DNS labels (63). */
const releaseNameLimit = 53;
const namespaceNameLimit = 63;
/**
 * Makes a valid Kubernetes name out of any text, deterministically: a valid name is kept as is;
 * otherwise it is lowercased, runs of other characters become "-", and a short hash of the original is
 * appended so two different inputs never collide. Names over `limit` are cut and get the hash too.
 */
function slugName(text, limit) {
    if ((0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .isDnsLabel */ .C)(text) && text.length <= limit)
        return text;
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex').slice(0, 8);
    const base = text
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, limit - hash.length - 1)
        .replace(/-+$/g, '');
    return base === '' ? `x-${hash}` : `${base}-${hash}`;
}
/** The release and namespace names of an environment, from the configuration's naming templates. */
function deployNames(deploy, context) {
    const render = (template, field, where) => {
        try {
            return handlebars__WEBPACK_IMPORTED_MODULE_1___default().compile(template, { strict: true, noEscape: true })(context);
        }
        catch (error) {
            throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_2__.SlipwayError('config', `${field} template failed: ${error.message.split('\n')[0]}`, { where });
        }
    };
    return {
        release: slugName(render(deploy.releaseTemplate, 'deploy.release', deploy.where.release), releaseNameLimit),
        namespace: slugName(render(deploy.namespaceTemplate, 'deploy.namespace', deploy.where.namespace), namespaceNameLimit),
    };
}
/** The environment's URL from `deploy.url` (undefined when slipway.yaml has none). */
function environmentUrl(deploy, context) {
    if (deploy.urlTemplate === undefined)
        return undefined;
    try {
        return handlebars__WEBPACK_IMPORTED_MODULE_1___default().compile(deploy.urlTemplate, { strict: true, noEscape: true })(context);
    }
    catch (error) {
        throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_2__.SlipwayError('config', `deploy.url template failed: ${error.message.split('\n')[0]}`, { where: deploy.where.url ?? {} });
    }
}


/***/ })

};
;
"use strict";
exports.id = 7505;
exports.ids = [7505];
exports.modules = {

/***/ 47505:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ projectPrefix),
/* harmony export */   i: () => (/* binding */ projectSubtree),
/* harmony export */   projectStatus: () => (/* binding */ projectStatus)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/**
 * A project need not sit at the repository root (werf's `--dir`): `examples/` of a monorepo is one.
 * The project's view of a tree has paths relative to the project directory, so configuration, build
 * contexts and the chart are written as if the project were the root, while Git is still read at its root.
 */
function projectPrefix(repositoryRoot, projectDir) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(repositoryRoot, projectDir).split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/');
    return path === '' ? '' : path;
}
function projectSubtree(tree, prefix) {
    if (prefix === '')
        return tree;
    const head = `${prefix}/`;
    const files = tree.files.filter((file) => file.path.startsWith(head)).map((file) => ({ ...file, path: file.path.slice(head.length) }));
    return {
        kind: tree.kind,
        commit: tree.commit,
        files,
        read: (path) => tree.read(`${head}${path}`),
        async materialize(paths) {
            const inner = await tree.materialize(paths.map((path) => (path === '.' ? prefix : `${head}${path}`)));
            return { dir: `${inner.dir}/${prefix}`, dispose: inner.dispose };
        },
    };
}
/** Working-tree changes inside the project, with project-relative paths. */
function projectStatus(status, prefix) {
    if (prefix === '')
        return [...status];
    const head = `${prefix}/`;
    return status.filter((entry) => entry.path.startsWith(head)).map((entry) => ({ ...entry, path: entry.path.slice(head.length) }));
}


/***/ })

};
;
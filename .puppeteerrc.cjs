// mermaid-cli's puppeteer must not download a browser (no network but the package registries here):
// the Mermaid rendering test uses Debian's chromium, which scripts/testbed installs.
module.exports = { skipDownload: true };

import packageJson from '../../package.json' with { type: 'json' };

/** slipway's own version, from package.json (bundled into dist at build time). */
export const slipwayVersion: string = packageJson.version;

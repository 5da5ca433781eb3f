import { SlipwayError } from '../errors/slipwayError.js';
import { buildOrder } from '../images/buildOrder.js';
import { closest } from './configNode.js';
import type { ImageConfig } from './projectConfig.js';

/** Checks that every dependency names a declared image, once, not itself, and that there is no cycle. */
export function checkImageGraph(images: readonly ImageConfig[]): void {
  const names = images.map((image) => image.name);
  for (const image of images) {
    const seen = new Set<string>();
    const buildArgs = new Set(Object.keys(image.args));
    for (const dependency of image.dependsOn) {
      const where = image.where.dependsOn;
      if (dependency.image === image.name) {
        throw new SlipwayError('config', `image "${image.name}" depends on itself`, { where });
      }
      if (!names.includes(dependency.image)) {
        const suggestion = closest(dependency.image, names);
        throw new SlipwayError('config', `image "${image.name}" depends on "${dependency.image}", which is not defined${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`, {
          where,
          hint: `defined images: ${names.join(', ') || 'none'}`,
        });
      }
      if (seen.has(dependency.image)) throw new SlipwayError('config', `image "${image.name}" lists dependency "${dependency.image}" twice`, { where });
      seen.add(dependency.image);
      if (buildArgs.has(dependency.buildArg)) {
        throw new SlipwayError('config', `build arg ${dependency.buildArg} of image "${image.name}" is set twice (in args and by dependency "${dependency.image}")`, { where });
      }
      buildArgs.add(dependency.buildArg);
    }
  }
  const order = buildOrder(images.map((image) => ({ name: image.name, dependsOn: image.dependsOn.map((d) => d.image) })));
  if (!order.ok) {
    const first = images.find((image) => image.name === order.cycle[0])!;
    throw new SlipwayError('config', `images depend on each other in a cycle: ${order.cycle.join(' → ')}`, {
      where: first.where.dependsOn,
      hint: 'an image cannot be built from an image that is built from it; remove one dependsOn entry',
    });
  }
}

/** A node of the image dependency graph: an image and the images it is built from. */
export interface ImageNode {
  name: string;
  dependsOn: readonly string[];
}

export type BuildOrder = { ok: true; levels: string[][] } | { ok: false; cycle: string[] };

/**
 * Orders images into levels: every image's dependencies are in earlier levels, images of one level are
 * independent and can be built in parallel. Within a level, declaration order is kept. A cycle is
 * returned as the path that closes it (`a → b → a`).
 */
export function buildOrder(images: readonly ImageNode[]): BuildOrder {
  const byName = new Map(images.map((image) => [image.name, image]));
  const level = new Map<string, number>();
  const visiting: string[] = [];

  const visit = (name: string): number | string[] => {
    const known = level.get(name);
    if (known !== undefined) return known;
    const start = visiting.indexOf(name);
    if (start >= 0) return [...visiting.slice(start), name];
    visiting.push(name);
    let depth = 0;
    for (const dependency of byName.get(name)?.dependsOn ?? []) {
      if (!byName.has(dependency)) continue;
      const result = visit(dependency);
      if (Array.isArray(result)) return result;
      depth = Math.max(depth, result + 1);
    }
    visiting.pop();
    level.set(name, depth);
    return depth;
  };

  for (const image of images) {
    const result = visit(image.name);
    if (Array.isArray(result)) return { ok: false, cycle: result };
  }
  const levels: string[][] = [];
  for (const image of images) {
    const depth = level.get(image.name)!;
    (levels[depth] ??= []).push(image.name);
  }
  return { ok: true, levels };
}

/** The image and everything that depends on it, directly or not. */
export function dependantsOf(images: readonly ImageNode[], name: string): Set<string> {
  const result = new Set([name]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const image of images) {
      if (!result.has(image.name) && image.dependsOn.some((dependency) => result.has(dependency))) {
        result.add(image.name);
        grew = true;
      }
    }
  }
  return result;
}

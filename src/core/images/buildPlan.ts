import { buildOrder, type ImageNode } from './buildOrder.js';

export interface PlannedImage {
  name: string;
  tag: string;
  /** `reuse`: the registry has the tag; `build`: it must be built and pushed. */
  action: 'reuse' | 'build';
}

export interface BuildPlan {
  images: PlannedImage[];
  /** The images to build, in levels: each level only depends on earlier ones and builds in parallel. */
  levels: string[][];
}

/**
 * Decides what to build: every selected image (and what it depends on) whose tag the registry does
 * not have. Pure: the registry's answers come in as `existing`.
 */
export function buildPlan(
  graph: readonly ImageNode[],
  tags: ReadonlyMap<string, string>,
  existing: ReadonlySet<string>,
  selected?: readonly string[],
): BuildPlan {
  const wanted = selectWithDependencies(graph, selected);
  const order = buildOrder(graph.filter((image) => wanted.has(image.name)));
  if (!order.ok) throw new Error(`dependency cycle ${order.cycle.join(' → ')}`);
  const images: PlannedImage[] = order.levels.flat().map((name) => {
    const tag = tags.get(name)!;
    return { name, tag, action: existing.has(tag) ? 'reuse' : 'build' };
  });
  const toBuild = new Set(images.filter((image) => image.action === 'build').map((image) => image.name));
  const levels = order.levels.map((level) => level.filter((name) => toBuild.has(name))).filter((level) => level.length > 0);
  return { images, levels };
}

/** The selected images plus, transitively, the images they are built from. All when none are selected. */
export function selectWithDependencies(graph: readonly ImageNode[], selected?: readonly string[]): Set<string> {
  if (!selected || selected.length === 0) return new Set(graph.map((image) => image.name));
  const byName = new Map(graph.map((image) => [image.name, image]));
  const result = new Set<string>();
  const add = (name: string): void => {
    if (result.has(name)) return;
    result.add(name);
    for (const dependency of byName.get(name)?.dependsOn ?? []) add(dependency);
  };
  for (const name of selected) add(name);
  return result;
}

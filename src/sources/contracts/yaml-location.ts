/** Finds where a value (or a map key) sits in a parsed YAML file, so contract errors can name a line. */
import { type Document, isMap, isNode, isScalar, isSeq, type LineCounter } from 'yaml';

export interface YamlPosition {
  readonly line: number;
  readonly column: number;
}

/**
 * Position of the node at `path`, or of its deepest existing ancestor (a missing key points at the
 * map that lacks it). With `key`, points at that key of the map at `path` (for unexpected keys).
 */
export function locateInYaml(
  doc: Document,
  lines: LineCounter,
  path: readonly PropertyKey[],
  key?: string,
): YamlPosition | undefined {
  let node: unknown = doc.contents;
  let found: unknown = node;
  const steps = key === undefined ? path : [...path, key];
  for (const [i, step] of steps.entries()) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(step));
      if (!pair) break;
      const wantKey = key !== undefined && i === steps.length - 1;
      // `key:` without a value has no value node; point at the key then.
      node = wantKey || !isNode(pair.value) ? pair.key : pair.value;
    } else if (isSeq(node)) {
      node = node.items[Number(step)];
    } else {
      break;
    }
    if (!isNode(node)) break;
    found = node;
  }
  const range = isNode(found) ? found.range : undefined;
  if (!range) return undefined;
  const { line, col } = lines.linePos(range[0]);
  return { line, column: col };
}

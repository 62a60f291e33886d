import type { PersonNode } from '../../../core/contracts/workforce';

/** Everyone in a people tree, parents before their children (depth first, in the server's order). */
export function flattenPeople(nodes: readonly PersonNode[]): PersonNode[] {
  return nodes.flatMap((n) => [n, ...flattenPeople(n.children)]);
}

/**
 * Strongly connected components of a directed graph in CSR form (iterative Tarjan, O(V + E)), relabelled so that
 * 0 is the largest (ties: the component holding the lowest node index first). Every node of a component can reach
 * every other; in a clipped city extract, oneways that leave the extract form small components of their own.
 * Pure; returns new arrays.
 */
export function labelStrongComponents(edgeStart: Int32Array, edgeTarget: Int32Array): { component: Int32Array; componentSizes: number[] } {
  const n = edgeStart.length - 1;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const raw = new Int32Array(n);
  const stack: number[] = [];
  const callNode: number[] = [];
  const callEdge: number[] = [];
  let counter = 0;
  let found = 0;
  for (let root = 0; root < n; root++) {
    if (index[root] >= 0) continue;
    callNode.push(root);
    callEdge.push(edgeStart[root]);
    index[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = 1;
    while (callNode.length > 0) {
      const top = callNode.length - 1;
      const v = callNode[top];
      const e = callEdge[top];
      if (e < edgeStart[v + 1]) {
        callEdge[top] = e + 1;
        const w = edgeTarget[e];
        if (index[w] < 0) {
          index[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = 1;
          callNode.push(w);
          callEdge.push(edgeStart[w]);
        } else if (onStack[w]) low[v] = Math.min(low[v], index[w]);
        continue;
      }
      callNode.pop();
      callEdge.pop();
      if (callNode.length > 0) {
        const parent = callNode[callNode.length - 1];
        low[parent] = Math.min(low[parent], low[v]);
      }
      if (low[v] === index[v]) {
        let w: number;
        do {
          w = stack.pop()!;
          onStack[w] = 0;
          raw[w] = found;
        } while (w !== v);
        found++;
      }
    }
  }
  return rankBySize(raw, found);
}

function rankBySize(raw: Int32Array, count: number): { component: Int32Array; componentSizes: number[] } {
  const size = new Array<number>(count).fill(0);
  const first = new Array<number>(count).fill(-1);
  raw.forEach((c, v) => {
    size[c]++;
    if (first[c] < 0) first[c] = v;
  });
  const ranked = size.map((_, c) => c).sort((a, b) => size[b] - size[a] || first[a] - first[b]);
  const label = new Int32Array(count);
  ranked.forEach((c, k) => (label[c] = k));
  return { component: raw.map((c) => label[c]), componentSizes: ranked.map((c) => size[c]) };
}

/**
 * Memoises a derivation of an API answer by the answer's identity. Layers are rebuilt on every state change (each
 * playback frame); deck.gl diffs data by identity, so a derived array must be the same array while its answer is.
 */
export function memoByAnswer<A extends object, R>(derive: (answer: A) => R): (answer: A) => R {
  const cache = new WeakMap<A, R>();
  return (answer) => {
    let out = cache.get(answer);
    if (out === undefined) {
      out = derive(answer);
      cache.set(answer, out);
    }
    return out;
  };
}

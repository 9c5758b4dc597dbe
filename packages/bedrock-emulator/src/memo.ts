/**
 * Remembers the last `size` results of a pure function of a string. The same system prompts, questions,
 * replies and keys come back request after request; this keeps them off the hot path.
 */
export function memoize<T>(fn: (key: string) => T, size = 512): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const value = fn(key);
    if (cache.size >= size) cache.delete(cache.keys().next().value as string);
    cache.set(key, value);
    return value;
  };
}

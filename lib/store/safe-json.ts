/** Keys that could change an object's prototype when data is copied key by key. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * JSON.parse for data from outside (localStorage, an imported file). Rejects `__proto__`,
 * `constructor` and `prototype` keys, which no Ring Zero data has and which could pollute
 * the objects built from it.
 */
export function parseUntrustedJson(text: string): { ok: true; value: unknown } | { ok: false; reason: string } {
  try {
    const value: unknown = JSON.parse(text, (key, v: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) throw new ForbiddenKeyError(key);
      return v;
    });
    return { ok: true, value };
  } catch (error) {
    if (error instanceof ForbiddenKeyError) return { ok: false, reason: `the data contains a forbidden key ("${error.key}")` };
    return { ok: false, reason: 'the data is not valid JSON' };
  }
}

class ForbiddenKeyError extends Error {
  constructor(readonly key: string) {
    super(`forbidden key ${key}`);
  }
}

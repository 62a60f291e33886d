const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
// Account management and administration stay with people who log in, even for reading (issue 14).
const closedToTokens = /^\/api\/(admin|auth)(\/|$)/;

/**
 * Whether a machine token (Bearer) may call `method` `path`: tokens only read, and never reach the account and admin
 * routes. One answer for the middleware that enforces it and the OpenAPI document that tells it.
 */
export function apiTokenReach(method: string, path: string): 'read' | 'write_refused' | 'route_refused' {
  if (unsafeMethods.has(method.toUpperCase())) return 'write_refused';
  return closedToTokens.test(path) ? 'route_refused' : 'read';
}

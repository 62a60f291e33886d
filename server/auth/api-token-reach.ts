const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
// Account management and administration stay with people who log in, even for reading (issue 14).
const closedToTokens = /^\/api\/(admin|auth)(\/|$)/;
// The dispatch intake (issue 15): the 110 system is a machine, so it writes incidents with a token. Nothing else is
// written by tokens; the routes' own roles still decide (a token of an officer's account writes in its beat only).
const dispatchIntake = /^\/api\/incidents(\/batch)?$/;

/**
 * Whether a machine token (Bearer) may call `method` `path`: tokens read, write only incidents (the dispatch intake),
 * and never reach the account and admin routes. One answer for the middleware that enforces it and the OpenAPI
 * document that tells it.
 */
export function apiTokenReach(method: string, path: string): 'read' | 'dispatch_write' | 'write_refused' | 'route_refused' {
  if (unsafeMethods.has(method.toUpperCase())) return method.toUpperCase() === 'POST' && dispatchIntake.test(path) ? 'dispatch_write' : 'write_refused';
  return closedToTokens.test(path) ? 'route_refused' : 'read';
}

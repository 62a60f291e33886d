/**
 * Swagger UI's start-up script (served as /api/docs/start.js: the app's CSP allows no inline script). The document
 * and "Try it out" use the page's session cookie; a write also needs the session's CSRF token, which Swagger UI
 * knows nothing of, so it is read once from /api/auth/me and sent as X-CSRF-Token on every write.
 */
export const swaggerStartScript = `(function () {
  var csrf = null;
  function csrfToken() {
    if (csrf) return Promise.resolve(csrf);
    return fetch('/api/auth/me', { credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (me) { csrf = me && me.csrfToken ? me.csrfToken : null; return csrf; });
  }
  window.ui = SwaggerUIBundle({
    url: '/api/openapi.json',
    dom_id: '#swagger-ui',
    deepLinking: true,
    withCredentials: true,
    requestInterceptor: function (req) {
      if (/^(GET|HEAD|OPTIONS)$/i.test(req.method || 'GET')) return req;
      return csrfToken().then(function (token) {
        if (token) req.headers['X-CSRF-Token'] = token;
        return req;
      });
    },
  });
})();
`;

// Loaded before khorasan-map.js by the test pages: records the element's events and any CSP violation
// reported to the document, for the test to read (window.__km). A file, not an inline script, so that it
// runs under `script-src 'self'`.
const log = { ready: [], errors: [], selects: [], violations: [] };
window.__km = log;
document.addEventListener('securitypolicyviolation', (e) => {
  log.violations.push({ directive: e.violatedDirective, blocked: e.blockedURI, source: e.sourceFile });
});
document.addEventListener('khorasan-ready', (e) => log.ready.push(e.target.id));
document.addEventListener('khorasan-error', (e) => log.errors.push({ id: e.target.id, message: e.detail?.message }));
document.addEventListener('khorasan-select', (e) => log.selects.push({ id: e.target.id, selected: e.detail?.id }));

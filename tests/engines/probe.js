// Test-only (served by tests/engines/serve.mjs before the app's scripts): reports uncaught errors,
// rejected promises, console.error, Content-Security-Policy violations and resources loaded from
// another host to the test server, so every engine reports them the same way.
(() => {
  // Loads cut off because the page is going away (a reload, a new address) are no fault.
  let leaving = false;
  window.addEventListener('pagehide', () => {
    leaving = true;
  });
  window.addEventListener('beforeunload', () => {
    leaving = true;
  });
  const send = (kind, text) => {
    if (leaving && kind !== 'console') return;
    const body = JSON.stringify({ kind, text: String(text).slice(0, 500), page: location.href });
    try {
      const request = new XMLHttpRequest();
      request.open('POST', '/__probe', false);
      request.setRequestHeader('Content-Type', 'text/plain');
      request.send(body);
    } catch {
      navigator.sendBeacon?.('/__probe', body);
    }
  };
  window.addEventListener(
    'error',
    (event) => {
      if (event.target && event.target !== window) {
        send(
          'error',
          `failed to load ${event.target.src || event.target.href || event.target.tagName}`,
        );
        return;
      }
      send('error', `${event.message} at ${event.filename}:${event.lineno}`);
    },
    true,
  );
  window.addEventListener('unhandledrejection', (event) =>
    send('error', `unhandled rejection: ${event.reason?.stack ?? event.reason}`),
  );
  const consoleError = console.error.bind(console);
  const show = (arg) => {
    if (arg instanceof Error || (arg && typeof arg === 'object' && 'stack' in arg))
      return `${arg.message} ${arg.stack}`;
    if (typeof arg === 'string') return arg;
    try {
      return JSON.stringify(arg);
    } catch {
      return String(arg);
    }
  };
  console.error = (...args) => {
    send('console', args.map(show).join(' '));
    consoleError(...args);
  };
  document.addEventListener('securitypolicyviolation', (event) =>
    send('csp', `${event.violatedDirective}: ${event.blockedURI}`),
  );
  const foreign = (url) => !url.startsWith(location.origin) && !/^(data|blob|about):/.test(url);
  if (typeof PerformanceObserver === 'function') {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (foreign(entry.name)) send('foreign', entry.name);
    }).observe({ type: 'resource', buffered: true });
  }
})();

/**
 * The app's own address: this page without its hash, plus a hash route when given. Share links,
 * the audience window and the address QR code all start from it, so they agree on where the app is.
 */
export function appAddress(route?: string): string {
  const base = `${window.location.origin}${window.location.pathname}`;
  return route === undefined ? base : `${base}#${route}`;
}

// The server substitutes the configured ui.path into this meta tag, so the bundle stays the same
// for every mount point and needs no inline script (the CSP forbids one).
export function basePath(): string {
  const meta = document.querySelector<HTMLMetaElement>('meta[name="switchyard-base"]');
  const v = meta?.content ?? '/';
  return v.endsWith('/') ? v : `${v}/`;
}

// The optional API key lives in localStorage (not a cookie) so it is only ever sent where the
// code adds it explicitly: as a Bearer header on same-origin fetches.
const KEY = 'switchyard.apiKey';

export function getApiKey(): string {
  try {
    return localStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

export function setApiKey(value: string): void {
  try {
    if (value.trim() === '') localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, value.trim());
  } catch {
    // Storage can be disabled (private mode policies); the key then lasts for this page only.
  }
}

export function authHeaders(): Record<string, string> {
  const key = getApiKey();
  return key === '' ? {} : { authorization: `Bearer ${key}` };
}

import type { components } from '../api/rantai-api';

type Tokens = components['schemas']['TokensDto'];
export type User = components['schemas']['UserDto'];

interface Stored {
  accessToken: string;
  refreshToken: string;
  /** Epoch ms when the access token expires, by this browser's clock. */
  expiresAt: number;
  user: User;
}

const KEY = 'rantai.session';
/** Renew this long before expiry, so that no call goes out with a token about to lapse. */
const RENEW_MARGIN_MS = 60_000;

/**
 * The signed-in session, kept in localStorage so that it survives a reload and
 * is shared by the browser's tabs. The API hands the refresh token to the
 * client in the response body; what protects it here:
 * - the API rotates it on every use and revokes the whole family when a used
 *   one comes back (a stolen copy dies at the next refresh by either party);
 * - the page runs only its own scripts (CSP `script-src 'self'`, no inline
 *   script, nothing from a CDN), which is what keeps other code from reading storage;
 * - renewals are serialised across tabs with the Web Locks API, so two tabs
 *   never spend the same token (which the API would take for theft).
 */
class Session {
  private current: Stored | null = read();
  private readonly listeners = new Set<() => void>();

  constructor() {
    window.addEventListener('storage', (event) => {
      if (event.key !== KEY) return;
      this.current = read();
      this.emit();
    });
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  user = (): User | null => this.current?.user ?? null;

  start(tokens: Tokens & { user?: User }, user: User | undefined = tokens.user ?? this.current?.user): void {
    if (!user) throw new Error('a session needs its user');
    this.save({
      accessToken: tokens.accessToken,
      refreshToken: tokens.refreshToken,
      expiresAt: Date.now() + tokens.expiresIn * 1000,
      user,
    });
  }

  setUser(user: User): void {
    if (this.current) this.save({ ...this.current, user });
  }

  /** The refresh token, for signing out. */
  refreshToken = (): string | undefined => this.current?.refreshToken;

  end(): void {
    if (!this.current) return;
    this.current = null;
    localStorage.removeItem(KEY);
    this.emit();
  }

  /** A valid access token, renewed first when it is about to expire; undefined when signed out. */
  async accessToken(): Promise<string | undefined> {
    if (!this.current) return undefined;
    if (this.current.expiresAt - Date.now() > RENEW_MARGIN_MS) return this.current.accessToken;
    await navigator.locks.request('rantai.session.renew', () => this.renew());
    return this.current?.accessToken;
  }

  private async renew(): Promise<void> {
    // Another tab may have renewed while this one waited for the lock.
    const stored = read();
    if (!stored) return this.end();
    if (stored.expiresAt - Date.now() > RENEW_MARGIN_MS) {
      this.current = stored;
      return;
    }
    // Plain fetch: the API client's middleware would ask for a token again.
    const response = await fetch('/api/v1/auth/refresh', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ refreshToken: stored.refreshToken }),
    }).catch(() => undefined);
    if (response?.ok) this.start((await response.json()) as Tokens, stored.user);
    // Offline: keep the session and let the call fail as offline; refused: the session is over.
    else if (response) this.end();
  }

  private save(stored: Stored): void {
    this.current = stored;
    localStorage.setItem(KEY, JSON.stringify(stored));
    this.emit();
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}

function read(): Stored | null {
  try {
    return JSON.parse(localStorage.getItem(KEY) ?? 'null') as Stored | null;
  } catch {
    return null;
  }
}

export const session = new Session();

// Token Vault's memory: which demo user connected which third-party account (connection) with which scopes,
// and the access tokens handed out for them. The "third party" is the issuer's own demo calendar service.

import { randomBytes, randomUUID } from 'node:crypto';

/** The connections the issuer plays the third party for: Auth0's Google social connection. */
export const CONNECTIONS: Record<string, { provider: string }> = {
  'google-oauth2': { provider: 'Google' },
};

/** Google's scopes that allow `events.list`, the calendar service's only operation. */
export const CALENDAR_READ_SCOPES: readonly string[] = [
  'https://www.googleapis.com/auth/calendar',
  'https://www.googleapis.com/auth/calendar.readonly',
  'https://www.googleapis.com/auth/calendar.events',
  'https://www.googleapis.com/auth/calendar.events.readonly',
];

const TOKEN_TTL = 60 * 60;

export interface ConnectedAccount {
  id: string;
  sub: string;
  connection: string;
  scopes: string[];
  createdAt: string;
}

export interface ThirdPartyToken {
  accountId: string;
  sub: string;
  connection: string;
  scopes: string[];
  expiresAt: number;
}

export class ConnectedAccounts {
  private readonly accounts = new Map<string, ConnectedAccount>();
  private readonly tokens = new Map<string, ThirdPartyToken>();

  /** Connects (or reconnects, replacing the scopes) the user's account for a connection. */
  connect(sub: string, connection: string, scopes: readonly string[]): ConnectedAccount {
    const existing = this.find(sub, connection);
    if (existing) this.disconnect(sub, existing.id);
    const account: ConnectedAccount = {
      id: `cac_${randomUUID().replaceAll('-', '')}`,
      sub,
      connection,
      scopes: [...new Set(scopes)],
      createdAt: new Date().toISOString(),
    };
    this.accounts.set(account.id, account);
    return account;
  }

  find(sub: string, connection: string): ConnectedAccount | undefined {
    return [...this.accounts.values()].find((a) => a.sub === sub && a.connection === connection);
  }

  list(sub: string): ConnectedAccount[] {
    return [...this.accounts.values()].filter((account) => account.sub === sub);
  }

  /** Removes the account and revokes every token issued for it. False when it is not the user's. */
  disconnect(sub: string, id: string): boolean {
    const account = this.accounts.get(id);
    if (account?.sub !== sub) return false;
    this.accounts.delete(id);
    for (const [token, info] of this.tokens) if (info.accountId === id) this.tokens.delete(token);
    return true;
  }

  /** A fresh third-party access token for the account, as Token Vault hands out the provider's token. */
  issueToken(account: ConnectedAccount): { accessToken: string; expiresIn: number } {
    const now = Date.now();
    for (const [token, info] of this.tokens) if (info.expiresAt <= now) this.tokens.delete(token);
    const accessToken = `dev-calendar.${randomBytes(32).toString('base64url')}`;
    this.tokens.set(accessToken, {
      accountId: account.id,
      sub: account.sub,
      connection: account.connection,
      scopes: account.scopes,
      expiresAt: now + TOKEN_TTL * 1000,
    });
    return { accessToken, expiresIn: TOKEN_TTL };
  }

  tokenInfo(accessToken: string): ThirdPartyToken | undefined {
    const info = this.tokens.get(accessToken);
    return info && info.expiresAt > Date.now() ? info : undefined;
  }
}

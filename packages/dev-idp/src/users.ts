// The demo accounts. Their passwords are shown on the sign-in page: this issuer is for local development only.

import type { Lang } from './i18n.ts';

export interface DemoUser {
  /** Stable subject identifier, in the `provider|id` shape Auth0 uses. */
  sub: string;
  name: string;
  givenName: string;
  familyName: string;
  nickname: string;
  email: string;
  locale: Lang;
  /** Demo password, printed on the sign-in page and in the README. */
  password: string;
  /** One or two characters for the generated avatar. */
  initials: string;
}

export const DEMO_USERS: readonly DemoUser[] = [
  {
    sub: 'dev-idp|hanako',
    name: '山田 花子',
    givenName: '花子',
    familyName: '山田',
    nickname: 'hanako',
    email: 'hanako@example.jp',
    locale: 'ja',
    password: 'hanako-demo-password',
    initials: '花子',
  },
  {
    sub: 'dev-idp|alex',
    name: 'Alex Smith',
    givenName: 'Alex',
    familyName: 'Smith',
    nickname: 'alex',
    email: 'alex@example.com',
    locale: 'en',
    password: 'alex-demo-password',
    initials: 'AS',
  },
];

/** Which claims each OpenID scope releases (the standard mapping, minus address and phone). */
export const SCOPE_CLAIMS = {
  openid: ['sub'],
  profile: ['name', 'given_name', 'family_name', 'nickname', 'picture', 'locale', 'updated_at'],
  email: ['email', 'email_verified'],
} as const satisfies Record<string, readonly string[]>;

export function findUserBySub(sub: string): DemoUser | undefined {
  return DEMO_USERS.find((user) => user.sub === sub);
}

/** The user whose email (case-insensitive) and password both match, else undefined. */
export function authenticate(email: string, password: string): DemoUser | undefined {
  const user = DEMO_USERS.find((candidate) => candidate.email.toLowerCase() === email.trim().toLowerCase());
  return user && user.password === password ? user : undefined;
}

/** Standard OpenID Connect claims of a user; the provider keeps those the granted scopes allow. */
export function userClaims(user: DemoUser, issuer: string): Record<string, unknown> & { sub: string } {
  return {
    sub: user.sub,
    name: user.name,
    given_name: user.givenName,
    family_name: user.familyName,
    nickname: user.nickname,
    picture: avatarUrl(user, issuer),
    locale: user.locale,
    email: user.email,
    email_verified: true,
    updated_at: 1_767_225_600, // 2026-01-01T00:00:00Z: the demo data never changes.
  };
}

export function avatarUrl(user: DemoUser, issuer: string): string {
  return `${issuer}/avatars/${user.nickname}.svg`;
}

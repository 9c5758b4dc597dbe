// The issuer's pages: sign-in, consent, sign-out, errors and a home page. Pure functions from data to HTML.

import { DEV_CLIENT_ID } from './client.ts';
import { html, page, SafeHtml } from './html.ts';
import type { Lang } from './i18n.ts';
import { format, MESSAGES as M } from './messages.ts';
import { DEVICE_PATH } from './paths.ts';
import { DEMO_USERS } from './users.ts';

export function demoUsersTable(lang: Lang, signInAction?: string): SafeHtml {
  const rows = DEMO_USERS.map(
    (user) => html`<tr>
  <td>${user.name}<br><small>${M.language[lang]}: ${user.locale}</small></td>
  <td><code>${user.email}</code><br><code>${user.password}</code></td>
  <td>${
    signInAction
      ? html`<form method="post" action="${signInAction}"><input type="hidden" name="email" value="${user.email}"><input type="hidden" name="password" value="${user.password}"><button class="secondary" type="submit">${format(M.signInAs, lang, { name: user.name })}</button></form>`
      : ''
  }</td>
</tr>`,
  );
  return html`<section class="users" data-testid="demo-users">
<h2>${M.demoUsersTitle[lang]}</h2>
<p>${M.demoUsersLead[lang]}</p>
<table><tr><th>${M.name[lang]}</th><th>${M.email[lang]} / ${M.password[lang]}</th><th></th></tr>${rows}</table>
</section>`;
}

export interface LoginScreen {
  lang: Lang;
  clientName: string;
  action: string;
  abortUrl: string;
  langLinks: Record<Lang, string>;
  failed?: boolean;
  email?: string;
  /** The app asked for sign-up (Auth0's `screen_hint=signup`) or the user followed the sign-up link. */
  signUp?: boolean;
  signUpUrl: string;
}

export function loginScreen(s: LoginScreen): string {
  const { lang } = s;
  const signUp = s.signUp
    ? html`<p class="error" role="status" data-testid="sign-up-note">${M.signUpUnavailable[lang]}</p>`
    : html`<p><small><a href="${s.signUpUrl}" data-testid="sign-up-link">${M.signUpLink[lang]}</a></small></p>`;
  const body = html`${s.signUp ? signUp : undefined}<p>${format(M.signInLead, lang, { client: s.clientName })}</p>
${s.failed ? html`<p class="error" role="alert">${M.wrongCredentials[lang]}</p>` : undefined}
<form method="post" action="${s.action}" autocomplete="off">
<label for="email">${M.email[lang]}</label>
<input id="email" name="email" type="email" required value="${s.email ?? ''}" autofocus>
<label for="password">${M.password[lang]}</label>
<input id="password" name="password" type="password" required>
<div class="actions"><button type="submit">${M.signInButton[lang]}</button><a class="secondary" href="${s.abortUrl}">${M.cancel[lang]}</a></div>
</form>
${s.signUp ? undefined : signUp}
${demoUsersTable(lang, s.action)}`;
  return page({ lang, title: M.signInTitle, body, langLinks: s.langLinks });
}

export interface ConsentScreen {
  lang: Lang;
  clientName: string;
  userName: string;
  scopes: readonly string[];
  /** API audiences (resource indicators) with the scopes asked for each. */
  apis: readonly { audience: string; scopes: readonly string[] }[];
  action: string;
  abortUrl: string;
  langLinks: Record<Lang, string>;
}

const SCOPE_MESSAGES: Record<string, { ja: string; en: string }> = {
  openid: M.scopeOpenid,
  profile: M.scopeProfile,
  email: M.scopeEmail,
  offline_access: M.scopeOfflineAccess,
  'https://www.googleapis.com/auth/calendar': M.scopeCalendarFull,
  'https://www.googleapis.com/auth/calendar.events': M.scopeCalendarFull,
  'https://www.googleapis.com/auth/calendar.readonly': M.scopeCalendarRead,
  'https://www.googleapis.com/auth/calendar.events.readonly': M.scopeCalendarRead,
};

/** The consent screen's and the device page's list of what an app asks for: OpenID scopes, then APIs. */
export function scopeItems(
  lang: Lang,
  scopes: readonly string[],
  apis: readonly { audience: string; scopes: readonly string[] }[],
): SafeHtml[] {
  return [
    ...scopes.map((scope) => {
      const known = SCOPE_MESSAGES[scope];
      return html`<li>${known ? known[lang] : format(M.scopeOther, lang, { scope })} <code>${scope}</code></li>`;
    }),
    ...apis.map(
      (api) =>
        html`<li>${format(M.scopeApi, lang, { audience: api.audience })}${api.scopes.map((scope) => html` <code>${scope}</code>`)}</li>`,
    ),
  ];
}

export function consentScreen(s: ConsentScreen): string {
  const { lang } = s;
  const items = scopeItems(lang, s.scopes, s.apis);
  const body = html`<p>${format(M.consentLead, lang, { client: s.clientName, user: s.userName })}</p>
<ul class="scopes" data-testid="requested-scopes">${items}</ul>
<form method="post" action="${s.action}">
<div class="actions"><button type="submit">${M.allow[lang]}</button><a class="secondary" href="${s.abortUrl}">${M.deny[lang]}</a></div>
</form>`;
  return page({ lang, title: M.consentTitle, body, langLinks: s.langLinks });
}

/**
 * The provider's sign-out confirmation. `form` is the provider's own form (it carries the anti-forgery token).
 * When the app proved who it is with `id_token_hint`, the page submits itself, as Auth0 does. The provider
 * builds `form` with escaped values, so it is inserted verbatim.
 */
export function logoutScreen(lang: Lang, form: string, automatic: boolean): string {
  const yes = html`<button type="submit" form="op.logoutForm" name="logout" value="yes" autofocus>${M.logoutYes[lang]}</button>`;
  const no = html`<button class="secondary" type="submit" form="op.logoutForm">${M.logoutNo[lang]}</button>`;
  const auto = automatic
    ? html`<p>${M.logoutAutomatic[lang]}</p><script>document.querySelector('button[name=logout]').click();</script>`
    : undefined;
  const body = html`<p>${M.logoutLead[lang]}</p>${new SafeHtml(form)}<div class="actions">${yes}${no}</div>${auto}`;
  return page({ lang, title: M.logoutTitle, body });
}

export function signedOutScreen(lang: Lang): string {
  return page({ lang, title: M.signedOutTitle, body: html`<p>${M.signedOutLead[lang]}</p>` });
}

export interface ErrorScreen {
  lang: Lang;
  /** OAuth error code and description as the provider reported them. */
  error?: string;
  description?: string;
  lead?: { ja: string; en: string };
}

export function errorScreen(s: ErrorScreen): string {
  const { lang } = s;
  const redirectProblem = /redirect_uri/.test(`${s.error} ${s.description}`);
  const body = html`<p class="error" role="alert">${(s.lead ?? M.errorLead)[lang]}</p>
${s.error ? html`<p><code data-testid="error-code">${s.error}</code>${s.description ? html`: ${s.description}` : undefined}</p>` : undefined}
${redirectProblem ? html`<p>${M.errorRedirectHint[lang]}</p>` : undefined}`;
  return page({ lang, title: M.errorTitle, body });
}

export function homeScreen(lang: Lang, issuer: string): string {
  const discovery = `${issuer}/.well-known/openid-configuration`;
  const body = html`<p>${M.homeLead[lang]}</p>
<table>
<tr><th>${M.issuer[lang]}</th><td><code>${issuer}</code></td></tr>
<tr><th>${M.discovery[lang]}</th><td><a href="${discovery}"><code>${discovery}</code></a></td></tr>
<tr><th>${M.clientId[lang]}</th><td><code>${DEV_CLIENT_ID}</code></td></tr>
<tr><th>${M.deviceTitle[lang]}</th><td><a href="${DEVICE_PATH}?lang=${lang}" data-testid="device-link">${DEVICE_PATH}</a></td></tr>
</table>
${demoUsersTable(lang)}`;
  return page({ lang, title: M.homeTitle, body, langLinks: { ja: '/?lang=ja', en: '/?lang=en' } });
}

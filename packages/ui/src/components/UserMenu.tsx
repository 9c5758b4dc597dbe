import type { UserInfo } from '@repo/chat/errors';
import { type Lang, strings } from '../i18n/strings.ts';

/** Name, e-mail and Log out. A plain link for logout: it must be a full navigation, not a client route. */
export function UserMenu({ user, lang, logoutHref }: { user: UserInfo; lang: Lang; logoutHref: string }) {
  const t = strings(lang);
  const label = user.name ?? user.email ?? '';
  return (
    <details className="a0-user-menu">
      <summary aria-label={t.userMenu}>
        <span className="a0-avatar" aria-hidden="true">
          {label.slice(0, 1).toUpperCase()}
        </span>
        <span className="a0-user-name">{label}</span>
      </summary>
      <div className="a0-user-panel">
        {user.name && <div className="a0-user-panel-name">{user.name}</div>}
        {user.email && <div className="a0-user-panel-email">{user.email}</div>}
        <a className="a0-button a0-button-secondary" href={logoutHref}>
          {t.logOut}
        </a>
      </div>
    </details>
  );
}

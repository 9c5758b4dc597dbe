// A generated avatar for the `picture` claim, so apps can show one without any network access.

import { escapeHtml } from './html.ts';
import type { DemoUser } from './users.ts';

const COLORS = ['#2558e8', '#b5446e', '#2f855a', '#b7791f'];

export function avatarSvg(user: DemoUser): string {
  const color = COLORS[user.nickname.length % COLORS.length];
  return `<svg xmlns="http://www.w3.org/2000/svg" width="96" height="96" viewBox="0 0 96 96" role="img" aria-label="${escapeHtml(user.name)}"><circle cx="48" cy="48" r="48" fill="${color}"/><text x="48" y="58" font-family="system-ui, sans-serif" font-size="30" font-weight="600" fill="#fff" text-anchor="middle">${escapeHtml(user.initials)}</text></svg>`;
}

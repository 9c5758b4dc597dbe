// Token Vault end to end in Chromium against this app's build: ask for tomorrow's calendar, connect Google from
// the card, get the answer; disconnect, get the card again; in Japanese and English. The story is shared with the
// other sample (@repo/devtools/calendar-scenario).
import { calendarScenario } from '@repo/devtools/calendar-scenario';
import { inject } from 'vitest';

calendarScenario(inject('appUrl'));

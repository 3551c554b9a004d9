import { langFromLocale, type Lang } from '../core/i18n';

/** The user's language from their Google account locale; English when it cannot be read. */
export function userLang(): Lang {
  try {
    return langFromLocale(Session.getActiveUserLocale());
  } catch {
    return 'en';
  }
}

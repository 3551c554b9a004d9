type User = GoogleAppsScript.Base.User;

const anonymous: Pick<User, 'getEmail'> = { getEmail: () => '' };

/** Session: the user's locale is settable by the environment (env.setLocale). */
export class FakeSession implements Pick<
  GoogleAppsScript.Base.Session,
  | 'getActiveUserLocale'
  | 'getScriptTimeZone'
  | 'getTemporaryActiveUserKey'
  | 'getActiveUser'
  | 'getEffectiveUser'
> {
  constructor(
    public locale: string,
    readonly timeZone: string,
    private readonly userKey: string,
  ) {}
  getActiveUserLocale(): string {
    return this.locale;
  }
  getScriptTimeZone(): string {
    return this.timeZone;
  }
  getTemporaryActiveUserKey(): string {
    return this.userKey;
  }
  /** Consumer accounts running an add-on usually see an empty email. */
  getActiveUser(): User {
    return anonymous as User;
  }
  getEffectiveUser(): User {
    return anonymous as User;
  }
}

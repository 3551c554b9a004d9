import { MAX_VALUE_BYTES, createEnvironment } from '../../tools/emulator';

describe('PropertiesService', () => {
  test('stores strings; set, get, keys, delete', () => {
    const { globals } = createEnvironment();
    const props = globals.PropertiesService.getDocumentProperties();
    props.setProperty('plan', '{"a":1}').setProperty('count', 3 as unknown as string);
    expect(props.getProperty('count')).toBe('3');
    expect(props.getProperty('missing')).toBeNull();
    props.setProperties({ x: '1' });
    expect(props.getKeys().sort()).toEqual(['count', 'plan', 'x']);
    props.setProperties({ only: '1' }, true);
    expect(props.getProperties()).toEqual({ only: '1' });
    props.deleteProperty('only');
    expect(props.getKeys()).toEqual([]);
    globals.PropertiesService.getUserProperties().setProperty('u', '1');
    expect(globals.PropertiesService.getScriptProperties().getProperty('u')).toBeNull();
    globals.PropertiesService.getUserProperties().deleteAllProperties();
    expect(globals.PropertiesService.getUserProperties().getKeys()).toEqual([]);
  });

  test('a value over 9 KB (UTF-8) throws; a store over 500 KB throws', () => {
    const { globals } = createEnvironment();
    const props = globals.PropertiesService.getDocumentProperties();
    props.setProperty('fits', 'a'.repeat(MAX_VALUE_BYTES));
    expect(() => props.setProperty('big', 'a'.repeat(MAX_VALUE_BYTES + 1))).toThrow(
      'Argument too large: value',
    );
    expect(() => props.setProperty('big', 'あ'.repeat(3073))).toThrow('Argument too large: value'); // 9219 bytes
    for (let i = 0; i < 55; i++) props.setProperty(`k${i}`, 'a'.repeat(9000));
    expect(() => props.setProperty('k99', 'a'.repeat(9000))).toThrow(/exceeded the property storage quota/);
  });
});

describe('LockService', () => {
  test('locks are taken and released; a lock held elsewhere times out', () => {
    const env = createEnvironment();
    const lock = env.globals.LockService.getDocumentLock();
    expect(lock.tryLock(1000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    expect(env.globals.LockService.getDocumentLock().tryLock(0)).toBe(false);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);

    env.locks.holdByOther('document');
    const mine = env.globals.LockService.getDocumentLock();
    expect(mine.tryLock(30000)).toBe(false);
    expect(() => mine.waitLock(30000)).toThrow(
      'Lock timeout: another process was holding the lock for too long.',
    );
    env.locks.releaseByOther('document');
    expect(() => mine.waitLock(30000)).not.toThrow();

    env.locks.holdByOther('script', 5000);
    expect(env.globals.LockService.getScriptLock().tryLock(1000)).toBe(false);
    expect(env.globals.LockService.getScriptLock().tryLock(10000)).toBe(true);
    expect(env.globals.LockService.getUserLock().tryLock(0)).toBe(true);
  });
});

describe('Session, Logger, Utilities', () => {
  test('locale is settable, time zone is Tokyo, the user key is stable', () => {
    const env = createEnvironment({ locale: 'ja_JP' });
    const { Session } = env.globals;
    expect(Session.getActiveUserLocale()).toBe('ja_JP');
    env.setLocale('en_US');
    expect(Session.getActiveUserLocale()).toBe('en_US');
    expect(Session.getScriptTimeZone()).toBe('Asia/Tokyo');
    expect(Session.getTemporaryActiveUserKey()).toBe(Session.getTemporaryActiveUserKey());
    expect(Session.getTemporaryActiveUserKey()).toMatch(/^[0-9a-z]{32}$/);
  });

  test('Logger and console record silently; formatString works', () => {
    const env = createEnvironment();
    env.globals.Logger.log('leads %s for %d months', 'ok', 12);
    env.globals.console.warn('careful', { a: 1 });
    expect(env.logs()).toEqual([
      { source: 'Logger', level: 'info', message: 'leads ok for 12 months' },
      { source: 'console', level: 'warn', message: 'careful {"a":1}' },
    ]);
    expect(env.globals.Logger.getLog()).toBe('leads ok for 12 months');
    expect(env.globals.Utilities.formatString('%s: %.2f%%', 'rate', 12.345)).toBe('rate: 12.35%');
    expect(() => env.globals.Utilities.sleep(1000)).not.toThrow();
  });
});

type Properties = GoogleAppsScript.Properties.Properties;

/** Apps Script's quotas: 9 KB per value, 500 KB per store. */
export const MAX_VALUE_BYTES = 9 * 1024;
export const MAX_STORE_BYTES = 500 * 1024;

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

/** One property store (document, user or script), with the real size limits. */
export class FakeProperties implements Properties {
  private readonly values = new Map<string, string>();

  private self(): Properties {
    return this;
  }

  private sizeWith(changes: Map<string, string>, dropOthers: boolean): number {
    let total = 0;
    const merged = new Map(dropOthers ? [] : this.values);
    for (const [k, v] of changes) merged.set(k, v);
    for (const [k, v] of merged) total += bytes(k) + bytes(v);
    return total;
  }

  private store(entries: [string, unknown][], dropOthers: boolean): void {
    const changes = new Map<string, string>();
    for (const [key, value] of entries) {
      const text = String(value);
      if (bytes(text) > MAX_VALUE_BYTES) throw new Error('Argument too large: value');
      changes.set(String(key), text);
    }
    if (this.sizeWith(changes, dropOthers) > MAX_STORE_BYTES) {
      throw new Error(
        'You have exceeded the property storage quota. Please remove some properties and try again.',
      );
    }
    if (dropOthers) this.values.clear();
    for (const [k, v] of changes) this.values.set(k, v);
  }

  getProperty(key: string): string | null {
    return this.values.get(String(key)) ?? null;
  }
  setProperty(key: string, value: string): Properties {
    this.store([[key, value]], false);
    return this.self();
  }
  setProperties(properties: { [key: string]: string }, deleteAllOthers = false): Properties {
    this.store(Object.entries(properties), deleteAllOthers);
    return this.self();
  }
  getProperties(): { [key: string]: string } {
    return Object.fromEntries(this.values);
  }
  getKeys(): string[] {
    return [...this.values.keys()];
  }
  deleteProperty(key: string): Properties {
    this.values.delete(String(key));
    return this.self();
  }
  deleteAllProperties(): Properties {
    this.values.clear();
    return this.self();
  }
}

export class FakePropertiesService implements GoogleAppsScript.Properties.PropertiesService {
  readonly document = new FakeProperties();
  readonly user = new FakeProperties();
  readonly script = new FakeProperties();
  getDocumentProperties(): Properties {
    return this.document;
  }
  getUserProperties(): Properties {
    return this.user;
  }
  getScriptProperties(): Properties {
    return this.script;
  }
}

/**
 * What one request read and changed about which children, collected while it resolves and written
 * to the access log once, before the response leaves (AccessLogPlugin): one record per action,
 * naming every child and its fields.
 */
export class AccessLedger {
  readonly operations = new Set<string>();
  /** The pending record reserved before the request's first change ran (AccessRecordWriter). */
  pendingChange?: string;
  private readonly entries = new Map<
    string,
    { childId: string; action: 'READ' | 'CHANGE'; fields: Set<string> }
  >();

  read(childId: string, field: string): void {
    this.add(childId, 'READ', [field]);
  }

  changed(childId: string, fields: string[]): void {
    this.add(childId, 'CHANGE', fields);
  }

  private add(childId: string, action: 'READ' | 'CHANGE', fields: string[]): void {
    const key = `${action}:${childId}`;
    let entry = this.entries.get(key);
    if (!entry) this.entries.set(key, (entry = { childId, action, fields: new Set() }));
    for (const f of fields) entry.fields.add(f);
  }

  drain(): { childId: string; action: 'READ' | 'CHANGE'; fields: string[] }[] {
    const all = [...this.entries.values()].map((e) => ({ ...e, fields: [...e.fields].sort() }));
    this.entries.clear();
    return all;
  }
}

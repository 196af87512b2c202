/** The child's timeline: classification changes, visits, dropout and protection cases, newest first. */
export interface TimelineEntry {
  key: string;
  at: string;
  text: string;
  color: string;
}

type Labels = Record<
  'CATEGORY_ZH' | 'VISIT_KIND_ZH' | 'DROPOUT_STATUS_ZH' | 'SITUATION_ZH' | 'CASE_STATUS_ZH',
  Record<string, string>
>;

export function timelineOf(c: any, l: Labels): TimelineEntry[] {
  const name = (t: Record<string, string>, v: string) => t[v] ?? v;
  const entries: TimelineEntry[] = [
    { key: 'registered', at: c.registeredAt, text: '登记入册', color: 'gray' },
    ...(c.classificationHistory ?? []).map((h: any, i: number) => ({
      key: `class-${i}`,
      at: h.at,
      text: `类别变更：${
        [
          ...h.added.map((k: string) => `新增${name(l.CATEGORY_ZH, k)}`),
          ...h.removed.map((k: string) => `取消${name(l.CATEGORY_ZH, k)}`),
        ].join('，') || '类别未变'
      }`,
      color: 'blue',
    })),
    ...(c.visits ?? []).map((v: any) => ({
      key: `visit-${v.id}`,
      at: v.visitedOn,
      text: `${name(l.VISIT_KIND_ZH, v.kind)}（${v.visitorName}）`,
      color: 'green',
    })),
    ...(c.education?.dropoutCases ?? []).map((d: any) => ({
      key: `dropout-${d.id}`,
      at: d.openedOn,
      text: `控辍保学立案 ${d.caseNumber}（${name(l.DROPOUT_STATUS_ZH, d.status)}）`,
      color: 'orange',
    })),
    ...(c.protectionCases ?? []).map((p: any) => ({
      key: `case-${p.id}`,
      at: p.openedAt,
      text: `公安接报：${p.situationType ? name(l.SITUATION_ZH, p.situationType) : '警情'}（${name(l.CASE_STATUS_ZH, p.status)}）`,
      color: 'red',
    })),
  ];
  return entries.filter((e) => e.at).sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
}

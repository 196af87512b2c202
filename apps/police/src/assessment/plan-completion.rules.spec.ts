import type { PlanItemCompletedPayload } from '@qz/contracts';
import type { StoredPlanItem } from './assessment.types';
import {
  ownCompletionRefusal,
  planCompletedOn,
  planItemCompletionNote,
  planItemCompletionVerdict,
} from './plan-completion.rules';

const plan: StoredPlanItem[] = [
  { id: 'i1', service: 'SOCIAL_ASSISTANCE', department: 'ASSISTANCE', description: '临时救助', dueOn: null },
  { id: 'i2', service: 'COUNSELLING', department: 'HEALTH', description: '心理疏导', dueOn: '2026-12-31' },
  {
    id: 'i3',
    service: 'GUARDIANSHIP_GUIDANCE',
    department: 'TOWNSHIP',
    description: '监护指导',
    dueOn: null,
  },
];

describe('rule 四(二)4: a department’s completion closes its plan item on the case', () => {
  it('applies the completion of the producer’s own open item', () => {
    expect(planItemCompletionVerdict(plan, { itemId: 'i2', department: 'HEALTH' }, 'health')).toBe('apply');
    expect(planItemCompletionVerdict(plan, { itemId: 'i1', department: 'ASSISTANCE' }, 'assistance')).toBe(
      'apply',
    );
  });

  it('a redelivered completion finds the item closed and changes nothing', () => {
    const closed = plan.map((i) =>
      i.id === 'i2'
        ? {
            ...i,
            completion: {
              completedOn: '2026-12-05',
              outcome: 'DELIVERED' as const,
              note: 'x',
              completedBy: 'y',
              onTime: true,
              eventId: 'e',
            },
          }
        : i,
    );
    expect(planItemCompletionVerdict(closed, { itemId: 'i2', department: 'HEALTH' }, 'health')).toBe('done');
  });

  it('a department closes only items assigned to it, and only items the case holds', () => {
    expect(planItemCompletionVerdict(plan, { itemId: 'i2', department: 'HEALTH' }, 'education')).toBe(
      'not-its-department',
    );
    expect(planItemCompletionVerdict(plan, { itemId: 'i1', department: 'HEALTH' }, 'health')).toBe(
      'not-its-department',
    );
    expect(planItemCompletionVerdict(plan, { itemId: 'nope', department: 'HEALTH' }, 'health')).toBe(
      'unknown-item',
    );
  });

  it('the timeline says who delivered what, with the outcome and whether on time', () => {
    const p = {
      outcome: 'DELIVERED',
      completedOn: '2027-01-02',
      onTime: false,
      dueOn: '2026-12-31',
      completedBy: '钦南区卫健局 黄医生',
      note: '完成 4 次心理疏导',
    } as PlanItemCompletedPayload;
    expect(planItemCompletionNote(plan[1], p)).toBe(
      'HEALTH COUNSELLING DELIVERED on 2027-01-02, late (due 2026-12-31), by 钦南区卫健局 黄医生: 完成 4 次心理疏导',
    );
  });
});

describe('rule 四(二)4: the plan is complete when every item is done', () => {
  const done = (on: string) => ({
    completedOn: on,
    outcome: 'DELIVERED' as const,
    note: 'done',
    completedBy: 'x',
    onTime: true,
    eventId: null,
  });

  it('四(二)4: complete on the day of the last item once every item (departments’, township’s) is done', () => {
    expect(planCompletedOn(plan.map((i, n) => ({ ...i, completion: done(`2026-11-0${n + 1}`) })))).toBe(
      '2026-11-03',
    );
  });

  it('四(二)4: not complete while an item is open, nor for an empty plan', () => {
    expect(
      planCompletedOn(plan.map((i) => (i.id === 'i3' ? i : { ...i, completion: done('2026-11-01') }))),
    ).toBeNull();
    expect(planCompletedOn([])).toBeNull();
  });

  it('四(二)4: the township records its own item (and justice’s) done, never a department’s', () => {
    const [assistance, , township] = plan;
    expect(ownCompletionRefusal(assistance, '2026-11-01', '2026-11-02', '2026-11-05')?.code).toBe(
      'PLAN_ITEM_SENT_TO_DEPARTMENT',
    );
    expect(ownCompletionRefusal(township, '2026-11-01', '2026-11-02', '2026-11-05')).toBeNull();
    const justice = { ...township, id: 'i4', service: 'LEGAL_AID' as const, department: 'JUSTICE' as const };
    expect(ownCompletionRefusal(justice, '2026-11-01', '2026-11-02', '2026-11-05')).toBeNull();
  });

  it('四(二)4: not twice, not on a future day, not before the assessment', () => {
    const township = plan[2];
    expect(
      ownCompletionRefusal(
        { ...township, completion: done('2026-11-02') },
        '2026-11-01',
        '2026-11-03',
        '2026-11-05',
      )?.code,
    ).toBe('PLAN_ITEM_ALREADY_COMPLETED');
    expect(ownCompletionRefusal(township, '2026-11-01', '2026-11-06', '2026-11-05')?.code).toBe(
      'DATE_IN_FUTURE',
    );
    expect(ownCompletionRefusal(township, '2026-11-03', '2026-11-02', '2026-11-05')?.code).toBe(
      'PLAN_ITEM_COMPLETED_BEFORE_ASSIGNED',
    );
  });
});

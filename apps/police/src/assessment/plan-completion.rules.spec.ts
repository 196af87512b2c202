import type { PlanItemCompletedPayload } from '@qz/contracts';
import type { StoredPlanItem } from './assessment.types';
import { planItemCompletionNote, planItemCompletionVerdict } from './plan-completion.rules';

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

import type { PlanItemAssignedPayload } from '@qz/contracts';
import {
  completedOnTime,
  completionRefusal,
  isForDepartment,
  isPlanItemOverdue,
  planItemCursor,
  planItemOf,
  planItemPageArgs,
} from './plan-item.rules';

const assigned: PlanItemAssignedPayload = {
  itemId: '01900000-0000-7000-8000-0000000000a1',
  caseId: '01900000-0000-7000-8000-0000000000c1',
  childId: null,
  regionCode: '450702100201',
  service: 'COUNSELLING',
  department: 'HEALTH',
  description: '心理疏导 4 次',
  dueOn: '2026-12-31',
};

describe('rule 四(二)4 帮扶计划: the departments deliver the services of the township’s plan', () => {
  it('each department queues only the items the plan names it for', () => {
    expect(isForDepartment(assigned, 'HEALTH')).toBe(true);
    expect(isForDepartment(assigned, 'EDUCATION')).toBe(false);
    expect(isForDepartment({ department: 'ASSISTANCE' }, 'ASSISTANCE')).toBe(true);
  });

  it('the queue entry keeps police’s item id, the due date and the region path of the case', () => {
    expect(planItemOf(assigned, { id: 'e1', occurredOn: '2026-12-01' })).toEqual({
      _id: assigned.itemId,
      caseId: assigned.caseId,
      childId: null,
      regionCode: '450702100201',
      regionPath: ['450000', '450700', '450702', '450702100', '450702100201'],
      service: 'COUNSELLING',
      department: 'HEALTH',
      description: '心理疏导 4 次',
      dueOn: '2026-12-31',
      assignedOn: '2026-12-01',
      assignedEventId: 'e1',
      status: 'OPEN',
      completion: null,
    });
  });

  it('an open item is overdue from the day after its due date; one without a due date or completed never is', () => {
    expect(isPlanItemOverdue({ status: 'OPEN', dueOn: '2026-12-31' }, '2026-12-31')).toBe(false);
    expect(isPlanItemOverdue({ status: 'OPEN', dueOn: '2026-12-31' }, '2027-01-01')).toBe(true);
    expect(isPlanItemOverdue({ status: 'OPEN', dueOn: null }, '2030-01-01')).toBe(false);
    expect(isPlanItemOverdue({ status: 'COMPLETED', dueOn: '2026-12-31' }, '2027-01-01')).toBe(false);
  });

  it('a completion is on time up to the due date (always without one)', () => {
    expect(completedOnTime('2026-12-31', '2026-12-31')).toBe(true);
    expect(completedOnTime('2026-12-31', '2027-01-02')).toBe(false);
    expect(completedOnTime(null, '2027-01-02')).toBe(true);
  });

  it('a completion is refused once done, dated in the future, or dated before the assignment', () => {
    const open = { status: 'OPEN', assignedOn: '2026-12-01' };
    expect(completionRefusal(open, '2026-12-05', '2026-12-06')).toBeNull();
    expect(completionRefusal(open, '2026-12-01', '2026-12-01')).toBeNull();
    expect(completionRefusal({ ...open, status: 'COMPLETED' }, '2026-12-05', '2026-12-06')).toMatchObject({
      code: 'PLAN_ITEM_ALREADY_COMPLETED',
    });
    expect(completionRefusal(open, '2026-12-07', '2026-12-06')).toMatchObject({
      code: 'DATE_IN_FUTURE',
      details: { field: 'input.completedOn' },
    });
    expect(completionRefusal(open, '2026-11-30', '2026-12-06')).toMatchObject({
      code: 'PLAN_ITEM_COMPLETED_BEFORE_ASSIGNED',
      details: { field: 'input.completedOn' },
    });
  });
});

describe('the plan-item queue’s pages', () => {
  it('takes 1 to 200 items and a cursor it gave out', () => {
    const id = assigned.itemId;
    expect(planItemPageArgs(50, planItemCursor(id))).toEqual({ first: 50, afterId: id });
    expect(planItemPageArgs(1, null)).toEqual({ first: 1, afterId: null });
    expect(() => planItemPageArgs(0, null)).toThrow(
      expect.objectContaining({ code: 'PAGE_SIZE_OUT_OF_RANGE' }),
    );
    expect(() => planItemPageArgs(201, null)).toThrow(
      expect.objectContaining({ code: 'PAGE_SIZE_OUT_OF_RANGE' }),
    );
    expect(() => planItemPageArgs(10, '!!{}')).toThrow(expect.objectContaining({ code: 'INVALID_CURSOR' }));
  });
});

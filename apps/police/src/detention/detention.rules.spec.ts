import {
  arrangeRefusal,
  arrangementComplete,
  childrenAfterMerge,
  childrenAfterMove,
  childrenRefusal,
  openTaskRegions,
  opensCareTask,
} from './detention.rules';
import type { StoredDetaineeChild } from './detention.types';

const child = (over: Partial<StoredDetaineeChild> = {}): StoredDetaineeChild => ({
  childId: 'c-1',
  regionCode: '450702100201',
  arrangement: 'NONE_FOUND',
  caregiver: null,
  careTask: { openedAt: new Date('2026-03-02T08:00:00Z'), arrangedAt: null, arrangedBy: null, note: null },
  ...over,
});

describe('rule 四(一)2: police ask a detained person whether they have minor children needing care', () => {
  it('四(一)2 records the answer as asked: none and no child listed, or each child once', () => {
    expect(childrenRefusal(false, [])).toBeNull();
    expect(childrenRefusal(false, ['c-1'])).toBe('DETAINEE_CHILDREN_CONTRADICT');
    expect(childrenRefusal(true, [])).toBe('DETAINEE_CHILDREN_MISSING');
    expect(childrenRefusal(true, ['c-1', 'c-1'])).toBe('DETAINEE_CHILD_REPEATED');
    expect(childrenRefusal(true, ['c-1', 'c-2'])).toBeNull();
  });

  it('四(一)2 a relative, another adult, the protection centre or a welfare institution is named; nobody found names nobody', () => {
    for (const a of ['RELATIVE', 'OTHER_ADULT', 'PROTECTION_CENTRE', 'WELFARE_INSTITUTION'] as const) {
      expect(arrangementComplete(a, '外婆 黄某')).toBe(true);
      expect(arrangementComplete(a, null)).toBe(false);
      expect(opensCareTask(a)).toBe(false);
    }
    expect(arrangementComplete('NONE_FOUND', null)).toBe(true);
    expect(arrangementComplete('NONE_FOUND', '某人')).toBe(false);
  });

  it('四(一)2 nobody found to care for the child gives civil affairs a task (民政部门予以安排)', () => {
    expect(opensCareTask('NONE_FOUND')).toBe(true);
  });

  it('四(一)2 the task is in the queue of the child’s village, township, county and city', () => {
    expect(openTaskRegions([child()])).toEqual(['450000', '450700', '450702', '450702100', '450702100201']);
    const arranged = child({
      careTask: { openedAt: new Date(), arrangedAt: new Date(), arrangedBy: 'u', note: 'n' },
    });
    expect(openTaskRegions([arranged, child({ arrangement: 'RELATIVE', careTask: null })])).toEqual([]);
  });

  it('四(一)2 civil affairs closes its task once, with a real arrangement that names the carer', () => {
    expect(arrangeRefusal(child(), 'WELFARE_INSTITUTION', '钦州市儿童福利院')).toBeNull();
    expect(arrangeRefusal(undefined, 'RELATIVE', '外婆')).toBe('CARE_TASK_NOT_FOUND');
    expect(arrangeRefusal(child({ careTask: null, arrangement: 'RELATIVE' }), 'RELATIVE', '外婆')).toBe(
      'CARE_TASK_NOT_FOUND',
    );
    expect(arrangeRefusal(child(), 'NONE_FOUND', null)).toBe('CARE_ARRANGEMENT_INCOMPLETE');
    expect(arrangeRefusal(child(), 'RELATIVE', null)).toBe('CARE_ARRANGEMENT_INCOMPLETE');
    const done = child({
      careTask: { openedAt: new Date(), arrangedAt: new Date(), arrangedBy: 'u', note: 'n' },
    });
    expect(arrangeRefusal(done, 'RELATIVE', '外婆')).toBe('CARE_TASK_ALREADY_ARRANGED');
  });
});

describe('rule 四(一)2 with issue 15: the children on a detained parent’s record follow the registry’s record', () => {
  const arranged = child({
    childId: 'real',
    arrangement: 'RELATIVE',
    caregiver: '外婆 黄某',
    careTask: null,
  });

  it('四(一)2: a moved child’s open care task goes to the civil affairs of where it lives now', () => {
    const after = childrenAfterMove([child(), child({ childId: 'c-2' })], 'c-1', '450721101201');
    expect(after?.map((c) => [c.childId, c.regionCode])).toEqual([
      ['c-1', '450721101201'],
      ['c-2', '450702100201'],
    ]);
    expect(openTaskRegions(after ?? [])).toContain('450721');
    expect(childrenAfterMove([child()], 'c-1', '450702100201')).toBeNull();
    expect(childrenAfterMove([child()], 'other', '450721101201')).toBeNull();
  });

  it('四(一)2: a merged provisional record’s entry names the real child, in the real child’s region', () => {
    expect(childrenAfterMerge([child({ childId: 'prov' })], 'prov', 'real', '450721101201')).toEqual([
      child({ childId: 'real', regionCode: '450721101201' }),
    ]);
    expect(childrenAfterMerge([child()], 'prov', 'real', '450721101201')).toBeNull();
  });

  it('四(一)2: named twice, the entry whose care is arranged stays and no task is left open for a cared-for child', () => {
    const bothOpen = childrenAfterMerge(
      [child({ childId: 'prov' }), child({ childId: 'real' })],
      'prov',
      'real',
      '450702100201',
    );
    expect(bothOpen).toEqual([child({ childId: 'real' })]);
    const provArranged = childrenAfterMerge(
      [child({ childId: 'real' }), { ...arranged, childId: 'prov' }],
      'prov',
      'real',
      '450702100201',
    );
    expect(provArranged).toEqual([arranged]);
    expect(openTaskRegions(provArranged ?? [])).toEqual([]);
    const realArranged = childrenAfterMerge(
      [arranged, child({ childId: 'prov' })],
      'prov',
      'real',
      '450702100201',
    );
    expect(realArranged).toEqual([arranged]);
  });
});

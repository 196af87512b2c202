import { followUpNeedsGuardian, orderState } from './order.rules';

const followUp = (checkedOn: string, complied: boolean) => ({ checkedOn, complied, entrustedGuardian: null });

describe('rule 四(二)3 责令其父母立即返回或确定受委托监护人: an order, its deadline and its checks', () => {
  it('is open until its deadline, overdue after it, complied once a check found it done', () => {
    const order = { dueOn: '2026-03-10', followUps: [] };
    expect(orderState(order, '2026-03-10')).toBe('OPEN');
    expect(orderState(order, '2026-03-11')).toBe('OVERDUE');
    expect(orderState({ ...order, followUps: [followUp('2026-03-12', false)] }, '2026-03-12')).toBe(
      'OVERDUE',
    );
    expect(
      orderState(
        { ...order, followUps: [followUp('2026-03-12', false), followUp('2026-03-15', true)] },
        '2026-04-01',
      ),
    ).toBe('COMPLIED');
  });

  it('四(一)1 委托监护: complied by naming an entrusted guardian names that guardian', () => {
    expect(followUpNeedsGuardian('NAME_ENTRUSTED_GUARDIAN', true, null)).toBe(true);
    expect(followUpNeedsGuardian('NAME_ENTRUSTED_GUARDIAN', true, '  ')).toBe(true);
    expect(followUpNeedsGuardian('NAME_ENTRUSTED_GUARDIAN', true, '祖父 李某某')).toBe(false);
    expect(followUpNeedsGuardian('NAME_ENTRUSTED_GUARDIAN', false, null)).toBe(false);
    expect(followUpNeedsGuardian('RETURN_TO_CHILD', true, null)).toBe(false);
  });
});

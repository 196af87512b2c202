import { daysWaiting, nextStatus } from './workflow.rules';

describe('workflow of health applications (DOMAIN §3: application → review → approval → disbursement)', () => {
  it('goes forward one step at a time', () => {
    expect(nextStatus('SUBMITTED', 'review')).toEqual({ to: 'REVIEWED' });
    expect(nextStatus('REVIEWED', 'approve')).toEqual({ to: 'APPROVED' });
    expect(nextStatus('APPROVED', 'disburse')).toEqual({ to: 'DISBURSED' });
  });

  it('refuses to approve an application nobody reviewed', () => {
    expect(nextStatus('SUBMITTED', 'approve')).toMatchObject({ code: 'APPLICATION_NOT_REVIEWED' });
  });

  it('pays only approved applications, and nothing happens to a closed one', () => {
    expect(nextStatus('REVIEWED', 'disburse')).toMatchObject({ code: 'APPLICATION_NOT_APPROVED' });
    expect(nextStatus('REFUSED', 'review')).toMatchObject({ code: 'APPLICATION_CLOSED' });
    expect(nextStatus('DISBURSED', 'disburse')).toMatchObject({ code: 'APPLICATION_CLOSED' });
  });

  it('a refusal comes before approval, never after', () => {
    expect(nextStatus('REVIEWED', 'refuse')).toEqual({ to: 'REFUSED' });
    expect(nextStatus('APPROVED', 'refuse')).toMatchObject({ code: 'APPLICATION_ALREADY_DECIDED' });
  });

  it('counts whole days waiting', () => {
    expect(daysWaiting(new Date('2026-11-01T10:00:00Z'), new Date('2026-11-04T09:59:59Z'))).toBe(2);
  });
});

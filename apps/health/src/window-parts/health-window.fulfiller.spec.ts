import type { Identity } from '@qz/identity';
import type { FulfilledPart } from '@qz/window-parts';
import type { ApplicationRepository } from '../applications/application.repository';
import type { BudgetRepository } from '../budgets/budget.repository';
import type { SubmissionService } from '../applications/submission.service';
import type { WorkflowService } from '../applications/workflow.service';
import type { PremiumSubsidyRepository } from '../premium/premium-subsidy.repository';
import type { PremiumSubsidyService } from '../premium/premium-subsidy.service';
import { HealthWindowFulfiller } from './health-window.fulfiller';

const at = new Date('2026-11-05T02:00:00Z');
const today = '2026-11-05';
const officer: Identity = {
  userId: 'u-dpf',
  department: 'DPF',
  roles: ['DPF_OFFICER'],
  regionCode: '450721',
};
const part = (kind: string, department = 'HEALTH'): FulfilledPart =>
  ({
    id: 'app-1:p1',
    applicationId: 'app-1',
    partId: 'p1',
    childId: 'child-1',
    department,
    kind,
    request: '申请',
    townshipCode: '450721101',
    receivedOn: '2026-11-02',
    regionCode: '450721101201',
  }) as FulfilledPart;
const rehab = {
  disabilityType: 'HEARING',
  service: 'TRAINING',
  institutionId: 'QZ-MATERNAL-CHILD',
  serviceDate: '2026-11-01',
  costFen: 200_000,
};

function setUp(over: { earlier?: object | null; refusal?: object | null; subsidy?: object | null } = {}) {
  const removed: string[] = [];
  const released: unknown[][] = [];
  const approveFromWindow = jest.fn(async (doc: { _id: string }) => ({
    application: { id: doc._id, approvedAmountFen: 150_000 },
    undo: jest.fn(),
  }));
  const recompute = jest.fn(async () => 'changed');
  const fulfiller = new HealthWindowFulfiller(
    {
      findById: async () => over.earlier ?? null,
      remove: async (id: string) => void removed.push(id),
    } as unknown as ApplicationRepository,
    {
      rehabApplicationOf: async (_input: object, { id }: { id: string }) => ({
        _id: id,
        refusal: over.refusal ?? null,
      }),
    } as unknown as SubmissionService,
    { approveFromWindow } as unknown as WorkflowService,
    { recompute } as unknown as PremiumSubsidyService,
    { findById: async () => over.subsidy ?? null } as unknown as PremiumSubsidyRepository,
    { release: async (...args: unknown[]) => void released.push(args) } as unknown as BudgetRepository,
  );
  return { fulfiller, approveFromWindow, recompute, removed, released };
}

describe('四(四)1 with 四(三)2: what an approved health part becomes', () => {
  it('四(三)2: a rehabilitation part becomes the application window:<part>, approved with health’s amount', async () => {
    const { fulfiller, approveFromWindow } = setUp();
    const input = { partId: 'app-1:p1', approved: true, note: '同意', rehab };
    const made = await fulfiller.fulfil(part('REHAB_ASSISTANCE', 'DPF'), input, officer, today, at);
    expect(made).toMatchObject({ amountFen: 150_000, recordId: 'window:app-1:p1' });
    expect(approveFromWindow).toHaveBeenCalledWith(
      expect.objectContaining({ _id: 'window:app-1:p1' }),
      expect.objectContaining({ id: 'app-1:p1' }),
      '同意',
      officer,
    );
  });

  it('四(三)2: a rehabilitation the rules refuse (certificate of another type) refuses the approval, nothing approved', async () => {
    const refusal = { code: 'DISABILITY_TYPE_NOT_CERTIFIED', reason: 'no certificate', rule: '四(三)2' };
    const { fulfiller, approveFromWindow } = setUp({ refusal });
    const input = { partId: 'app-1:p1', approved: true, note: '同意', rehab };
    await expect(
      fulfiller.fulfil(part('REHAB_ASSISTANCE', 'DPF'), input, officer, today, at),
    ).rejects.toMatchObject({
      code: 'WINDOW_PART_NOT_ELIGIBLE',
      details: { field: 'input.rehab', reason: 'DISABILITY_TYPE_NOT_CERTIFIED' },
    });
    expect(approveFromWindow).not.toHaveBeenCalled();
  });

  it('四(四)1: an application an interrupted approval already made is taken, not made or charged twice', async () => {
    const earlier = { id: 'window:app-1:p1', status: 'APPROVED', approvedAmountFen: 90_000 };
    const { fulfiller, approveFromWindow } = setUp({ earlier });
    const input = { partId: 'app-1:p1', approved: true, note: '同意', rehab };
    const made = await fulfiller.fulfil(part('REHAB_ASSISTANCE', 'DPF'), input, officer, today, at);
    expect(made).toMatchObject({ amountFen: 90_000, recordId: 'window:app-1:p1' });
    expect(approveFromWindow).not.toHaveBeenCalled();
  });

  it('四(三)2: a premium-subsidy part carries the child’s subsidy decision of the year, made on the day', async () => {
    const { fulfiller, recompute } = setUp({ subsidy: { id: 'child-1:2026', amountFen: 38_000 } });
    const input = { partId: 'app-1:p1', approved: true, note: '同意' };
    const made = await fulfiller.fulfil(part('INSURANCE_PREMIUM_SUBSIDY'), input, officer, today, at);
    expect(recompute).toHaveBeenCalledWith('child-1', expect.stringContaining('app-1:p1'));
    expect(made).toMatchObject({ amountFen: 38_000, recordId: 'child-1:2026' });
  });

  it('五(三): a rejected part keeps no application an interrupted approval left, and its reservation is given back', async () => {
    const earlier = {
      id: 'window:app-1:p1',
      windowPartId: 'app-1:p1',
      status: 'APPROVED',
      approvedAmountFen: 90_000,
      budgetId: '450721:REHAB:2026',
    };
    const { fulfiller, removed, released } = setUp({ earlier });
    await fulfiller.discard(part('REHAB_ASSISTANCE', 'DPF'));
    expect(released).toEqual([['450721:REHAB:2026', 'window:app-1:p1', 90_000]]);
    expect(removed).toEqual(['window:app-1:p1']);
  });

  it('五(三): a paid application is never discarded, and nothing is done when there is none', async () => {
    const paid = { id: 'window:app-1:p1', windowPartId: 'app-1:p1', status: 'DISBURSED', budgetId: 'b' };
    const one = setUp({ earlier: paid });
    await one.fulfiller.discard(part('REHAB_ASSISTANCE', 'DPF'));
    expect([one.removed, one.released]).toEqual([[], []]);
    const none = setUp();
    await none.fulfiller.discard(part('MEDICAL_ASSISTANCE'));
    expect([none.removed, none.released]).toEqual([[], []]);
  });
});

import type { Identity } from '@qz/identity';
import type { BudgetRepository, Reservation } from '../budgets/budget.repository';
import type { Application, ApplicationRepository } from './application.repository';
import type { ApplicationDocument } from './application.schema';
import { WorkflowService } from './workflow.service';

const now = new Date('2026-11-05T02:00:00Z');
const officer: Identity = {
  userId: 'u-health',
  department: 'HEALTH',
  roles: ['HEALTH_OFFICER'],
  regionCode: '450721',
};
const part = { id: 'app-1:p1', townshipCode: '450721101', receivedOn: '2026-11-02' };
const claim = (amountFen: number): ApplicationDocument => ({
  _id: 'window:app-1:p1',
  programme: 'MEDICAL_ASSISTANCE',
  childId: 'child-1',
  regionCode: '450721101201',
  countyCode: '450721',
  serviceDate: '2026-10-30',
  costFen: 100_000,
  medical: { hospital: '灵山县人民医院', diagnosis: '肺炎' },
  rehab: null,
  computation: {
    costFen: 100_000,
    ratioBp: 9000,
    capFen: 1_000_000,
    usedThisYearFen: 0,
    byRatioFen: amountFen,
    remainingCapFen: 1_000_000,
    amountFen,
    subject: 'ORPHAN',
    rule: '四(三)2',
    standard: {} as never,
    computedOn: '2026-11-05',
  },
  status: 'SUBMITTED',
  open: true,
  approvedAmountFen: null,
  budgetId: null,
  paymentReference: null,
  refusal: null,
  steps: [{ step: 'SUBMITTED', by: 'u-health', at: now, note: null }],
  submittedAt: now,
  waitingSince: now,
  revision: 1,
  windowPartId: null,
});

function setUp(reservation: Reservation, approvedBefore: Partial<Application>[] = []) {
  const added: ApplicationDocument[] = [];
  const removed: string[] = [];
  const released: [string, string, number][] = [];
  const applications = {
    findByChild: async () => approvedBefore,
    whileApprovingFor: (_child: string, step: (guard: () => void) => Promise<unknown>) =>
      step(() => undefined),
    add: async (doc: ApplicationDocument) => {
      added.push(doc);
      return { ...doc, id: doc._id };
    },
    remove: async (id: string) => void removed.push(id),
  } as unknown as ApplicationRepository;
  const budgets = {
    reserve: jest.fn(async () => reservation),
    release: async (id: string, app: string, fen: number) => void released.push([id, app, fen]),
  } as unknown as BudgetRepository;
  const workflow = new WorkflowService(applications, budgets, { now: () => now });
  return { workflow, budgets, added, removed, released };
}

const budget = { limitFen: 100_000, usedFen: 90_000, reservations: {} } as never;

describe('四(三)2 and 五(三): a medical-assistance part approved at the window is charged to health’s budget', () => {
  it('四(三)2: the part becomes an approved application with the amount of health’s rules, reserved from the county’s budget of the year', async () => {
    const { workflow, budgets, added, removed, released } = setUp({ outcome: 'reserved', budget });
    const { application, undo } = await workflow.approveFromWindow(claim(90_000), part, '同意', officer);
    expect(budgets.reserve).toHaveBeenCalledWith('450721:MEDICAL_ASSISTANCE:2026', 'window:app-1:p1', 90_000);
    expect(application).toMatchObject({
      status: 'APPROVED',
      approvedAmountFen: 90_000,
      budgetId: '450721:MEDICAL_ASSISTANCE:2026',
      windowPartId: 'app-1:p1',
    });
    expect(added[0].steps.map((s) => s.step)).toEqual(['SUBMITTED', 'REVIEWED', 'APPROVED']);
    await undo();
    expect(removed).toEqual(['window:app-1:p1']);
    expect(released).toEqual([['450721:MEDICAL_ASSISTANCE:2026', 'window:app-1:p1', 90_000]]);
  });

  it('四(三)2: the yearly cap counts what was approved for the child this year (cap − used)', async () => {
    const before = [
      {
        id: 'other',
        programme: 'MEDICAL_ASSISTANCE',
        serviceDate: '2026-03-01',
        status: 'DISBURSED',
        approvedAmountFen: 980_000,
      } as Partial<Application>,
    ];
    const { workflow, budgets } = setUp({ outcome: 'reserved', budget }, before);
    const { application } = await workflow.approveFromWindow(claim(90_000), part, '同意', officer);
    expect(budgets.reserve).toHaveBeenCalledWith(expect.any(String), 'window:app-1:p1', 20_000);
    expect(application.approvedAmountFen).toBe(20_000);
  });

  it('五(三): refused BUDGET_EXCEEDED, with what is left, when the budget cannot take it: no application written', async () => {
    const exhausted = { limitFen: 100_000, usedFen: 95_000, reservations: {} } as never;
    const { workflow, added } = setUp({ outcome: 'exceeded', budget: exhausted });
    await expect(workflow.approveFromWindow(claim(90_000), part, '同意', officer)).rejects.toMatchObject({
      code: 'BUDGET_EXCEEDED',
      details: { field: 'input.partId', remainingFen: 5_000, neededFen: 90_000 },
    });
    expect(added).toEqual([]);
  });

  it('五(三): refused BUDGET_NOT_SET when the county has no budget of the programme for the year', async () => {
    const { workflow, added } = setUp({ outcome: 'missing' });
    await expect(workflow.approveFromWindow(claim(90_000), part, '同意', officer)).rejects.toMatchObject({
      code: 'BUDGET_NOT_SET',
    });
    expect(added).toEqual([]);
  });

  it('四(三)2: an officer outside the county whose budget it draws on may not approve it', async () => {
    const { workflow, budgets } = setUp({ outcome: 'reserved', budget });
    const township = { ...officer, regionCode: '450721101' };
    await expect(workflow.approveFromWindow(claim(90_000), part, '同意', township)).rejects.toMatchObject({
      code: 'OUT_OF_REGION',
    });
    expect(budgets.reserve).not.toHaveBeenCalled();
  });
});

import { Inject, Injectable } from '@nestjs/common';
import { regionCovers, type Identity } from '@qz/identity';
import { localDateInChina, type Clock } from '@qz/kernel';
import { actorOf, CLOCK } from '@qz/platform';
import { assertMayHandle, programmesOf } from '../access/health-access.rules';
import { BudgetRepository } from '../budgets/budget.repository';
import { budgetId } from '../budgets/budget.rules';
import { HealthErrors } from '../common/health.errors';
import { isQinzhouArea } from '../common/region';
import { ApplicationRepository, type Application } from './application.repository';
import type { ApplicationDocument } from './application.schema';
import { usedThisYear } from './used-this-year';
import { daysWaiting, isOpen, nextStatus, WAITING_FOR, type WorkflowAction } from './workflow.rules';

const DONE: Record<WorkflowAction, string> = {
  review: 'reviewed',
  approve: 'approved',
  refuse: 'refused',
  disburse: 'disbursed',
};

/**
 * Moves applications through review → approval → disbursement (or refusal), each step recorded
 * with who and when. An approval reserves its amount from the county's budget of the year with a
 * conditional update that never passes the limit; a disbursement records the payment.
 */
@Injectable()
export class WorkflowService {
  constructor(
    private readonly applications: ApplicationRepository,
    private readonly budgets: BudgetRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The application as stored, refused when the person may not take this step on it (region first). */
  private async load(id: string, action: WorkflowAction, who: Identity) {
    const app = await this.applications.findById(id);
    if (!app) throw HealthErrors.applicationNotFound(id);
    assertMayHandle(who, app, action);
    const next = nextStatus(app.status, action);
    if ('code' in next) throw HealthErrors.wrongStep(id, app.status, DONE[action], next.code, next.hint);
    return { app, to: next.to };
  }

  private async record(
    app: Application,
    to: Application['status'],
    who: Identity,
    note: string | null,
    extra: object = {},
  ) {
    const now = this.clock.now();
    const ok = await this.applications.updateAtRevision(app.id, app.revision, {
      $set: { status: to, open: isOpen(to), waitingSince: now, ...extra },
      $push: { steps: { step: to, by: actorOf(who).id, at: now, note } },
    });
    return ok;
  }

  async review(id: string, note: string | null, who: Identity): Promise<Application> {
    const { app, to } = await this.load(id, 'review', who);
    if (!(await this.record(app, to, who, note))) throw HealthErrors.changedConcurrently(id);
    return (await this.applications.findById(id)) as Application;
  }

  async refuse(id: string, reason: string, who: Identity): Promise<Application> {
    const { app, to } = await this.load(id, 'refuse', who);
    const refusal = {
      code: 'REFUSED_BY_OFFICER',
      reason: reason.trim(),
      rule: 'decision of the reviewing officer',
      by: actorOf(who).id,
    };
    if (!(await this.record(app, to, who, reason.trim(), { refusal })))
      throw HealthErrors.changedConcurrently(id);
    return (await this.applications.findById(id)) as Application;
  }

  async approve(id: string, note: string | null, who: Identity): Promise<Application> {
    const first = await this.load(id, 'approve', who);
    // Approvals of one child one at a time (every instance), so the child's yearly cap holds.
    return this.applications.whileApprovingFor(first.app.childId, async (guard) => {
      const { app, to } = await this.load(id, 'approve', who); // as it is now, inside the child's lock
      const { budget, reserved, release } = await this.reserveApproval(app, `application ${id}`, guard);
      guard();
      if (!(await this.record(app, to, who, note, { approvedAmountFen: reserved, budgetId: budget }))) {
        await release();
        throw HealthErrors.changedConcurrently(id);
      }
      return (await this.applications.findById(id)) as Application;
    });
  }

  /**
   * A one-window part (四(四)1) approved by its officer becomes an application approved at once:
   * the township's first-instance review at the window is its review. The amount is computed as
   * for any approval (the yearly cap, one approval of a child at a time) and reserved from the
   * county's budget before anything is stored: BUDGET_NOT_SET, BUDGET_EXCEEDED or CAP_REACHED
   * leave nothing written. `undo` gives back the application and its reservation.
   */
  async approveFromWindow(
    doc: ApplicationDocument,
    part: { id: string; townshipCode: string; receivedOn: string },
    note: string,
    who: Identity,
  ): Promise<{ application: Application; undo: () => Promise<void> }> {
    const app = { ...doc, id: doc._id };
    assertMayHandle(who, app, 'approve');
    if (!doc.computation) throw HealthErrors.nothingLeftToPay(`window part ${part.id}`);
    return this.applications.whileApprovingFor(doc.childId, async (guard) => {
      const { budget, reserved, release } = await this.reserveApproval(
        app,
        `window part ${part.id}`,
        guard,
        'input.partId',
      );
      const now = this.clock.now();
      const by = actorOf(who).id;
      const approved: ApplicationDocument = {
        ...doc,
        status: 'APPROVED',
        open: isOpen('APPROVED'),
        approvedAmountFen: reserved,
        budgetId: budget,
        windowPartId: part.id,
        steps: [
          ...doc.steps,
          {
            step: 'REVIEWED',
            by: `township:${part.townshipCode}`,
            at: now,
            note: `one-window application received on ${part.receivedOn}, reviewed at the township (四(四)1)`,
          },
          { step: 'APPROVED', by, at: now, note },
        ],
        waitingSince: now,
      };
      try {
        guard();
        const application = await this.applications.add(approved);
        return {
          application,
          undo: async () => {
            await this.applications.remove(doc._id);
            await release();
          },
        };
      } catch (error) {
        await release();
        throw error;
      }
    });
  }

  /**
   * What is left to pay of `app`'s computed amount (the child's yearly cap, the other approvals of
   * the year counted), reserved from its county's budget of the year: CAP_REACHED when nothing is
   * left, BUDGET_NOT_SET or BUDGET_EXCEEDED (naming `field`) otherwise. Call it inside the child's
   * approval lock (`guard` checks it still holds); `release` gives back what this call reserved.
   */
  private async reserveApproval(
    app: Pick<Application, 'id' | 'childId' | 'countyCode' | 'programme' | 'serviceDate' | 'computation'>,
    what: string,
    guard: () => void,
    field?: string,
  ) {
    const computation = app.computation;
    if (!computation) throw HealthErrors.nothingLeftToPay(what);
    const subject = app.programme === 'MEDICAL_ASSISTANCE' ? null : computation.subject;
    const used = usedThisYear(
      await this.applications.findByChild(app.childId),
      app.programme,
      app.serviceDate,
      subject,
      app.id,
    );
    const amount = Math.min(computation.amountFen, Math.max(0, computation.capFen - used));
    if (amount <= 0) throw HealthErrors.nothingLeftToPay(what);
    const year = Number(localDateInChina(this.clock.now()).slice(0, 4));
    const budget = budgetId(app.countyCode, app.programme, year);
    guard();
    const reservation = await this.budgets.reserve(budget, app.id, amount);
    if (reservation.outcome === 'missing')
      throw HealthErrors.budgetNotSet(app.countyCode, app.programme, year, field);
    if (reservation.outcome === 'exceeded') {
      const left = reservation.budget.limitFen - reservation.budget.usedFen;
      throw HealthErrors.budgetExceeded(app.countyCode, app.programme, year, left, amount, field);
    }
    const reserved =
      reservation.outcome === 'already-reserved' ? reservation.budget.reservations[app.id] : amount;
    const release = async () => {
      if (reservation.outcome === 'reserved') await this.budgets.release(budget, app.id, amount);
    };
    return { budget, reserved, release };
  }

  async disburse(id: string, paymentReference: string, who: Identity): Promise<Application> {
    const { app, to } = await this.load(id, 'disburse', who);
    const amount = app.approvedAmountFen ?? 0;
    const budget = app.budgetId as string;
    await this.budgets.disburse(budget, app.id, amount);
    if (
      !(await this.record(app, to, who, paymentReference.trim(), {
        paymentReference: paymentReference.trim(),
      }))
    ) {
      await this.budgets.undoDisbursement(budget, app.id, amount);
      throw HealthErrors.changedConcurrently(id);
    }
    return (await this.applications.findById(id)) as Application;
  }

  /**
   * What waits for an officer in a region's subtree (a county, a township, or all of Qinzhou for
   * 450700), in the programmes of the officer's department, oldest first.
   */
  async queue(regionCode: string, who: Identity) {
    if (!isQinzhouArea(regionCode)) throw HealthErrors.unknownArea(regionCode);
    const now = this.clock.now();
    const programmes = programmesOf(who.roles);
    const open = (await this.applications.findAllOpen()).filter(
      (a) => regionCovers(regionCode, a.regionCode) && programmes.includes(a.programme),
    );
    return open
      .sort((a, b) => a.waitingSince.getTime() - b.waitingSince.getTime())
      .map((application) => ({
        application,
        waitingFor: WAITING_FOR[application.status] ?? 'NOTHING',
        waitingSince: application.waitingSince,
        waitingDays: daysWaiting(application.waitingSince, now),
      }));
  }
}

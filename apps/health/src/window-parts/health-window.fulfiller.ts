import { Injectable } from '@nestjs/common';
import type { Identity } from '@qz/identity';
import { DomainError, localDateInChina } from '@qz/kernel';
import { isDuplicateKeyError } from '@qz/messaging';
import { actorOf } from '@qz/platform';
import type {
  DecideWindowPartInput,
  FulfilledPart,
  Fulfilment,
  RecordOfPart,
  RecordProgress,
  WindowPartFulfiller,
} from '@qz/window-parts';
import { ApplicationRepository } from '../applications/application.repository';
import { BudgetRepository } from '../budgets/budget.repository';
import type { ApplicationDocument } from '../applications/application.schema';
import { SubmissionService } from '../applications/submission.service';
import { WorkflowService } from '../applications/workflow.service';
import { PremiumSubsidyRepository } from '../premium/premium-subsidy.repository';
import { PremiumSubsidyService } from '../premium/premium-subsidy.service';
import { figuresRefusal, WINDOW_PART_PROGRAMME, windowApplicationId } from './window-part.rules';

const nothing = () => Promise.resolve();

/**
 * What an approved one-window part becomes in health (四(四)1 协同办理, 四(三)2): medical assistance
 * and the DPF's rehabilitation become a health application, its amount computed by health's rules
 * (ratio, yearly cap) from the figures the officer enters and reserved from the county's budget of
 * the programme, approved at once (the township's review at the window is its review) and paid
 * through health's own workflow; the premium subsidy is the child's decision of the year. Refused
 * (BUDGET_EXCEEDED, BUDGET_NOT_SET, CAP_REACHED, …) with nothing written.
 */
@Injectable()
export class HealthWindowFulfiller implements WindowPartFulfiller {
  constructor(
    private readonly applications: ApplicationRepository,
    private readonly submissions: SubmissionService,
    private readonly workflow: WorkflowService,
    private readonly premiums: PremiumSubsidyService,
    private readonly subsidies: PremiumSubsidyRepository,
    private readonly budgets: BudgetRepository,
  ) {}

  async fulfil(
    part: FulfilledPart,
    input: DecideWindowPartInput,
    viewer: Identity,
    today: string,
    at: Date,
  ): Promise<Fulfilment> {
    const refusal = figuresRefusal(part.kind, input);
    if (refusal) throw refusal;
    if (part.kind === 'INSURANCE_PREMIUM_SUBSIDY') return this.premium(part, today);
    if (!WINDOW_PART_PROGRAMME[part.kind]) return { amountFen: null, recordId: null, undo: nothing };

    const id = windowApplicationId(part.id);
    const earlier = await this.applications.findById(id);
    if (earlier) {
      // Made by an approval whose decision was not recorded (interrupted): the part takes it.
      if (earlier.status === 'APPROVED' || earlier.status === 'DISBURSED')
        return { amountFen: earlier.approvedAmountFen, recordId: earlier.id, undo: nothing };
      throw alreadyDecided();
    }
    const actor = actorOf(viewer);
    let doc: ApplicationDocument;
    if (input.medical) {
      doc = await this.submissions.medicalClaimOf(
        { childId: part.childId, ...input.medical },
        { actor, now: at, id, at: 'input.medical' },
      );
    } else {
      const rehab = input.rehab as NonNullable<DecideWindowPartInput['rehab']>;
      doc = await this.submissions.rehabApplicationOf(
        { childId: part.childId, programme: 'REHAB', ...rehab },
        { actor, now: at, id, at: 'input.rehab' },
      );
      if (doc.refusal)
        throw new DomainError(
          'WINDOW_PART_NOT_ELIGIBLE',
          `${doc.refusal.reason} (${doc.refusal.code}; ${doc.refusal.rule})`,
          'precondition',
          { field: 'input.rehab', reason: doc.refusal.code },
        );
    }
    try {
      const { application, undo } = await this.workflow.approveFromWindow(
        doc,
        part,
        input.note.trim(),
        viewer,
      );
      return { amountFen: application.approvedAmountFen, recordId: application.id, undo };
    } catch (error) {
      if (isDuplicateKeyError(error)) throw alreadyDecided();
      throw error;
    }
  }

  /**
   * A rejected part keeps no application: one an approval made but could not name on the part
   * (interrupted between the two writes) is removed and its reservation given back.
   */
  async discard(part: FulfilledPart): Promise<void> {
    const left = await this.applications.findById(windowApplicationId(part.id));
    if (!left || left.windowPartId !== part.id || left.status !== 'APPROVED') return;
    if (left.budgetId && left.approvedAmountFen)
      await this.budgets.release(left.budgetId, left.id, left.approvedAmountFen);
    await this.applications.remove(left.id);
  }

  /**
   * The window's live status of approved parts: the health application's status (APPROVED, then
   * DISBURSED when paid) and amount, or the premium subsidy of the year as last recomputed.
   */
  async progress(records: readonly RecordOfPart[]): Promise<(RecordProgress | null)[]> {
    const isPremium = (r: RecordOfPart) => r.kind === 'INSURANCE_PREMIUM_SUBSIDY';
    const [applications, subsidies] = await Promise.all([
      this.applications.findByIds(records.filter((r) => !isPremium(r)).map((r) => r.recordId)),
      this.subsidies.findByIds(records.filter(isPremium).map((r) => r.recordId)),
    ]);
    const found = new Map<string, RecordProgress>();
    for (const a of applications)
      if (a)
        found.set(a.id, {
          status: a.status,
          // waitingSince: when the application's last step happened.
          statusOn: localDateInChina(a.waitingSince),
          amountFen: a.approvedAmountFen,
        });
    for (const p of subsidies)
      if (p) found.set(p.id, { status: 'COMPUTED', statusOn: p.computedOn, amountFen: p.amountFen });
    return records.map((r) => found.get(r.recordId) ?? null);
  }

  /** 四(三)2: the premium subsidy of the year, as health's rules make it on the day. */
  private async premium(part: FulfilledPart, today: string): Promise<Fulfilment> {
    await this.premiums.recompute(part.childId, `one-window part ${part.id} approved`);
    const subsidy = await this.subsidies.findById(`${part.childId}:${today.slice(0, 4)}`);
    return { amountFen: subsidy?.amountFen ?? null, recordId: subsidy?.id ?? null, undo: nothing };
  }
}

const alreadyDecided = () =>
  new DomainError('WINDOW_PART_ALREADY_DECIDED', 'the part was approved meanwhile', 'conflict', {
    field: 'input.partId',
  });

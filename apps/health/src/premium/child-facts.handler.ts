import { Injectable, type OnModuleInit } from '@nestjs/common';
import { ChildReplicaHooks } from '@qz/child-replica';
import {
  BenefitChangedV1,
  BenefitEndedV1,
  BenefitGrantedV1,
  BenefitSuspendedV1,
  type BenefitPayload,
  type ChildClassifiedPayload,
  type Envelope,
} from '@qz/contracts';
import { localDateInChina } from '@qz/kernel';
import { EventHandler } from '@qz/messaging/nest';
import { benefitKey, ChildFactsRepository } from '../facts/child-facts.repository';
import { PremiumSubsidyService } from './premium-subsidy.service';

const newer = (a: string, b: string | null | undefined) => !b || Date.parse(a) >= Date.parse(b);

/**
 * Flows 1 and 4 of docs/domain/flows.md: the registry's classification (kept in the child replica)
 * and the assistance service's benefits become this service's facts about the child (each event
 * once; an older event arriving after a newer one changes nothing), and the premium subsidy is
 * recomputed.
 */
@Injectable()
export class ChildFactsHandler implements OnModuleInit {
  constructor(
    private readonly facts: ChildFactsRepository,
    private readonly premiums: PremiumSubsidyService,
    private readonly hooks: ChildReplicaHooks,
  ) {}

  onModuleInit(): void {
    this.hooks.onClassified((event, _child, stale) => this.onClassified(event, stale));
  }

  /** The categories are in the replica now; this service keeps since when the child is in difficulty. */
  async onClassified(event: Envelope<ChildClassifiedPayload>, stale: boolean): Promise<void> {
    const p = event.payload;
    const written = stale
      ? undefined
      : await this.facts.applyEvent(p.childId, event.id, (f) => ({
          difficultySince: p.inDifficulty
            ? (f.difficultySince ?? localDateInChina(new Date(event.occurredAt)))
            : null,
        }));
    await this.premiums.recompute(p.childId, `${event.type} ${event.id}`, written?.facts);
  }

  @EventHandler(BenefitGrantedV1)
  onGranted(event: Envelope<BenefitPayload>) {
    return this.onBenefit(event);
  }

  @EventHandler(BenefitChangedV1)
  onChanged(event: Envelope<BenefitPayload>) {
    return this.onBenefit(event);
  }

  @EventHandler(BenefitSuspendedV1)
  onSuspended(event: Envelope<BenefitPayload>) {
    return this.onBenefit(event);
  }

  @EventHandler(BenefitEndedV1)
  onEnded(event: Envelope<BenefitPayload>) {
    return this.onBenefit(event);
  }

  private async onBenefit(event: Envelope<BenefitPayload>): Promise<void> {
    const p = event.payload;
    const key = benefitKey(p.benefitId);
    const written = await this.facts.applyEvent(p.childId, event.id, (f) => {
      if (!newer(event.occurredAt, f.benefits[key]?.occurredAt)) return null;
      return {
        regionCode: p.regionCode,
        benefits: {
          ...f.benefits,
          [key]: {
            benefitId: p.benefitId,
            programme: p.programme,
            status: p.status,
            startDate: p.startDate,
            endDate: p.endDate,
            effectiveDate: p.effectiveDate,
            occurredAt: event.occurredAt,
          },
        },
      };
    });
    await this.premiums.recompute(p.childId, `${event.type} ${event.id}`, written.facts);
  }
}

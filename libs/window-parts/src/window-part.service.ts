import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import {
  ApplicationPartDecidedV1,
  createEvent,
  type Actor,
  windowPartId,
  type ApplicationPartRoutedPayload,
  type WindowPartService as ServiceName,
} from '@qz/contracts';
import { regionCovers, type Identity } from '@qz/identity';
import { DomainError, localDateInChina, regionAncestry, type Clock } from '@qz/kernel';
import { outgoing } from '@qz/messaging';
import { actorOf, CLOCK, outOfRegion } from '@qz/platform';
import type { DecideWindowPartInput } from './window-part.model';
import { WindowPartRepository, type WindowPart } from './window-part.repository';
import {
  decidedPayload,
  decisionRefusal,
  isForService,
  windowPartOf,
  type Fulfilment,
  type RecordProgress,
  type WindowPartAssessor,
  type WindowPartFulfiller,
} from './window-part.rules';
import type { WindowPartDecision, WindowPartDocument, WindowPartStatus } from './window-part.schema';
import { WINDOW_PART_ASSESSOR, WINDOW_PART_FULFILLER, WINDOW_PART_SERVICE_NAME } from './window-part.tokens';

/** A part and where its department record stands now. */
export interface PartProgress {
  part: WindowPart;
  record: RecordProgress | null;
}

const RULES_ACTOR = (service: ServiceName): Actor => ({ kind: 'system', id: `${service}:window-part-rules` });

/**
 * The one-window parts a deciding service receives (四(四)1 协同办理): assessed with its own rules on
 * arrival, decided by its officers, each decision sent back to assistance in the same write.
 */
@Injectable()
export class WindowPartService {
  private readonly logger = new Logger(WindowPartService.name);

  constructor(
    @Inject(WINDOW_PART_SERVICE_NAME) private readonly service: ServiceName,
    @Inject(WINDOW_PART_ASSESSOR) private readonly assessor: WindowPartAssessor,
    private readonly parts: WindowPartRepository,
    @Inject(CLOCK) private readonly clock: Clock,
    @Optional() @Inject(WINDOW_PART_FULFILLER) private readonly fulfiller: WindowPartFulfiller | null = null,
  ) {}

  private event(
    part: Pick<
      WindowPartDocument,
      'applicationId' | 'partId' | 'childId' | 'kind' | 'regionCode' | 'department'
    >,
    d: WindowPartDecision,
    actor: Actor,
  ) {
    const contract = ApplicationPartDecidedV1[this.service];
    return outgoing(
      contract.topic,
      createEvent(contract, {
        subject: part.childId,
        regionCode: part.regionCode,
        actor,
        occurredAt: d.decidedAt,
        payload: decidedPayload(part, d),
      }),
    );
  }

  /** A routed part of this service's departments, stored once with its assessment. */
  async receive(p: ApplicationPartRoutedPayload, eventId: string): Promise<void> {
    if (!isForService(p, this.service)) return;
    if (await this.parts.findById(windowPartId(p.applicationId, p.partId))) return; // redelivered
    const at = this.clock.now();
    const assessedOn = localDateInChina(at);
    const assessment = { ...(await this.assessor.assess(p, assessedOn, 'arrival')), assessedOn };
    const doc = windowPartOf(p, eventId, assessment, at);
    const events = doc.decision ? [this.event(doc, doc.decision, RULES_ACTOR(this.service))] : [];
    await this.parts.receive(doc, events);
  }

  /** A child's parts of one kind still waiting for a decision. */
  async pendingOfChild(childId: string, kind: string): Promise<WindowPart[]> {
    return (await this.parts.pendingOfChild(childId)).filter((p) => p.kind === kind);
  }

  /**
   * The parts of these ids kept here (null for one this service does not decide), each with where
   * its department record stands now: what the window shows as the part's live status.
   */
  async progressOf(ids: readonly string[]): Promise<(PartProgress | null)[]> {
    const parts = await this.parts.findByIds(ids);
    const records = parts.flatMap((p) =>
      p?.decision?.recordId ? [{ kind: p.kind, recordId: p.decision.recordId }] : [],
    );
    const found = records.length && this.fulfiller?.progress ? await this.fulfiller.progress(records) : [];
    const byRecord = new Map(records.map((r, i) => [r.recordId, found[i] ?? null]));
    return parts.map((p) =>
      p
        ? { part: p, record: p.decision?.recordId ? (byRecord.get(p.decision.recordId) ?? null) : null }
        : null,
    );
  }

  async queue(regionCode: string, status: WindowPartStatus): Promise<WindowPart[]> {
    return this.parts.inRegion(regionCode, status);
  }

  /**
   * An officer's decision on a pending part of their department and region. An approval becomes
   * the service's own record first (its fulfiller: the amount by its rules, charged to its budget);
   * when that is refused nothing is written, and when the decision then cannot be recorded (decided
   * meanwhile) the record is given back.
   */
  async decide(input: DecideWindowPartInput, viewer: Identity): Promise<WindowPart> {
    const part = await this.parts.findById(input.partId);
    if (!part)
      throw new DomainError('WINDOW_PART_NOT_FOUND', undefined, undefined, { field: 'input.partId' });
    if (!regionCovers(viewer.regionCode, part.regionCode)) throw outOfRegion(`Application part ${part.id}`);
    const at = this.clock.now();
    const today = localDateInChina(at);
    const now = input.approved ? await this.assessor.assess(part, today, 'decision') : part.assessment;
    const refusal = decisionRefusal(part, viewer.roles, input.approved, now);
    if (refusal) throw refusal;
    const actor = actorOf(viewer);
    const fulfilment: Fulfilment | null =
      input.approved && this.fulfiller ? await this.fulfiller.fulfil(part, input, viewer, today, at) : null;
    const decision: WindowPartDecision = {
      approved: input.approved,
      note: input.note.trim(),
      rule: now.rule,
      decidedOn: today,
      decidedBy: `${part.department}:${actor.id}`,
      automatic: false,
      decidedAt: at,
      amountFen: fulfilment?.amountFen ?? null,
      recordId: fulfilment?.recordId ?? null,
    };
    let recorded = false;
    try {
      recorded = await this.parts.decide(part.id, decision, [this.event(part, decision, actor)]);
    } finally {
      if (!recorded && fulfilment) await this.giveBack(part.id, fulfilment);
    }
    if (!recorded)
      throw new DomainError('WINDOW_PART_ALREADY_DECIDED', undefined, undefined, { field: 'input.partId' });
    // Best effort once the decision is recorded: a failure leaves what it would remove, and says so.
    if (!input.approved)
      await this.fulfiller
        ?.discard?.(part)
        .catch((error: unknown) =>
          this.logger.warn(
            `window part ${part.id}: what an interrupted approval left stays (${String(error)})`,
          ),
        );
    return { ...part, status: input.approved ? 'APPROVED' : 'REJECTED', decision };
  }

  /**
   * The record made for a decision that could not be recorded is given back, unless the part was
   * decided meanwhile naming that same record (a concurrent approval that took it over).
   */
  private async giveBack(id: string, fulfilment: Fulfilment): Promise<void> {
    const now = fulfilment.recordId ? await this.parts.findById(id) : null;
    if (fulfilment.recordId && now?.decision?.recordId === fulfilment.recordId) return;
    await fulfilment.undo();
  }

  /** A moved child's pending parts follow it to the new region's staff. */
  moveChild(childId: string, regionCode: string): Promise<void> {
    return this.parts.moveChild(childId, regionCode, regionAncestry(regionCode));
  }

  /** Merges carry everything (issue 15): the merged record's parts pass to the surviving one, the pending ones to its region. */
  async mergeChild(fromChildId: string, intoChildId: string, regionCode: string): Promise<void> {
    await this.parts.mergeChild(fromChildId, intoChildId);
    await this.moveChild(intoChildId, regionCode);
  }
}

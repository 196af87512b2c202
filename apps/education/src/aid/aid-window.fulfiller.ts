import { Injectable } from '@nestjs/common';
import { ChildReplicaRepository } from '@qz/child-replica';
import type { Identity } from '@qz/identity';
import { DomainError, localDateInChina } from '@qz/kernel';
import { actorOf } from '@qz/platform';
import type {
  DecideWindowPartInput,
  FulfilledPart,
  Fulfilment,
  RecordOfPart,
  RecordProgress,
  WindowPartFulfiller,
} from '@qz/window-parts';
import { AidRepository } from './aid.repository';
import { AidService } from './aid.service';

/**
 * An approved EDUCATION_AID part (四(四)1) becomes the child's education aid record (四(三)3):
 * the aid proposal its categories give, confirmed (or linked when the bureau already confirmed it),
 * naming the part; the part's decision names the proposal. Education aid carries no amount here.
 */
@Injectable()
export class AidWindowFulfiller implements WindowPartFulfiller {
  constructor(
    private readonly replicas: ChildReplicaRepository,
    private readonly aid: AidService,
    private readonly proposals: AidRepository,
  ) {}

  /** The window's live status: the aid's status now (CONFIRMED, or WITHDRAWN, REJECTED later). */
  async progress(records: readonly RecordOfPart[]): Promise<(RecordProgress | null)[]> {
    const found = await this.proposals.findByIds(records.map((r) => r.recordId));
    return found.map((p) =>
      p
        ? { status: p.status, statusOn: localDateInChina(p.decision?.at ?? p.proposedAt), amountFen: null }
        : null,
    );
  }

  async fulfil(
    part: FulfilledPart,
    input: DecideWindowPartInput,
    viewer: Identity,
    _today: string,
    at: Date,
  ): Promise<Fulfilment> {
    const figures = input.medical ? 'medical' : input.rehab ? 'rehab' : null;
    if (figures)
      throw new DomainError(
        'WINDOW_PART_FIGURES_NOT_APPLICABLE',
        `input.${figures}: education aid is granted by category (四(三)3) and takes no figures`,
        'invalid',
        { field: `input.${figures}` },
      );
    const child = await this.replicas.findById(part.childId);
    const made = child
      ? await this.aid.fromWindowPart(part, child, {
          by: `EDUCATION:${actorOf(viewer).id}`,
          at,
          reason: `${input.note.trim()} (one-window application ${part.applicationId}, part ${part.partId})`,
        })
      : null;
    return made
      ? { amountFen: null, recordId: made.recordId, undo: made.undo }
      : { amountFen: null, recordId: null, undo: () => Promise.resolve() };
  }
}

import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { ChildRegisteredPayload, Envelope } from '@qz/contracts';
import { applyOnce, applyOnceMany, type ApplyOnceItem } from '@qz/messaging';
import { BaseRepository, type Plain } from '@qz/persistence';
import type { Model } from 'mongoose';
import { ChildReplicaDocument } from './child-replica.schema';

export type ChildReplica = Plain<ChildReplicaDocument>;

@Injectable()
export class ChildReplicaRepository extends BaseRepository<ChildReplicaDocument> {
  constructor(@InjectModel(ChildReplicaDocument.name) model: Model<ChildReplicaDocument>) {
    super(model);
  }

  /** Creates or refreshes the replica from a ChildRegistered event, once per event id. */
  applyRegistered(event: Envelope<ChildRegisteredPayload>, now: Date): Promise<boolean> {
    const { docId, update } = registered(event, now);
    return applyOnce(this.model.collection, { _id: docId }, update, event.id, { upsert: true });
  }

  /** applyRegistered for a chunk of events, in their order (new replicas in one insert). */
  applyRegisteredMany(events: Envelope<ChildRegisteredPayload>[], now: Date): Promise<number> {
    return applyOnceMany(
      this.model.collection,
      events.map((e) => registered(e, now)),
      { upsert: true },
    );
  }
}

function registered(event: Envelope<ChildRegisteredPayload>, now: Date): ApplyOnceItem {
  const p = event.payload;
  return {
    docId: p.childId,
    eventId: event.id,
    update: {
      $set: {
        familyName: p.familyName,
        givenName: p.givenName,
        sex: p.sex,
        birthDate: p.birthDate,
        regionCode: p.regionCode,
        registeredAt: new Date(p.registeredAt),
      },
      $setOnInsert: { knownSince: now },
    },
  };
}

import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { ChildRegisteredPayload, Envelope } from '@qz/contracts';
import { applyOnce } from '@qz/messaging';
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
    const p = event.payload;
    return applyOnce(
      this.model.collection,
      { _id: p.childId },
      {
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
      event.id,
      { upsert: true },
    );
  }
}

import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { ChildRegisteredPayload, Envelope } from '@qz/contracts';
import { applyOnce } from '@qz/messaging';
import { PLAIN_PROJECTION, toPlain, type Plain } from '@qz/persistence';
import type { Model } from 'mongoose';
import { ChildReplicaDocument } from './child-replica.schema';

export type ChildReplica = Plain<ChildReplicaDocument>;

@Injectable()
export class ChildReplicaRepository {
  constructor(@InjectModel(ChildReplicaDocument.name) private readonly model: Model<ChildReplicaDocument>) {}

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

  /** One store query for a batch of ids, answered in the order asked. */
  async findByIds(ids: readonly string[]): Promise<(ChildReplica | null)[]> {
    const docs = await this.model.collection
      .find({ _id: { $in: [...new Set(ids)] } } as never, { projection: PLAIN_PROJECTION })
      .toArray();
    const byId = new Map(docs.map((d) => [String(d._id), toPlain(d as unknown as ChildReplicaDocument)]));
    return ids.map((id) => byId.get(id) ?? null);
  }
}

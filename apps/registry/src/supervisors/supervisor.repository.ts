import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { isDuplicateKeyError, withDocumentLease } from '@qz/messaging';
import { toPlain, PLAIN_PROJECTION, type Plain } from '@qz/persistence';
import type { Model } from 'mongoose';
import { SupervisorErrors } from './supervisor.errors';
import { SupervisorDocument } from './supervisor.schema';

export type Supervisor = Plain<SupervisorDocument>;

@Injectable()
export class SupervisorRepository {
  constructor(@InjectModel(SupervisorDocument.name) private readonly model: Model<SupervisorDocument>) {}

  async findById(id: string): Promise<Supervisor | null> {
    const d = await this.model.collection.findOne({ _id: id } as never, { projection: PLAIN_PROJECTION });
    return d ? toPlain(d as unknown as SupervisorDocument) : null;
  }

  /** Supervisors in post in a region's subtree, by region code. */
  async inPostUnder(regionCode: string): Promise<Supervisor[]> {
    const docs = await this.model.collection
      .find({ regionPath: regionCode, endedOn: null } as never, { projection: PLAIN_PROJECTION })
      .sort({ regionCode: 1 })
      .limit(1000)
      .toArray();
    return docs.map((d) => toPlain(d as unknown as SupervisorDocument));
  }

  /** Stores an appointment; a post already held is refused by the unique `post` index. */
  async appoint(doc: SupervisorDocument): Promise<Supervisor> {
    const candidate = new this.model(doc);
    await candidate.validate();
    try {
      await this.model.collection.insertOne(candidate.toObject() as never);
    } catch (error) {
      if (isDuplicateKeyError(error)) throw SupervisorErrors.postHeld(doc.role, doc.regionCode);
      throw error;
    }
    return toPlain(doc);
  }

  /** Ends an appointment still in post; false if it was not. */
  async end(id: string, endedOn: string): Promise<boolean> {
    const r = await withDocumentLease(this.model.collection, id, () =>
      this.model.collection.updateOne({ _id: id, endedOn: null } as never, { $set: { endedOn, post: id } }),
    );
    return r.matchedCount > 0;
  }
}

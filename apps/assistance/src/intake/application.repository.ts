import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { OutboxNotifierService } from '@qz/messaging/nest';
import { ChildRecordsRepository, type Plain } from '@qz/persistence';
import type { Model } from 'mongoose';
import { ApplicationDocument } from './application.schema';

export type Application = Plain<ApplicationDocument>;

@Injectable()
export class ApplicationRepository extends ChildRecordsRepository<ApplicationDocument> {
  constructor(
    @InjectModel(ApplicationDocument.name) model: Model<ApplicationDocument>,
    notifier: OutboxNotifierService,
  ) {
    super(model, notifier);
  }

  insert(application: ApplicationDocument) {
    return this.insertWithEvents(application, []);
  }

  findByTownship(townshipCode: string): Promise<Application[]> {
    return this.findPlain({ townshipCode });
  }

  /** Applications waiting for a step, received at windows in a region and below. */
  async findOpenIn(regionCode: string): Promise<Application[]> {
    const [received, reviewed] = await Promise.all([
      this.findInRegion(regionCode, { status: 'RECEIVED' }, { code: 'townshipCode' }),
      this.findInRegion(regionCode, { status: 'REVIEWED' }, { code: 'townshipCode' }),
    ]);
    return [...received, ...reviewed];
  }

  /** Reviewed applications (their parts routed) whose child lives in a region and below. */
  async findRoutedIn(regionCode: string): Promise<Application[]> {
    return [
      ...(await this.findInRegion(regionCode, { status: 'REVIEWED' }, { code: 'regionCode' })),
      ...(await this.findInRegion(regionCode, { status: 'APPROVED' }, { code: 'regionCode' })),
      ...(await this.findInRegion(regionCode, { status: 'REJECTED' }, { code: 'regionCode' })),
    ];
  }

  /** Every application received at a window in a region and below (the indicators). */
  async findReceivedAtWindowsIn(regionCode: string): Promise<Application[]> {
    return this.findInRegion(regionCode, {}, { code: 'townshipCode' });
  }
}

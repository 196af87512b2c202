import { Inject, Injectable } from '@nestjs/common';
import { localDateInChina, parseLocalDate, type Clock } from '@qz/kernel';
import { CLOCK } from '@qz/platform';
import { v7 as uuidv7 } from 'uuid';
import { GuardianshipErrors } from '../guardianship/guardianship.errors';
import { RegionErrors } from '../regions/region.errors';
import { RegionRepository } from '../regions/region.repository';
import { SupervisorErrors } from './supervisor.errors';
import type { AppointSupervisorInput, EndSupervisorInput } from './supervisor.inputs';
import { SupervisorRepository, type Supervisor } from './supervisor.repository';

const LEVEL_OF_ROLE = { VILLAGE_SUPERVISOR: 'VILLAGE', TOWNSHIP_SOCIAL_WORKER: 'TOWNSHIP' } as const;

/** Appoints village supervisors and township social workers to their posts (四(二)1, 五(一)). */
export type { Supervisor };

@Injectable()
export class SupervisorService {
  constructor(
    private readonly supervisors: SupervisorRepository,
    private readonly regions: RegionRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async appoint(input: AppointSupervisorInput) {
    const appointedOn = parseLocalDate(input.appointedOn, 'input.appointedOn');
    if (appointedOn > localDateInChina(this.clock.now()))
      throw GuardianshipErrors.dateInFuture('input.appointedOn', appointedOn);
    const region = await this.regions.findByCode(input.regionCode);
    if (!region) throw RegionErrors.unknown(input.regionCode, 'input.regionCode');
    if (region.level !== LEVEL_OF_ROLE[input.role])
      throw SupervisorErrors.wrongLevel(input.role, region.code, region.level);
    return this.supervisors.appoint({
      _id: uuidv7(),
      name: input.name.trim(),
      role: input.role,
      regionCode: region.code,
      regionPath: region.path,
      phone: input.phone?.trim() ?? null,
      appointedOn,
      endedOn: null,
      post: `${input.role}:${region.code}`,
    });
  }

  async end(input: EndSupervisorInput) {
    const endedOn = parseLocalDate(input.endedOn, 'input.endedOn');
    const ended = (await this.supervisors.end(input.supervisorId, endedOn))
      ? await this.supervisors.findById(input.supervisorId)
      : null;
    if (!ended) throw SupervisorErrors.notFound(input.supervisorId);
    return ended;
  }

  /** Supervisors in post in a region's subtree. */
  inPostUnder(regionCode: string) {
    return this.supervisors.inPostUnder(regionCode);
  }

  findById(id: string) {
    return this.supervisors.findById(id);
  }
}

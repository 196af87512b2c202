import { Inject, Injectable } from '@nestjs/common';
import { ChildRegisteredV1, createEvent, type Actor } from '@qz/contracts';
import { ageInYears, type Clock, localDateInChina, parseLocalDate, parseResidentIdNumber } from '@qz/kernel';
import { outgoing } from '@qz/messaging';
import { v7 as uuidv7 } from 'uuid';
import { CLOCK } from '@qz/platform';
import { ClassificationService } from '../classification/classification.service';
import { addDays, FIRST_VISIT_WITHIN_DAYS } from '../visits/visit.rules';
import { RegionErrors } from '../regions/region.errors';
import { RegionRepository } from '../regions/region.repository';
import { ChildErrors } from './child.errors';
import { ChildRepository } from './child.repository';
import type { RegisterChildInput } from './register-child.input';

/** Age of majority (《民法典》第十七条): the ledger holds children under 18. */
export const AGE_OF_MAJORITY = 18;

/**
 * Registers a child in the ledger: checks the identity number against the stated birth date and
 * sex, the region against the region tree, then writes the child and its ChildRegistered event in
 * one write. Every check runs before anything is written.
 */
@Injectable()
export class RegisterChildService {
  constructor(
    private readonly children: ChildRepository,
    private readonly regions: RegionRepository,
    private readonly classification: ClassificationService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async register(input: RegisterChildInput, actor: Actor) {
    const now = this.clock.now();
    const today = localDateInChina(now);
    const birthDate = parseLocalDate(input.birthDate, 'input.birthDate');
    if (birthDate > today) throw ChildErrors.birthDateInFuture(birthDate);
    if (ageInYears(birthDate, today) >= AGE_OF_MAJORITY) throw ChildErrors.notAMinor(birthDate);
    const id = parseResidentIdNumber(input.residentIdNumber, today, 'input.residentIdNumber');
    if (id.birthDate !== birthDate) throw ChildErrors.birthDateMismatch(id.birthDate, birthDate);
    if (id.sex !== input.sex) throw ChildErrors.sexMismatch(id.sex, input.sex);
    const region = await this.regions.findByCode(input.regionCode);
    if (!region) throw RegionErrors.unknown(input.regionCode, 'input.regionCode');
    if (region.level !== 'VILLAGE')
      throw RegionErrors.notAVillage(region.code, region.level, 'input.regionCode');

    const child = {
      _id: uuidv7(),
      familyName: input.familyName.trim(),
      givenName: input.givenName.trim(),
      sex: input.sex,
      birthDate,
      residentIdNumber: id.value,
      regionCode: region.code,
      regionPath: region.path,
      registeredAt: now,
      registeredBy: actor.id,
      revision: 1,
      ...this.classification.initialFields(birthDate),
      // The first visit is due within FIRST_VISIT_WITHIN_DAYS of registration (四(一)4).
      visits: [],
      visiting: {
        riskLevel: 'LOW',
        lastVisitOn: null,
        nextVisitDue: addDays(today, FIRST_VISIT_WITHIN_DAYS),
      },
    };
    const event = createEvent(ChildRegisteredV1, {
      subject: child._id,
      regionCode: child.regionCode,
      actor,
      occurredAt: now,
      payload: {
        childId: child._id,
        familyName: child.familyName,
        givenName: child.givenName,
        sex: child.sex,
        birthDate,
        regionCode: child.regionCode,
        registeredAt: now.toISOString(),
      },
    });
    return this.children.register(child, [outgoing(ChildRegisteredV1.topic, event)]);
  }
}

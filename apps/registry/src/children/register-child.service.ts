import { Inject, Injectable } from '@nestjs/common';
import { ChildRegisteredV1, type Actor } from '@qz/contracts';
import { ageInYears, type Clock, localDateInChina, parseLocalDate, parseResidentIdNumber } from '@qz/kernel';
import { v7 as uuidv7 } from 'uuid';
import { CLOCK } from '@qz/platform';
import { ClassificationService } from '../classification/classification.service';
import { addDays, FIRST_VISIT_WITHIN_DAYS } from '../visits/visit.rules';
import { identityEntry, PROVISIONAL_PREFIX } from '../identity/identity';
import type { RegionNode } from '../regions/region-tree';
import { RegionErrors } from '../regions/region.errors';
import { RegionRepository } from '../regions/region.repository';
import { ChildErrors } from './child.errors';
import { ChildRepository } from './child.repository';
import { childEvent } from './child-event';
import type { ChildDocument } from './child.schema';
import type { RegisterChildInput, RegisterProvisionalChildInput } from './register-child.input';

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
    const today = localDateInChina(this.clock.now());
    const birthDate = this.checkBirthDate(input.birthDate, today);
    const id = parseResidentIdNumber(input.residentIdNumber, today, 'input.residentIdNumber');
    if (id.birthDate !== birthDate) throw ChildErrors.birthDateMismatch(id.birthDate, birthDate);
    if (id.sex !== input.sex) throw ChildErrors.sexMismatch(id.sex, input.sex);
    const region = await this.householdVillage(input.regionCode);
    return this.create({ ...input, birthDate, residentIdNumber: id.value, region }, actor);
  }

  /**
   * A child without an identity number yet (an abandoned infant, a rescued child, 三(一)2/4): a
   * provisional record with an estimated birth date, to be confirmed or merged later. Its key in
   * the identity-number index is its own id, so it never collides with a real number.
   */
  async registerProvisional(input: RegisterProvisionalChildInput, actor: Actor) {
    const today = localDateInChina(this.clock.now());
    const birthDate = this.checkBirthDate(input.estimatedBirthDate, today, 'input.estimatedBirthDate');
    const region = await this.householdVillage(input.regionCode);
    const _id = uuidv7();
    return this.create(
      { ...input, _id, birthDate, residentIdNumber: `${PROVISIONAL_PREFIX}${_id}`, region },
      actor,
      {
        provisional: true,
        identityHistory: [
          identityEntry('PROVISIONAL_RECORD', input.description.trim(), actor, this.clock.now()),
        ],
      },
    );
  }

  checkBirthDate(value: string, today: string, field = 'input.birthDate') {
    const birthDate = parseLocalDate(value, field);
    if (birthDate > today) throw ChildErrors.birthDateInFuture(birthDate, field);
    if (ageInYears(birthDate, today) >= AGE_OF_MAJORITY) throw ChildErrors.notAMinor(birthDate, field);
    return birthDate;
  }

  private async householdVillage(code: string) {
    const region = await this.regions.findByCode(code);
    if (!region) throw RegionErrors.unknown(code, 'input.regionCode');
    if (region.level !== 'VILLAGE')
      throw RegionErrors.notAVillage(region.code, region.level, 'input.regionCode');
    return region;
  }

  /** Writes a checked new child with its ChildRegistered event in one write. */
  private async create(
    c: {
      _id?: string;
      familyName: string;
      givenName: string;
      sex: 'MALE' | 'FEMALE';
      birthDate: string;
      residentIdNumber: string;
      region: RegionNode;
    },
    actor: Actor,
    extra: Partial<ChildDocument> = {},
  ) {
    const now = this.clock.now();
    const today = localDateInChina(now);
    const child: ChildDocument = {
      _id: c._id ?? uuidv7(),
      familyName: c.familyName.trim(),
      givenName: c.givenName.trim(),
      sex: c.sex,
      birthDate: c.birthDate,
      residentIdNumber: c.residentIdNumber,
      regionCode: c.region.code,
      regionPath: c.region.path,
      registeredAt: now,
      registeredBy: actor.id,
      revision: 1,
      provisional: false,
      mergedInto: null,
      mergedFrom: [],
      identityHistory: [],
      ...this.classification.initialFields(c.birthDate),
      // The first visit is due within FIRST_VISIT_WITHIN_DAYS of registration (四(一)4).
      visits: [],
      visiting: {
        riskLevel: 'LOW',
        lastVisitOn: null,
        nextVisitDue: addDays(today, FIRST_VISIT_WITHIN_DAYS),
      },
      ...extra,
    };
    const event = childEvent(ChildRegisteredV1, { id: child._id, regionCode: child.regionCode }, actor, now, {
      childId: child._id,
      familyName: child.familyName,
      givenName: child.givenName,
      sex: child.sex,
      birthDate: child.birthDate,
      regionCode: child.regionCode,
      registeredAt: now.toISOString(),
    });
    return this.children.register(child, [event]);
  }
}

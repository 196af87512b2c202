import { Inject, Injectable } from '@nestjs/common';
import { ChildRegisteredV1, type Actor } from '@qz/contracts';
import type { OutgoingEvent } from '@qz/messaging';
import {
  addDays,
  ageInYears,
  isDomainError,
  type Clock,
  localDateInChina,
  parseLocalDate,
  parseResidentIdNumber,
} from '@qz/kernel';
import { v7 as uuidv7 } from 'uuid';
import { CLOCK } from '@qz/platform';
import { ClassificationService, type CircumstanceChanges } from '../classification/classification.service';
import { FIRST_VISIT_WITHIN_DAYS } from '../visits/visit.rules';
import { identityEntry, PROVISIONAL_PREFIX } from '../identity/identity';
import { duplicateRefusal } from '../identity/identity-scope';
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

  /**
   * `scope`: the asker's region. A number already in the ledger is said to be so only to someone
   * whose region covers the child holding it (五(一)); anyone else is sent to the city.
   */
  async register(input: RegisterChildInput, actor: Actor, scope: string) {
    const { child, events } = await this.prepare(input, actor);
    try {
      return await this.children.register(child, events);
    } catch (error) {
      if (!isDomainError(error) || error.code !== 'CHILD_ALREADY_REGISTERED') throw error;
      const holder = await this.children.findByResidentIdNumber(child.residentIdNumber);
      throw duplicateRefusal(scope, holder, () => error);
    }
  }

  /**
   * Every check of `register`, and the child with its events, without writing anything: the bulk
   * import writes many prepared children at once. `findRegion` lets it remember regions it has
   * already looked up; `circumstances` records what the county's ledger knows about the child.
   */
  async prepare(
    input: RegisterChildInput,
    actor: Actor,
    options: {
      findRegion?: (code: string) => Promise<RegionNode | null>;
      circumstances?: { changes: CircumstanceChanges; reason: string };
    } = {},
  ): Promise<{ child: ChildDocument; events: OutgoingEvent[] }> {
    const today = localDateInChina(this.clock.now());
    const birthDate = this.checkBirthDate(input.birthDate, today);
    const id = parseResidentIdNumber(input.residentIdNumber, today, 'input.residentIdNumber');
    if (id.birthDate !== birthDate) throw ChildErrors.birthDateMismatch(id.birthDate, birthDate);
    if (id.sex !== input.sex) throw ChildErrors.sexMismatch(id.sex, input.sex);
    const region = await this.householdVillage(input.regionCode, options.findRegion);
    const prepared = this.build({ ...input, birthDate, residentIdNumber: id.value, region }, actor);
    if (!options.circumstances) return prepared;
    const { changes, reason } = options.circumstances;
    const classified = this.classification.forNewChild(prepared.child, changes, reason, actor);
    return {
      child: { ...prepared.child, ...classified.fields },
      events: [...prepared.events, ...classified.events],
    };
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
    const { child, events } = this.build(
      { ...input, _id, birthDate, residentIdNumber: `${PROVISIONAL_PREFIX}${_id}`, region },
      actor,
      {
        provisional: true,
        identityHistory: [
          identityEntry('PROVISIONAL_RECORD', input.description.trim(), actor, this.clock.now()),
        ],
      },
    );
    return this.children.register(child, events);
  }

  checkBirthDate(value: string, today: string, field = 'input.birthDate') {
    const birthDate = parseLocalDate(value, field);
    if (birthDate > today) throw ChildErrors.birthDateInFuture(birthDate, field);
    if (ageInYears(birthDate, today) >= AGE_OF_MAJORITY) throw ChildErrors.notAMinor(birthDate, field);
    return birthDate;
  }

  private async householdVillage(
    code: string,
    findRegion: (code: string) => Promise<RegionNode | null> = (c) => this.regions.findByCode(c),
  ) {
    const region = await findRegion(code);
    if (!region) throw RegionErrors.unknown(code, 'input.regionCode');
    if (region.level !== 'VILLAGE')
      throw RegionErrors.notAVillage(region.code, region.level, 'input.regionCode');
    return region;
  }

  /** A checked new child with its ChildRegistered event, to be written in one write. */
  private build(
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
      ...this.classification.initialFields(c.birthDate, actor),
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
      revision: child.revision,
    });
    return { child, events: [event] };
  }
}

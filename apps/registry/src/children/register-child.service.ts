import { Inject, Injectable } from '@nestjs/common';
import { ChildRegisteredV1, createEvent, type Actor } from '@qz/contracts';
import { ageInYears, type Clock, localDateInChina, parseLocalDate, parseResidentIdNumber } from '@qz/kernel';
import { outgoing, type OutgoingEvent } from '@qz/messaging';
import { v7 as uuidv7 } from 'uuid';
import { CLOCK } from '@qz/platform';
import { ClassificationService, type CircumstanceChanges } from '../classification/classification.service';
import { RegionRepository } from '../regions/region.repository';
import { ChildErrors } from './child.errors';
import { ChildRepository } from './child.repository';
import type { ChildDocument } from './child.schema';
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
    const { child, events } = await this.prepare(input, actor);
    return this.children.register(child, events);
  }

  /**
   * Every check of `register`, and the child with its events, without writing anything: the bulk
   * import writes many prepared children at once. `regionExists` lets it remember regions it has
   * already looked up; `circumstances` records what the county's ledger knows about the child.
   */
  async prepare(
    input: RegisterChildInput,
    actor: Actor,
    options: {
      regionExists?: (code: string) => Promise<boolean>;
      circumstances?: { changes: CircumstanceChanges; reason: string };
    } = {},
  ): Promise<{ child: ChildDocument; events: OutgoingEvent[] }> {
    const regionExists = options.regionExists ?? ((code: string) => this.regions.exists(code));
    const now = this.clock.now();
    const today = localDateInChina(now);
    const birthDate = parseLocalDate(input.birthDate, 'input.birthDate');
    if (birthDate > today) throw ChildErrors.birthDateInFuture(birthDate);
    if (ageInYears(birthDate, today) >= AGE_OF_MAJORITY) throw ChildErrors.notAMinor(birthDate);
    const id = parseResidentIdNumber(input.residentIdNumber, today, 'input.residentIdNumber');
    if (id.birthDate !== birthDate) throw ChildErrors.birthDateMismatch(id.birthDate, birthDate);
    if (id.sex !== input.sex) throw ChildErrors.sexMismatch(id.sex, input.sex);
    if (!(await regionExists(input.regionCode))) throw ChildErrors.unknownRegion(input.regionCode);

    const child = {
      _id: uuidv7(),
      familyName: input.familyName.trim(),
      givenName: input.givenName.trim(),
      sex: input.sex,
      birthDate,
      residentIdNumber: id.value,
      regionCode: input.regionCode,
      registeredAt: now,
      registeredBy: actor.id,
      revision: 1,
      ...this.classification.initialFields(birthDate),
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
    const registered = [outgoing(ChildRegisteredV1.topic, event)];
    if (!options.circumstances) return { child, events: registered };
    const { changes, reason } = options.circumstances;
    const classified = this.classification.forNewChild(child, changes, reason, actor);
    return { child: { ...child, ...classified.fields }, events: [...registered, ...classified.events] };
  }
}

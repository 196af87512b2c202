import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '@qz/contracts';
import { ChildReplicaRepository, type ChildReplica } from '@qz/child-replica';
import { countyOf, DomainError, localDateInChina, type Clock } from '@qz/kernel';
import { CLOCK } from '@qz/platform';
import { v7 as uuidv7 } from 'uuid';
import { pastOrToday, positiveFen } from '../common/checks';
import { HealthErrors } from '../common/health.errors';
import { ChildFactsRepository } from '../facts/child-facts.repository';
import { eligibleSince, medicalGroup } from '../facts/facts.rules';
import { applied, PolicyService } from '../policy/policy.service';
import {
  DISABILITY_TYPES,
  REHAB_SERVICES,
  type DisabilityType,
  type RehabService,
} from '../policy/policy.rules';
import type { ApplyForRehabInput, SubmitMedicalClaimInput } from './application.inputs';
import { ApplicationRepository, type Application } from './application.repository';
import type { ApplicationDocument } from './application.schema';
import { computeAssistance, rehabRefusal } from './assistance.rules';
import { findInstitution } from './institutions';
import { usedThisYear } from './used-this-year';

/**
 * Who files an application and when; `id`: a one-window part's own (otherwise a new one); `at`:
 * where its figures sit in the request, for the errors (`input`, or `input.medical` at the window).
 */
export interface Filing {
  actor: Actor;
  now: Date;
  id?: string;
  at?: string;
}

/** Who refuses when the rules do. */
export const ELIGIBILITY_RULES = 'health:eligibility-rules';

/**
 * Takes in applications: checks the input, the child, the institution and eligibility on the
 * service date, computes the amount with the standard of that date, and stores the application
 * in one write. Bad input is refused before anything is written.
 */
export type { Application };

@Injectable()
export class SubmissionService {
  constructor(
    private readonly applications: ApplicationRepository,
    private readonly replicas: ChildReplicaRepository,
    private readonly facts: ChildFactsRepository,
    private readonly policy: PolicyService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The service date (a past day or today) and the cost (whole fen above zero) of the figures. */
  private dated(serviceDate: string, costFen: number, costField: string, { now, at = 'input' }: Filing) {
    return {
      serviceDate: pastOrToday(serviceDate, `${at}.serviceDate`, localDateInChina(now)),
      cost: positiveFen(costFen, `${at}.${costField}`),
    };
  }

  private async child(childId: string, serviceDate: string, at = 'input'): Promise<ChildReplica> {
    const child = await this.replicas.findById(childId);
    if (!child) throw HealthErrors.childNotFound(childId);
    if (serviceDate < child.birthDate) {
      throw new DomainError(
        'SERVICE_BEFORE_BIRTH',
        `${at}.serviceDate ${serviceDate} is before the child's birth on ${child.birthDate}`,
        'invalid',
        { field: `${at}.serviceDate` },
      );
    }
    return child;
  }

  async submitMedicalClaim(input: SubmitMedicalClaimInput, actor: Actor): Promise<Application> {
    return this.applications.add(await this.medicalClaimOf(input, { actor, now: this.clock.now() }));
  }

  /**
   * A medical-assistance claim as it would be stored, checked and computed (四(三)2) but not
   * stored: a claim at health's own desk, or a one-window part approved (`id`: the part's own).
   */
  async medicalClaimOf(input: SubmitMedicalClaimInput, filing: Filing): Promise<ApplicationDocument> {
    const { actor, now, id } = filing;
    const { serviceDate, cost } = this.dated(input.serviceDate, input.expenseFen, 'expenseFen', filing);
    const child = await this.child(input.childId, serviceDate, filing.at);
    const facts = await this.facts.get(child.id);
    const group = medicalGroup(facts, serviceDate);
    if (!group) {
      const since = eligibleSince(facts);
      if (since && serviceDate < since) throw HealthErrors.claimBeforeEligibility(serviceDate, since);
      throw HealthErrors.notEligibleForMedicalAssistance(child.id);
    }
    const standard = await this.policy.require(
      'MEDICAL_ASSISTANCE',
      group.group,
      child.regionCode,
      serviceDate,
    );
    const used = usedThisYear(
      await this.applications.findByChild(child.id),
      'MEDICAL_ASSISTANCE',
      serviceDate,
      null,
    );
    const computation = computeAssistance(cost, standard.ratioBp ?? 0, standard.capFen ?? 0, used);
    if (computation.amountFen === 0)
      throw HealthErrors.nothingLeftToPay(`medical assistance of ${serviceDate.slice(0, 4)}`);
    return {
      ...this.base(child, 'MEDICAL_ASSISTANCE', serviceDate, cost, actor, now, id),
      medical: { hospital: input.hospital.trim(), diagnosis: input.diagnosis.trim() },
      computation: {
        ...computation,
        subject: group.group,
        rule: `四(三)2: medical assistance with a raised ratio and cap for a child in difficulty (${group.because})`,
        standard: applied(standard),
        computedOn: localDateInChina(now),
      },
    };
  }

  async applyForRehab(input: ApplyForRehabInput, actor: Actor): Promise<Application> {
    return this.applications.add(await this.rehabApplicationOf(input, { actor, now: this.clock.now() }));
  }

  /**
   * A rehabilitation or 明天计划 application as it would be stored (REFUSED with the rule when the
   * rules refuse it), checked and computed (四(三)2) but not stored; `id` as for medicalClaimOf.
   */
  async rehabApplicationOf(input: ApplyForRehabInput, filing: Filing): Promise<ApplicationDocument> {
    const { actor, now, id, at = 'input' } = filing;
    const { serviceDate, cost } = this.dated(input.serviceDate, input.costFen, 'costFen', filing);
    const type = this.disabilityType(input.disabilityType, at);
    const service = this.rehabService(input.service, at);
    if (input.programme === 'TOMORROW_PLAN' && service !== 'SURGERY') {
      throw new DomainError(
        'TOMORROW_PLAN_SURGERY_ONLY',
        `${at}.service: 明天计划 pays for SURGERY only`,
        'invalid',
        { field: `${at}.service` },
      );
    }
    const institution = findInstitution(input.institutionId);
    if (!institution) throw HealthErrors.unknownInstitution(input.institutionId);
    if (!institution.types.includes(type) || !institution.services.includes(service)) {
      throw HealthErrors.institutionDoesNotProvide(institution.id, `${service} for ${type} disability`);
    }
    if (input.programme === 'TOMORROW_PLAN' && !institution.tomorrowPlan) {
      throw HealthErrors.institutionDoesNotProvide(institution.id, '明天计划 surgery');
    }
    const child = await this.child(input.childId, serviceDate, at);
    const facts = await this.facts.get(child.id);
    const base = {
      ...this.base(child, input.programme, serviceDate, cost, actor, now, id),
      rehab: { type, service, institutionId: institution.id, institutionName: institution.name },
    };
    const refusal = rehabRefusal({
      programme: input.programme,
      birthDate: child.birthDate,
      serviceDate,
      type,
      service,
      disability: facts.disability,
      categories: facts.categories,
    });
    if (refusal) {
      return {
        ...base,
        status: 'REFUSED',
        open: false,
        refusal: { ...refusal, by: ELIGIBILITY_RULES },
        steps: [...base.steps, { step: 'REFUSED', by: ELIGIBILITY_RULES, at: now, note: refusal.reason }],
      };
    }
    const subject = input.programme === 'REHAB' ? `${type}:${service}` : 'SURGERY';
    const standard = await this.policy.require(input.programme, subject, child.regionCode, serviceDate);
    const used = usedThisYear(
      await this.applications.findByChild(child.id),
      input.programme,
      serviceDate,
      subject,
    );
    const computation = computeAssistance(cost, standard.ratioBp ?? 0, standard.capFen ?? 0, used);
    if (computation.amountFen === 0)
      throw HealthErrors.nothingLeftToPay(`${subject} of ${serviceDate.slice(0, 4)}`);
    return {
      ...base,
      computation: {
        ...computation,
        subject,
        rule:
          input.programme === 'REHAB'
            ? `四(三)2: rehabilitation assistance for a disabled child aged 0–6 (${type}, ${service})`
            : '四(三)2: 明天计划 surgery for a scattered orphan',
        standard: applied(standard),
        computedOn: localDateInChina(now),
      },
    };
  }

  private disabilityType(value: string, at: string): DisabilityType {
    if (!(DISABILITY_TYPES as readonly string[]).includes(value)) {
      throw new DomainError(
        'UNKNOWN_DISABILITY_TYPE',
        `${at}.disabilityType ${value.slice(0, 40)} is not one of ${DISABILITY_TYPES.join(', ')}`,
        'invalid',
        { field: `${at}.disabilityType` },
      );
    }
    return value as DisabilityType;
  }

  private rehabService(value: string, at: string): RehabService {
    if (!(REHAB_SERVICES as readonly string[]).includes(value)) {
      throw new DomainError(
        'UNKNOWN_REHAB_SERVICE',
        `${at}.service ${value.slice(0, 40)} is not one of ${REHAB_SERVICES.join(', ')}`,
        'invalid',
        { field: `${at}.service` },
      );
    }
    return value as RehabService;
  }

  private base(
    child: ChildReplica,
    programme: ApplicationDocument['programme'],
    serviceDate: string,
    costFen: number,
    actor: Actor,
    now: Date,
    id?: string,
  ): ApplicationDocument {
    return {
      _id: id ?? uuidv7(),
      programme,
      childId: child.id,
      regionCode: child.regionCode,
      countyCode: countyOf(child.regionCode),
      serviceDate,
      costFen,
      medical: null,
      rehab: null,
      computation: null,
      status: 'SUBMITTED',
      open: true,
      approvedAmountFen: null,
      budgetId: null,
      paymentReference: null,
      refusal: null,
      steps: [{ step: 'SUBMITTED', by: actor.id, at: now, note: null }],
      submittedAt: now,
      waitingSince: now,
      revision: 1,
      windowPartId: null,
    };
  }

  /** Many children's applications in one store query (the graph's DataLoader batch). */
  findByChildIds(childIds: readonly string[]) {
    return this.applications.findByChildIds(childIds);
  }

  /** Applications of children of a region's subtree. */
  ofRegion(regionCode: string) {
    return this.applications.ofRegion(regionCode);
  }
}

import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { DomainError, localDateInChina, parseLocalDate, type Clock, type LocalDate } from '@qz/kernel';
import type { Actor } from '@qz/contracts';
import { CLOCK } from '@qz/platform';
import { v7 as uuidv7 } from 'uuid';
import { nonNegativeFen } from '../common/checks';
import { HealthErrors } from '../common/health.errors';
import { isQinzhouRegion } from '../common/region';
import { defaultStandardDocuments } from './default-standards';
import { PolicyStandardRepository, type StoredStandard } from './policy-standard.repository';
import { missingValues, selectStandard, STANDARD_SPECS, type StandardKind } from './policy.rules';
import type { SetPolicyStandardInput } from './policy.input';

/** The values a decision used, copied onto the decision so a later standard never changes it. */
export interface AppliedStandard {
  standardId: string;
  version: number;
  regionCode: string;
  effectiveFrom: LocalDate;
  amountFen: number | null;
  ratioBp: number | null;
  capFen: number | null;
}

export const applied = (s: StoredStandard): AppliedStandard => ({
  standardId: s.id,
  version: s.version,
  regionCode: s.regionCode,
  effectiveFrom: s.effectiveFrom,
  amountFen: s.amountFen,
  ratioBp: s.ratioBp,
  capFen: s.capFen,
});

@Injectable()
export class PolicyService implements OnApplicationBootstrap {
  constructor(
    private readonly standards: PolicyStandardRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** A new installation gets the placeholder standards; an existing one keeps its own. */
  async onApplicationBootstrap(): Promise<void> {
    if (!(await this.standards.isEmpty())) return;
    for (const doc of defaultStandardDocuments(this.clock.now())) await this.standards.addVersion(doc);
  }

  /** The standard that decides a case, or null when none is set. */
  async find(kind: StandardKind, subject: string, regionCode: string, on: LocalDate) {
    return selectStandard(await this.standards.findFor(kind, subject), regionCode, on);
  }

  async require(kind: StandardKind, subject: string, regionCode: string, on: LocalDate) {
    const s = await this.find(kind, subject, regionCode, on);
    if (!s) throw HealthErrors.noStandard(kind, subject, regionCode, on);
    return s;
  }

  /** Every version, for the audit: oldest first. */
  async history(kind?: StandardKind) {
    const all = await this.standards.findAll(kind);
    return all.sort(
      (a, b) =>
        a.kind.localeCompare(b.kind) ||
        a.subject.localeCompare(b.subject) ||
        a.regionCode.localeCompare(b.regionCode) ||
        a.effectiveFrom.localeCompare(b.effectiveFrom) ||
        a.version - b.version,
    );
  }

  /**
   * Sets a standard as a new version (the earlier ones stay, for the audit and for the decisions
   * that used them). Checks everything before writing.
   */
  async set(input: SetPolicyStandardInput, actor: Actor): Promise<StoredStandard> {
    const spec = STANDARD_SPECS[input.kind];
    if (!spec.subjects.includes(input.subject)) {
      throw new DomainError(
        'UNKNOWN_STANDARD_SUBJECT',
        `input.subject ${input.subject} is not a subject of ${input.kind}; one of ${spec.subjects.join(', ')}`,
        'invalid',
        { field: 'input.subject' },
      );
    }
    if (!isQinzhouRegion(input.regionCode)) throw HealthErrors.unknownRegion(input.regionCode);
    const from = parseLocalDate(input.effectiveFrom, 'input.effectiveFrom');
    const to = input.effectiveTo ? parseLocalDate(input.effectiveTo, 'input.effectiveTo') : null;
    if (to && to < from) throw HealthErrors.periodReversed(from, to);
    if (input.amountFen != null) nonNegativeFen(input.amountFen, 'input.amountFen');
    if (input.capFen != null) nonNegativeFen(input.capFen, 'input.capFen');
    if (input.ratioBp != null && (input.ratioBp < 0 || input.ratioBp > 10_000)) {
      throw HealthErrors.ratioOutOfRange('input.ratioBp', input.ratioBp);
    }
    const missing = missingValues(input.kind, input);
    if (missing.length) {
      throw new DomainError(
        'STANDARD_VALUE_MISSING',
        `a ${input.kind} standard (${spec.meaning}) needs ${missing.map((m) => `input.${m}`).join(', ')}`,
        'invalid',
        { field: `input.${missing[0]}` },
      );
    }
    const siblings = (await this.standards.findFor(input.kind, input.subject)).filter(
      (s) => s.regionCode === input.regionCode && s.effectiveFrom === from,
    );
    const doc = {
      _id: uuidv7(),
      kind: input.kind,
      subject: input.subject,
      regionCode: input.regionCode,
      effectiveFrom: from,
      effectiveTo: to,
      version: Math.max(0, ...siblings.map((s) => s.version)) + 1,
      amountFen: input.amountFen ?? null,
      ratioBp: input.ratioBp ?? null,
      capFen: input.capFen ?? null,
      reason: input.reason.trim(),
      setBy: actor.id,
      setAt: this.clock.now(),
    };
    if (!(await this.standards.addVersion(doc))) {
      throw new DomainError(
        'STANDARD_CHANGED_CONCURRENTLY',
        `someone set version ${doc.version} of this standard meanwhile; reload and try again`,
        'conflict',
        { field: 'input' },
      );
    }
    return (await this.standards.findById(doc._id)) as StoredStandard;
  }

  today(): LocalDate {
    return localDateInChina(this.clock.now());
  }
}

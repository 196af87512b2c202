import { Injectable } from '@nestjs/common';
import { GuardianshipRevokedV1, type Actor } from '@qz/contracts';
import { localDateInChina } from '@qz/kernel';
import { v7 as uuidv7 } from 'uuid';
import { caseEvent } from '../cases/case-event';
import { CaseStepService } from '../cases/case-steps';
import type { ProtectionCase } from '../cases/case.repository';
import { InterventionErrors } from './intervention.errors';
import type {
  FileRevocationPetitionInput,
  RecordCourtDecisionInput,
  RecordInterventionInput,
} from './intervention.inputs';
import { checkGround, type HistoryItem, type RevocationGround } from './intervention.rules';
import type { StoredIntervention, StoredPetition } from './intervention.types';

/** The child's record across all its cases, as the facts a revocation ground rests on. */
export function historyOf(cases: ProtectionCase[]): HistoryItem[] {
  return cases.flatMap((c) => [
    ...c.reports.map((r) => ({
      on: localDateInChina(r.receivedAt),
      caseId: c.id,
      kind: 'REPORT' as const,
      type: r.situationType,
      id: r.id,
    })),
    ...c.measures.map((m) => ({
      on: localDateInChina(m.takenAt),
      caseId: c.id,
      kind: 'MEASURE' as const,
      type: m.kind,
      id: m.id,
    })),
    ...(c.orders ?? []).flatMap((o) =>
      o.followUps.flatMap((f, n) =>
        f.complied
          ? []
          : [
              {
                on: f.checkedOn,
                caseId: c.id,
                kind: 'ORDER' as const,
                type: 'ORDER_NOT_COMPLIED' as const,
                id: `${o.id}#${n + 1}`,
              },
            ],
      ),
    ),
    ...(c.interventions ?? []).map((i) => ({
      on: i.decidedOn,
      caseId: c.id,
      kind: 'INTERVENTION' as const,
      type: i.kind,
      id: i.id,
    })),
  ]);
}

/**
 * 监护干预 (四(二)5): criticism and education, public-security penalty, criminal case; a petition
 * to revoke guardianship, each ground checked against the child's record; the court's decision,
 * a revocation emitted for the registry.
 */
@Injectable()
export class InterventionService extends CaseStepService {
  async record(input: RecordInterventionInput, actor: Actor) {
    const decidedOn = this.steps.pastDate(input.decidedOn, 'input.decidedOn');
    if (input.kind !== 'CRITICISM_EDUCATION' && !input.reference?.trim())
      throw InterventionErrors.referenceMissing(input.kind);
    const c = await this.steps.load(input.caseId, 'recordMeasure');
    const intervention: StoredIntervention = {
      id: uuidv7(),
      kind: input.kind,
      against: input.against.trim(),
      decidedOn,
      reference: input.reference?.trim() || null,
      notes: input.notes.trim(),
      recordedBy: actor.id,
    };
    return this.steps.write(
      c,
      `INTERVENTION_${input.kind}`,
      c.status,
      `${intervention.against}: ${intervention.notes}`,
      actor,
      { $push: { interventions: intervention } },
      [],
    );
  }

  /** Every ground checked against the child's record on `on`, with its evidence. */
  async checkGrounds(childId: string, on: string, grounds: readonly RevocationGround[]) {
    const history = historyOf(await this.cases.byChild(childId));
    return grounds.map((g) => checkGround(g, history, on));
  }

  async petition(input: FileRevocationPetitionInput, actor: Actor) {
    const filedOn = this.steps.pastDate(input.filedOn, 'input.filedOn');
    const grounds = [...new Set(input.grounds)];
    if (!grounds.length) throw InterventionErrors.groundsMissing();
    const c = await this.steps.load(input.caseId, 'recordMeasure');
    if (!c.childId) throw InterventionErrors.childUnknown();
    const checks = await this.checkGrounds(c.childId, filedOn, grounds);
    const unsupported = checks.filter((k) => !k.supported);
    if (unsupported.length) throw InterventionErrors.groundNotSupported(unsupported);
    const petition: StoredPetition = {
      id: uuidv7(),
      against: input.against.trim(),
      petitioner: input.petitioner,
      petitionerName: input.petitionerName.trim(),
      filedOn,
      grounds,
      checks,
      decision: null,
      recordedBy: actor.id,
    };
    return this.steps.write(
      c,
      'REVOCATION_PETITION_FILED',
      c.status,
      `${petition.petitionerName} against ${petition.against}: ${grounds.join(', ')}`,
      actor,
      { $push: { petitions: petition } },
      [],
    );
  }

  async decide(input: RecordCourtDecisionInput, actor: Actor) {
    const decidedOn = this.steps.pastDate(input.decidedOn, 'input.decidedOn');
    const c = await this.steps.load(input.caseId, 'recordMeasure');
    const petition = (c.petitions ?? []).find((p) => p.id === input.petitionId);
    if (!petition) throw InterventionErrors.petitionNotFound(input.petitionId);
    if (petition.decision) throw InterventionErrors.alreadyDecided(petition.id);
    if (decidedOn < petition.filedOn)
      throw InterventionErrors.decisionBeforePetition(decidedOn, petition.filedOn);
    const newGuardian =
      input.newGuardianKind && input.newGuardianName?.trim()
        ? { kind: input.newGuardianKind, name: input.newGuardianName.trim() }
        : null;
    if (input.outcome === 'REVOKED' && !newGuardian) throw InterventionErrors.newGuardianMissing();
    const decision: NonNullable<StoredPetition['decision']> = {
      outcome: input.outcome,
      court: input.court.trim(),
      decidedOn,
      newGuardian: input.outcome === 'REVOKED' ? newGuardian : null,
    };
    const petitions = c.petitions.map((p) => (p.id === petition.id ? { ...p, decision } : p));
    const events = decision.newGuardian
      ? [
          caseEvent(GuardianshipRevokedV1, c, actor, this.clock.now(), {
            caseId: c.id,
            petitionId: petition.id,
            childId: c.childId as string,
            regionCode: c.regionCode,
            grounds: petition.grounds,
            formerGuardian: petition.against,
            court: decision.court,
            decidedOn,
            newGuardian: decision.newGuardian,
          }),
        ]
      : [];
    return this.steps.write(
      c,
      `COURT_${input.outcome}`,
      c.status,
      `${decision.court} ${decidedOn}${decision.newGuardian ? `; new guardian ${decision.newGuardian.name}` : ''}`,
      actor,
      { $set: { petitions } },
      events,
    );
  }
}

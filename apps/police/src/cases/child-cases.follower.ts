import { Injectable } from '@nestjs/common';
import type { Actor } from '@qz/contracts';
import type { ChildRecordsMerger, ChildRecordsMover } from '@qz/platform';
import { CaseStepService } from './case-steps';
import type { ProtectionCase } from './case.repository';

const SYSTEM: Actor = { kind: 'system', id: 'police:child-records' };

/**
 * A child's cases follow the registry's record of the child (issue 15): a moved child's cases are
 * kept under the region it lives in now, so its new county's police and staff answer for them
 * (a case is read by its region, CaseScope, and so are its reports, which keep where they were made
 * in `reportedInRegionCode`); a provisional record merged into the child's real one
 * passes its cases to it. Each change is a step on the case's timeline; the status stays.
 * Idempotent: a redelivered event finds nothing left to change.
 */
@Injectable()
export class ChildCasesFollower extends CaseStepService implements ChildRecordsMover, ChildRecordsMerger {
  async moveChild(childId: string, regionCode: string): Promise<void> {
    await this.eachCaseOf(childId, 'CHILD_MOVED', (c) => {
      if (c.regionCode === regionCode) return null;
      // The reports go with their case (what the new county's staff read); each keeps where it was made.
      const reports = c.reports.map((r) => ({
        ...r,
        regionCode,
        reportedInRegionCode: r.reportedInRegionCode ?? r.regionCode,
      }));
      return {
        note: `the child lives in ${regionCode} now (the registry's record): the case moves there from ${c.regionCode}`,
        $set: { regionCode, reports },
      };
    });
  }

  async mergeChild(fromChildId: string, intoChildId: string, regionCode: string): Promise<void> {
    await this.eachCaseOf(fromChildId, 'CHILD_RECORD_MERGED', () => ({
      note: `the provisional record ${fromChildId} was merged into the child's record ${intoChildId} (registry)`,
      $set: { childId: intoChildId },
    }));
    await this.moveChild(intoChildId, regionCode);
  }

  /** A step `action` on each case of the child that `change` changes (null: leave it), reloaded on a conflict. */
  private async eachCaseOf(
    childId: string,
    action: string,
    change: (c: ProtectionCase) => { note: string; $set: Record<string, unknown> } | null,
  ): Promise<void> {
    for (const { id } of await this.cases.byChild(childId))
      await this.steps.retrying(async () => {
        const c = await this.cases.get(id);
        const step = c.childId === childId ? change(c) : null;
        if (step) await this.steps.write(c, action, c.status, step.note, SYSTEM, { $set: step.$set }, []);
      }, 5);
  }
}

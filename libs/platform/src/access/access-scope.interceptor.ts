import {
  type CallHandler,
  type ExecutionContext,
  Inject,
  Injectable,
  type NestInterceptor,
  Optional,
} from '@nestjs/common';
import type { GqlContextType } from '@nestjs/graphql';
import { regionCovers } from '@qz/identity';
import { from, lastValueFrom, type Observable } from 'rxjs';
import { outOfRegion } from './access-errors';
import { ACCESS_POLICY } from './access.guard';
import { AccessRecordWriter } from './access-record.writer';
import { CHILD_REGION_LOOKUP, type ChildRegionLookup } from './child-region';
import { judge, type PolicyTable } from './policy';
import { namedInArgs, regionOutside } from './region-scope';
import { graphqlCallOf } from './viewer';

/**
 * Region scoping and change records around every root operation, and masking of sensitive fields:
 * - before: each region code and child named in the arguments must lie in the asker's subtree;
 * - after a query or a mutation: nothing returned may carry a region code outside it (the whole
 *   answer is refused);
 * - before a mutation: its access record is reserved (refused, AUDIT_UNAVAILABLE, if it cannot be);
 * - after a mutation: the change is noted for the access log against each child it names;
 * - a masked field read by a role without the rule gets the masked value;
 * - a field with a view shows each reader their part of it;
 * - a resolved read of an audited field (with a view: one that showed something sensitive) is
 *   noted for the access log.
 */
@Injectable()
export class AccessScopeInterceptor implements NestInterceptor {
  constructor(
    @Inject(ACCESS_POLICY) private readonly policy: PolicyTable,
    @Optional() @Inject(CHILD_REGION_LOOKUP) private readonly children?: ChildRegionLookup,
    @Optional() private readonly records?: AccessRecordWriter,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<GqlContextType>() !== 'graphql') return next.handle();
    return from(this.around(context, next));
  }

  private async around(context: ExecutionContext, next: CallHandler): Promise<unknown> {
    const { gql, info, ctx, identity, parent } = graphqlCallOf(context);

    if (parent !== 'Query' && parent !== 'Mutation') {
      const key = `${parent}.${info.fieldName}`;
      const rule = this.policy.fields?.[key];
      const value = await lastValueFrom(next.handle(), { defaultValue: undefined });
      if (!rule) return value;
      if (judge(rule, identity) !== 'ALLOWED') return rule.mask ? rule.mask(value) : value;
      const seen = rule.view ? rule.view(value, identity) : { value, sensitive: value != null };
      // Logged only once the field has resolved: a read the resolver refused is not a read.
      if (rule.audit && seen.sensitive) {
        const source = gql.getRoot<Record<string, unknown>>() ?? {};
        const childId = parent === 'Child' ? source['id'] : source['childId'];
        if (typeof childId === 'string') ctx.access?.read(childId, key);
      }
      return seen.value;
    }

    const args = gql.getArgs<Record<string, unknown>>();
    const named = namedInArgs(args);
    for (const code of named.regions) {
      if (!regionCovers(identity.regionCode, code)) throw outOfRegion(`Region ${code}`);
    }
    if (named.childIds.length && this.children) {
      const regions = await this.children.regionsOf([...new Set(named.childIds)]);
      for (const [childId, code] of regions) {
        if (!regionCovers(identity.regionCode, code)) throw outOfRegion(`Child ${childId}`);
      }
    }

    // Fail closed: a change whose access record cannot be written is refused before it runs.
    if (parent === 'Mutation' && this.records && ctx.access && !ctx.access.pendingChange)
      ctx.access.pendingChange = await this.records.reserve(identity, info.fieldName, named.childIds);

    const result = await lastValueFrom(next.handle(), { defaultValue: undefined });

    // Nothing answered may lie outside the asker's region, a change's answer included (a change
    // must check the records it touches before writing; this keeps a forgotten check from leaking).
    const outside = regionOutside(identity.regionCode, result);
    if (outside) throw outOfRegion(`A record of region ${outside}`);
    if (parent === 'Mutation') {
      const ids = new Set(named.childIds);
      const r = result as Record<string, unknown> | null | undefined;
      if (typeof r?.['childId'] === 'string') ids.add(r['childId']);
      if (typeof r?.['id'] === 'string' && unwrap(info.returnType) === 'Child') ids.add(r['id']);
      const input = (args['input'] ?? args) as Record<string, unknown>;
      const fields = Object.keys(input ?? {}).filter((k) => k !== 'childId' && k !== 'id');
      for (const id of ids) ctx.access?.changed(id, fields.length ? fields : [info.fieldName]);
    }
    return result;
  }
}

const unwrap = (type: unknown): string => {
  let t = type as { ofType?: unknown; name?: string };
  while (t.ofType) t = t.ofType as typeof t;
  return t.name ?? '';
};

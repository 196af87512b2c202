import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import type { GqlContextType } from '@nestjs/graphql';
import { forbidden, purposeRequired } from './access-errors';
import { judge, type PolicyTable } from './policy';
import { graphqlCallOf } from './viewer';

export const ACCESS_POLICY = Symbol('ACCESS_POLICY');

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

/**
 * The subgraph's access check, before any resolver runs: a root query or mutation must be in the
 * policy table and allowed to one of the asker's roles (an operation the table does not name is
 * refused: nothing is open by omission); a sensitive field is allowed to the roles its rule names
 * (the interceptor notes each read of an audited field once it has resolved).
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(@Inject(ACCESS_POLICY) private readonly policy: PolicyTable) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType<GqlContextType>() !== 'graphql') return true; // health and metrics routes
    const { info, ctx, identity, parent } = graphqlCallOf(context);

    if (ROOT_TYPES.has(parent)) {
      const rule = this.policy.operations[info.fieldName];
      const what = `${parent === 'Mutation' ? 'run' : 'query'} ${info.fieldName}`;
      if (!rule) throw forbidden(`${what} (no access rule names it)`);
      const verdict = judge(rule, identity);
      if (verdict === 'FORBIDDEN') throw forbidden(what);
      if (verdict === 'PURPOSE_REQUIRED') throw purposeRequired(what);
      ctx.access?.operations.add(info.fieldName);
      return true;
    }

    const key = `${parent}.${info.fieldName}`;
    const rule = this.policy.fields?.[key];
    if (!rule) return true;
    const verdict = judge(rule, identity);
    if (verdict !== 'ALLOWED' && rule.mask) return true; // the field interceptor masks the value
    if (verdict === 'ALLOWED' && rule.view) return true; // the field interceptor shows its part
    if (verdict === 'FORBIDDEN') throw forbidden(`read ${key}`);
    if (verdict === 'PURPOSE_REQUIRED') throw purposeRequired(`read ${key}`);
    return true;
  }
}

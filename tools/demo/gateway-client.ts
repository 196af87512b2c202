/**
 * The one client every demo loader calls the gateway with: each request is sent as a demo user
 * (tools/auth/demo-users.ts), with that user's token and stated purpose, so that each department's
 * step is done by someone of that department, as the subgraphs' policy tables require.
 */
import { demoHeaders } from '../auth/demo-tokens';
import type { DemoUserId } from '../auth/demo-users';

export type GqlBody = {
  data?: any;
  errors?: { message: string; path?: unknown[]; extensions?: { code?: string; [k: string]: unknown } }[];
};

/** Who does what in the demo: the user for each department's steps. */
export const DEMO_ACTORS = {
  /** Registering, classifying, supervisors, guardianship, visits (the ledger). */
  registry: 'civil-affairs-city',
  /** Proposals, benefits and the payment roll. */
  assistance: 'civil-affairs-city',
  /** The township's window (灵山县新圩镇): one-window applications, assessments after police. */
  township: 'township-lingshan',
  /** Schools, budgets of the bureau, escalations, and reading a child's education. */
  education: 'education-officer',
  /** Enrolments, absences and dropout cases at 钦南区's schools. */
  school: 'school-staff',
  /** Budgets and medical assistance (the health commission), and reading a child's health. */
  health: 'health-officer',
  /** Disability certificates and rehabilitation (the disabled persons' federation). */
  dpf: 'dpf-officer',
  /** Reports, dispatch, measures, notifications to the township. */
  police: 'police-officer',
} as const satisfies Record<string, DemoUserId>;

export class GatewayClient {
  private readonly headers = new Map<string, Promise<Record<string, string>>>();

  constructor(readonly url: string) {}

  /** Sends one operation as `user`; returns the GraphQL body (errors included). */
  async post(user: DemoUserId, query: string, variables: object = {}): Promise<GqlBody> {
    if (!this.headers.has(user)) this.headers.set(user, demoHeaders(user));
    const res = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await this.headers.get(user)) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as GqlBody;
    const code = body.errors?.[0]?.extensions?.code;
    if (code === 'UNAUTHENTICATED')
      throw new Error(`the gateway refused ${user}'s token: ${body.errors?.[0].message}`);
    return body;
  }

  /** Sends one operation as `user`; any error fails the load with `what` and the user named. */
  async must(user: DemoUserId, what: string, query: string, variables: object = {}): Promise<any> {
    const body = await this.post(user, query, variables);
    if (body.errors?.length) {
      const e = body.errors[0];
      throw new Error(
        `${what} (as ${user}): ${e.message}${e.extensions?.code ? ` [${e.extensions.code}]` : ''}`,
      );
    }
    return body.data;
  }

  /** A poster bound to one user, for loaders written as `post(url, query, variables)`. */
  as(user: DemoUserId) {
    return (query: string, variables: object = {}) => this.post(user, query, variables);
  }
}

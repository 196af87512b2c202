import { MandatoryReportRaisedV1, type Envelope, type MandatoryReportRaisedPayload } from '@qz/contracts';
import { addDays, localDateInChina, workingCalendar } from '@qz/kernel';
import { Kafka, logLevel, type Consumer } from 'kafkajs';
import type { Identity } from '@qz/identity';
import {
  aChild,
  asUser,
  aUser,
  connectTestDatabase,
  freePort,
  graphql,
  residentIdFor,
  ServiceProcess,
  stackSettings,
  uniqueName,
  uniqueTopicPrefix,
  WaitAborted,
  waitFor,
} from '@qz/testing';
import type { Connection } from 'mongoose';

/**
 * Who acts in these tests, each a real role signed in at the gateway: the city education bureau
 * (钦州市教育局, every school of the tests), the staff of 沙埠镇's school, and the civil-affairs
 * bureau keeping the ledger.
 */
export const USERS = {
  bureau: aUser('EDUCATION_OFFICER', '450700'),
  shabuSchool: aUser('SCHOOL_STAFF', '450702100'),
  qinnanBureau: aUser('EDUCATION_OFFICER', '450702'),
  ledger: aUser('CIVIL_AFFAIRS_OFFICER', '450700'),
} satisfies Record<string, Identity>;

/**
 * The gateway, the registry and education as they run (processes from dist/), against the real
 * broker and store, each test file with its own databases and topic prefix.
 */
export class EducationStack {
  readonly run = uniqueName('edu');
  readonly topicPrefix = uniqueTopicPrefix();
  /** Mandatory reports read from Kafka by a consumer of the test's own, each checked against its contract. */
  readonly reports: Envelope<MandatoryReportRaisedPayload>[] = [];
  readonly contractErrors: unknown[] = [];
  private consumer: Consumer | null = null;
  registry!: ServiceProcess;
  education!: ServiceProcess;
  gateway!: ServiceProcess;
  db!: Connection;

  async start(educationEnv: Record<string, string> = {}): Promise<void> {
    const common = { KAFKA_TOPIC_PREFIX: this.topicPrefix };
    this.registry = new ServiceProcess('registry', await freePort(), {
      ...common,
      MONGO_DB: `${this.run}_registry`,
    });
    this.education = new ServiceProcess('education', await freePort(), {
      ...common,
      MONGO_DB: `${this.run}_education`,
      ...educationEnv,
    });
    await Promise.all([this.registry.start(), this.education.start()]);
    this.gateway = new ServiceProcess('gateway', await freePort(), {
      SUBGRAPH_REGISTRY_URL: this.registry.url,
      SUBGRAPH_EDUCATION_URL: this.education.url,
    });
    await this.gateway.start('/health/live');
    this.db = await connectTestDatabase(`${this.run}_education`);
    await this.consumeMandatoryReports();
  }

  private async consumeMandatoryReports(): Promise<void> {
    const kafka = new Kafka({
      brokers: stackSettings().kafkaBrokers,
      clientId: 'edu-test',
      logLevel: logLevel.NOTHING,
    });
    this.consumer = kafka.consumer({ groupId: uniqueName('edu-test') });
    await this.consumer.connect();
    await this.consumer.subscribe({
      topic: `${this.topicPrefix}${MandatoryReportRaisedV1.topic}`,
      fromBeginning: true,
    });
    await this.consumer.run({
      eachMessage: async ({ message }) => {
        try {
          this.reports.push(MandatoryReportRaisedV1.parse(JSON.parse(message.value?.toString() ?? '')));
        } catch (error) {
          this.contractErrors.push(error);
        }
      },
    });
  }

  async createSchool(input: { name: string; regionCode: string; level: string }): Promise<string> {
    const res = await this.gql(M.createSchool, { input });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data.createSchool.id;
  }

  /** Enrols the child (grade 5, since 2025-09-01) with a student-status number of its own. */
  async enrol(childId: string, schoolId: string) {
    const res = await this.gql(M.enrol, {
      input: {
        childId,
        schoolId,
        grade: 5,
        boarding: false,
        enrolledOn: '2025-09-01',
      },
    });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data.enrolStudent;
  }

  /** Runs a mutation that must succeed (as the bureau unless said); returns its result. */
  async step(
    mutation: string,
    input: Record<string, unknown>,
    user: Identity = USERS.bureau,
  ): Promise<Record<string, any>> {
    const res = await this.gql(mutation, { input }, user);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return Object.values(res.data)[0] as Record<string, any>;
  }

  async stop(): Promise<void> {
    await this.consumer?.disconnect();
    await this.gateway?.stop();
    await Promise.all([this.registry?.stop(), this.education?.stop()]);
    if (this.db) {
      await this.db.dropDatabase().catch(() => undefined);
      await this.db
        .useDb(`${this.run}_registry`)
        .dropDatabase()
        .catch(() => undefined);
      await this.db.close();
    }
  }

  /** A request through the gateway as `user` (the city education bureau by default). */
  async gql(query: string, variables: Record<string, unknown> = {}, user: Identity = USERS.bureau) {
    return graphql(this.gateway.url, query, variables, await asUser(user));
  }

  /** Registers a child, records its circumstances, and waits until education knows its categories. */
  async child(
    birthDate: string,
    circumstances: Record<string, unknown> | null,
    names: { familyName: string; givenName: string },
    expectedCategories: string[] = [],
  ): Promise<string> {
    const input = aChild({ birthDate, residentIdNumber: residentIdFor(birthDate, 'FEMALE'), ...names });
    const res = await this.gql(
      `mutation ($input: RegisterChildInput!) { registerChild(input: $input) { id } }`,
      {
        input,
      },
      USERS.ledger,
    );
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    const id = res.data.registerChild.id as string;
    if (circumstances) {
      const c = await this.gql(
        `mutation ($input: UpdateChildCircumstancesInput!) { updateChildCircumstances(input: $input) { id } }`,
        { input: { childId: id, ...circumstances } },
        USERS.ledger,
      );
      if (c.errors) throw new Error(JSON.stringify(c.errors));
    }
    try {
      await waitFor(
        `education to know child ${id} with categories ${expectedCategories.join(',')}`,
        async () => {
          const r = await this.gql(
            `query ($id: ID!) { child(id: $id) { education { registryCategories } } }`,
            {
              id,
            },
          );
          if (r.errors) throw new WaitAborted(JSON.stringify(r.errors));
          const known = r.data?.child?.education?.registryCategories as string[] | undefined;
          return known && [...known].sort().join() === [...expectedCategories].sort().join();
        },
        { timeoutMs: 60_000, intervalMs: 200 },
      );
    } catch (error) {
      throw new Error(
        `${String(error)}\n--- education ---\n${this.education.logs.slice(-3000)}\n--- registry ---\n${this.registry.logs.slice(-2000)}`,
      );
    }
    return id;
  }
}

/** Today in Qinzhou, and a date `n` days before it. */
export const today = () => localDateInChina(new Date());
export const daysAgo = (n: number) => addDays(today(), -n);

/** `count` consecutive working days, the last of them at least `atLeastDaysAgo` days ago. */
export function workingDaysEndingBefore(atLeastDaysAgo: number, count: number): string[] {
  const calendar = workingCalendar();
  let d = calendar.workingDayOnOrBefore(daysAgo(atLeastDaysAgo));
  const out = [d];
  while (out.length < count) {
    d = addDays(d, -1);
    if (calendar.isWorkingDay(d)) out.unshift(d);
  }
  return out;
}

export const CASE = `id caseNumber childId status openedOn facts registeredBy
  attempts { no on by method result notes guardianshipConcern mandatoryReportId }
  flag { on by note } reportDueOn reportWorkingDays reportOverdue
  report { submittedOn by onTime recipients { kind name } }
  escalation { on by reason departments recipient { kind name } }
  returnedOn transitions { from to on by why } mandatoryReportId school { name }`;

export const M = {
  createSchool: `mutation ($input: CreateSchoolInput!) { createSchool(input: $input) { id name regionCode level } }`,
  enrol: `mutation ($input: EnrolStudentInput!) { enrolStudent(input: $input) { schoolId grade studentNumber school { name } } }`,
  register: `mutation ($input: RegisterDropoutInput!) { registerDropout(input: $input) { ${CASE} } }`,
  persuade: `mutation ($input: RecordPersuasionInput!) { recordPersuasionAttempt(input: $input) { ${CASE} } }`,
  flag: `mutation ($input: FlagDropoutInput!) { flagDropout(input: $input) { ${CASE} } }`,
  report: `mutation ($input: SubmitDropoutReportInput!) { submitDropoutReport(input: $input) { ${CASE} } }`,
  escalate: `mutation ($input: EscalateDropoutInput!) { escalateDropout(input: $input) { ${CASE} } }`,
  returned: `mutation ($input: RecordDropoutReturnInput!) { recordDropoutReturn(input: $input) { ${CASE} } }`,
};

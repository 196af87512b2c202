import { ManualClock } from '@qz/kernel';
import { CLOCK } from '@qz/platform';
import { aUser, graphql as post, type InProcessService, startInProcess, viaGateway } from '@qz/testing';
import type { Connection } from 'mongoose';

/**
 * Working-day deadlines of the one-window steps (四(四)1), in the assistance service running
 * in-process against the real store and broker, with a clock the test moves.
 */
describe('assistance: township review and county approval deadlines in working days', () => {
  const clock = new ManualClock('2026-11-26T02:00:00Z'); // Thursday 26 Nov, 10:00 in Qinzhou
  let svc: InProcessService;
  let url: string;
  let db: Connection;

  beforeAll(async () => {
    svc = await startInProcess('assistance', () => import('../src/app.module').then((m) => m.AppModule), {
      env: {
        INTAKE_REVIEW_WORKING_DAYS: '5',
        INTAKE_APPROVAL_WORKING_DAYS: '3',
      },
      overrides: [[CLOCK, clock]],
    });
    url = svc.url;
    db = svc.db;
    // The child as the registry's event would have left it here.
    await db.collection('child_replicas').insertOne({
      _id: 'child-1' as never,
      familyName: '劳',
      givenName: '小军',
      sex: 'MALE',
      birthDate: '2013-04-04',
      regionCode: '450703101201',
      registeredAt: new Date(),
      knownSince: new Date(),
      appliedEventIds: [],
    });
  });

  afterAll(async () => {
    await svc?.stop();
  });

  // The township window receives and reviews; the county bureau approves, decides and pays.
  const WINDOW = aUser('CHILD_SOCIAL_WORKER', '450703101');
  const COUNTY = aUser('CIVIL_AFFAIRS_OFFICER', '450703');
  const graphql = async (_url: string, query: string, variables: Record<string, unknown> = {}) =>
    post(
      url,
      query,
      variables,
      await viaGateway(/submitApplication|reviewApplication|intakeQueue/.test(query) ? WINDOW : COUNTY),
    );

  const FIELDS =
    'id status review { dueOn doneOn } approval { dueOn } overdue { step dueOn workingDaysLate }';
  const overdue = async () =>
    (await graphql(url, `{ overdueApplications(regionCode: "450703") { ${FIELDS} } }`)).data
      .overdueApplications;
  const at = (iso: string) => clock.set(iso);

  it('the review is due 5 working days after receipt, overdue after; the approval 3 working days after the review', async () => {
    const submitted = await graphql(
      url,
      `mutation ($input: SubmitApplicationInput!) { submitApplication(input: $input) { ${FIELDS} } }`,
      {
        input: {
          childId: 'child-1',
          townshipCode: '450703101',
          applicantName: '劳志明',
          applicantRelation: '叔叔',
          parts: [{ kind: 'TEMPORARY_ASSISTANCE', request: '房屋失火，临时救助' }],
        },
      },
    );
    expect(submitted.errors).toBeUndefined();
    const app1 = submitted.data.submitApplication;
    expect(app1).toMatchObject({ status: 'RECEIVED', review: { dueOn: '2026-12-03' }, overdue: null });
    const queue = await graphql(
      url,
      `
        {
          intakeQueue(townshipCode: "450703101") {
            id
          }
        }
      `,
    );
    expect(queue.data.intakeQueue).toEqual([{ id: app1.id }]);

    at('2026-12-03T09:00:00Z'); // 17:00 on the due day: not late
    expect(await overdue()).toEqual([]);
    at('2026-12-07T01:00:00Z'); // Monday: Friday 4 and Monday 7 are late
    expect(await overdue()).toEqual([
      expect.objectContaining({
        id: app1.id,
        overdue: { step: 'TOWNSHIP_REVIEW', dueOn: '2026-12-03', workingDaysLate: 2 },
      }),
    ]);

    const reviewed = await graphql(
      url,
      `mutation ($input: ApplicationStepInput!) { reviewApplication(input: $input) { ${FIELDS} } }`,
      { input: { applicationId: app1.id, approved: true, note: '入户核实' } },
    );
    expect(reviewed.data.reviewApplication).toMatchObject({
      status: 'REVIEWED',
      review: { doneOn: '2026-12-07' },
      approval: { dueOn: '2026-12-10' },
      overdue: null,
    });
    at('2026-12-11T01:00:00Z');
    expect(await overdue()).toEqual([
      expect.objectContaining({
        overdue: { step: 'COUNTY_APPROVAL', dueOn: '2026-12-10', workingDaysLate: 1 },
      }),
    ]);
    const approved = await graphql(
      url,
      `mutation ($input: ApplicationStepInput!) { approveApplication(input: $input) { ${FIELDS} } }`,
      { input: { applicationId: app1.id, approved: true, note: '同意' } },
    );
    expect(approved.data.approveApplication.status).toBe('APPROVED');
    expect(await overdue()).toEqual([]);
  });

  it('refuses an unknown child, a repeated part and a second review, writing nothing', async () => {
    const submit = (input: object) =>
      graphql(
        url,
        `
          mutation ($input: SubmitApplicationInput!) {
            submitApplication(input: $input) {
              id
            }
          }
        `,
        {
          input: {
            childId: 'child-1',
            townshipCode: '450703101',
            applicantName: '劳志明',
            applicantRelation: '叔叔',
            parts: [{ kind: 'DIBAO', request: '低保' }],
            ...input,
          },
        },
      );
    const before = await db.collection('applications').countDocuments();
    expect((await submit({ childId: 'nobody' })).errors?.[0].extensions).toMatchObject({
      code: 'CHILD_NOT_FOUND',
    });
    expect(
      (
        await submit({
          parts: [
            { kind: 'DIBAO', request: 'a' },
            { kind: 'DIBAO', request: 'b' },
          ],
        })
      ).errors?.[0].extensions,
    ).toMatchObject({ code: 'DUPLICATE_PART', field: 'input.parts' });
    expect((await submit({ parts: [] })).errors?.[0].extensions).toMatchObject({ field: 'input.parts' });
    expect((await submit({ townshipCode: '4507' })).errors?.[0].extensions).toMatchObject({
      field: 'input.townshipCode',
    });
    expect(await db.collection('applications').countDocuments()).toBe(before);

    const { id } = (await submit({})).data.submitApplication;
    const review = () =>
      graphql(
        url,
        `
          mutation ($input: ApplicationStepInput!) {
            reviewApplication(input: $input) {
              id
            }
          }
        `,
        {
          input: { applicationId: id, approved: false, note: '材料不全，退回' },
        },
      );
    expect((await review()).errors).toBeUndefined();
    expect((await review()).errors?.[0].extensions).toMatchObject({ code: 'APPLICATION_STEP_CONFLICT' });
  });

  it('an approved assistance part grants its benefit once, which the month’s roll then pays', async () => {
    const submitted = await graphql(
      url,
      `
        mutation ($input: SubmitApplicationInput!) {
          submitApplication(input: $input) {
            id
          }
        }
      `,
      {
        input: {
          childId: 'child-1',
          townshipCode: '450703101',
          applicantName: '劳志明',
          applicantRelation: '叔叔',
          parts: [{ kind: 'TEMPORARY_ASSISTANCE', request: '台风损毁房屋' }],
        },
      },
    );
    const id = submitted.data.submitApplication.id as string;
    const decide = () =>
      graphql(
        url,
        `
          mutation ($input: DecideApplicationPartInput!) {
            decideApplicationPart(input: $input) {
              parts {
                status
                benefitId
              }
            }
          }
        `,
        {
          input: {
            applicationId: id,
            partId: 'p1',
            department: 'ASSISTANCE',
            approved: true,
            note: '临时救助审批',
          },
        },
      );
    // Not before the township's review routes it.
    expect((await decide()).errors?.[0].extensions).toMatchObject({ code: 'PART_NOT_ROUTED' });
    await graphql(
      url,
      `
        mutation ($input: ApplicationStepInput!) {
          reviewApplication(input: $input) {
            id
          }
        }
      `,
      {
        input: { applicationId: id, approved: true, note: '入户核实' },
      },
    );
    const first = await decide();
    expect(first.errors).toBeUndefined();
    const [part] = first.data.decideApplicationPart.parts;
    expect(part).toMatchObject({ status: 'APPROVED', benefitId: expect.any(String) });
    const benefit = await db.collection('benefits').findOne({ _id: part.benefitId });
    expect(benefit).toMatchObject({
      childId: 'child-1',
      programme: 'TEMPORARY_ASSISTANCE',
      status: 'ACTIVE',
      monthlyAmountFen: 65000, // 500.00 yuan + 30 % for a child
      startDate: '2026-12-11',
      endDate: '2026-12-31',
    });
    expect((await decide()).errors?.[0].extensions).toMatchObject({ code: 'PART_ALREADY_DECIDED' });
    expect(await db.collection('benefits').countDocuments({ childId: 'child-1' })).toBe(1);

    const roll = await graphql(
      url,
      `
        mutation ($input: GeneratePaymentRollInput!) {
          generatePaymentRoll(input: $input) {
            lines {
              benefitId
            }
            totalFen
          }
        }
      `,
      { input: { regionCode: '450703', month: '2026-12' } },
    );
    expect(roll.data.generatePaymentRoll).toEqual({
      lines: [{ benefitId: part.benefitId }],
      totalFen: 65000,
    });
  });
});

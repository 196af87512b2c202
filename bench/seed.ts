/**
 * `npm run bench -- seed --size N`: N children through the registry's import, every department
 * learning of them by events, then each department's own records through its GraphQL mutations
 * (via the gateway, as the department's users), in fixed proportions (README). Kept for the other
 * benchmarks (`bench_s<N>_*`); `npm run bench -- drop --size N` removes them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { numberFlag, printResult, progress, type Flags } from './lib/cli';
import { importChildren } from './lib/import-run';
import { inPool } from './lib/load';
import {
  childCount,
  connectStore,
  COUNTIES,
  databaseOf,
  deleteTopicsOf,
  DEPARTMENTS,
  gql,
  headersOf,
  replicaCounts,
  SERVICES,
  startSystem,
  USERS,
  waitUntil,
} from './lib/system';

/** Each department's records, as a share of the children (by their position in the ledger). */
export const PROPORTIONS = {
  enrolment: 4, // 1 in 4 enrolled at their county's school, of those aged 6–15
  absence: 20, // 1 in 20 with an unexcused absence, of those enrolled
  disabilityCertificate: 50, // 1 in 50 with a disability certificate (health, DPF)
  policeReport: 100, // 1 in 100 reported to the police (left alone)
  temporaryAssistance: 50, // 1 in 50 granted temporary assistance
};

const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

async function schoolsByCounty(url: string): Promise<Map<string, string>> {
  const officer = await headersOf(USERS.educationOfficer);
  const schools = new Map<string, string>();
  for (const county of COUNTIES) {
    const found = await gql(url, officer, `query ($r: String!) { schools(regionCode: $r) { id name } }`, {
      r: county,
    });
    const mine = found.schools.find((s: { name: string }) => s.name === `基准测试小学${county}`);
    const id =
      mine?.id ??
      (
        await gql(url, officer, `mutation ($i: CreateSchoolInput!) { createSchool(input: $i) { id } }`, {
          i: { name: `基准测试小学${county}`, regionCode: county, level: 'PRIMARY' },
        })
      ).createSchool.id;
    schools.set(county, id);
  }
  return schools;
}

export async function seed(flags: Flags): Promise<void> {
  const size = numberFlag(flags, 'size', 10_000);
  const concurrency = numberFlag(flags, 'concurrency', 8);
  const waitS = numberFlag(flags, 'wait', 600 + size / 10);
  const store = await connectStore();
  const meta = store.useDb(databaseOf(size, 'meta')).collection<{ _id: string; completedAt?: Date }>('seed');
  const done = await meta.findOne({ _id: 'seed' });
  if (done) {
    progress(`size ${size} is already seeded (${String(done.completedAt)}); drop it first to seed again`);
    printResult('seed', { size, reused: true }, done);
    await store.close();
    return;
  }
  if ((await childCount(store, size)) > 0)
    throw new Error(
      `bench_s${size}_registry holds children of an unfinished seed: npm run bench -- drop --size ${size}`,
    );

  const importDir = mkdtempSync(join(tmpdir(), 'qz-bench-seed-'));
  const system = await startSystem(size, { registry: { IMPORT_DIR: importDir } });
  try {
    const url = system.gatewayUrl;
    progress(`importing ${size} children`);
    const imported = await importChildren(url, await headersOf(USERS.civil), importDir, 0, size, waitS);
    progress(`waiting for ${DEPARTMENTS.join(', ')} to learn of ${imported.imported} children`);
    const t = performance.now();
    await waitUntil(
      'every department to learn of the children',
      async () => {
        const counts = await replicaCounts(store, size);
        progress(`departments know: ${JSON.stringify(counts)}`);
        return Object.values(counts).every((n) => n >= imported.imported);
      },
      waitS,
      5000,
    );
    const learnedSeconds = Math.round((performance.now() - t) / 100) / 10;

    const children = await store
      .useDb(databaseOf(size, 'registry'))
      .collection<{ _id: string; regionCode: string; birthDate: string }>('children')
      .find({}, { projection: { _id: 1, regionCode: 1, birthDate: 1 } })
      .toArray();
    const schools = await schoolsByCounty(url);
    const [school, dpf, police, civil] = await Promise.all(
      [USERS.school, USERS.dpf, USERS.police, USERS.civil].map(headersOf),
    );
    const day = today();
    const records = {
      enrolment: 0,
      absence: 0,
      disabilityCertificate: 0,
      policeReport: 0,
      temporaryAssistance: 0,
    };
    const t2 = performance.now();
    const errors = await inPool(children, concurrency, async (c, k) => {
      const age = Number(day.slice(0, 4)) - Number(c.birthDate.slice(0, 4));
      // Enrolled: 1 in 4 children, those of primary and junior secondary age (6–15).
      const enrolled = k % PROPORTIONS.enrolment === 1 && age >= 6 && age <= 15;
      if (enrolled) {
        await gql(url, school, `mutation ($i: EnrolStudentInput!) { enrolStudent(input: $i) { grade } }`, {
          i: {
            childId: c._id,
            schoolId: schools.get(c.regionCode.slice(0, 6)),
            grade: Math.min(9, age - 5),
            boarding: false,
            enrolledOn: `${Number(day.slice(0, 4)) - (day.slice(5) < '09-01' ? 1 : 0)}-09-01`,
          },
        });
        records.enrolment++;
      }
      if (enrolled && k % PROPORTIONS.absence === 1) {
        await gql(
          url,
          school,
          `mutation ($i: RecordAbsenceInput!) { recordAbsence(input: $i) { __typename } }`,
          {
            i: { childId: c._id, date: day, excused: false, reason: '无故缺课', by: '班主任' },
          },
        );
        records.absence++;
      }
      if (k % PROPORTIONS.disabilityCertificate === 2) {
        await gql(
          url,
          dpf,
          `mutation ($i: RecordDisabilityCertificateInput!) { recordDisabilityCertificate(input: $i) { type } }`,
          {
            i: { childId: c._id, type: 'PHYSICAL', grade: 3, certifiedOn: day },
          },
        );
        records.disabilityCertificate++;
      }
      if (k % PROPORTIONS.policeReport === 3) {
        await gql(url, police, `mutation ($i: ReceiveReportInput!) { receiveReport(input: $i) { id } }`, {
          i: {
            situationType: 'LEFT_ALONE',
            reporterKind: 'VILLAGE_COMMITTEE',
            channel: 'DUTY_BEARER_DIRECT',
            reporterName: '督导员',
            childId: c._id,
            regionCode: c.regionCode,
            facts: '儿童独自在家（基准测试）',
          },
        });
        records.policeReport++;
      }
      if (k % PROPORTIONS.temporaryAssistance === 4) {
        await gql(url, civil, `mutation ($i: GrantBenefitInput!) { grantBenefit(input: $i) { id } }`, {
          i: {
            childId: c._id,
            programme: 'TEMPORARY_ASSISTANCE',
            startDate: day,
            monthlyAmountFen: 50_000,
            reason: '临时救助（基准测试）',
          },
        });
        records.temporaryAssistance++;
      }
      if (k % 1000 === 999) progress(`department records: ${k + 1} of ${children.length} children`);
    });
    const recordSeconds = (performance.now() - t2) / 1000;
    const recordCount = Object.values(records).reduce((a, b) => a + b, 0);

    const collections: Record<string, Record<string, number>> = {};
    for (const s of SERVICES) {
      const db = store.useDb(databaseOf(size, s));
      collections[s] = {};
      for (const { name } of await db.listCollections())
        collections[s][name] = await db.collection(name).countDocuments();
    }
    const figures = {
      import: imported,
      departmentsLearnedSeconds: learnedSeconds,
      records,
      recordErrors: errors.length,
      recordErrorSamples: [...new Set(errors)].slice(0, 3),
      recordsPerSecond: Math.round(recordCount / recordSeconds),
      collections,
    };
    if (!errors.length)
      await meta.insertOne({ _id: 'seed', completedAt: new Date(), size, ...figures } as never);
    else progress(`${errors.length} department records failed: the seed is not marked complete`);
    printResult('seed', { size, concurrency, proportions: PROPORTIONS }, figures);
  } finally {
    await system.stop();
    await store.close();
    rmSync(importDir, { recursive: true, force: true });
  }
}

/** `npm run bench -- drop --size N`: removes the databases of a seeded size. */
export async function drop(flags: Flags): Promise<void> {
  const size = numberFlag(flags, 'size', 0);
  if (!flags.size) throw new Error('drop needs --size');
  const store = await connectStore();
  for (const s of [...SERVICES, 'meta']) await store.useDb(databaseOf(size, s)).dropDatabase();
  await store.close();
  const topics = await deleteTopicsOf(size);
  progress(`dropped bench_s${size}_* and ${topics} topics bench-s${size}.*`);
}

/**
 * County ledger files (CSV, the columns the registry's import reads) of generated children, each
 * with a valid resident ID number, a name, birth date and village of its own, so no row is a
 * duplicate of another. Proportions (the seed's classification, kept the same at every size):
 * one child in three has both parents working away (left-behind), one in nine a dibao household.
 */
import { residentIdCheckChar } from '@qz/kernel';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { VILLAGES } from './system';

const HEADER = '姓名,公民身份号码,性别,出生日期,户籍地区划代码,父亲状况,母亲状况,低保家庭\n';
const GIVEN =
  '安邦宝斌晨春丹东芳飞刚桂海红华慧佳建杰金静娟俊凯兰丽莉林玲龙梅敏明娜宁平强庆秋荣瑞珊婷伟文霞祥欣秀燕阳勇玉云哲志';
const FAMILY = '韦黄李陆梁林刘陈覃杨';
const DAYS = 5800; // birth dates over 2010-01-01 … 2025-11: every child under 17
const MAX_INDEX = DAYS * 500; // the ID number's sequence has three digits

export const isLeftBehind = (i: number) => i % 3 === 0;
export const isDibao = (i: number) => i % 9 === 0;

/** The i-th generated child (i < 2,900,000): unique ID number and (name, birth date, village). */
export function ledgerChild(i: number) {
  if (i >= MAX_INDEX) throw new Error(`child index ${i} is beyond ${MAX_INDEX}`);
  const n = GIVEN.length;
  const given = GIVEN[i % n] + GIVEN[Math.floor(i / n) % n] + GIVEN[Math.floor(i / n / n) % n];
  const family = FAMILY[Math.floor(i / n / n / n) % FAMILY.length];
  // a prime stride: any run of children spans every age, and (village, date, sequence) stays unique
  const birthDate = new Date(Date.UTC(2010, 0, 1) + ((i * 7919) % DAYS) * 86_400_000)
    .toISOString()
    .slice(0, 10);
  const seq = Math.floor(i / DAYS) * 2 + (i % 2); // odd: male
  const village = VILLAGES[i % VILLAGES.length];
  const first17 = `${village.slice(0, 6)}${birthDate.replace(/-/g, '')}${String(seq).padStart(3, '0')}`;
  return {
    name: family + given,
    residentId: first17 + residentIdCheckChar(first17),
    sex: i % 2 ? '男' : '女',
    birthDate,
    village,
  };
}

/** Writes children [from, from + count) to `path`. */
export async function writeLedger(path: string, from: number, count: number): Promise<void> {
  const out = createWriteStream(path);
  out.write(HEADER);
  for (let i = from; i < from + count; i++) {
    const c = ledgerChild(i);
    const away = isLeftBehind(i) ? '外出务工' : '';
    const cells = [c.name, c.residentId, c.sex, c.birthDate, c.village, away, away, isDibao(i) ? '是' : '否'];
    if (!out.write(`${cells.join(',')}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

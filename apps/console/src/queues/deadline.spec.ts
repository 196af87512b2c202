import dayjs from 'dayjs';
import { byUrgency, countdownZh, dueOf, type QueueRow } from './deadline';

describe('work queue deadlines', () => {
  const now = dayjs('2025-03-10T10:00:00+08:00');
  const row = (key: string, due: string | null, overdue?: boolean): QueueRow => ({
    key,
    subject: key,
    status: '',
    dueAt: dueOf(due),
    ...(overdue === undefined ? {} : { overdue }),
  });

  it('puts overdue items first, then the nearest deadline, then items without one', () => {
    const rows = [
      row('later', '2025-03-20'),
      row('none', null),
      row('late-by-clock', '2025-03-09'),
      row('soon', '2025-03-10T12:00:00+08:00'),
      row('late-by-service', '2025-03-11', true),
    ];
    expect(byUrgency(rows, now).map((r) => r.key)).toEqual([
      'late-by-clock',
      'late-by-service',
      'soon',
      'later',
      'none',
    ]);
  });

  it('says the time left or how late, in Chinese', () => {
    expect(countdownZh(dayjs('2025-03-10T12:05:00+08:00'), now, false)).toBe('剩余 2 小时 5 分');
    expect(countdownZh(dayjs('2025-03-07T10:00:00+08:00'), now, true)).toBe('已超期 3 天');
    expect(countdownZh(dayjs('2025-03-10T10:20:00+08:00'), now, false)).toBe('剩余 20 分钟');
  });
});

import { subgraphSdlPath } from '@qz/schema-tools';
import { readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';
import { AccessLogRepository } from './access-log.repository';
import { checkLogPageSize, decodeLogCursor, encodeLogCursor, MAX_ACCESS_LOG_PAGE } from './access-log.rules';
import { entryOf } from './access-recorded.handler';

describe('issue 8 §4: the access log is append-only', () => {
  it('its repository can insert and find, and has no update or delete', () => {
    const methods = Object.getOwnPropertyNames(AccessLogRepository.prototype).filter(
      (m) => m !== 'constructor',
    );
    expect(methods.sort()).toEqual(['findForChild', 'insert']);
  });

  it('no mutation of the registry’s graph touches it (none takes or returns an access-log type)', () => {
    const sdl = readFileSync(subgraphSdlPath('registry'), 'utf8').replace(/^extend schema[\s\S]*?\n\n/m, '');
    const schema = buildSchema(
      `scalar DateTime directive @key(fields: String) repeatable on OBJECT\n${sdl}`,
      {
        assumeValidSDL: true,
      },
    );
    const mutations = Object.values(schema.getMutationType()?.getFields() ?? {});
    expect(mutations.length).toBeGreaterThan(0);
    for (const m of mutations) {
      expect(m.name).not.toMatch(/access/i);
      expect(String(m.type)).not.toMatch(/AccessLog/);
      for (const a of m.args) expect(String(a.type)).not.toMatch(/Access/);
    }
  });

  it('an entry keeps the event id as its id (a redelivery inserts the same id again and is ignored)', () => {
    const event = {
      id: '01936b8e-0000-7000-8000-000000000001',
      payload: {
        children: [
          { childId: 'c1', fields: ['Child.residentIdNumber'] },
          { childId: 'c2', fields: ['Child.residentIdNumber'] },
        ],
        action: 'READ' as const,
        operation: 'children',
        service: 'registry' as const,
        user: {
          userId: 'u1',
          department: 'CIVIL_AFFAIRS',
          roles: ['CIVIL_AFFAIRS_OFFICER'],
          regionCode: '450702',
        },
        purpose: null,
        requestId: 'r1',
        at: '2026-11-29T02:00:00.000Z',
      },
    };
    const entry = entryOf(event as never, new Date('2026-11-29T02:00:01Z'));
    expect(entry).toMatchObject({
      _id: event.id,
      childIds: ['c1', 'c2'],
      children: event.payload.children,
      userId: 'u1',
      userName: null,
      purpose: null,
    });
  });

  it('issue 13: an event of the former version (one child) gives an entry naming that child alone', () => {
    const rest = {
      action: 'READ' as const,
      operation: 'child',
      service: 'health' as const,
      user: { userId: 'u1', department: 'HEALTH', roles: ['HEALTH_OFFICER'], regionCode: '450702' },
      purpose: null,
      requestId: 'r1',
      at: '2026-11-29T02:00:00.000Z',
    };
    const v1 = { id: 'e1', payload: { ...rest, childId: 'c9', fields: ['Child.health'] } };
    expect(entryOf(v1 as never, new Date())).toMatchObject({
      childIds: ['c9'],
      children: [{ childId: 'c9', fields: ['Child.health'] }],
    });
  });
});

describe('issue 8 §5: a page of the access log holds at most 200 entries', () => {
  it('refuses 0 and 201, accepts 1 and 200', () => {
    expect(() => checkLogPageSize(0)).toThrow(expect.objectContaining({ code: 'PAGE_SIZE_OUT_OF_RANGE' }));
    expect(() => checkLogPageSize(MAX_ACCESS_LOG_PAGE + 1)).toThrow(
      expect.objectContaining({ code: 'PAGE_SIZE_OUT_OF_RANGE' }),
    );
    expect(() => checkLogPageSize(1)).not.toThrow();
    expect(() => checkLogPageSize(200)).not.toThrow();
  });

  it('cursors are opaque and only its own are accepted', () => {
    const id = '01936b8e-0000-7000-8000-000000000001';
    expect(decodeLogCursor(encodeLogCursor(id))).toBe(id);
    expect(() => decodeLogCursor('bm9wZQ')).toThrow(expect.objectContaining({ code: 'INVALID_CURSOR' }));
  });
});

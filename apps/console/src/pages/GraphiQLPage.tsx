import { GraphiQL } from 'graphiql';
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { useMemo } from 'react';
import { tokenNow } from '../auth/session';

const EXAMPLE = `# 示例：查询本辖区的行政区划
query Regions {
  regions(under: "450702", level: TOWNSHIP) { code name }
}
`;

/** GraphiQL for integrators, bundled with the console (no CDN), as the signed-in user. */
export default function GraphiQLPage() {
  const fetcher = useMemo(
    () => async (params: unknown) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${tokenNow() ?? ''}` },
        body: JSON.stringify(params),
      });
      return response.json();
    },
    [],
  );
  return (
    <div style={{ height: 'calc(100vh - 160px)', minHeight: 480 }} data-testid="graphiql">
      <GraphiQL
        fetcher={fetcher}
        defaultQuery={EXAMPLE}
        shouldPersistHeaders={false}
        storage={memoryStorage}
      />
    </div>
  );
}

/** GraphiQL keeps its tabs in memory, not in localStorage (nothing of a session stays in the browser). */
const memory = new Map<string, string>();
const memoryStorage = {
  getItem: (k: string) => memory.get(k) ?? null,
  setItem: (k: string, v: string) => void memory.set(k, v),
  removeItem: (k: string) => void memory.delete(k),
  clear: () => memory.clear(),
  get length() {
    return memory.size;
  },
};

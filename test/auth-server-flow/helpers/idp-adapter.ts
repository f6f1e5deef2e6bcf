/**
 * oidc-provider's storage adapter interface over a Map, one per test IdP. oidc-provider ships an equivalent
 * but warns on every start that it is for development; tests are development.
 */
type Payload = Record<string, unknown> & { grantId?: string; uid?: string; userCode?: string; consumed?: number };

export function memoryAdapterFactory(): (model: string) => object {
  const store = new Map<string, Payload>();
  return (model: string) => {
    const key = (id: string) => `${model}:${id}`;
    const findBy = (field: 'uid' | 'userCode', value: string) => [...store.entries()].find(([k, p]) => k.startsWith(`${model}:`) && p[field] === value)?.[1];
    return {
      async upsert(id: string, payload: Payload) {
        store.set(key(id), payload);
      },
      find: async (id: string) => store.get(key(id)),
      findByUid: async (uid: string) => findBy('uid', uid),
      findByUserCode: async (code: string) => findBy('userCode', code),
      async consume(id: string) {
        const p = store.get(key(id));
        if (p) p.consumed = Math.floor(Date.now() / 1000);
      },
      async destroy(id: string) {
        store.delete(key(id));
      },
      async revokeByGrantId(grantId: string) {
        for (const [k, p] of store) if (p.grantId === grantId) store.delete(k);
      },
    };
  };
}

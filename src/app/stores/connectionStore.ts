/** Mirror of how this window reaches its host. */
import { create } from 'zustand';
import type { ConnectionState } from '../bridge/connectionState';

interface ConnectionStore {
  state: ConnectionState;
  hostKind: 'electron' | 'web' | null;
}

export const useConnectionStore = create<ConnectionStore>(() => ({
  state: { status: 'connecting' },
  hostKind: null,
}));

/** `unauthenticated`: the backend gets no credentials at all (and in particular not the caller's token). */
import type { OutgoingStrategy } from './strategy.js';

export const unauthenticated: OutgoingStrategy = {
  type: 'unauthenticated',
  perIdentity: false,
  headers: async () => ({}),
};

/** `header_injection`: one fixed header, its value resolved from the plan's secret reference at start. */
import type { OutgoingStrategy } from './strategy.js';

export function headerInjection(headerName: string, value: string): OutgoingStrategy {
  const headers = Object.freeze({ [headerName]: value });
  return { type: 'header_injection', perIdentity: false, headers: async () => ({ ...headers }) };
}

/** Types for idp.mjs, which bench:modeb uses. */
export interface DemoIdp {
  issuer: string;
  userinfoEndpoint: string;
  close(): Promise<void>;
}

export declare function startDemoIdp(o: { port: number; clientId: string; clientSecret: string; redirectUri: string; password: string }): Promise<DemoIdp>;

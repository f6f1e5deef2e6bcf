/** Types for sign-in.mjs, which the TypeScript test and benchmark use. */
export declare class DemoUser {
  readonly username: string;
  readonly password: string;
  constructor(username: string, password: string);
  /** Resolves with the first redirect `done` accepts, unfetched; rejects when the IdP refuses the sign-in. */
  signIn(authorizationUrl: URL | string, done: (location: URL) => boolean): Promise<URL>;
}

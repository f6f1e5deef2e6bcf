/**
 * The base of every typed error vmcp throws on purpose: `code` is stable (programs, tests, logs and the
 * docs branch on it), the message is a sentence for people and never holds a secret. One base, so a
 * caller that reports "our" errors (the CLI, a log line) tests `instanceof VmcpError` instead of guessing
 * from the shape of whatever was thrown.
 */
export class VmcpError<Code extends string = string> extends Error {
  constructor(
    readonly code: Code,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

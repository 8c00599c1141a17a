// @pulputtamo/shared/testing: helpers for the services' tests (real local servers), never for production code.
export type { ReceivedMail, RunningSmtpServer } from './start-smtp-server.ts';
export { startSmtpServer, unfoldMail } from './start-smtp-server.ts';

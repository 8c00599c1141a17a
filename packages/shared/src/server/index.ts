// Server-side plumbing shared by the ideas and chatbot services (never imported by the widget).

export { bodySizeLimit } from './body-size-limit.ts';
export { clientIp } from './client-ip.ts';
export { allowCors, type CorsOptions } from './cors.ts';
export { createLogger } from './create-logger.ts';
export { authModeField, flagField, logLevelField, nodeEnvField, originListField, portField } from './env-fields.ts';
export { healthRoutes } from './health-routes.ts';
export { ConfigError, loadEnv } from './load-env.ts';
export { openSqlite } from './open-sqlite.ts';
export { originGuard } from './origin-guard.ts';
export type { OutboxStore, OutboxWorker, OutboxWorkerOptions, QueuedMessage, Send } from './outbox-worker.ts';
export { createOutboxWorker, retryDelay } from './outbox-worker.ts';
export { createErrorHandler, notFoundHandler, problemResponse } from './problem-handlers.ts';
export type { RateLimit, RateLimiter } from './rate-limit.ts';
export { createRateLimiter } from './rate-limit.ts';
export { readJson, readParams, readQuery } from './read-json.ts';
export { renderMarkdown } from './render-markdown.ts';
export type { RequestIdVariables } from './request-logger.ts';
export { requestLogger } from './request-logger.ts';
export type { RunServiceOptions } from './run-service.ts';
export { runService } from './run-service.ts';
export type { SecurityHeaderOptions } from './security-headers.ts';
export { securityHeaders } from './security-headers.ts';
export type { EmailMessage } from './send-email.ts';
export { createEmailSender } from './send-email.ts';
export {
  type CheckpointResult,
  startWalCheckpointer,
  type WalCheckpointer,
  type WalCheckpointerOptions,
} from './wal-checkpointer.ts';
export { WIDGET_DIST, widgetRoutes } from './widget-routes.ts';

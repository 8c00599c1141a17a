// The pino logger both services write their JSON lines with.
import { type Logger, pino } from 'pino';

export function createLogger(name: string, level: string): Logger {
  return pino({ name, level });
}

import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Module, RequestMethod } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import type { Options as PinoHttpOptions } from 'pino-http';
import { AppConfig } from '../../config/app-config';

export const REQUEST_ID_HEADER = 'x-request-id';
/** Where logs go; tests replace it to read what was logged. */
export const LOG_DESTINATION = Symbol('LOG_DESTINATION');

const SAFE_REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Reuses a caller's request id when it is safe to echo, so logs join up across services. */
export function requestId(req: IncomingMessage, res: ServerResponse): string {
  const incoming = req.headers[REQUEST_ID_HEADER];
  const id = typeof incoming === 'string' && SAFE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
  res.setHeader('X-Request-Id', id);
  return id;
}

/** Standard output unless a test overrides it. */
@Module({
  providers: [{ provide: LOG_DESTINATION, useValue: null }],
  exports: [LOG_DESTINATION],
})
export class LogDestinationModule {}

@Module({
  imports: [
    LoggerModule.forRootAsync({
      imports: [LogDestinationModule],
      inject: [AppConfig, LOG_DESTINATION],
      useFactory: (config: AppConfig, destination: DestinationStream | null) => {
        const pretty = config.nodeEnv === 'development' && !destination;
        const options: PinoHttpOptions = {
          level: config.logLevel,
          genReqId: requestId,
          customProps: () => ({ context: 'HTTP' }),
          // Never log credentials or personal data that travel in headers.
          redact: {
            paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
            censor: '[redacted]',
          },
          serializers: {
            // Status only: response headers add noise and nothing a reader needs.
            res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
            req: (req: { id: string; method: string; url: string }) => ({
              id: req.id,
              method: req.method,
              url: req.url.replace(/([?&](?:token|refreshToken|password)=)[^&]*/gi, '$1[redacted]'),
            }),
          },
          customSuccessMessage: (req, res, responseTime) =>
            `${req.method} ${req.url} ${res.statusCode} ${Math.round(responseTime)} ms [${req.id as string}]`,
          customErrorMessage: (req, res) => `${req.method} ${req.url} ${res.statusCode} [${req.id as string}]`,
          customLogLevel: (_req, res, error) =>
            error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
          transport: pretty
            ? {
                target: 'pino-pretty',
                options: {
                  singleLine: true,
                  ignore: 'pid,hostname,context,req,res',
                },
              }
            : undefined,
        };
        return {
          pinoHttp: destination ? [options, destination] : options,
          // Express 5 path syntax: nestjs-pino 4's default ('*') makes Nest warn at every start.
          forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
        };
      },
    }),
  ],
})
export class LoggingModule {}

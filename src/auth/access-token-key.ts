import { createSecretKey, type KeyObject } from 'node:crypto';
import type { AppConfig } from '../config/app-config';

/**
 * JWT_SECRET as the key object jsonwebtoken would make of it (its UTF-8 bytes), made at start-up. Given the
 * string instead, jsonwebtoken first tries to read it as a PEM key on every signature and every verification,
 * and the exception that attempt throws took a fifth of the CPU of a fast authenticated request.
 */
export const accessTokenKey = (config: AppConfig): KeyObject => createSecretKey(Buffer.from(config.jwtSecret, 'utf8'));

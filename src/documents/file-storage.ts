import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppConfig } from '../config/app-config';

/**
 * Where the bytes of documents live, behind one interface so that a bucket
 * (S3, GCS) can replace the local disk without touching the service. Keys
 * are made here, random, never from a user's file name.
 */
export const FILE_STORAGE = Symbol('FILE_STORAGE');

export interface FileStorage {
  /** A new random key. */
  newKey(): string;
  /** Stores the content under the key: the file is there whole, or not at all. */
  put(key: string, content: Buffer | Readable): Promise<void>;
  /** The content, or undefined when nothing is stored under the key. */
  open(key: string): Promise<Readable | undefined>;
  /** Removes the content; a key with nothing under it is no error. */
  remove(key: string): Promise<void>;
}

/** 128 random bits, hex: nothing to guess, nothing a path could be made of. */
const KEY = /^[0-9a-f]{32}$/;

/**
 * Files on the local disk under FILES_DIR (default DATA_DIR/files), two
 * levels of folders by key prefix so that no folder grows too large.
 * Written to a temporary file and renamed into place, so a reader never
 * sees half a file and a crash leaves only a temporary file behind.
 */
@Injectable()
export class LocalFileStorage implements FileStorage {
  private readonly root: string;

  constructor(config: AppConfig) {
    this.root = config.filesDir;
  }

  newKey(): string {
    return randomBytes(16).toString('hex');
  }

  async put(key: string, content: Buffer | Readable): Promise<void> {
    const path = this.pathOf(key);
    const temporary = join(this.root, 'tmp', `${key}.${randomBytes(4).toString('hex')}`);
    await mkdir(join(this.root, 'tmp'), { recursive: true, mode: 0o700 });
    await mkdir(join(path, '..'), { recursive: true, mode: 0o700 });
    try {
      await pipeline(
        Buffer.isBuffer(content) ? Readable.from([content]) : content,
        createWriteStream(temporary, { flags: 'wx', mode: 0o600 }),
      );
      await rename(temporary, path);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }

  async open(key: string): Promise<Readable | undefined> {
    const stream = createReadStream(this.pathOf(key));
    // Opening is asynchronous: wait for it, so that a missing file is an answer, not a broken response.
    return new Promise((resolve, reject) => {
      stream.once('open', () => resolve(stream));
      stream.once('error', (error: NodeJS.ErrnoException) =>
        error.code === 'ENOENT' ? resolve(undefined) : reject(error),
      );
    });
  }

  async remove(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  private pathOf(key: string): string {
    if (!KEY.test(key)) throw new Error('Not a storage key.');
    return join(this.root, key.slice(0, 2), key.slice(2, 4), key);
  }
}

import { FILE_STORAGE, type FileStorage, LocalFileStorage } from '../../src/documents/file-storage';
import { createTestApp, TestApp } from '../support/app';
import { registerUser, TestUser } from '../support/accounts';
import { documentRows, photo, storedFiles, tinyPdf } from '../support/documents';
import { addCertification, createSupplier } from '../support/suppliers';

/** The local disk, except that a write fails when the test says so. */
class FlakyStorage implements FileStorage {
  failNextPut = false;
  constructor(private readonly disk: LocalFileStorage) {}
  newKey = () => this.disk.newKey();
  open = (key: string) => this.disk.open(key);
  remove = (key: string) => this.disk.remove(key);
  async put(key: string, content: Buffer) {
    if (this.failNextPut) {
      this.failNextPut = false;
      throw new Error('disk full');
    }
    return this.disk.put(key, content);
  }
}

describe('Documents: never half an upload', () => {
  let t: TestApp;
  let owner: TestUser;
  let supplierId: string;
  let storage: FlakyStorage;
  beforeAll(async () => {
    t = await createTestApp();
    storage = new FlakyStorage(new LocalFileStorage(t.config));
    // Swapped in after boot: the service asks for the storage on every call through this object.
    Object.assign(t.app.get<FileStorage>(FILE_STORAGE), {
      put: storage.put.bind(storage),
    });
    owner = await registerUser(t, 'ikm_owner', 'owner');
    supplierId = (await createSupplier(t, owner, { nib: undefined })).id;
  });
  afterAll(() => t.close());

  it('counts concurrent uploads one at a time: the one over the limit leaves no file behind', async () => {
    const certId = (await addCertification(t, owner, supplierId)).id;
    const scans = `/api/v1/suppliers/${supplierId}/certifications/${certId}/scans`;
    for (let i = 0; i < 3; i++) {
      await t.http.post(scans).set('Authorization', owner.auth).attach('file', tinyPdf(), `${i}.pdf`).expect(201);
    }
    const filesBefore = storedFiles(t).length;
    // Three at once for the last two places: the count before the work or the one under the supplier's lock stops the third.
    const results = await Promise.all(
      [0, 1, 2].map(async (i) =>
        t.http
          .post(scans)
          .set('Authorization', owner.auth)
          .attach('file', await photo('jpeg', 200, 100), `${i}.jpg`),
      ),
    );
    expect(results.map((res) => res.status).sort()).toEqual([201, 201, 409]);
    // Two images, each with its thumbnail; nothing of the third.
    expect(storedFiles(t).length).toBe(filesBefore + 4);
    expect(await documentRows(t, supplierId)).toBe(5);
  });

  it('stores no row when storage fails, and removes what was already stored', async () => {
    const rowsBefore = await documentRows(t, supplierId);
    const filesBefore = storedFiles(t).length;
    // The image goes in, its thumbnail fails.
    const put = storage.put.bind(storage);
    let puts = 0;
    Object.assign(t.app.get<FileStorage>(FILE_STORAGE), {
      put: (key: string, content: Buffer) => {
        storage.failNextPut = ++puts === 2;
        return put(key, content);
      },
    });
    const res = await t.http
      .post(`/api/v1/suppliers/${supplierId}/photos`)
      .set('Authorization', owner.auth)
      .attach('file', await photo('png', 100, 100), 'bengkel.png');
    expect(res.status).toBe(500);
    expect(res.body.detail).not.toMatch(/disk full/);
    expect(puts).toBe(2);
    expect(await documentRows(t, supplierId)).toBe(rowsBefore);
    expect(storedFiles(t).length).toBe(filesBefore);
  });
});

import { contentDisposition } from '../download-response';
import { downloadName } from '../file-content';

describe('download names', () => {
  it('keep only a clean base name, with the extension of the type found', () => {
    expect(downloadName('../../etc/passwd', 'application/pdf')).toBe('passwd.pdf');
    expect(downloadName('C:\\Users\\budi\\scan ISO.PDF', 'application/pdf')).toBe('scan ISO.pdf');
    expect(downloadName('sertifikat.pdf', 'image/png')).toBe('sertifikat.png');
    expect(downloadName('a"b\r\nc\u0000d<e>.jpg', 'image/jpeg')).toBe('abcde.jpg');
    expect(downloadName('...', 'image/jpeg')).toBe('file.jpg');
    expect(downloadName(undefined, 'application/pdf')).toBe('file.pdf');
    expect(downloadName(`${'x'.repeat(500)}.pdf`, 'application/pdf')).toHaveLength(124);
  });

  it('are sent as ASCII for old clients and exactly in UTF-8 for the rest', () => {
    expect(contentDisposition('attachment', 'Sertifikat TÜV 100%.pdf')).toBe(
      `attachment; filename="Sertifikat T_V 100_.pdf"; filename*=UTF-8''Sertifikat%20T%C3%9CV%20100%25.pdf`,
    );
    expect(contentDisposition('inline', "mesin (baru)'s.jpg")).toBe(
      `inline; filename="mesin (baru)'s.jpg"; filename*=UTF-8''mesin%20%28baru%29%27s.jpg`,
    );
  });
});

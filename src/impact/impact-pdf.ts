import PDFDocument from 'pdfkit';
import type { Language } from '../common/i18n/language';
import type { ImpactDto, ServiceDemandDto } from './dto/impact.dto';
import { FIGURE_KEYS, IMPACT_WORDS } from './impact-words';

const MARGIN = 48;
const LOCALE = { id: 'id-ID', en: 'en-ID' } as const;

/**
 * The impact report as an A4 PDF a regency office can file: the period, the
 * figures for the whole region (or one regency), the figures by regency and
 * by month, and the services BBSPJILM's planners should offer where. Built
 * with PDFKit's standard Helvetica, which needs no font files.
 */
export function impactPdf(
  impact: ImpactDto,
  demand: ServiceDemandDto,
  language: Language,
  { today, regencyCode }: { today: string; regencyCode?: string },
): Promise<Buffer> {
  const w = IMPACT_WORDS[language];
  const number = new Intl.NumberFormat(LOCALE[language]);
  const rupiah = (value: number) => `Rp ${number.format(value)}`;
  const day = (iso: string) =>
    new Intl.DateTimeFormat(LOCALE[language], {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(`${iso}T00:00:00Z`));
  const doc = new PDFDocument({ size: 'A4', margin: MARGIN, info: { Title: w.title, Author: 'Rantai · BBSPJILM' } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const width = doc.page.width - 2 * MARGIN;

  /** A table with a bold header row; the first column left, the others right-aligned numbers. */
  const table = (headers: string[], rows: string[][], firstWidth: number) => {
    const rest = (width - firstWidth) / (headers.length - 1);
    const widths = [firstWidth, ...headers.slice(1).map(() => rest)];
    const line = (cells: string[], bold: boolean) => {
      if (doc.y > doc.page.height - MARGIN - 40) doc.addPage();
      const top = doc.y;
      doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(bold ? 8 : 9);
      let x = MARGIN;
      let bottom = top;
      cells.forEach((cell, i) => {
        doc.text(cell, x, top, { width: widths[i] - 4, align: i === 0 ? 'left' : 'right' });
        bottom = Math.max(bottom, doc.y);
        x += widths[i];
      });
      doc
        .moveTo(MARGIN, bottom + 2)
        .lineTo(MARGIN + width, bottom + 2)
        .lineWidth(0.3)
        .strokeColor('#999')
        .stroke();
      doc.y = bottom + 5;
    };
    line(headers, true);
    rows.forEach((row) => line(row, false));
    doc.x = MARGIN;
    doc.moveDown();
  };
  const heading = (words: string) => {
    if (doc.y > doc.page.height - MARGIN - 80) doc.addPage();
    doc.font('Helvetica-Bold').fontSize(12).fillColor('#000').text(words, MARGIN, doc.y).moveDown(0.4);
  };
  const figures = (row: ImpactDto['totals']) =>
    FIGURE_KEYS.map((key) => (key === 'contractValueIdr' ? rupiah(row[key]) : number.format(row[key])));
  const short = FIGURE_KEYS.map((key) => w.figures[key]);

  doc.font('Helvetica-Bold').fontSize(16).text(w.title);
  doc.font('Helvetica').fontSize(10).fillColor('#444').text(w.subtitle).moveDown(0.5);
  const period = `${impact.range.from ? day(impact.range.from) : w.allTime} ${w.until} ${day(impact.range.to ?? today)}`;
  doc.fillColor('#000').text(`${w.period}: ${period}`);
  if (regencyCode) doc.text(`${w.regencyOnly}: ${impact.byRegency[0]?.regencyName ?? regencyCode}`);
  doc.text(`${w.made}: ${day(today)}`).moveDown();

  heading(w.summary);
  table(
    [w.item, w.value],
    FIGURE_KEYS.map((key, i) => [w.figures[key], figures(impact.totals)[i]]),
    width * 0.6,
  );

  heading(w.byRegency);
  if (impact.byRegency.length) {
    table(
      [w.regency, ...short],
      impact.byRegency.map((row) => [row.regencyName, ...figures(row)]),
      width * 0.22,
    );
  } else doc.font('Helvetica').fontSize(9).text(w.none).moveDown();

  heading(w.byMonth);
  const months = impact.byMonth.filter((row) => FIGURE_KEYS.some((key) => row[key] > 0));
  if (months.length)
    table(
      [w.month, ...short],
      months.map((row) => [row.month, ...figures(row)]),
      width * 0.16,
    );
  else doc.font('Helvetica').fontSize(9).text(w.none).moveDown();

  heading(w.demand);
  doc.font('Helvetica').fontSize(9).fillColor('#444').text(w.demandIntro).fillColor('#000').moveDown(0.5);
  for (const regency of demand.items) {
    doc.font('Helvetica-Bold').fontSize(10).text(regency.regencyName, MARGIN, doc.y).moveDown(0.2);
    table(
      [w.service, w.suppliers, w.requests, w.openings],
      regency.services.map((s) => [
        s.name,
        number.format(s.suppliers),
        number.format(s.requests),
        number.format(s.openings),
      ]),
      width * 0.55,
    );
  }
  if (!demand.items.length) doc.font('Helvetica').fontSize(9).text(w.none);
  doc.end();
  return done;
}

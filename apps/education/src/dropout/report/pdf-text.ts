import { inflateSync } from 'node:zlib';

/**
 * Reads back the text of a PDF this service wrote (pdfkit, embedded CID fonts): inflates every
 * stream, maps the glyph codes of the text operators through the fonts' ToUnicode tables. Enough
 * to check a report's contents in tests and tools; not a general PDF parser.
 */
export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const streams: string[] = [];
  const re = /<<([^]*?)>>\s*stream\r?\n/g;
  for (let m = re.exec(raw); m; m = re.exec(raw)) {
    const start = m.index + m[0].length;
    const end = raw.indexOf('endstream', start);
    const body = Buffer.from(raw.slice(start, end).replace(/\r?\n$/, ''), 'latin1');
    try {
      streams.push((m[1].includes('/FlateDecode') ? inflateSync(body) : body).toString('latin1'));
    } catch {
      // An image or font program that is not text: skip it.
    }
  }
  const toUnicode = new Map<string, string>();
  const hexToText = (h: string) =>
    String.fromCodePoint(...(h.match(/.{4}/g) ?? []).map((x) => parseInt(x, 16)));
  for (const s of streams.filter((x) => x.includes('beginbfrange') || x.includes('beginbfchar'))) {
    for (const [, from, , list] of s.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*\[([^\]]*)\]/g)) {
      const codes = [...list.matchAll(/<([0-9a-fA-F]+)>/g)].map((x) => x[1]);
      codes.forEach((u, i) =>
        toUnicode.set((parseInt(from, 16) + i).toString(16).padStart(4, '0'), hexToText(u)),
      );
    }
    for (const [, block] of s.matchAll(/beginbfchar([^]*?)endbfchar/g)) {
      for (const [, code, u] of block.matchAll(/<([0-9a-fA-F]{4})>\s*<([0-9a-fA-F]+)>/g)) {
        toUnicode.set(code.toLowerCase(), hexToText(u));
      }
    }
  }
  const out: string[] = [];
  for (const s of streams.filter((x) => /\bT[Jj]\b/.test(x))) {
    for (const [, ops] of s.matchAll(/(\[[^\]]*\]|<[0-9a-fA-F]*>)\s*T[Jj]/g)) {
      const glyphs = [...ops.matchAll(/<([0-9a-fA-F]*)>/g)].flatMap((x) => x[1].match(/.{4}/g) ?? []);
      out.push(glyphs.map((g) => toUnicode.get(g.toLowerCase()) ?? '').join(''));
    }
  }
  return out.join('\n');
}

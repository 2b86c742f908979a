// Korean text in PDFs: pdf-lib + @pdf-lib/fontkit with Pretendard (SIL OFL 1.1) as TrueType.
// pdf-lib cannot embed Pretendard's CFF/OTF builds, so the TTFs under static/alternative are used;
// subsetting keeps a page around 20 KB. fontkit 1.1.1's subsetter is patched (patches/, applied by
// patch-package on postinstall) to pad odd-length glyph data, which otherwise shifts the short
// `loca` offsets and makes renderers draw nothing for later glyphs while the text still extracts.
// On Lambda the two files are copied beside the bundle and GOLMOK_FONT_DIR points at them.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import fontkit from "@pdf-lib/fontkit";
import { PDFDocument, type PDFFont } from "pdf-lib";

export const FONT_FILES = {
  regular: "Pretendard-Regular.ttf",
  bold: "Pretendard-Bold.ttf",
} as const;

/** Where the TTFs are: GOLMOK_FONT_DIR (Lambda) or the installed `pretendard` package. */
export function fontDir(): string {
  if (process.env.GOLMOK_FONT_DIR) return process.env.GOLMOK_FONT_DIR;
  const pkg = createRequire(import.meta.url).resolve("pretendard/package.json");
  return join(dirname(pkg), "dist/public/static/alternative");
}

export interface FontBytes {
  regular: Uint8Array;
  bold: Uint8Array;
}

let cache: FontBytes | undefined;

/** The Regular and Bold TTF bytes, read once per process (about 2.7 MB each). */
export function fontBytes(): FontBytes {
  if (!cache) {
    const dir = fontDir();
    cache = {
      regular: readFileSync(join(dir, FONT_FILES.regular)),
      bold: readFileSync(join(dir, FONT_FILES.bold)),
    };
  }
  return cache;
}

export interface KoreanDoc {
  doc: PDFDocument;
  regular: PDFFont;
  bold: PDFFont;
}

// fontkit parses a font (cmap, GSUB/GPOS for layout) on first use, a few hundred ms for
// Pretendard; pdf-lib calls fontkit.create for every embedFont. The parsed font is only read
// (each document makes its own subset), so one parse per process is shared by all documents.
type Fontkit = Parameters<PDFDocument["registerFontkit"]>[0];
const parsed = new WeakMap<Uint8Array, ReturnType<Fontkit["create"]>>();
const cachingFontkit: Fontkit = {
  create(bytes, postscriptName) {
    if (postscriptName) return fontkit.create(bytes, postscriptName);
    let font = parsed.get(bytes);
    if (!font) parsed.set(bytes, (font = fontkit.create(bytes)));
    return font;
  },
};

/** A new document with fontkit registered and both Pretendard weights embedded as subsets. */
export async function createKoreanDoc(title: string): Promise<KoreanDoc> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(cachingFontkit);
  doc.setTitle(title, { showInWindowTitleBar: true });
  doc.setCreator("골목 Golmok");
  doc.setProducer("골목 Golmok");
  doc.setLanguage("ko-KR");
  const { regular, bold } = fontBytes();
  return {
    doc,
    regular: await doc.embedFont(regular, {
      subset: true,
      features: plainGlyphs(regular),
    }),
    bold: await doc.embedFont(bold, {
      subset: true,
      features: plainGlyphs(bold),
    }),
  };
}

// Every OpenType feature of the font switched off, so text is drawn with the cmap's own glyphs:
// what textWidth measured character by character is what is drawn (calt would turn "->" into an
// arrow, case and ccmp swap glyphs), and fontkit skips its GSUB/GPOS pass, which took ~2.8 ms a
// string with Pretendard's 49 features (~0.2 ms without) and was most of a document's render time.
const plainFeatures = new WeakMap<Uint8Array, Record<string, boolean>>();
function plainGlyphs(bytes: Uint8Array): Record<string, boolean> {
  let off = plainFeatures.get(bytes);
  if (!off) {
    const { availableFeatures } = cachingFontkit.create(bytes) as unknown as {
      availableFeatures: string[];
    };
    off = Object.fromEntries(availableFeatures.map((f) => [f, false]));
    plainFeatures.set(bytes, off);
  }
  return off;
}

// Keyed by the parsed font behind the PDFFont (one per weight per process, see cachingFontkit),
// so a character is measured once per process, not once per document.
const charWidths = new WeakMap<object, Map<string, number>>();
const widthKey = (font: PDFFont): object =>
  (font as unknown as { embedder?: { font?: object } }).embedder?.font ?? font;

/**
 * Width of `text` at `size`, summed from per-character advance widths that are measured once per
 * font file. pdf-lib's widthOfTextAtSize runs a full fontkit layout on every call, which made wrapping
 * quadratic and slow; pdf-lib itself positions glyphs by advance width only (no kerning), so the
 * sum matches what is drawn (a ligature could only make the real text narrower).
 */
export function textWidth(font: PDFFont, text: string, size: number): number {
  const key = widthKey(font);
  let m = charWidths.get(key);
  if (!m) charWidths.set(key, (m = new Map()));
  let units = 0;
  for (const ch of text) {
    let w = m.get(ch);
    if (w === undefined) m.set(ch, (w = font.widthOfTextAtSize(ch, 1000)));
    units += w;
  }
  return (units * size) / 1000;
}

const isSpace = (ch: string) => /\s/.test(ch);
// Korean (and CJK) text may break between any two characters; Latin words and numbers
// ("10,320원", "209시간") should not be split in the middle unless a run alone is too wide.
const breaksAnywhere = (ch: string) =>
  /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af\u3000-\u9fff]/.test(ch);

// Closing punctuation stays on the line of what it closes: "(5인 이상)" never ends a line at "상".
const noBreakBefore = (ch: string) =>
  /[)\]}>,.:;!?%·、。，．）」』〉》]/.test(ch);

/**
 * Breaks `text` into lines no wider than `width` at `size`. Line breaks in the input are kept;
 * lines break at spaces, else between Hangul syllables, and inside a Latin word or number only
 * when it alone is too wide.
 */
export function wrap(
  font: PDFFont,
  text: string,
  size: number,
  width: number,
): string[] {
  const fits = (s: string) => textWidth(font, s, size) <= width;
  const out: string[] = [];
  for (const para of text.split(/\r?\n/)) {
    let line = "";
    for (const ch of para) {
      if (fits(line + ch) || line === "") {
        line += ch;
        continue;
      }
      if (isSpace(ch)) {
        out.push(line.trimEnd());
        line = "";
        continue;
      }
      // Break at the last space (between words, as Korean is set), else next to Hangul.
      const chars = [...line];
      let cut = -1;
      for (let i = chars.length; i > 0 && cut < 0; i--)
        if (isSpace(chars[i - 1])) cut = i;
      for (let i = chars.length; i > 0 && cut < 0; i--) {
        const prev = chars[i - 1];
        const next = i < chars.length ? chars[i] : ch;
        if (
          !noBreakBefore(next) &&
          (breaksAnywhere(prev) || breaksAnywhere(next))
        )
          cut = i;
      }
      if (cut <= 0) {
        out.push(line);
        line = ch;
      } else {
        out.push(chars.slice(0, cut).join("").trimEnd());
        line = chars.slice(cut).join("").trimStart() + ch;
        // The carried-over part plus `ch` may itself be too wide (a very long word).
        while (!fits(line) && [...line].length > 1) {
          const cs = [...line];
          let n = cs.length - 1;
          while (n > 1 && !fits(cs.slice(0, n).join(""))) n--;
          out.push(cs.slice(0, n).join(""));
          line = cs.slice(n).join("");
        }
      }
    }
    out.push(line.trimEnd());
  }
  // Drop trailing empty lines, keep at least one (an empty basis is one empty line).
  while (out.length > 1 && out[out.length - 1] === "") out.pop();
  return out;
}

/**
 * Replaces characters Pretendard has no glyph for (they would draw as an empty box) with "?".
 * User-entered names and labels go through this before drawing.
 */
const charSets = new WeakMap<PDFFont, Set<number>>();
export function drawable(font: PDFFont, text: string): string {
  let set = charSets.get(font);
  if (!set) charSets.set(font, (set = new Set(font.getCharacterSet())));
  let out = "";
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    out += set.has(cp) || ch === "\n" ? ch : "?";
  }
  return out;
}

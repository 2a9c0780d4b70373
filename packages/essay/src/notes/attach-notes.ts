import { EssayError } from "../errors.ts";
import type { AnchoredNote, CrossRef, Diagnostic, Essay, ParagraphId, TextQuoteSelector } from "../types.ts";
import { type LinkEnd, type LinkSource, type NoteSource, parseNotesFile } from "./notes-file.ts";
import { type AnchorFailure, anchorQuote, isAnchored, type QuoteAnchor } from "./quote-anchor.ts";
import { renderNoteBody } from "./render-note.ts";

/**
 * Reads an essay's notes file (MDX), anchors every note and editor link in the essay's
 * text, and returns the essay with its notes, editor cross-references and re-anchoring
 * warnings. A quote that matches nowhere or in several places is an EssayError.
 */
export function attachNotes(essay: Essay, source: string, file = "<notes>"): Essay {
  const parsed = parseNotesFile(source, file);
  const warnings: Diagnostic[] = [];
  const placed = parsed.notes.map((note, i) => {
    const selector = selectorOf(note);
    const anchor = anchorOrThrow(essay, selector, file, note.line, `note ${i + 1}`);
    if (anchor.fuzzy) warnings.push(reanchored(i + 1, note, anchor, file));
    return { note, selector, anchor, id: `n${i + 1}`, ...renderNoteBody(note.body, file) };
  });
  const order = new Map(essay.paragraphs.map((paragraph) => [paragraph.id, paragraph.index]));
  placed.sort(
    (a, b) =>
      (order.get(a.anchor.paragraphId) ?? 0) - (order.get(b.anchor.paragraphId) ?? 0) ||
      a.anchor.start - b.anchor.start,
  );
  placed.forEach((current, i) => {
    const previous = placed[i - 1];
    if (
      previous &&
      previous.anchor.paragraphId === current.anchor.paragraphId &&
      previous.anchor.end > current.anchor.start
    ) {
      throw new EssayError(
        "overlapping-notes",
        `the note's quote overlaps the quote of the note on line ${previous.note.line}`,
        "quote shorter, separate spans of the text, or merge the two notes",
        { file, line: current.note.line, column: current.note.column },
      );
    }
  });
  const notes: AnchoredNote[] = placed.map(({ note, selector, anchor, id, html, text }, i) => ({
    id,
    number: i + 1,
    kind: note.kind,
    paragraphId: anchor.paragraphId,
    start: anchor.start,
    end: anchor.end,
    selector,
    text,
    html,
    line: note.line,
    fuzzy: anchor.fuzzy,
  }));
  const editorLinks = parsed.links.map((link) => resolveLink(essay, link, file));
  const edition = { ...essay.edition, ...parsed.edition };
  return {
    ...essay,
    ...(Object.keys(edition).length > 0 && { edition }),
    notes,
    crossRefs: [...editorLinks, ...essay.crossRefs],
    diagnostics: [...essay.diagnostics, ...warnings],
  };
}

function selectorOf(note: NoteSource): TextQuoteSelector {
  return {
    type: "TextQuoteSelector",
    exact: note.exact,
    ...(note.prefix !== undefined && { prefix: note.prefix }),
    ...(note.suffix !== undefined && { suffix: note.suffix }),
  };
}

function anchorOrThrow(
  essay: Essay,
  selector: TextQuoteSelector,
  file: string,
  line: number,
  what: string,
): QuoteAnchor {
  const result = anchorQuote(essay.paragraphs, selector);
  if (isAnchored(result)) return result;
  throw anchorError(result, selector, file, line, what);
}

function anchorError(
  failure: AnchorFailure,
  selector: TextQuoteSelector,
  file: string,
  line: number,
  what: string,
): EssayError {
  const where = (c: AnchorFailure["candidates"][number]): string =>
    `¶${c.paragraphId.slice(1)} (${c.paragraphId}): “${shorten(c.text)}”`;
  if (failure.problem === "ambiguous") {
    return new EssayError(
      "ambiguous-note-quote",
      `the ${what}'s quote “${shorten(selector.exact)}” matches in more than one place: ${failure.candidates.map(where).join("; ")}`,
      'add prefix="…" or suffix="…" with the words just before or after the place you mean, or quote more words',
      { file, line },
    );
  }
  const closest = failure.candidates[0];
  return new EssayError(
    "unanchored-note",
    `the ${what}'s quote “${shorten(selector.exact)}” matches nowhere in the essay${closest ? `; the closest passage is ${where(closest)}` : ""}`,
    'copy the essay\'s exact words into exact="…" (the essay may have changed since the note was written)',
    { file, line },
  );
}

function reanchored(n: number, note: NoteSource, anchor: QuoteAnchor, file: string): Diagnostic {
  return {
    severity: "warning",
    code: "note-reanchored",
    message: `Note ${n} (line ${note.line}) quotes “${shorten(note.exact)}”, which is no longer in the text; it now marks “${shorten(anchor.text)}” in ¶${anchor.paragraphId.slice(1)}. Update its exact="…".`,
    where: { file, line: note.line, paragraphId: anchor.paragraphId },
  };
}

function resolveLink(essay: Essay, link: LinkSource, file: string): CrossRef {
  const end = (value: LinkEnd, name: string): ParagraphId => {
    if ("paragraph" in value) {
      const found = essay.paragraphs.find((paragraph) => paragraph.id === value.paragraph);
      if (found) return found.id;
      throw new EssayError(
        "unknown-link-paragraph",
        `the <Link> ${name}="${value.paragraph}" names a paragraph the essay does not have`,
        `use p1 to p${essay.paragraphs.length}, or quote the essay's words instead`,
        { file, line: link.line, column: link.column },
      );
    }
    return anchorOrThrow(essay, { type: "TextQuoteSelector", exact: value.quote }, file, link.line, `link's ${name}`)
      .paragraphId;
  };
  const from = end(link.from, "from");
  const to = end(link.to, "to");
  const evidence = link.note ?? ("quote" in link.from ? link.from.quote : undefined);
  return { from, to, reason: link.type, score: 1, ...(evidence !== undefined && { evidence }) };
}

function shorten(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

import type { AnchoredNote, Essay } from "@scholia/essay";
import { version } from "../../package.json";
import { absolute } from "./urls.ts";

/** A W3C Web Annotation agent (§ 3.3.1): the editor, or the site that published the notes. */
export interface Agent {
  id?: string;
  type: "Person" | "Organization" | "Software";
  name: string;
  homepage?: string;
  version?: string;
}

/** One editor's note as a W3C Web Annotation (Web Annotation Data Model, § 3). */
export interface WebAnnotation {
  id: string;
  type: "Annotation";
  motivation: "commenting";
  creator: Agent;
  created?: string;
  modified?: string;
  generator: Agent;
  body: { type: "TextualBody"; value: string; format: "text/plain"; purpose: "commenting"; language?: string };
  target: {
    source: string;
    selector: [
      { type: "TextQuoteSelector"; exact: string; prefix: string; suffix: string },
      { type: "FragmentSelector"; conformsTo: string; value: string; refinedBy: TextPosition },
    ];
  };
}

/** A TextPositionSelector: UTF-16 offsets into the text of the element its parent selector names. */
interface TextPosition {
  type: "TextPositionSelector";
  start: number;
  end: number;
}

/** An essay's notes as one W3C AnnotationCollection, all on its first (and only) AnnotationPage. */
export interface AnnotationCollection {
  "@context": "http://www.w3.org/ns/anno.jsonld";
  id: string;
  type: "AnnotationCollection";
  label: string;
  total: number;
  first: {
    id: string;
    type: "AnnotationPage";
    partOf: { id: string; total: number };
    startIndex: 0;
    items: WebAnnotation[];
  };
  last: string;
}

/** How much text a quote selector's `prefix` and `suffix` carry (what Hypothesis uses). */
export const CONTEXT_CHARS = 32;

/** The program that wrote the annotations: Scholia, with the reader's version. */
export function generator(): Agent {
  return { id: absolute(), type: "Software", name: "Scholia", homepage: absolute(), version };
}

/** Who made an essay's notes: the editor the notes file or front matter names, else the site. */
export function creator(essay: Essay): Agent {
  const editor = essay.edition?.editor;
  return editor ? { type: "Person", name: editor } : { id: absolute(), type: "Organization", name: "Scholia" };
}

/**
 * The text on either side of a note's quote, as the reading page shows it: the essay's title,
 * dek and paragraphs in order, so a quote at a paragraph's edge takes its context from the
 * neighbouring text.
 */
function quoteContext(essay: Essay, note: AnchoredNote): { prefix: string; suffix: string } {
  const parts = [essay.title, essay.subtitle ?? "", ...essay.paragraphs.map((paragraph) => paragraph.text)];
  const at = essay.paragraphs.findIndex((paragraph) => paragraph.id === note.paragraphId);
  if (at < 0) return { prefix: "", suffix: "" };
  const before = parts.slice(0, at + 3).filter(Boolean);
  const own = before.pop() ?? "";
  const head = `${before.join("\n")}${before.length > 0 ? "\n" : ""}${own.slice(0, note.start)}`;
  const after = parts.slice(at + 3).filter(Boolean);
  const tail = `${own.slice(note.end)}${after.length > 0 ? "\n" : ""}${after.join("\n")}`;
  return { prefix: head.slice(-CONTEXT_CHARS), suffix: tail.slice(0, CONTEXT_CHARS) };
}

function annotation(essay: Essay, note: AnchoredNote, collection: string): WebAnnotation {
  const paragraph = essay.paragraphs.find((candidate) => candidate.id === note.paragraphId);
  const exact = paragraph ? paragraph.text.slice(note.start, note.end) : note.selector.exact;
  const { prefix, suffix } = quoteContext(essay, note);
  // Notes are shown on pages in the essay's language; the site's pages say "en" when the model gives none.
  const language = essay.lang ?? "en";
  return {
    id: `${collection}#${note.id}`,
    type: "Annotation",
    motivation: "commenting",
    creator: creator(essay),
    ...(essay.edition?.created && { created: essay.edition.created }),
    ...(essay.edition?.modified && { modified: essay.edition.modified }),
    generator: generator(),
    body: { type: "TextualBody", value: note.text, format: "text/plain", purpose: "commenting", language },
    target: {
      source: absolute(`${essay.slug}/`),
      // Alternatives, as the model allows: the quote finds the words anywhere on the page; the fragment
      // names the paragraph element and the position selector the note's offsets within that paragraph's text.
      selector: [
        { type: "TextQuoteSelector", exact, prefix, suffix },
        {
          type: "FragmentSelector",
          conformsTo: "http://tools.ietf.org/rfc/rfc3986",
          value: note.paragraphId,
          refinedBy: { type: "TextPositionSelector", start: note.start, end: note.end },
        },
      ],
    },
  };
}

/**
 * The collection published at `/<slug>/annotations.jsonld`; empty (total 0) when the essay has no notes.
 * @example annotationCollection(essay).first.items.length // essay.notes.length
 */
export function annotationCollection(essay: Essay): AnnotationCollection {
  const id = absolute(`${essay.slug}/annotations.jsonld`);
  const notes: readonly AnchoredNote[] = essay.notes ?? [];
  const items = [...notes].sort((a, b) => a.number - b.number).map((note) => annotation(essay, note, id));
  return {
    "@context": "http://www.w3.org/ns/anno.jsonld",
    id,
    type: "AnnotationCollection",
    label: `Editor's notes on “${essay.title}”`,
    total: items.length,
    first: { id: `${id}#page1`, type: "AnnotationPage", partOf: { id, total: items.length }, startIndex: 0, items },
    last: `${id}#page1`,
  };
}

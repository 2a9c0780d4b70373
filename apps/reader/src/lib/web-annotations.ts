import type { AnchoredNote, Essay } from "@scholia/essay";
import { absolute } from "./urls.ts";

/** One editor's note as a W3C Web Annotation (Web Annotation Data Model, § 3). */
export interface WebAnnotation {
  id: string;
  type: "Annotation";
  motivation: "commenting";
  body: { type: "TextualBody"; value: string; format: "text/plain"; purpose: "commenting" };
  target: {
    source: string;
    selector: [
      { type: "TextQuoteSelector"; exact: string; prefix?: string; suffix?: string },
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
  first: { id: string; type: "AnnotationPage"; startIndex: 0; items: WebAnnotation[] };
}

function annotation(essay: Essay, note: AnchoredNote, collection: string): WebAnnotation {
  const paragraph = essay.paragraphs.find((candidate) => candidate.id === note.paragraphId);
  const exact = paragraph ? paragraph.text.slice(note.start, note.end) : note.selector.exact;
  return {
    id: `${collection}#${note.id}`,
    type: "Annotation",
    motivation: "commenting",
    body: { type: "TextualBody", value: note.text, format: "text/plain", purpose: "commenting" },
    target: {
      source: absolute(`${essay.slug}/`),
      // Alternatives, as the model allows: the quote finds the words anywhere on the page; the fragment
      // names the paragraph element and the position selector the note's offsets within that paragraph's text.
      selector: [
        {
          type: "TextQuoteSelector",
          exact,
          ...(note.selector.prefix !== undefined && { prefix: note.selector.prefix }),
          ...(note.selector.suffix !== undefined && { suffix: note.selector.suffix }),
        },
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
    first: { id: `${id}#page1`, type: "AnnotationPage", startIndex: 0, items },
  };
}

import type { Root, RootContent } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { type MdxJsxAttribute, type MdxJsxFlowElement, mdxFromMarkdown } from "mdast-util-mdx";
import { mdxjs } from "micromark-extension-mdxjs";
import { EssayError } from "../errors.ts";
import type { NoteKind } from "../types.ts";

/** The note kinds a notes file may name in `kind="…"`. */
export const NOTE_KINDS: readonly NoteKind[] = ["context", "source", "correction", "definition"];

/** The reasons an editor's `<Link type="…">` may give. */
export const EDITOR_LINK_TYPES = ["supports", "contradicts", "qualifies", "defines", "example-of"] as const;

/** A reason an editor may give for a link. */
export type EditorLinkType = (typeof EDITOR_LINK_TYPES)[number];

/** A `<Note>` as written in the notes file, before it is anchored to the essay. */
export interface NoteSource {
  readonly exact: string;
  readonly prefix?: string;
  readonly suffix?: string;
  readonly kind: NoteKind;
  /** The note's Markdown body as mdast nodes. */
  readonly body: readonly RootContent[];
  readonly line: number;
  readonly column: number;
}

/** One end of an editor's `<Link>`: a paragraph id (`p4`) or a quote of the essay's words. */
export type LinkEnd = { readonly paragraph: string } | { readonly quote: string };

/** A `<Link>` as written in the notes file. */
export interface LinkSource {
  readonly from: LinkEnd;
  readonly to: LinkEnd;
  readonly type: EditorLinkType;
  /** The editor's reason in words (`note="…"`), shown with the link. */
  readonly note?: string;
  readonly line: number;
  readonly column: number;
}

/** The notes file's `<Edition editor="…" created="…" modified="…" />`: who annotated, and when. */
export interface EditionSource {
  readonly editor?: string;
  /** ISO 8601 dates (`2024`, `2024-03`, `2024-03-05`, or a date and time). */
  readonly created?: string;
  readonly modified?: string;
}

/** What a notes file holds: its notes and its links, in file order, and its edition details. */
export interface NotesFile {
  readonly notes: readonly NoteSource[];
  readonly links: readonly LinkSource[];
  readonly edition?: EditionSource;
}

interface MdxMessage {
  readonly reason?: string;
  readonly message?: string;
  readonly line?: number;
  readonly column?: number;
  readonly place?: {
    readonly line?: number;
    readonly column?: number;
    readonly start?: { line: number; column: number };
  };
}

// micromark's MDX errors carry their place in the reason, "(3:1-3:17)", when not as fields.
function placeOf(message: MdxMessage): { line?: number; column?: number } {
  const start = message.place?.start ?? message.place;
  if (start?.line) return { line: start.line, ...(start.column !== undefined && { column: start.column }) };
  if (message.line) return { line: message.line, ...(message.column !== undefined && { column: message.column }) };
  const found = /\((\d+):(\d+)(?:-\d+:\d+)?\)\s*$/.exec(message.reason ?? "");
  return found ? { line: Number(found[1]), column: Number(found[2]) } : {};
}

/**
 * Parses a notes file (MDX) into its `<Note>` and `<Link>` elements; anything else but
 * comments and blank lines is an EssayError with the file, line and column.
 */
export function parseNotesFile(source: string, file = "<notes>"): NotesFile {
  let tree: Root;
  try {
    tree = fromMarkdown(source.replace(/^\uFEFF/, ""), {
      extensions: [mdxjs()],
      mdastExtensions: [mdxFromMarkdown()],
    });
  } catch (error) {
    const message = error as MdxMessage;
    throw new EssayError(
      "invalid-notes-mdx",
      `the notes file is not valid MDX: ${(message.reason ?? message.message ?? String(error)).replace(/\s*\(\d+:\d+(?:-\d+:\d+)?\)\s*$/, "")}`,
      "check that every <Note …> is closed by </Note>, attribute values are quoted, and { } are balanced",
      { file, ...placeOf(message) },
    );
  }
  const notes: NoteSource[] = [];
  const links: LinkSource[] = [];
  let edition: EditionSource | undefined;
  for (const child of tree.children) {
    if (isComment(child)) continue;
    const node = unwrapInline(child);
    if (node.type === "mdxJsxFlowElement" && node.name === "Note") notes.push(readNote(node, file));
    else if (node.type === "mdxJsxFlowElement" && node.name === "Link") links.push(readLink(node, file));
    else if (node.type === "mdxJsxFlowElement" && node.name === "Edition") {
      if (edition) {
        throw new EssayError(
          "second-edition",
          "the notes file has a second <Edition>",
          "keep one <Edition editor=… created=… modified=… /> per notes file",
          place(node, file),
        );
      }
      edition = readEdition(node, file);
    } else {
      throw new EssayError(
        "stray-notes-content",
        `the notes file has ${describe(node)} outside any <Note>`,
        'put each note\'s text inside <Note exact="…">…</Note>, or wrap remarks in {/* … */}',
        place(node, file),
      );
    }
  }
  return { notes, links, ...(edition && { edition }) };
}

const ISO_DATE = /^\d{4}(?:-\d{2}(?:-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

function readEdition(node: MdxJsxFlowElement, file: string): EditionSource {
  const attributes = readAttributes(node, file, ["editor", "created", "modified"]);
  for (const name of ["created", "modified"]) {
    const value = attributes.get(name);
    if (value !== undefined && !ISO_DATE.test(value.trim())) {
      throw new EssayError(
        "bad-edition-date",
        `the <Edition> ${name} date "${value}" is not an ISO 8601 date`,
        `write ${name}="2024-03-05" (or 2024-03, or a date and time such as 2024-03-05T10:00Z)`,
        place(node, file),
      );
    }
  }
  const editor = attributes.get("editor")?.trim();
  const created = attributes.get("created")?.trim();
  const modified = attributes.get("modified")?.trim();
  return { ...(editor && { editor }), ...(created && { created }), ...(modified && { modified }) };
}

function readNote(node: MdxJsxFlowElement, file: string): NoteSource {
  const attributes = readAttributes(node, file, ["exact", "prefix", "suffix", "kind"]);
  const exact = attributes.get("exact");
  if (!exact?.trim()) {
    throw new EssayError(
      "note-without-quote",
      "the <Note> has no exact quote",
      'add exact="…" with words of the essay that the note is about',
      place(node, file),
    );
  }
  const kind = attributes.get("kind") ?? "context";
  if (!(NOTE_KINDS as readonly string[]).includes(kind)) {
    throw new EssayError(
      "unknown-note-kind",
      `the note kind "${kind}" is unknown`,
      `use one of: ${NOTE_KINDS.join(", ")}`,
      place(node, file),
    );
  }
  if (node.children.length === 0) {
    throw new EssayError(
      "empty-note",
      "the <Note> has no text",
      "write the note's text between <Note …> and </Note>",
      place(node, file),
    );
  }
  const prefix = attributes.get("prefix");
  const suffix = attributes.get("suffix");
  return {
    exact,
    ...(prefix !== undefined && { prefix }),
    ...(suffix !== undefined && { suffix }),
    kind: kind as NoteKind,
    body: node.children,
    ...position(node),
  };
}

function readLink(node: MdxJsxFlowElement, file: string): LinkSource {
  const attributes = readAttributes(node, file, ["from", "to", "type", "note"]);
  const type = attributes.get("type") ?? "";
  if (!(EDITOR_LINK_TYPES as readonly string[]).includes(type)) {
    throw new EssayError(
      "unknown-link-type",
      `the <Link> type "${type}" is unknown`,
      `use type="…" with one of: ${EDITOR_LINK_TYPES.join(", ")}`,
      place(node, file),
    );
  }
  const end = (name: string): LinkEnd => {
    const value = attributes.get(name)?.trim();
    if (!value)
      throw new EssayError(
        "link-without-end",
        `the <Link> has no ${name}`,
        `add ${name}="p4" (a paragraph) or ${name}="…" (a quote of the essay)`,
        place(node, file),
      );
    return /^p[1-9]\d*$/.test(value) ? { paragraph: value } : { quote: value };
  };
  const note = attributes.get("note");
  return {
    from: end("from"),
    to: end("to"),
    type: type as EditorLinkType,
    ...(note !== undefined && { note }),
    ...position(node),
  };
}

function readAttributes(node: MdxJsxFlowElement, file: string, allowed: readonly string[]): Map<string, string> {
  const values = new Map<string, string>();
  for (const attribute of node.attributes) {
    if (
      attribute.type !== "mdxJsxAttribute" ||
      !allowed.includes(attribute.name) ||
      typeof attribute.value !== "string"
    ) {
      const name = attribute.type === "mdxJsxAttribute" ? attribute.name : "{…}";
      throw new EssayError(
        "bad-note-attribute",
        `the <${node.name}> attribute ${name} is not allowed here`,
        `write only ${allowed.map((a) => `${a}="…"`).join(", ")} as quoted text`,
        { file, ...attributePosition(attribute, node) },
      );
    }
    values.set(attribute.name, attribute.value);
  }
  return values;
}

// `<Note exact="x">Short.</Note>` on one line parses as a paragraph holding one inline element:
// read it as the block element it stands for, its text as one paragraph.
function unwrapInline(node: RootContent): RootContent {
  if (node.type !== "paragraph") return node;
  const parts = node.children.filter((child) => !(child.type === "text" && child.value.trim() === ""));
  const [only] = parts;
  if (parts.length !== 1 || only?.type !== "mdxJsxTextElement") return node;
  const body: RootContent[] =
    only.children.length > 0
      ? [{ type: "paragraph", children: only.children, ...(only.position && { position: only.position }) }]
      : [];
  return { ...only, type: "mdxJsxFlowElement", children: body } as MdxJsxFlowElement;
}

function isComment(node: RootContent): boolean {
  return node.type === "mdxFlowExpression" && /^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value);
}

function describe(node: RootContent): string {
  if (node.type === "mdxJsxFlowElement")
    return `an unknown element <${node.name ?? ""}> (only <Note> and <Link> are read)`;
  if (node.type === "mdxjsEsm") return "an import or export";
  if (node.type === "mdxFlowExpression") return "an expression";
  return `text (${node.type})`;
}

function position(node: RootContent): { line: number; column: number } {
  return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
}

function place(node: RootContent, file: string): { file: string; line: number; column: number } {
  return { file, ...position(node) };
}

function attributePosition(
  attribute: MdxJsxFlowElement["attributes"][number],
  node: MdxJsxFlowElement,
): { line: number; column: number } {
  const start = (attribute as MdxJsxAttribute).position?.start;
  return start ? { line: start.line, column: start.column } : position(node);
}

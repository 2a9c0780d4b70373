/** The reading edition's behaviour beyond CSS: margins, note links, the kind choice, clean copy. */
import "./kind-choice.ts";
import "./margin-layout.ts";
import "./note-links.ts";
import "./clean-copy.ts";

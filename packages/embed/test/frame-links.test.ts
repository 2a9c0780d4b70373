import { afterEach, describe, expect, test } from "vitest";
import { focusInFrame } from "../src/frame-links.ts";

// One listener for the whole test file, as the frame script installs it once.
focusInFrame(window);

afterEach(() => document.body.replaceChildren());

const click = (element: Element | null): MouseEvent => {
  const event = new MouseEvent("click", { bubbles: true, cancelable: true });
  element?.dispatchEvent(event);
  return event;
};

describe("focusInFrame", () => {
  test("moves focus to the element a fragment link names, and cancels the navigation", () => {
    document.body.innerHTML =
      '<p>Frost.<sup><a href="#note-fn1"><span>Note </span>1</a></sup></p><ol><li id="note-fn1" tabindex="-1">Cold.</li></ol>';
    const event = click(document.querySelector("a span"));
    expect(event.defaultPrevented).toBe(true);
    expect(document.activeElement?.id).toBe("note-fn1");
  });

  test("leaves alone a fragment link that names nothing, and clicks outside links", () => {
    document.body.innerHTML = '<a href="#nowhere">Lost</a><p tabindex="-1">Text</p>';
    expect(click(document.querySelector("a")).defaultPrevented).toBe(false);
    expect(click(document.querySelector("p")).defaultPrevented).toBe(false);
  });
});

/**
 * Putting text on the clipboard from the pane: the Clipboard API where the host grants it, else
 * the selection copy that older webviews (some Office hosts) still support. Says whether it was
 * done, so the pane can tell the user to copy by hand when neither way is open.
 */

/** Copies by selecting the text in a hidden text area; false when the host refuses. */
function copyBySelection(text: string): boolean {
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  document.body.appendChild(area);
  area.select();
  try {
    return document.execCommand("copy");
  } catch {
    return false; // a host without the command: reported to the user as not copied
  } finally {
    area.remove();
  }
}

/** Puts `text` on the clipboard; true when it is there. */
export async function copyText(text: string): Promise<boolean> {
  if (typeof navigator !== "undefined" && navigator.clipboard?.writeText) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // Refused (no permission, the pane not focused): the older way may still be open.
    }
  }
  return copyBySelection(text);
}

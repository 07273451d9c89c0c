/**
 * Putting text, or HTML with its plain text, on the clipboard from the pane: the Clipboard API
 * where the host grants it, else the copy command that older webviews (some Office hosts) still
 * support. Says whether it was done, so the pane can tell the user when neither way is open.
 */

/** Copies `data` (by MIME type) through the copy command's event; false when the host refuses. */
function copyByCommand(data: Readonly<Record<string, string>>): boolean {
  const onCopy = (event: ClipboardEvent) => {
    for (const [type, text] of Object.entries(data)) event.clipboardData?.setData(type, text);
    event.preventDefault();
  };
  document.addEventListener("copy", onCopy);
  try {
    return document.execCommand("copy");
  } catch {
    return false; // a host without the command: reported to the user as not copied
  } finally {
    document.removeEventListener("copy", onCopy);
  }
}

/** Puts `text` on the clipboard; true when it is there. */
export async function copyText(text: string): Promise<boolean> {
  if (typeof navigator !== "undefined" && navigator.clipboard?.writeText) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // Refused (no permission, the pane not focused): the copy command may still be open.
    }
  }
  return copyByCommand({ "text/plain": text });
}

/** Puts HTML (for Word, Outlook) and the same as plain text on the clipboard; true when done. */
export async function copyRich(html: string, text: string): Promise<boolean> {
  const clipboard = typeof navigator !== "undefined" ? navigator.clipboard : undefined;
  if (clipboard?.write && typeof ClipboardItem !== "undefined") {
    try {
      const item = new ClipboardItem({
        "text/html": new Blob([html], { type: "text/html" }),
        "text/plain": new Blob([text], { type: "text/plain" }),
      });
      await clipboard.write([item]);
      return true;
    } catch {
      // Refused (no permission, the pane not focused): the copy command may still be open.
    }
  }
  return copyByCommand({ "text/html": html, "text/plain": text });
}

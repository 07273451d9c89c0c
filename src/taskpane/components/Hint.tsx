/**
 * Fluent's Tooltip, loaded just after the first paint: the list shows at once and the tooltips
 * attach a moment later (the Tooltip brings the positioning engine, about a tenth of the pane's
 * first script). Until then, and for screen readers always, whatever a tooltip says is also in
 * the element itself: an aria-label on icon buttons, visually hidden text in the colour chips.
 */
import { createContext, useContext, useEffect, useState } from "react";
import type { ReactElement, ReactNode } from "react";
import type { TooltipProps } from "@fluentui/react-components";

type TooltipComponent = (props: TooltipProps) => ReactElement | null;

const TooltipContext = createContext<TooltipComponent | null>(null);

/** Loads the Tooltip once for everything below it. */
export function TooltipLoader({ children }: { readonly children: ReactNode }) {
  const [tooltip, setTooltip] = useState<TooltipComponent | null>(null);
  useEffect(() => {
    let live = true;
    import(/* webpackChunkName: "tooltip" */ "./tooltipChunk").then(
      (m) => {
        if (live) setTooltip(() => m.Tooltip as TooltipComponent);
      },
      () => undefined // without tooltips the pane still says everything (see above)
    );
    return () => {
      live = false;
    };
  }, []);
  return <TooltipContext.Provider value={tooltip}>{children}</TooltipContext.Provider>;
}

export interface HintProps {
  readonly content: string;
  /** "label" names the child (icon buttons); "inaccessible" when the child already says it. */
  readonly relationship: "label" | "inaccessible";
  readonly children: ReactElement;
}

/** The child with a Fluent Tooltip once it has loaded; the child alone before. */
export function Hint({ content, relationship, children }: HintProps) {
  const Tooltip = useContext(TooltipContext);
  if (!Tooltip) return children;
  return (
    <Tooltip content={content} relationship={relationship} withArrow>
      {children}
    </Tooltip>
  );
}

/** Fluent's Tooltip on its own, so it (and the positioning it needs) loads after the first paint. */
export { Tooltip } from "@fluentui/react-components";

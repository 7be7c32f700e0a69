/** Nesting deeper than this is refused: no rubric needs it, and deep trees overflow recursive code. */
export const MAX_DEPTH = 64;
/** Alias expansion beyond this is refused (billion-laughs). */
export const MAX_ALIASES = 100;
/**
 * The largest YAML file read with the yaml library, in characters. Files made only of plain block mappings,
 * lists and one-line scalars are read by the plain reader up to the 8 MiB file limit (MAX_YAML_BYTES); the
 * library reads about 1 MB a second, so a file that needs it (flow collections, block scalars, anchors,
 * comments after values …) is refused beyond this size rather than taking longer than a second or two.
 */
export const MAX_LIBRARY_YAML_CHARS = 512 * 1024;

/** How a renderer marks text on a terminal: the command passes coloured marks on a TTY, plain ones otherwise. */
export interface Paint {
  removed(text: string): string;
  added(text: string): string;
  heading(text: string): string;
  dim(text: string): string;
}

/** Marks without colour, as `git diff --word-diff=plain` does: `[-removed-]` and `{+added+}`. */
export const PLAIN_PAINT: Paint = {
  removed: (text) => `[-${text}-]`,
  added: (text) => `{+${text}+}`,
  heading: (text) => text,
  dim: (text) => text,
};

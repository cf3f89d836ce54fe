package io.github.vertxtim.cli;

/** How the bulk commands show progress on stderr ({@code --progress}). */
enum ProgressMode {
  /** A bar on a terminal, plain lines otherwise. */
  AUTO,
  /** A single line redrawn with {@code \r}: bar, percentage, count, rate, ETA. */
  BAR,
  /** A plain line every {@code --progress-interval} seconds, for logs and pipes. */
  LINES,
  /** Only the final summary. */
  NONE
}

package io.github.vertxtim.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * The progress of a bulk command on stderr: a bar redrawn in place with {@code \r} on a terminal,
 * {@code [#####.....] 45% 45,000/100,000 1,234/s ETA 44s}, or plain lines for logs,
 * {@code 45000/100000 done (44950 ok, 50 failed) 1234/s ETA 44s}. Call from one thread at a time.
 */
final class ProgressDisplay {

  /** What the display shows; {@code total} is -1 when unknown. */
  record Snapshot(long total, long done, long ok, long failed, long cancelled, long elapsedMillis) {

    double itemsPerSecond() {
      return elapsedMillis > 0 ? done * 1000.0 / elapsedMillis : 0;
    }

    /** Milliseconds to the end at the rate so far, or -1 when unknown. */
    long etaMillis() {
      if (total < 0) {
        return -1;
      }
      if (done >= total) {
        return 0;
      }
      double rate = itemsPerSecond();
      return rate > 0 ? (long) ((total - done) / rate * 1000) : -1;
    }
  }

  private static final int BAR_WIDTH = 20;

  private final ProgressMode mode;
  private final PrintWriter err;
  /**
   * Writes to stderr off the event loop: a terminal that stops reading (Ctrl-S, a slow link) must not stall the job.
   * Progress comes a few times a second, so the queue stays short.
   */
  private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "tim-progress");
    t.setDaemon(true);
    return t;
  });
  private int lastWidth;  // on the writer thread only

  /** @param mode BAR, LINES or NONE (resolve AUTO first with {@link #resolve}) */
  ProgressDisplay(ProgressMode mode, PrintWriter err) {
    if (mode == ProgressMode.AUTO) {
      throw new IllegalArgumentException("resolve AUTO first");
    }
    this.mode = mode;
    this.err = err;
  }

  /** AUTO is a bar on a terminal and lines otherwise. */
  static ProgressMode resolve(ProgressMode mode, boolean terminal) {
    return mode == ProgressMode.AUTO ? (terminal ? ProgressMode.BAR : ProgressMode.LINES) : mode;
  }

  ProgressMode mode() {
    return mode;
  }

  /** How often {@link #update} should be called: the bar often, lines every {@code lineIntervalMillis}. */
  long intervalMillis(long lineIntervalMillis) {
    return mode == ProgressMode.BAR ? 200 : lineIntervalMillis;
  }

  /** Shows {@code s}; the terminal write happens on the display's own thread, never on the caller's. */
  void update(Snapshot s) {
    if (mode != ProgressMode.NONE) {
      submit(() -> draw(s));
    }
  }

  /** A message line (a malformed line, cancelling); on a bar it takes the bar's place, the bar comes back below. */
  void note(String message) {
    submit(() -> {
      if (mode == ProgressMode.BAR && lastWidth > 0) {
        err.print("\r" + message + " ".repeat(Math.max(0, lastWidth - message.length())) + "\n");
        lastWidth = 0;
      } else {
        err.println(message);
      }
      err.flush();
    });
  }

  /**
   * The last redraw of the bar and the line end that leaves it on screen (nothing more in the other modes); returns
   * once everything submitted is written, or after a few seconds when stderr does not take it.
   */
  void finish(Snapshot s) {
    submit(() -> {
      if (mode == ProgressMode.BAR) {
        draw(s);
        err.println();
        err.flush();
      }
    });
    writer.shutdown();
    try {
      writer.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Lets the writer thread end (after what was submitted); for the paths that end without {@link #finish}. */
  void close() {
    writer.shutdown();
  }

  private void submit(Runnable write) {
    try {
      writer.execute(write);
    } catch (RejectedExecutionException ignored) {
      // finished: nothing more to show
    }
  }

  private void draw(Snapshot s) {
    if (mode == ProgressMode.BAR) {
      String line = bar(s);
      // pad over the end of a longer previous line
      err.print("\r" + line + " ".repeat(Math.max(0, lastWidth - line.length())));
      lastWidth = line.length();
    } else if (mode == ProgressMode.LINES) {
      err.println(line(s));
    }
    err.flush();
  }

  static String bar(Snapshot s) {
    StringBuilder b = new StringBuilder("[");
    if (s.total() > 0) {
      long done = Math.min(s.done(), s.total());
      int filled = (int) (done * BAR_WIDTH / s.total());
      b.append("#".repeat(filled)).append(".".repeat(BAR_WIDTH - filled)).append("] ")
          .append(done * 100 / s.total()).append("% ")
          .append(String.format(Locale.ROOT, "%,d/%,d", s.done(), s.total()));
    } else {
      b.append(".".repeat(BAR_WIDTH)).append("] ").append(String.format(Locale.ROOT, "%,d", s.done()));
    }
    b.append(String.format(Locale.ROOT, " %,d/s ETA %s", Math.round(s.itemsPerSecond()), duration(s.etaMillis())));
    if (s.failed() > 0 || s.cancelled() > 0) {
      b.append(String.format(Locale.ROOT, " (%,d failed", s.failed()));
      b.append(s.cancelled() > 0 ? String.format(Locale.ROOT, ", %,d cancelled)", s.cancelled()) : ")");
    }
    return b.toString();
  }

  static String line(Snapshot s) {
    return s.done() + (s.total() >= 0 ? "/" + s.total() : "") + " done (" + s.ok() + " ok, " + s.failed() + " failed"
        + (s.cancelled() > 0 ? ", " + s.cancelled() + " cancelled" : "") + ") "
        + Math.round(s.itemsPerSecond()) + "/s ETA " + duration(s.etaMillis());
  }

  /** {@code 44s}, {@code 3m05s}, {@code 1h02m}; {@code --} when unknown. */
  static String duration(long millis) {
    if (millis < 0) {
      return "--";
    }
    long s = (millis + 999) / 1000;
    if (s < 60) {
      return s + "s";
    }
    if (s < 3600) {
      return String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
    }
    return String.format(Locale.ROOT, "%dh%02dm", s / 3600, s % 3600 / 60);
  }
}

package io.github.craftmark.examples.workshop;

import java.io.PrintWriter;

/** A one-line progress bar on the error stream, redrawn at most once per percent. */
final class Progress implements AutoCloseable {
  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final String label;
  private final int total;
  private int shownPercent = -1;
  private int done;

  Progress(PrintWriter err, String label, int total) {
    this.err = err;
    this.label = label;
    this.total = total;
  }

  void update(int count) {
    done = count;
    int percent = (int) (100L * count / total);
    if (percent == shownPercent) {
      return;
    }
    shownPercent = percent;
    int filled = WIDTH * percent / 100;
    err.print("\r" + label + " [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + count
        + "/" + total);
    err.flush();
  }

  @Override
  public void close() {
    if (shownPercent >= 0) {
      err.println(done == total ? "" : " stopped");
      err.flush();
    }
  }
}

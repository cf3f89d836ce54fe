package io.github.vertxtim.emulator.impl;

import io.vertx.core.buffer.Buffer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a snapshot so that the file at its path is always a whole snapshot, the previous or the new one: the
 * bytes go to {@code <name>.tmp} beside it, are forced to the disk, and the temporary file is renamed over the
 * target in one step; then the directory is forced, so the rename survives a power loss too. A crash before the
 * rename leaves the previous file and a stale {@code .tmp}, which the next write truncates. Blocking: call it
 * from a worker thread.
 */
public final class SnapshotFile {

  /** Told after each chunk is written to the temporary file (tests use it to die mid-write). */
  @FunctionalInterface
  public interface Progress {
    Progress NONE = written -> { };

    void written(long bytes) throws IOException;
  }

  /** Chunk size: a multi-megabyte snapshot is written in pieces, so {@link Progress} sees a write in progress. */
  static final int CHUNK = 64 * 1024;

  private SnapshotFile() {
  }

  public static void write(Path target, Buffer bytes) throws IOException {
    write(target, bytes, Progress.NONE);
  }

  public static void write(Path target, Buffer bytes, Progress progress) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    Files.createDirectories(dir);
    Path tmp = absolute.resolveSibling(absolute.getFileName() + ".tmp");
    byte[] data = bytes.getBytes();
    boolean renamed = false;
    try {
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
          StandardOpenOption.TRUNCATE_EXISTING)) {
        for (int off = 0; off < data.length; off += CHUNK) {
          ByteBuffer chunk = ByteBuffer.wrap(data, off, Math.min(CHUNK, data.length - off));
          while (chunk.hasRemaining()) {
            ch.write(chunk);
          }
          progress.written(off + (long) Math.min(CHUNK, data.length - off));
        }
        ch.force(true);
      }
      try {
        Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        throw new IOException("cannot replace " + absolute + " atomically on this file system", e);
      }
      renamed = true;
      forceDirectory(dir);
    } finally {
      if (!renamed) {
        Files.deleteIfExists(tmp);
      }
    }
  }

  /** Makes the rename durable; file systems that cannot open a directory (Windows) have nothing to force. */
  private static void forceDirectory(Path dir) {
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException e) {
      // the rename is done; only its durability across a power loss is then up to the file system
    }
  }
}

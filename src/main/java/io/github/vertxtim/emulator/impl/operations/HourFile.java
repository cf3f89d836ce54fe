package io.github.vertxtim.emulator.impl.operations;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;

/**
 * One hour's message-record file, built as the messages come: the sizes and MD5s of its text and of its GZip form,
 * without keeping either (an emulator that stores millions of messages must not hold them twice). Once
 * {@link #finish finished} (when the file is generated) it takes no more lines. Guarded by its own monitor.
 */
final class HourFile {

  /** The generated file's facts. */
  record Facts(long size, String md5, long gzipSize, String gzipMd5) {
  }

  /** Counts and digests what the GZip stream writes, and stores nothing. */
  private static final class DigestSink extends OutputStream {
    final MessageDigest md5 = HourFile.md5();
    long size;

    @Override
    public void write(int b) {
      md5.update((byte) b);
      size++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      md5.update(b, off, len);
      size += len;
    }
  }

  private final MessageDigest md5 = md5();
  private final DigestSink gzipSink = new DigestSink();
  private GZIPOutputStream gzip;
  private long size;
  private Facts facts;

  HourFile() {
    try {
      gzip = new GZIPOutputStream(gzipSink);
    } catch (IOException e) {
      throw new UncheckedIOException(e);   // the sink never fails
    }
  }

  /** A file generated before a snapshot: it takes no more lines and answers {@code facts}. */
  HourFile(Facts facts) {
    this.facts = facts;
  }

  /** The facts when generated, else null (an hour still open). */
  synchronized Facts facts() {
    return facts;
  }

  /** Adds one line; false when the file is already generated. */
  synchronized boolean add(byte[] line) {
    if (facts != null) {
      return false;
    }
    md5.update(line);
    size += line.length;
    try {
      gzip.write(line);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return true;
  }

  /** Generates the file (once) and gives its facts. */
  synchronized Facts finish() {
    if (facts == null) {
      try {
        gzip.close();   // writes the GZip trailer and frees the deflater
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      HexFormat hex = HexFormat.of();
      facts = new Facts(size, hex.formatHex(md5.digest()), gzipSink.size, hex.formatHex(gzipSink.md5.digest()));
      gzip = null;
    }
    return facts;
  }

  private static MessageDigest md5() {
    try {
      return MessageDigest.getInstance("MD5");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has MD5", e);
    }
  }
}

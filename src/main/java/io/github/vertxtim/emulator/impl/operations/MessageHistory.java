package io.github.vertxtim.emulator.impl.operations;

import io.github.vertxtim.emulator.impl.shared.EmulatorClock;
import io.github.vertxtim.emulator.impl.shared.MessageHooks;
import io.github.vertxtim.emulator.impl.shared.StoredMessage;
import io.vertx.core.json.JsonObject;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.zip.GZIPOutputStream;

/**
 * The hourly message-record files of open_msg_svc/get_history (https://trtc.io/document/34885): per chat type and
 * Beijing hour, one JSON line per message stored in that hour. A file exists once its hour is over and is kept 7
 * days. The emulator computes the file's sizes and MD5s; its URL names the file but serves nothing.
 */
final class MessageHistory implements MessageHooks.Listener {

  static final String C2C = "C2C";
  static final String GROUP = "Group";
  static final int KEEP_DAYS = 7;
  static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("yyyyMMddHH");

  /** The file of one hour, or why there is none. */
  record File(byte[] content, byte[] gzip) {
  }

  private final EmulatorClock clock;
  private final long sdkAppId;
  /** Key: chat type + "/" + hour (yyyyMMddHH, which sorts by time within a chat type). */
  private final ConcurrentSkipListMap<String, List<String>> lines = new ConcurrentSkipListMap<>();

  MessageHistory(EmulatorClock clock, long sdkAppId) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.sdkAppId = sdkAppId;
  }

  static String hour(long epochSeconds) {
    return LocalDateTime.ofInstant(Instant.ofEpochSecond(epochSeconds), AppStatistics.BEIJING).format(HOUR);
  }

  /** The first second of a yyyyMMddHH Beijing hour. */
  static long hourStart(String hour) {
    return LocalDateTime.parse(hour + "0000", DateTimeFormatter.ofPattern("yyyyMMddHHmmss"))
        .toEpochSecond(AppStatistics.BEIJING);
  }

  @Override
  public void accepted(MessageHooks.Outgoing message, StoredMessage stored, boolean imported) {
    String chatType = switch (message.kind()) {
      case C2C -> C2C;
      case GROUP -> GROUP;
      default -> null;
    };
    if (chatType == null) {
      return;
    }
    JsonObject line = new JsonObject().put("ChatType", chatType).put("MsgTimestamp", stored.msgTime())
        .put("From_Account", message.from()).put(message.kind() == MessageHooks.Kind.C2C ? "To_Account" : "GroupId",
            message.to())
        .put("MsgSeq", stored.msgSeq()).put("MsgRandom", stored.msgRandom()).put("MsgBody", message.msgBody());
    List<String> hourLines = lines.computeIfAbsent(chatType + "/" + hour(stored.msgTime()), k -> new ArrayList<>());
    synchronized (hourLines) {
      hourLines.add(line.encode());
    }
    prune();
  }

  /** The lines of an hour's file (a copy; empty when the hour had no messages). */
  List<String> lines(String chatType, String hour) {
    List<String> l = lines.get(chatType + "/" + hour);
    if (l == null) {
      return List.of();
    }
    synchronized (l) {
      return List.copyOf(l);
    }
  }

  static File file(List<String> lines) {
    StringBuilder sb = new StringBuilder();
    for (String l : lines) {
      sb.append(l).append('\n');
    }
    byte[] content = sb.toString().getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);  // in-memory streams do not fail
    }
    return new File(content, out.toByteArray());
  }

  String url(String chatType, String hour) {
    return "https://im-history.emulator.invalid/" + sdkAppId + "/" + chatType + "/" + hour + ".gz";
  }

  static String md5(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has MD5", e);
    }
  }

  private void prune() {
    String oldest = hour(clock.seconds() - (KEEP_DAYS + 1) * 86_400L);
    lines.keySet().removeIf(k -> k.substring(k.indexOf('/') + 1).compareTo(oldest) < 0);
  }

  void clear() {
    lines.clear();
  }
}

package io.github.vertxtim.emulator.impl.operations;

import io.github.vertxtim.emulator.impl.shared.Saved;
import io.github.vertxtim.emulator.impl.shared.EmulatorClock;
import io.github.vertxtim.emulator.impl.shared.MessageHooks;
import io.github.vertxtim.emulator.impl.shared.StoredMessage;
import io.vertx.core.json.JsonObject;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The hourly message-record files of open_msg_svc/get_history (https://trtc.io/document/34885): per chat type and
 * Beijing hour, one JSON line per message stored with a time in that hour. A file is generated once its hour is
 * over (when it is first asked for, or when messages of a later hour arrive an hour after it ended; a message for
 * an hour already generated is not in its file) and kept 7 days. The emulator keeps each file's sizes and MD5s,
 * not its text; its URL names the file but serves nothing.
 */
final class MessageHistory implements MessageHooks.Listener {

  static final String C2C = "C2C";
  static final String GROUP = "Group";
  static final int KEEP_DAYS = 7;
  static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("yyyyMMddHH");

  private final EmulatorClock clock;
  private final long sdkAppId;
  /** Key: chat type + "/" + hour (yyyyMMddHH, which sorts by time within a chat type). */
  private final ConcurrentSkipListMap<String, HourFile> files = new ConcurrentSkipListMap<>();
  /** The files not generated yet, by key → the first second after their hour. */
  private final Map<String, Long> open = new ConcurrentHashMap<>();
  private volatile String lastPrune = "";

  MessageHistory(EmulatorClock clock, long sdkAppId) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.sdkAppId = sdkAppId;
  }

  static String hour(long epochSeconds) {
    return LocalDateTime.ofInstant(Instant.ofEpochSecond(epochSeconds), AppStatistics.BEIJING).format(HOUR);
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
    long time = stored.msgTime();
    String key = chatType + "/" + hour(time);
    HourFile file = files.computeIfAbsent(key, k -> {
      open.put(k, time - Math.floorMod(time, 3600) + 3600);   // Beijing hours are UTC hours, shifted 8
      return new HourFile();
    });
    file.add((line.encode() + "\n").getBytes(StandardCharsets.UTF_8));
    housekeeping();
  }

  /** The generated file of an hour, or null when the hour had no messages. */
  HourFile.Facts file(String chatType, String hour) {
    String key = chatType + "/" + hour;
    HourFile f = files.get(key);
    if (f == null) {
      return null;
    }
    open.remove(key);
    return f.finish();
  }

  String url(String chatType, String hour) {
    return "https://im-history.emulator.invalid/" + sdkAppId + "/" + chatType + "/" + hour + ".gz";
  }

  /** Generates the files of hours that ended over an hour ago; once an hour, drops files older than 7 days. */
  private void housekeeping() {
    long now = clock.seconds();
    open.forEach((key, end) -> {
      if (end + 3600 <= now && open.remove(key) != null) {
        HourFile f = files.get(key);
        if (f != null) {
          f.finish();
        }
      }
    });
    String current = hour(now);
    if (!current.equals(lastPrune)) {
      lastPrune = current;
      String oldest = hour(now - (KEEP_DAYS + 1) * 86_400L);
      for (String key : files.keySet()) {
        if (key.substring(key.indexOf('/') + 1).compareTo(oldest) < 0) {
          open.remove(key);
          HourFile f = files.remove(key);
          if (f != null) {
            f.finish();   // frees its deflater
          }
        }
      }
    }
  }

  /** The generated files' facts by key; open hours are left out (see OperationsState#save). */
  JsonObject save() {
    JsonObject out = new JsonObject();
    files.forEach((key, f) -> {
      HourFile.Facts facts = f.facts();
      if (facts != null) {
        out.put(key, new JsonObject().put("size", facts.size()).put("md5", facts.md5())
            .put("gzipSize", facts.gzipSize()).put("gzipMd5", facts.gzipMd5()));
      }
    });
    return out;
  }

  void load(JsonObject saved) {
    for (String key : saved.fieldNames()) {
      JsonObject o = Saved.object(saved, key);
      files.put(key, new HourFile(new HourFile.Facts(Saved.number(o, "size"), Saved.string(o, "md5"),
          Saved.number(o, "gzipSize"), Saved.string(o, "gzipMd5"))));
    }
  }

  void clear() {
    files.clear();
    open.clear();
  }
}

package io.github.vertxtim.emulator.impl.operations;

import io.github.vertxtim.emulator.impl.shared.Saved;
import io.github.vertxtim.emulator.impl.shared.StateSection;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.github.vertxtim.emulator.impl.shared.EmulatorClock;
import io.github.vertxtim.emulator.impl.shared.GroupMembers;
import io.github.vertxtim.emulator.impl.shared.MessageHooks;

import java.util.Objects;

/**
 * What the operations endpoints answer from: the daily statistics, the hourly message-record files and the chat
 * files with their bans, each following the stored messages through {@link MessageHooks}.
 */
public final class OperationsState implements StateSection {

  final EmulatorClock clock;
  final AppStatistics statistics;
  final MessageHistory history;
  final ChatFiles files = new ChatFiles();

  public OperationsState(EmulatorClock clock, long sdkAppId, GroupMembers groupMembers) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.statistics = new AppStatistics(clock, groupMembers);
    this.history = new MessageHistory(clock, sdkAppId);
  }

  /** Registers the listeners that count and record the messages. */
  public void follow(MessageHooks hooks) {
    hooks.addListener(statistics);
    hooks.addListener(history);
    hooks.addListener(files);
  }

  /** A chat file the emulator should know (as if a message had carried it). */
  public void addChatFile(String url) {
    files.add(Objects.requireNonNull(url, "url"));
  }

  public boolean chatFileBanned(String url) {
    return files.banned(url);
  }

  @Override
  public String sectionName() {
    return "operations";
  }

  /**
   * Daily statistics, chat files and bans, and the message-record files already generated. A record file whose
   * hour was still open is not kept: the emulator holds its digests, not its text, and a digest cannot go on.
   */
  @Override
  public JsonObject save() {
    return new JsonObject().put("statistics", statistics.save()).put("history", history.save())
        .put("files", files.save());
  }

  @Override
  public void load(JsonObject saved) {
    statistics.load(Saved.object(saved, "statistics"));
    history.load(Saved.object(saved, "history"));
    files.load(Saved.object(saved, "files"));
  }

  @Override
  public void clear() {
    statistics.clear();
    history.clear();
    files.clear();
  }
}

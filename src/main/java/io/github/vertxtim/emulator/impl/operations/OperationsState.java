package io.github.vertxtim.emulator.impl.operations;

import io.github.vertxtim.emulator.impl.shared.EmulatorClock;
import io.github.vertxtim.emulator.impl.shared.GroupMembers;
import io.github.vertxtim.emulator.impl.shared.MessageHooks;

import java.util.Objects;

/**
 * What the operations endpoints answer from: the daily statistics, the hourly message-record files and the chat
 * files with their bans, each following the stored messages through {@link MessageHooks}.
 */
public final class OperationsState {

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

  public void clear() {
    statistics.clear();
    history.clear();
    files.clear();
  }
}

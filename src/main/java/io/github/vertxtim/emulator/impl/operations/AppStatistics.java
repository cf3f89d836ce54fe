package io.github.vertxtim.emulator.impl.operations;

import io.github.vertxtim.emulator.impl.shared.Saved;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.github.vertxtim.emulator.impl.shared.EmulatorClock;
import io.github.vertxtim.emulator.impl.shared.GroupMembers;
import io.github.vertxtim.emulator.impl.shared.MessageHooks;
import io.github.vertxtim.emulator.impl.shared.StoredMessage;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The daily statistics getappinfo answers, counted from the messages the sending families store (a
 * {@link MessageHooks.Listener}). Days are Beijing dates, as the service's operations data are
 * (https://trtc.io/document/34885 names Beijing time for the record files); only the last {@value #DAYS} days are
 * kept.
 */
final class AppStatistics implements MessageHooks.Listener {

  static final int DAYS = 30;
  static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);
  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");

  /** One day's counters; guarded by its own monitor. */
  static final class Day {
    long c2cUp;
    long c2cDown;
    long groupUp;
    long groupDown;
    final Set<String> c2cSenders = new HashSet<>();
    final Set<String> groupSenders = new HashSet<>();
    final Set<String> groupsSentTo = new HashSet<>();
    final Set<String> activeUsers = new HashSet<>();

    synchronized JsonObject toJson() {
      return new JsonObject().put("c2cUp", c2cUp).put("c2cDown", c2cDown).put("groupUp", groupUp)
          .put("groupDown", groupDown).put("c2cSenders", new JsonArray(List.copyOf(c2cSenders)))
          .put("groupSenders", new JsonArray(List.copyOf(groupSenders)))
          .put("groupsSentTo", new JsonArray(List.copyOf(groupsSentTo)))
          .put("activeUsers", new JsonArray(List.copyOf(activeUsers)));
    }

    static Day fromJson(JsonObject o) {
      Day d = new Day();
      d.c2cUp = Saved.number(o, "c2cUp");
      d.c2cDown = Saved.number(o, "c2cDown");
      d.groupUp = Saved.number(o, "groupUp");
      d.groupDown = Saved.number(o, "groupDown");
      d.c2cSenders.addAll(Saved.strings(o, "c2cSenders"));
      d.groupSenders.addAll(Saved.strings(o, "groupSenders"));
      d.groupsSentTo.addAll(Saved.strings(o, "groupsSentTo"));
      d.activeUsers.addAll(Saved.strings(o, "activeUsers"));
      return d;
    }

    synchronized Snapshot snapshot() {
      Set<String> senders = new HashSet<>(c2cSenders);
      senders.addAll(groupSenders);
      return new Snapshot(c2cUp, c2cDown, groupUp, groupDown, c2cSenders.size(), groupSenders.size(), senders.size(),
          groupsSentTo.size(), activeUsers.size());
    }
  }

  /** A day's numbers at one moment. */
  record Snapshot(long c2cUp, long c2cDown, long groupUp, long groupDown, int c2cSenders, int groupSenders,
                  int senders, int groupsSentTo, int activeUsers) {
  }

  private final EmulatorClock clock;
  private final GroupMembers groupMembers;
  private final ConcurrentSkipListMap<LocalDate, Day> days = new ConcurrentSkipListMap<>();

  AppStatistics(EmulatorClock clock, GroupMembers groupMembers) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.groupMembers = Objects.requireNonNull(groupMembers, "groupMembers");
  }

  static LocalDate date(long epochSeconds) {
    return Instant.ofEpochSecond(epochSeconds).atOffset(BEIJING).toLocalDate();
  }

  LocalDate today() {
    return date(clock.seconds());
  }

  @Override
  public void accepted(MessageHooks.Outgoing message, StoredMessage stored, boolean imported) {
    if (imported || message.kind() == MessageHooks.Kind.OFFICIAL_ACCOUNT) {
      return;  // imports are history, not traffic; official-account messages have no counter of their own
    }
    Day day = days.computeIfAbsent(today(), d -> new Day());
    prune();
    synchronized (day) {
      String from = message.fromAdmin() ? null : message.from();
      if (from != null) {
        day.activeUsers.add(from);
      }
      if (message.kind() == MessageHooks.Kind.C2C) {
        day.c2cUp++;
        day.c2cDown++;
        day.activeUsers.add(message.to());
        if (from != null) {
          day.c2cSenders.add(from);
        }
      } else {
        day.groupUp++;
        Set<String> members = groupMembers.members(message.to());
        day.groupDown += members.isEmpty() ? 0 : members.size() - (from != null && members.contains(from) ? 1 : 0);
        day.groupsSentTo.add(message.to());
        if (from != null) {
          day.groupSenders.add(from);
        }
      }
    }
  }

  /** The days of the last {@value #DAYS} that have counts, plus today, newest first. */
  List<Map.Entry<LocalDate, Snapshot>> recent() {
    prune();
    LocalDate today = today();
    List<Map.Entry<LocalDate, Snapshot>> out = new ArrayList<>();
    Day todays = days.get(today);
    out.add(Map.entry(today, todays == null ? new Day().snapshot() : todays.snapshot()));
    for (Map.Entry<LocalDate, Day> e : days.descendingMap().entrySet()) {
      if (!e.getKey().equals(today) && !e.getKey().isAfter(today)) {
        out.add(Map.entry(e.getKey(), e.getValue().snapshot()));
      }
    }
    return out;
  }

  private void prune() {
    days.headMap(today().minusDays(DAYS - 1)).clear();
  }

  /** The kept days by Beijing date (yyyyMMdd). */
  JsonObject save() {
    JsonObject out = new JsonObject();
    days.forEach((date, day) -> out.put(date.format(DATE), day.toJson()));
    return out;
  }

  void load(JsonObject saved) {
    for (String date : saved.fieldNames()) {
      days.put(LocalDate.parse(date, DATE), Day.fromJson(Saved.object(saved, date)));
    }
  }

  void clear() {
    days.clear();
  }
}

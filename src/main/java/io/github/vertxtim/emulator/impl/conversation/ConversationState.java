package io.github.vertxtim.emulator.impl.conversation;

import io.github.vertxtim.emulator.impl.shared.Saved;
import io.github.vertxtim.emulator.impl.shared.StateSection;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.github.vertxtim.emulator.impl.shared.ConversationKeys;
import io.github.vertxtim.emulator.impl.shared.EmulatorClock;
import io.github.vertxtim.emulator.impl.shared.GroupMembers;
import io.github.vertxtim.emulator.impl.shared.MessageHooks;
import io.github.vertxtim.emulator.impl.shared.MessageStore;
import io.github.vertxtim.emulator.impl.shared.StoredMessage;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every user's conversation list and conversation group/mark data. It follows the messages: as a
 * {@link MessageHooks.Listener} it gives both parties of a one-to-one message, and every member of a group (as the
 * group family tells them; the sender when it cannot), the conversation with the message's time. Thread-safe: one
 * concurrent map per kind of data, each user's data behind its own monitor.
 */
public final class ConversationState implements MessageHooks.Listener, StateSection {

  /** get_list Type values (https://www.tencentcloud.com/document/product/1047/43087). */
  public static final int C2C = 1;
  public static final int GROUP = 2;

  private final EmulatorClock clock;
  private final MessageStore messages;
  private final GroupMembers groupMembers;
  private final ConcurrentHashMap<String, RecentContacts> recent = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, ContactGroups> contactGroups = new ConcurrentHashMap<>();

  public ConversationState(EmulatorClock clock, MessageStore messages, GroupMembers groupMembers) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.messages = Objects.requireNonNull(messages, "messages");
    this.groupMembers = Objects.requireNonNull(groupMembers, "groupMembers");
  }

  static String key(int type, String peer) {
    return type + ":" + peer;
  }

  @Override
  public void accepted(MessageHooks.Outgoing message, StoredMessage stored, boolean imported) {
    long time = stored.msgTime();
    switch (message.kind()) {
      case C2C -> {
        touch(message.to(), C2C, message.from(), time);
        if (!message.fromAdmin()) {
          touch(message.from(), C2C, message.to(), time);
        }
      }
      case GROUP -> {
        for (String member : groupMembers.members(message.to())) {
          touch(member, GROUP, message.to(), time);
        }
        if (!message.fromAdmin() && message.from() != null) {
          touch(message.from(), GROUP, message.to(), time);
        }
      }
      default -> {
        // Official-account messages: the documents give them no recent-contact entry.
      }
    }
  }

  /** {@code owner} has a conversation with {@code peer} whose last message is at {@code msgTime}. */
  public void touch(String owner, int type, String peer, long msgTime) {
    if (owner == null || peer == null) {
      return;
    }
    recent.computeIfAbsent(owner, o -> new RecentContacts()).touch(type, peer, msgTime);
  }

  /** Pins or unpins (the client SDKs pin; the REST API only reads the flag). False when {@code max} are pinned. */
  public boolean pin(String owner, int type, String peer, boolean pinned, int max) {
    return recent.computeIfAbsent(owner, o -> new RecentContacts()).pin(type, peer, pinned, clock.seconds(), max);
  }

  /** {@code owner}'s conversations, newest first, as {@code type:peer}. */
  public List<String> conversations(String owner) {
    RecentContacts r = recent.get(owner);
    return r == null ? List.of() : r.all().stream().map(RecentContacts.Conversation::key).toList();
  }

  RecentContacts recent(String owner) {
    return recent.computeIfAbsent(owner, o -> new RecentContacts());
  }

  ContactGroups contactGroups(String owner) {
    return contactGroups.computeIfAbsent(owner, o -> new ContactGroups());
  }

  /**
   * Deletes {@code owner}'s conversation; with {@code clearRamble} a one-to-one conversation's roaming messages
   * are removed from the message store. Returns whether the conversation existed.
   */
  boolean delete(String owner, int type, String peer, boolean clearRamble) {
    RecentContacts r = recent.get(owner);
    boolean existed = r != null && r.delete(type, peer);
    if (clearRamble && type == C2C) {
      messages.clearConversation(ConversationKeys.c2c(owner, peer));
    }
    return existed;
  }

  long now() {
    return clock.seconds();
  }

  @Override
  public void clear() {
    recent.clear();
    contactGroups.clear();
  }

  @Override
  public String sectionName() {
    return "conversations";
  }

  @Override
  public JsonObject save() {
    JsonObject lists = new JsonObject();
    recent.forEach((owner, r) -> lists.put(owner, r.save()));
    JsonObject groups = new JsonObject();
    contactGroups.forEach((owner, g) -> groups.put(owner, g.save()));
    return new JsonObject().put("recent", lists).put("contactGroups", groups);
  }

  @Override
  public void load(JsonObject saved) {
    JsonObject lists = Saved.object(saved, "recent");
    for (String owner : lists.fieldNames()) {
      RecentContacts r = new RecentContacts();
      r.load(Saved.array(lists, owner));
      recent.put(owner, r);
    }
    JsonObject groups = Saved.object(saved, "contactGroups");
    for (String owner : groups.fieldNames()) {
      ContactGroups g = new ContactGroups();
      g.load(Saved.object(groups, owner));
      contactGroups.put(owner, g);
    }
  }
}

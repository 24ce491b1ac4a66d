package io.timrest.emulator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import okio.ByteString;

/**
 * Groups and their message history. One lock (this object) guards all of it: correct first, and
 * ample for an emulator.
 */
final class GroupStore {
  /** docs/server-rules.md §3: the same Random in one group within 5 minutes makes the later message a duplicate. */
  static final Duration DEDUP_WINDOW = Duration.ofMinutes(5);

  /** The REST group types (docs/server-rules.md §5). */
  enum Type {
    Private('1'),
    Public('2'),
    ChatRoom('3'),
    AVChatRoom('a'),
    Community('_');

    /** The character after {@code @TGS#} in generated IDs, in the style of real ones. */
    final char idMarker;

    Type(char idMarker) {
      this.idMarker = idMarker;
    }

    /** The type for a request's {@code Type}, accepting the newer names Work and Meeting. */
    static Type parse(String name) {
      switch (name) {
        case "Work":
          return Private;
        case "Meeting":
          return ChatRoom;
        default:
          for (Type type : values()) {
            if (type.name().equals(name)) {
              return type;
            }
          }
          return null;
      }
    }
  }

  record Message(long seq, long time, Long random, String from, ByteString body, String cloudCustomData) {
    Message withContent(ByteString newBody, String newCloudCustomData) {
      return new Message(seq, time, random, from, newBody, newCloudCustomData);
    }
  }

  /** The MsgSeq and MsgTime a send or import was given. */
  record Sent(long seq, long time) {}

  /** One message of an import request, already checked for shape. */
  record ImportItem(long sendTime, Long random, String from, ByteString body, boolean tooLong, String cloudCustomData) {}

  /** One entry of {@code ImportMsgResult}. */
  record ImportResult(long seq, long time, int result) {}

  record Page(List<Message> messages, boolean finished) {}

  private record Dedup(Sent sent, Instant at) {}

  private static final class Group {
    final String id;
    final Type type;
    final long createdAt;
    final Set<String> members = new LinkedHashSet<>();
    final NavigableMap<Long, Message> messages = new TreeMap<>();
    // Insertion order is the order of acceptance, so expired entries are found at the front.
    final LinkedHashMap<Long, Dedup> recentRandoms = new LinkedHashMap<>();
    long lastSeq;
    long newestTime = Long.MIN_VALUE;

    Group(String id, Type type, long createdAt) {
      this.id = id;
      this.type = type;
      this.createdAt = createdAt;
    }

    Sent duplicateOf(Long random, Instant now) {
      Iterator<Dedup> oldest = recentRandoms.values().iterator();
      while (oldest.hasNext() && !oldest.next().at().plus(DEDUP_WINDOW).isAfter(now)) {
        oldest.remove();
      }
      if (random == null) {
        return null;
      }
      Dedup dedup = recentRandoms.get(random);
      // "Within 5 minutes": strictly less than 300 s after the original was accepted.
      return dedup != null && dedup.at().plus(DEDUP_WINDOW).isAfter(now) ? dedup.sent() : null;
    }

    Sent append(long time, Long random, String from, ByteString body, String cloudCustomData, Instant now) {
      long seq = ++lastSeq;
      // docs/server-rules.md §5: AVChatRoom history is not stored (and cannot be read, imported or modified).
      if (type != Type.AVChatRoom) {
        messages.put(seq, new Message(seq, time, random, from, body, cloudCustomData));
      }
      newestTime = Math.max(newestTime, time);
      Sent sent = new Sent(seq, time);
      if (random != null) {
        recentRandoms.remove(random);
        recentRandoms.put(random, new Dedup(sent, now));
      }
      return sent;
    }
  }

  private final Map<String, Group> groups = new HashMap<>();
  private long nextGeneratedId = 1;

  /** Creates a group; a null {@code groupId} generates one. */
  synchronized String create(String groupId, Type type, long createdAt, Set<String> members) {
    String id = groupId;
    if (id == null) {
      do {
        id = generateId(type, nextGeneratedId++);
      } while (groups.containsKey(id));
    } else if (groups.containsKey(id)) {
      throw new ApiError(10021, "GroupId is already used");
    }
    Group group = new Group(id, type, createdAt);
    group.members.addAll(members);
    groups.put(id, group);
    return id;
  }

  /**
   * Sends a message, or returns the original's MsgSeq and MsgTime when the same Random was used
   * in this group within 5 minutes (docs/server-rules.md §3: the later one is discarded).
   */
  synchronized Sent send(String groupId, long random, String from, ByteString body, String cloudCustomData, Instant now) {
    Group group = find(groupId);
    Sent original = group.duplicateOf(random, now);
    if (original != null) {
      return original;
    }
    return group.append(now.getEpochSecond(), random, from, body, cloudCustomData, now);
  }

  /** Imports messages one by one under the rules of docs/server-rules.md §4. */
  synchronized List<ImportResult> importMessages(String groupId, List<ImportItem> items, Instant now) {
    Group group = find(groupId);
    if (group.type == Type.AVChatRoom) {
      throw new ApiError(10007, "AVChatRoom groups do not support importing messages");
    }
    long nowSeconds = now.getEpochSecond();
    List<ImportResult> results = new ArrayList<>();
    Long previousSendTime = null;
    for (ImportItem item : items) {
      long sendTime = item.sendTime();
      boolean ascending = previousSendTime == null || sendTime > previousSendTime;
      previousSendTime = sendTime;
      // De-duplication first, so that retrying a whole import request is idempotent: a retried
      // message would otherwise fail the "later than the newest message" rule.
      Sent original = group.duplicateOf(item.random(), now);
      if (original != null) {
        results.add(new ImportResult(original.seq(), original.time(), 0));
      } else if (!ascending
          || sendTime >= nowSeconds
          || sendTime <= group.createdAt
          || sendTime <= group.newestTime) {
        results.add(new ImportResult(0, sendTime, 10004));
      } else if (item.tooLong()) {
        results.add(new ImportResult(0, sendTime, 80002));
      } else {
        Sent sent = group.append(sendTime, item.random(), item.from(), item.body(), item.cloudCustomData(), now);
        results.add(new ImportResult(sent.seq(), sent.time(), 0));
      }
    }
    return results;
  }

  /** Up to {@code count} messages with MsgSeq at most {@code upToSeq} (null = newest), newest first. */
  synchronized Page history(String groupId, Long upToSeq, int count) {
    Group group = find(groupId);
    if (group.type == Type.AVChatRoom) {
      throw new ApiError(10007, "AVChatRoom groups have no stored message history");
    }
    NavigableMap<Long, Message> candidates =
        upToSeq == null ? group.messages.descendingMap() : group.messages.headMap(upToSeq, true).descendingMap();
    List<Message> page = new ArrayList<>();
    for (Message message : candidates.values()) {
      if (page.size() == count) {
        break;
      }
      page.add(message);
    }
    boolean finished = page.size() == candidates.size();
    return new Page(page, finished);
  }

  /** Overwrites MsgBody and/or CloudCustomData (null = keep) of one message. */
  synchronized void modify(String groupId, long seq, ByteString body, String cloudCustomData) {
    Group group = find(groupId);
    if (group.type == Type.AVChatRoom) {
      throw new ApiError(10007, "AVChatRoom message history cannot be modified");
    }
    Message message = group.messages.get(seq);
    if (message == null) {
      throw new ApiError(20001, "no message with this MsgSeq in the group");
    }
    group.messages.put(seq, message.withContent(
        body != null ? body : message.body(),
        cloudCustomData != null ? cloudCustomData : message.cloudCustomData()));
  }

  synchronized Type typeOf(String groupId) {
    return find(groupId).type;
  }

  private Group find(String groupId) {
    Group group = groups.get(groupId);
    if (group == null) {
      throw new ApiError(10010, "the group does not exist");
    }
    return group;
  }

  /** IDs in the style of {@code @TGS#2J4SZEAEL}: a type marker and nine base-32 characters. */
  private static String generateId(Type type, long counter) {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    // Spread consecutive counters so IDs do not look sequential. Multiplying by an odd constant
    // modulo 2^45 is a bijection, so the first 2^45 counters give distinct IDs.
    long mixed = (counter * 0x9E3779B97F4A7C15L) & ((1L << 45) - 1);
    StringBuilder id = new StringBuilder("@TGS#").append(type.idMarker);
    for (int i = 0; i < 9; i++) {
      id.append(alphabet.charAt((int) (mixed & 31)));
      mixed >>>= 5;
    }
    return id.toString();
  }
}

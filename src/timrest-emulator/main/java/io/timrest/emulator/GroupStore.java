package io.timrest.emulator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import okio.ByteString;

/**
 * Groups, their members and their message history. One lock (this object) guards all of it:
 * correct first, and ample for an emulator.
 *
 * <p>A member's unread count is kept as the MsgSeq up to which the member has read, as the real
 * service reports it (get_group_member_info's MsgSeq): the messages after it are unread. Sending
 * marks the sender's own message read; importing messages marks everything read for every member
 * (docs/server-rules.md §4); import_group_member and set_unread_msg_num move it back by the
 * requested count, capped at the group's message count (§9).
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

  /**
   * One entry of {@code ImportMsgResult}; {@code reason} says which rule a failed message broke
   * (null when it did not fail).
   */
  record ImportResult(long seq, long time, int result, String reason) {}

  /** docs/server-rules.md §2, §9: the roles a member can have. */
  static final String OWNER = "Owner";
  static final String ADMIN = "Admin";
  static final String MEMBER = "Member";

  /** import_group_member's {@code Result} values (docs/server-rules.md §9). */
  static final int MEMBER_FAILED = 0;
  static final int MEMBER_IMPORTED = 1;
  static final int MEMBER_ALREADY = 2;

  /** One member of an import_group_member request, already checked for shape and account. */
  record MemberImport(String account, String role, Long joinTime, Long unreadMsgNum) {}

  /** One entry of import_group_member's {@code MemberList}; {@code reason} says why it failed. */
  record MemberResult(String account, int result, String reason) {}

  /** A member as get_group_member_info shows it; {@code readSeq} is its MsgSeq. */
  record MemberInfo(String account, String role, long joinTime, long readSeq) {}

  record Page(List<Message> messages, boolean finished) {}

  private record Dedup(Sent sent, Instant at) {}

  private static final class Member {
    final String role;
    final long joinTime;
    /** The MsgSeq up to which this member has read. */
    long readSeq;

    Member(String role, long joinTime, long readSeq) {
      this.role = role;
      this.joinTime = joinTime;
      this.readSeq = readSeq;
    }
  }

  private static final class Group {
    final String id;
    final Type type;
    final long createdAt;
    // Insertion order is the order of joining, which get_group_member_info lists.
    final Map<String, Member> members = new LinkedHashMap<>();
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

    /** docs/server-rules.md §9: an unread count above the group's message count is capped to it. */
    void setUnread(Member member, long unread) {
      member.readSeq = lastSeq - Math.min(unread, messages.size());
    }

    Sent append(long time, Long random, String from, ByteString body, String cloudCustomData, Instant now) {
      long seq = ++lastSeq;
      Member sender = members.get(from);
      if (sender != null) {
        sender.readSeq = seq;
      }
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

  /**
   * Creates (or imports) a group created at {@code createdAt}, with {@code members} (account →
   * role) joined at that time; a null {@code groupId} generates one.
   */
  synchronized String create(String groupId, Type type, long createdAt, Map<String, String> members) {
    String id = groupId;
    if (id == null) {
      do {
        id = generateId(type, nextGeneratedId++);
      } while (groups.containsKey(id));
    } else if (groups.containsKey(id)) {
      throw new ApiError(10021, "GroupId is already used");
    }
    Group group = new Group(id, type, createdAt);
    for (Map.Entry<String, String> member : members.entrySet()) {
      group.members.put(member.getKey(), new Member(member.getValue(), createdAt, 0));
    }
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
    boolean stored = false;
    Long previousSendTime = null;
    for (ImportItem item : items) {
      long sendTime = item.sendTime();
      Long previous = previousSendTime;
      previousSendTime = sendTime;
      // De-duplication first, so that retrying a whole import request is idempotent: a retried
      // message would otherwise fail the "later than the newest message" rule.
      Sent original = group.duplicateOf(item.random(), now);
      String broken = original != null ? null : brokenTimeRule(group, sendTime, previous, nowSeconds);
      if (original != null) {
        results.add(new ImportResult(original.seq(), original.time(), 0, null));
      } else if (broken != null) {
        results.add(new ImportResult(0, sendTime, 10004, broken));
      } else if (item.tooLong()) {
        results.add(new ImportResult(0, sendTime, 80002,
            "MsgBody is longer than " + MsgBodies.MAX_MSG_BODY_BYTES + " bytes"));
      } else {
        Sent sent = group.append(sendTime, item.random(), item.from(), item.body(), item.cloudCustomData(), now);
        results.add(new ImportResult(sent.seq(), sent.time(), 0, null));
        stored = true;
      }
    }
    // docs/server-rules.md §4: after an import every member's unread count is 0. Only an import
    // that stored something: a retried import (all duplicates) must not undo set_unread_msg_num.
    if (stored) {
      for (Member member : group.members.values()) {
        member.readSeq = group.lastSeq;
      }
    }
    return results;
  }

  /**
   * The first time rule of docs/server-rules.md §4 that {@code sendTime} breaks, in words, or null
   * when it breaks none. Checked in this order: ascending within the request (not earlier than
   * the previous message's SendTime, whether that one was imported or not), earlier than now, later
   * than the group's creation, not earlier than the newest message in the group.
   */
  private static String brokenTimeRule(Group group, long sendTime, Long previousSendTime, long nowSeconds) {
    // docs/server-rules.md §4: "ascending" and "later than the newest message" are read as
    // non-decreasing, so that messages sent in the same second can all be imported.
    if (previousSendTime != null && sendTime < previousSendTime) {
      return "SendTime " + sendTime + " is earlier than the previous message's (" + previousSendTime
          + "): SendTime must ascend within the request (equal seconds are allowed)";
    }
    if (sendTime >= nowSeconds) {
      return "SendTime " + sendTime + " is not earlier than now (" + nowSeconds + "): it is in the future";
    }
    if (sendTime <= group.createdAt) {
      return "SendTime " + sendTime + " is not later than the group's creation time (" + group.createdAt + ")";
    }
    if (sendTime < group.newestTime) {
      return "SendTime " + sendTime + " is earlier than the newest message in the group (" + group.newestTime + ")";
    }
    return null;
  }

  /**
   * Imports members one by one under the rules of docs/server-rules.md §9: an existing member is
   * left as it is (2); a JoinTime not after the group's creation or not before now fails (0);
   * otherwise the member joins (1) with its unread count capped at the group's message count.
   * A member without JoinTime joins now.
   */
  synchronized List<MemberResult> importMembers(String groupId, List<MemberImport> items, long nowSeconds) {
    Group group = find(groupId);
    if (group.type == Type.AVChatRoom) {
      throw new ApiError(10007, "AVChatRoom groups do not support importing members");
    }
    List<MemberResult> results = new ArrayList<>();
    for (MemberImport item : items) {
      Long joinTime = item.joinTime();
      if (group.members.containsKey(item.account())) {
        results.add(new MemberResult(item.account(), MEMBER_ALREADY, null));
      } else if (joinTime != null && joinTime <= group.createdAt) {
        // "大于群的创建时间": strictly after, so a JoinTime equal to CreateTime fails too.
        results.add(new MemberResult(item.account(), MEMBER_FAILED, "JoinTime " + joinTime
            + " is not later than the group's creation time " + group.createdAt));
      } else if (joinTime != null && joinTime >= nowSeconds) {
        results.add(new MemberResult(item.account(), MEMBER_FAILED, "JoinTime " + joinTime
            + " is not earlier than now (" + nowSeconds + ")"));
      } else {
        Member member = new Member(item.role(), joinTime != null ? joinTime : nowSeconds, group.lastSeq);
        group.setUnread(member, item.unreadMsgNum() != null ? item.unreadMsgNum() : 0);
        group.members.put(item.account(), member);
        results.add(new MemberResult(item.account(), MEMBER_IMPORTED, null));
      }
    }
    return results;
  }

  /**
   * docs/server-rules.md §9, set_unread_msg_num: capped at the group's message count; accepted and
   * ignored for ChatRoom and AVChatRoom, whose clients keep no unread counts. A non-member is
   * 10007, as the spec reads the page's "no permission" code.
   */
  synchronized void setUnread(String groupId, String account, long unread) {
    Group group = find(groupId);
    Member member = group.members.get(account);
    if (member == null) {
      throw new ApiError(10007, "Member_Account is not a member of the group");
    }
    if (group.type != Type.ChatRoom && group.type != Type.AVChatRoom) {
      group.setUnread(member, unread);
    }
  }

  /** The members in the order they joined. */
  synchronized List<MemberInfo> members(String groupId) {
    Group group = find(groupId);
    if (group.type == Type.AVChatRoom) {
      throw new ApiError(10007, "AVChatRoom groups do not list their members");
    }
    List<MemberInfo> members = new ArrayList<>();
    for (Map.Entry<String, Member> entry : group.members.entrySet()) {
      Member member = entry.getValue();
      members.add(new MemberInfo(entry.getKey(), member.role, member.joinTime, member.readSeq));
    }
    return members;
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

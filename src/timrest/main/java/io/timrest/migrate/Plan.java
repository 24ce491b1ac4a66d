package io.timrest.migrate;

import java.util.BitSet;
import java.util.List;
import java.util.Objects;

/**
 * What a migration imports from a history file, as the {@link Validator} found it: the valid
 * records, by byte offset and line (read them with {@link HistoryFile#readAt}), grouped the way
 * the engine sends them, and how many records were left out and why.
 *
 * <p>Only valid records are in the plan. A record is left out when it has a {@link Problem} of
 * its own ({@link #invalid}) or when a record it depends on is invalid ({@link #leftOut}): the
 * members, messages and unread counts of an invalid group; whatever names an account whose
 * record is invalid. A run that does not skip invalid records runs only when
 * {@link #isComplete()}.
 *
 * <p>Immutable, and small for its size: primitive arrays, no object per message (a million
 * group messages take about 20 MB).
 */
final class Plan {
  private final long lines;
  private final long problems;
  private final long unrecognized;
  private final long[] total;
  private final long[] included;
  private final long[] leftOut;
  private final BitSet excluded;

  private final LongColumn accountOffsets;
  private final IntColumn accountLines;

  private final List<Group> groups;

  private final LongColumn memberOffsets;
  private final IntColumn memberLines;
  private final int[] memberOrder;

  private final LongColumn messageOffsets;
  private final IntColumn messageLines;
  private final IntColumn messageRandoms;
  private final int[] messageOrder;

  private final LongColumn unreadOffsets;
  private final IntColumn unreadLines;
  private final int[] unreadOrderByGroup;
  private final int[] unreadOrder;

  private final LongColumn c2cOffsets;
  private final IntColumn c2cLines;
  private final int[] c2cOrder;
  private final int[] conversationStart;

  private Plan(Builder b) {
    this.lines = b.lines;
    this.problems = b.problems;
    this.unrecognized = b.unrecognized;
    this.total = b.total.clone();
    this.included = b.included.clone();
    this.leftOut = b.leftOut.clone();
    this.excluded = (BitSet) b.excluded.clone();
    this.accountOffsets = b.accountOffsets;
    this.accountLines = b.accountLines;
    this.memberOffsets = b.memberOffsets;
    this.memberLines = b.memberLines;
    this.memberOrder = b.memberOrder;
    this.messageOffsets = b.messageOffsets;
    this.messageLines = b.messageLines;
    this.messageRandoms = b.messageRandoms;
    this.messageOrder = b.messageOrder;
    this.unreadOffsets = b.unreadOffsets;
    this.unreadLines = b.unreadLines;
    this.unreadOrderByGroup = b.unreadOrderByGroup;
    this.unreadOrder = b.unreadOrder;
    this.c2cOffsets = b.c2cOffsets;
    this.c2cLines = b.c2cLines;
    this.c2cOrder = b.c2cOrder;
    this.conversationStart = b.conversationStart;
    Group[] built = new Group[b.groupIds.length];
    for (int i = 0; i < built.length; i++) {
      built[i] = new Group(i, b);
    }
    this.groups = List.of(built);
  }

  // ------------------------------------------------------------------ counts

  /** The file's lines, blank ones included. */
  long lines() {
    return lines;
  }

  /** How many problems the validator reported. */
  long problems() {
    return problems;
  }

  /** Lines that are not a record of a known type: not JSON, no {@code type}, an unknown one, too long. */
  long unrecognized() {
    return unrecognized;
  }

  /** Records of {@code type} in the file, valid or not (lines whose {@code type} could be read). */
  long total(RecordType type) {
    return total[type.ordinal()];
  }

  /** Records of {@code type} in the plan. */
  long count(RecordType type) {
    return included[type.ordinal()];
  }

  /** Records of {@code type} left out because of a problem of their own. */
  long invalid(RecordType type) {
    return total[type.ordinal()] - included[type.ordinal()] - leftOut[type.ordinal()];
  }

  /** Records of {@code type} without a problem of their own, left out with an invalid record they depend on. */
  long leftOut(RecordType type) {
    return leftOut[type.ordinal()];
  }

  /** Whether the plan holds every line of the file that is not blank: no problems, nothing left out. */
  boolean isComplete() {
    return excluded.isEmpty();
  }

  /** Whether line {@code line} holds something that is not in the plan (a problem, or a record left out). */
  boolean excludes(long line) {
    return line >= 1 && line <= Integer.MAX_VALUE && excluded.get((int) line);
  }

  // ------------------------------------------------------------------ accounts

  /** The accounts to import, in file order. */
  int accountCount() {
    return accountLines.size();
  }

  /** The byte offset of account {@code i}'s record. */
  long accountOffset(int i) {
    return accountOffsets.get(i);
  }

  /** The line of account {@code i}'s record. */
  long accountLine(int i) {
    return accountLines.get(i);
  }

  // ------------------------------------------------------------------ groups

  /** The groups to import, in the file order of their group records. */
  int groupCount() {
    return groups.size();
  }

  /** Group {@code i}. */
  Group group(int i) {
    return groups.get(i);
  }

  /** The groups to import, in file order. */
  List<Group> groups() {
    return groups;
  }

  /** The unread counts to set, in file order, over all groups. */
  int unreadCount() {
    return unreadOrder.length;
  }

  /** The byte offset of unread record {@code i} (file order). */
  long unreadOffset(int i) {
    return unreadOffsets.get(unreadOrder[i]);
  }

  /** The line of unread record {@code i} (file order). */
  long unreadLine(int i) {
    return unreadLines.get(unreadOrder[i]);
  }

  // ------------------------------------------------------------------ one-to-one

  /** The one-to-one conversations (pairs of accounts, either direction), in the file order of their first message. */
  int conversationCount() {
    return conversationStart.length - 1;
  }

  /** Conversation {@code i}. */
  Conversation conversation(int i) {
    Objects.checkIndex(i, conversationCount());
    return new Conversation(conversationStart[i], conversationStart[i + 1]);
  }

  /** A group and what is imported into it: its members, its messages (with their {@code Random}), its unread counts. */
  final class Group {
    private final String groupId;
    private final String groupType;
    private final long offset;
    private final int line;
    private final long createTime;
    private final int memberStart;
    private final int memberEnd;
    private final int messageStart;
    private final int messageEnd;
    private final int unreadStart;
    private final int unreadEnd;

    private Group(int i, Builder b) {
      this.groupId = b.groupIds[i];
      this.groupType = b.groupTypes[i];
      this.offset = b.groupOffsets[i];
      this.line = b.groupLines[i];
      this.createTime = b.groupCreateTimes[i];
      this.memberStart = b.memberStart[i];
      this.memberEnd = b.memberStart[i + 1];
      this.messageStart = b.messageStart[i];
      this.messageEnd = b.messageStart[i + 1];
      this.unreadStart = b.unreadStart[i];
      this.unreadEnd = b.unreadStart[i + 1];
    }

    /** The group's ID. */
    String groupId() {
      return groupId;
    }

    /** The group's {@code Type}. */
    String groupType() {
      return groupType;
    }

    /** The byte offset of the group's record. */
    long offset() {
      return offset;
    }

    /** The line of the group's record. */
    long line() {
      return line;
    }

    /** The group's {@code CreateTime}: before its first member's {@code JoinTime} and its first message. */
    long createTime() {
      return createTime;
    }

    /** The group's members to import, in file order. */
    int memberCount() {
      return memberEnd - memberStart;
    }

    /** The byte offset of member {@code k}'s record. */
    long memberOffset(int k) {
      return memberOffsets.get(memberOrder[memberStart + Objects.checkIndex(k, memberCount())]);
    }

    /** The line of member {@code k}'s record. */
    long memberLine(int k) {
      return memberLines.get(memberOrder[memberStart + Objects.checkIndex(k, memberCount())]);
    }

    /** The group's messages to import, in file order (which is non-decreasing {@code SendTime}). */
    int messageCount() {
      return messageEnd - messageStart;
    }

    /** The byte offset of message {@code k}'s record. */
    long messageOffset(int k) {
      return messageOffsets.get(messageOrder[messageStart + Objects.checkIndex(k, messageCount())]);
    }

    /** The line of message {@code k}'s record. */
    long messageLine(int k) {
      return messageLines.get(messageOrder[messageStart + Objects.checkIndex(k, messageCount())]);
    }

    /**
     * The {@code Random} to send with message {@code k}: the record's own, or the one {@link Ids}
     * derived from its {@code SourceId}, unique within the group.
     */
    long messageRandom(int k) {
      return Integer.toUnsignedLong(messageRandoms.get(messageOrder[messageStart + Objects.checkIndex(k, messageCount())]));
    }

    /** The group's unread counts to set, in file order. */
    int unreadCount() {
      return unreadEnd - unreadStart;
    }

    /** The byte offset of unread record {@code k} of the group. */
    long unreadOffset(int k) {
      return unreadOffsets.get(unreadOrderByGroup[unreadStart + Objects.checkIndex(k, unreadCount())]);
    }

    /** The line of unread record {@code k} of the group. */
    long unreadLine(int k) {
      return unreadLines.get(unreadOrderByGroup[unreadStart + Objects.checkIndex(k, unreadCount())]);
    }

    @Override
    public String toString() {
      return "Group{" + groupId + ", line " + line + ", " + memberCount() + " members, " + messageCount() + " messages, "
          + unreadCount() + " unread counts}";
    }
  }

  /** The messages of one one-to-one conversation, in file order (which is non-decreasing {@code MsgTimeStamp}). */
  final class Conversation {
    private final int start;
    private final int end;

    private Conversation(int start, int end) {
      this.start = start;
      this.end = end;
    }

    /** How many messages the conversation has. */
    int messageCount() {
      return end - start;
    }

    /** The byte offset of message {@code k}'s record. */
    long messageOffset(int k) {
      return c2cOffsets.get(c2cOrder[start + Objects.checkIndex(k, messageCount())]);
    }

    /** The line of message {@code k}'s record. */
    long messageLine(int k) {
      return c2cLines.get(c2cOrder[start + Objects.checkIndex(k, messageCount())]);
    }
  }

  /**
   * The parts of a plan, filled in by the {@link Validator}. The columns are taken over, not
   * copied: nothing may change them once {@link #build()} is called.
   */
  static final class Builder {
    long lines;
    long problems;
    long unrecognized;
    final long[] total = new long[RecordType.values().length];
    final long[] included = new long[RecordType.values().length];
    final long[] leftOut = new long[RecordType.values().length];
    BitSet excluded = new BitSet();

    LongColumn accountOffsets;
    IntColumn accountLines;

    String[] groupIds;
    String[] groupTypes;
    long[] groupOffsets;
    int[] groupLines;
    long[] groupCreateTimes;
    int[] memberStart;
    int[] messageStart;
    int[] unreadStart;

    LongColumn memberOffsets;
    IntColumn memberLines;
    int[] memberOrder;

    LongColumn messageOffsets;
    IntColumn messageLines;
    IntColumn messageRandoms;
    int[] messageOrder;

    LongColumn unreadOffsets;
    IntColumn unreadLines;
    int[] unreadOrderByGroup;
    int[] unreadOrder;

    LongColumn c2cOffsets;
    IntColumn c2cLines;
    int[] c2cOrder;
    int[] conversationStart;

    Plan build() {
      return new Plan(this);
    }
  }
}

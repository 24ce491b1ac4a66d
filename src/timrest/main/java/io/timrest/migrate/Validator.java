package io.timrest.migrate;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.timrest.model.AccountImportRequest;
import io.timrest.model.ImportC2cMsgRequest;
import io.timrest.model.ImportGroupMember;
import io.timrest.model.ImportGroupRequest;
import io.timrest.model.ImportMsg;
import io.timrest.model.MsgElement;
import io.timrest.model.SetUnreadMsgNumRequest;
import io.timrest.model.TIMCustomElem;
import io.timrest.model.TimJsonAdapters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import okio.Buffer;

/**
 * Checks a whole history file against the server's rules and builds the {@link Plan} of what to
 * import, in one pass over the file plus checks over what that pass kept once the file has
 * ended (references to records further down, rules between a group and its members and
 * messages). Every problem goes to the {@link ProblemSink}; the validator never stops early.
 *
 * <p>What is checked, beyond what {@link HistoryFile} reads (JSON, names, types, required
 * fields):
 * <ul>
 *   <li>identity: a {@code SourceId} is unique in the file; an account, a group, a member of a
 *       group and an unread count of a member are each defined once;
 *   <li>references, wherever in the file the record referred to is: every {@code GroupId} of a
 *       member, message or unread record has a group record; every {@code Owner_Account},
 *       {@code Member_Account}, {@code From_Account} and {@code To_Account} has an account
 *       record; an unread count is for a member of the group (a member record, or its owner);
 *   <li>order: within a conversation (a group; a pair of accounts in either direction) the
 *       messages' times do not decrease in file order. Equal seconds are allowed: real histories
 *       have several messages in one second, and timrest reads the pages' "ascending" and "later
 *       than the newest message" as non-decreasing;
 *   <li>time: no time is negative or later than now (the {@link Clock}); a group's
 *       {@code CreateTime} is given (without it the group would be created at import time, after
 *       its whole history) and is earlier than its first member's {@code JoinTime} and its first
 *       message's {@code SendTime}, reported on the group's line; in a group whose members do not
 *       see history from before they joined (any type but ChatRoom, docs/server-rules.md §5) a
 *       member's {@code JoinTime} is not later than the member's first message there;
 *   <li>the API's limits: {@link Limits} (message body size, uint32 values, account and group
 *       ID lengths, group fields), at most one {@code TIMCustomElem} per message, {@code Role}
 *       only {@code Admin}, {@code SyncFromOldSystem} 1, 2 or 5, an importable group type.
 * </ul>
 *
 * <p>Memory is bounded by primitive columns: a million group messages in a thousand groups
 * validate in a 128 MB heap. Accounts and SourceIds are told apart by a 64-bit hash
 * ({@link Ids}), not kept as strings; names needed for a message after the end of the file are
 * read again from the file.
 */
final class Validator {
  private static final long NONE = Long.MIN_VALUE;
  private static final int NO_RECORD = -1;

  private final Clock clock;
  private final Ids ids;
  private final JsonAdapter<List<MsgElement>> msgBodyAdapter;

  /** A validator whose "now" is {@code clock}'s. */
  Validator(Clock clock) {
    this(clock, Ids.STANDARD);
  }

  /** A validator that derives group {@code Random} values with {@code ids} (a test seam). */
  Validator(Clock clock, Ids ids) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.ids = Objects.requireNonNull(ids, "ids");
    Moshi moshi = new Moshi.Builder().add(TimJsonAdapters.FACTORY).build();
    this.msgBodyAdapter = moshi.adapter(Types.newParameterizedType(List.class, MsgElement.class));
  }

  /** Checks {@code file}, reports every problem to {@code sink} and returns the plan of the valid records. */
  Plan validate(HistoryFile file, ProblemSink sink) throws IOException {
    Pass pass = new Pass(file, sink, clock.instant().getEpochSecond());
    long lines = file.scan(pass);
    return pass.finish(lines);
  }

  /** A group, from its first mention (which may be a member or message before its record). */
  private static final class GroupState {
    final String groupId;
    int line;
    long offset;
    String type;
    long createTime = NONE;
    int owner = NO_RECORD;
    long lastSendTime = NONE;
    int lastSendLine;
    long minJoinTime = NONE;
    int minJoinLine;
    long minSendTime = NONE;
    int minSendLine;
    boolean valid;
    final IntHashSet randoms = new IntHashSet();

    GroupState(String groupId) {
      this.groupId = groupId;
    }

    boolean defined() {
      return line != 0;
    }
  }

  /** The state of one validation. */
  private final class Pass implements HistoryFile.Visitor {
    private final HistoryFile file;
    private final ProblemSink sink;
    private final long now;
    private final Buffer serialized = new Buffer();

    private final BitSet problemLines = new BitSet();
    private long problems;
    private long unrecognized;
    private final long[] total = new long[RecordType.values().length];

    /** Account hash → account index; per index the line defining it, negated if invalid, 0 if none. */
    private final LongIntHashMap accountIndex = new LongIntHashMap();
    private final LongColumn accountHashes = new LongColumn();
    private final IntColumn accountDefinitions = new IntColumn();
    private final LongColumn planAccountOffsets = new LongColumn();
    private final IntColumn planAccountLines = new IntColumn();

    private final Map<String, Integer> groupIndex = new HashMap<>();
    private final List<GroupState> groups = new ArrayList<>();

    private final LongColumn memberOffsets = new LongColumn();
    private final IntColumn memberLines = new IntColumn();
    private final IntColumn memberGroups = new IntColumn();
    private final IntColumn memberAccounts = new IntColumn();

    /** (group index, account index) → membership index: who is, sends in, or has an unread count in which group. */
    private final LongIntHashMap membershipIndex = new LongIntHashMap();
    private final IntColumn membershipMember = new IntColumn();
    private final LongColumn membershipJoinTime = new LongColumn();
    private final LongColumn membershipFirstSendTime = new LongColumn();
    private final IntColumn membershipFirstSendLine = new IntColumn();
    private final IntColumn membershipUnreadLine = new IntColumn();

    private final LongIntHashMap sourceIdLines = new LongIntHashMap();

    private final LongColumn messageOffsets = new LongColumn();
    private final IntColumn messageLines = new IntColumn();
    private final IntColumn messageGroups = new IntColumn();
    private final IntColumn messageSenders = new IntColumn();
    private final IntColumn messageRandoms = new IntColumn();

    private final LongIntHashMap conversationIndex = new LongIntHashMap();
    private final LongColumn conversationLastTime = new LongColumn();
    private final LongColumn c2cOffsets = new LongColumn();
    private final IntColumn c2cLines = new IntColumn();
    private final IntColumn c2cConversations = new IntColumn();
    private final IntColumn c2cFrom = new IntColumn();
    private final IntColumn c2cTo = new IntColumn();

    private final LongColumn unreadOffsets = new LongColumn();
    private final IntColumn unreadLines = new IntColumn();
    private final IntColumn unreadGroups = new IntColumn();
    private final IntColumn unreadAccounts = new IntColumn();

    Pass(HistoryFile file, ProblemSink sink, long now) {
      this.file = file;
      this.sink = Objects.requireNonNull(sink, "sink");
      this.now = now;
    }

    // ---------------------------------------------------------------- the pass over the file

    @Override
    public void problem(Problem problem, long offset, Optional<String> definedId) {
      report(problem);
      if (problem.type() == null) {
        unrecognized++;
        return;
      }
      total[problem.type().ordinal()]++;
      int line = (int) problem.line();
      if (problem.type() == RecordType.ACCOUNT && definedId.isPresent()) {
        int account = account(definedId.get());
        if (accountDefinitions.get(account) == 0) {
          accountDefinitions.set(account, -line);
        }
      } else if (problem.type() == RecordType.GROUP && definedId.isPresent()) {
        GroupState group = groups.get(group(definedId.get()));
        if (!group.defined()) {
          group.line = line;
          group.offset = offset;
        }
      }
      problem.sourceId().ifPresent(sourceId -> sourceIdLines.putIfAbsent(Ids.hash(sourceId), line));
    }

    @Override
    public void record(HistoryRecord record, long offset, int length) {
      total[record.type().ordinal()]++;
      if (record instanceof AccountRecord) {
        account((AccountRecord) record, offset);
      } else if (record instanceof GroupRecord) {
        group((GroupRecord) record, offset);
      } else if (record instanceof MemberRecord) {
        member((MemberRecord) record, offset);
      } else if (record instanceof GroupMsgRecord) {
        groupMsg((GroupMsgRecord) record, offset, length);
      } else if (record instanceof C2cMsgRecord) {
        c2cMsg((C2cMsgRecord) record, offset, length);
      } else {
        unread((UnreadRecord) record, offset);
      }
    }

    private void account(AccountRecord record, long offset) {
      int line = (int) record.line();
      AccountImportRequest account = record.account();
      checkAccountName(record, "UserID", account.userID());
      int index = account(account.userID());
      int definition = accountDefinitions.get(index);
      if (definition != 0) {
        report(record, "UserID", "account " + account.userID() + " is already defined on line " + Math.abs(definition));
        return;
      }
      boolean valid = !problemLines.get(line);
      accountDefinitions.set(index, valid ? line : -line);
      if (valid) {
        planAccountOffsets.add(offset);
        planAccountLines.add(line);
      }
    }

    private void group(GroupRecord record, long offset) {
      ImportGroupRequest group = record.group();
      String groupId = record.groupId();
      checkGroupId(record, groupId, group.type());
      if (!Limits.IMPORTABLE_GROUP_TYPES.contains(group.type())) {
        report(record, "Type", "must be Private, Public, ChatRoom or Community (an AVChatRoom group keeps no history and "
            + "cannot be imported); found " + group.type());
      }
      checkText(record, "Name", Optional.of(group.name()), 1, Limits.MAX_GROUP_NAME_BYTES);
      checkText(record, "Introduction", group.introduction(), 0, Limits.MAX_INTRODUCTION_BYTES);
      checkText(record, "Notification", group.notification(), 0, Limits.MAX_NOTIFICATION_BYTES);
      checkText(record, "FaceUrl", group.faceUrl(), 0, Limits.MAX_GROUP_FACE_URL_BYTES);
      group.maxMemberCount().filter(count -> count < 1)
          .ifPresent(count -> report(record, "MaxMemberCount", "must be at least 1; found " + count));
      group.applyJoinOption().filter(option -> !Limits.APPLY_JOIN_OPTIONS.contains(option))
          .ifPresent(option -> report(record, "ApplyJoinOption", "must be FreeAccess, NeedPermission or DisableApply; found " + option));
      group.supportTopic().ifPresent(topic -> {
        if (topic != 0 && topic != 1) {
          report(record, "SupportTopic", "must be 0 or 1; found " + topic);
        } else if (topic == 1 && !ImportGroupRequest.TYPE_COMMUNITY.equals(group.type())) {
          report(record, "SupportTopic", "may be 1 only for a Community group; this one is " + group.type());
        }
      });
      if (group.createTime().isEmpty()) {
        report(record, "CreateTime", "is required in a history file: without it the group is created at import time, "
            + "after all of its history");
      } else {
        checkTime(record, "CreateTime", group.createTime().get());
      }
      group.ownerAccount().ifPresent(owner -> checkAccountName(record, "Owner_Account", owner));

      GroupState state = groups.get(group(groupId));
      if (state.defined()) {
        report(record, "GroupId", "group " + groupId + " is already defined on line " + state.line);
        return;
      }
      state.line = (int) record.line();
      state.offset = offset;
      state.type = group.type();
      state.createTime = group.createTime().orElse(NONE);
      state.owner = group.ownerAccount().map(this::account).orElse(NO_RECORD);
    }

    private void member(MemberRecord record, long offset) {
      int line = (int) record.line();
      ImportGroupMember member = record.member();
      checkAccountName(record, "Member_Account", member.memberAccount());
      member.joinTime().ifPresent(joinTime -> checkTime(record, "JoinTime", joinTime));
      member.unreadMsgNum().filter(unread -> unread < 0)
          .ifPresent(unread -> report(record, "UnreadMsgNum", "must not be negative; found " + unread));

      int groupIndex = group(record.groupId());
      int account = account(member.memberAccount());
      int membership = membership(groupIndex, account);
      int index = memberLines.size();
      int earlier = membershipMember.get(membership);
      if (earlier != NO_RECORD) {
        report(record, "Member_Account", member.memberAccount() + " is already a member of group " + record.groupId()
            + " (line " + memberLines.get(earlier) + ")");
      } else {
        membershipMember.set(membership, index);
      }
      memberOffsets.add(offset);
      memberLines.add(line);
      memberGroups.add(groupIndex);
      memberAccounts.add(account);
      if (!problemLines.get(line) && member.joinTime().isPresent()) {
        long joinTime = member.joinTime().get();
        membershipJoinTime.set(membership, joinTime);
        GroupState group = groups.get(groupIndex);
        if (group.minJoinTime == NONE || joinTime < group.minJoinTime) {
          group.minJoinTime = joinTime;
          group.minJoinLine = line;
        }
      }
    }

    private void groupMsg(GroupMsgRecord record, long offset, int length) {
      int line = (int) record.line();
      ImportMsg message = record.message();
      long sourceIdHash = checkSourceId(record, record.sourceId());
      checkAccountName(record, "From_Account", message.fromAccount());
      boolean saneTime = checkTime(record, "SendTime", message.sendTime());
      checkMsgBody(record, message.msgBody(), Limits.MAX_GROUP_MSG_BODY_BYTES, "12 KB", length);
      message.random().ifPresent(random -> checkUint32(record, "Random", random));

      int groupIndex = group(record.groupId());
      GroupState group = groups.get(groupIndex);
      int sender = account(message.fromAccount());
      if (saneTime) {
        if (group.lastSendTime != NONE && message.sendTime() < group.lastSendTime) {
          report(record, "SendTime", "must not be before the previous message of group " + record.groupId()
              + " (" + message.sendTime() + " < " + group.lastSendTime + ")");
        } else {
          group.lastSendTime = message.sendTime();
          group.lastSendLine = line;
        }
      }
      long random;
      if (message.random().isPresent()) {
        random = message.random().get();
        if (random >= 0 && random <= Limits.MAX_UINT32 && !group.randoms.add((int) random)) {
          report(record, "Random", "repeats the Random of an earlier message of group " + record.groupId()
              + ": the server would drop one of the two; leave Random out to have a unique one derived from SourceId");
        }
      } else {
        random = ids.uniqueGroupRandom(sourceIdHash, group.randoms);
      }
      if (!problemLines.get(line)) {
        if (group.minSendTime == NONE || message.sendTime() < group.minSendTime) {
          group.minSendTime = message.sendTime();
          group.minSendLine = line;
        }
        int membership = membership(groupIndex, sender);
        if (membershipFirstSendTime.get(membership) == NONE) {
          membershipFirstSendTime.set(membership, message.sendTime());
          membershipFirstSendLine.set(membership, line);
        }
      }
      messageOffsets.add(offset);
      messageLines.add(line);
      messageGroups.add(groupIndex);
      messageSenders.add(sender);
      messageRandoms.add((int) random);
    }

    private void c2cMsg(C2cMsgRecord record, long offset, int length) {
      int line = (int) record.line();
      ImportC2cMsgRequest message = record.message();
      checkSourceId(record, record.sourceId());
      if (!Limits.SYNC_FROM_OLD_SYSTEM_VALUES.contains(message.syncFromOldSystem())) {
        report(record, "SyncFromOldSystem", "must be 2 (history), 5 (real-time import beside the old system) or 1 "
            + "(the older pages' history); found " + message.syncFromOldSystem());
      }
      checkAccountName(record, "From_Account", message.fromAccount());
      checkAccountName(record, "To_Account", message.toAccount());
      boolean saneTime = checkTime(record, "MsgTimeStamp", message.msgTimeStamp());
      checkMsgBody(record, message.msgBody(), Limits.MAX_C2C_MSG_BODY_BYTES, "8 KB; importmsg answers 93000 above it", length);
      message.msgSeq().ifPresent(seq -> checkUint32(record, "MsgSeq", seq));
      message.msgRandom().ifPresent(random -> checkUint32(record, "MsgRandom", random));

      int from = account(message.fromAccount());
      int to = account(message.toAccount());
      long first = Math.min(accountHashes.get(from), accountHashes.get(to));
      long second = Math.max(accountHashes.get(from), accountHashes.get(to));
      long pairKey = Ids.fmix64(first * 0x9e3779b97f4a7c15L + second);
      int conversation = conversationIndex.putIfAbsent(pairKey, conversationLastTime.size());
      if (conversation == LongIntHashMap.ABSENT) {
        conversation = conversationLastTime.size();
        conversationLastTime.add(NONE);
      }
      if (saneTime) {
        long last = conversationLastTime.get(conversation);
        if (last != NONE && message.msgTimeStamp() < last) {
          report(record, "MsgTimeStamp", "must not be before the previous message between " + message.fromAccount()
              + " and " + message.toAccount() + " (" + message.msgTimeStamp() + " < " + last + ")");
        } else {
          conversationLastTime.set(conversation, message.msgTimeStamp());
        }
      }
      c2cOffsets.add(offset);
      c2cLines.add(line);
      c2cConversations.add(conversation);
      c2cFrom.add(from);
      c2cTo.add(to);
    }

    private void unread(UnreadRecord record, long offset) {
      SetUnreadMsgNumRequest unread = record.unread();
      checkAccountName(record, "Member_Account", unread.memberAccount());
      if (unread.unreadMsgNum() < 0) {
        report(record, "UnreadMsgNum", "must not be negative; found " + unread.unreadMsgNum());
      }
      int groupIndex = group(unread.groupId());
      int account = account(unread.memberAccount());
      int membership = membership(groupIndex, account);
      int earlier = membershipUnreadLine.get(membership);
      if (earlier != 0) {
        report(record, "Member_Account", "the unread count of " + unread.memberAccount() + " in group " + unread.groupId()
            + " is already set on line " + earlier);
      } else {
        membershipUnreadLine.set(membership, (int) record.line());
      }
      unreadOffsets.add(offset);
      unreadLines.add((int) record.line());
      unreadGroups.add(groupIndex);
      unreadAccounts.add(account);
    }

    // ---------------------------------------------------------------- record-local rules

    /** Registers the SourceId; returns its hash. */
    private long checkSourceId(HistoryRecord record, String sourceId) {
      long hash = Ids.hash(sourceId);
      int earlier = sourceIdLines.putIfAbsent(hash, (int) record.line());
      if (earlier != LongIntHashMap.ABSENT) {
        report(record, "SourceId", "repeats the SourceId of line " + earlier + " (a SourceId is unique in the file)");
      }
      return hash;
    }

    private void checkAccountName(HistoryRecord record, String field, String userId) {
      int bytes = userId.getBytes(StandardCharsets.UTF_8).length;
      if (bytes == 0) {
        report(record, field, "must not be empty");
      } else if (bytes > Limits.MAX_USER_ID_BYTES) {
        report(record, field, "must be at most " + Limits.MAX_USER_ID_BYTES + " bytes (a UserID); found " + bytes);
      }
    }

    private void checkGroupId(HistoryRecord record, String groupId, String type) {
      int length = groupId.length();
      if (length == 0) {
        report(record, "GroupId", "must not be empty");
        return;
      }
      for (int i = 0; i < length; i++) {
        char c = groupId.charAt(i);
        if (c < 0x20 || c > 0x7E) {
          report(record, "GroupId", "must be printable ASCII (a custom group ID); found " + String.format("U+%04X", (int) c)
              + " at character " + (i + 1));
          return;
        }
      }
      if (length > Limits.MAX_GROUP_ID_BYTES) {
        report(record, "GroupId", "must be at most " + Limits.MAX_GROUP_ID_BYTES + " bytes; found " + length);
      }
      boolean community = ImportGroupRequest.TYPE_COMMUNITY.equals(type);
      if (community && !groupId.startsWith(Limits.COMMUNITY_GROUP_ID_PREFIX)) {
        report(record, "GroupId", "must start with " + Limits.COMMUNITY_GROUP_ID_PREFIX + " for a Community group");
      } else if (!community && groupId.startsWith(Limits.GENERATED_GROUP_ID_PREFIX)) {
        report(record, "GroupId", "must not start with " + Limits.GENERATED_GROUP_ID_PREFIX
            + ", the prefix of the IDs the server generates (only a Community group's ID starts with "
            + Limits.COMMUNITY_GROUP_ID_PREFIX + ")");
      }
    }

    private void checkText(HistoryRecord record, String field, Optional<String> text, int minBytes, int maxBytes) {
      if (text.isEmpty()) {
        return;
      }
      int bytes = text.get().getBytes(StandardCharsets.UTF_8).length;
      if (bytes < minBytes) {
        report(record, field, "must not be empty");
      } else if (bytes > maxBytes) {
        report(record, field, "must be at most " + maxBytes + " bytes; found " + bytes);
      }
    }

    /** A time in Unix seconds, not negative, not after now; false when it is either. */
    private boolean checkTime(HistoryRecord record, String field, long seconds) {
      if (seconds < 0) {
        report(record, field, "must not be negative; found " + seconds);
        return false;
      }
      if (seconds > now) {
        report(record, field, "must not be in the future (" + seconds + " > now, " + now + ")");
        return false;
      }
      return true;
    }

    private void checkUint32(HistoryRecord record, String field, long value) {
      if (value < 0 || value > Limits.MAX_UINT32) {
        report(record, field, "must be an unsigned 32-bit integer (0 to 4294967295); found " + value);
      }
    }

    private void checkMsgBody(HistoryRecord record, List<MsgElement> body, int maxBytes, String limitText, int lineLength) {
      if (body.isEmpty()) {
        report(record, "MsgBody", "must hold at least one message element");
        return;
      }
      int custom = 0;
      for (MsgElement element : body) {
        if (TIMCustomElem.MSG_TYPE_TIM_CUSTOM_ELEM.equals(element.msgType())) {
          custom++;
        }
      }
      if (custom > 1) {
        report(record, "MsgBody", "may hold at most one TIMCustomElem; found " + custom);
      }
      // Serialized again, a body is at most three times as long as in the line (a number 1 is
      // written 1.0, an unescaped U+2028 as \u2028): a short line cannot hold a long body.
      if ((long) lineLength * 3 <= maxBytes) {
        return;
      }
      long bytes;
      try {
        msgBodyAdapter.toJson(serialized, body);
        bytes = serialized.size();
      } catch (IOException e) {
        throw new UncheckedIOException(e); // a Buffer does no I/O
      } finally {
        serialized.clear();
      }
      if (bytes > maxBytes) {
        report(record, "MsgBody", "is " + bytes + " bytes serialized; the limit is " + maxBytes + " bytes (" + limitText + ")");
      }
    }

    // ---------------------------------------------------------------- indexes

    private int account(String userId) {
      long hash = Ids.hash(userId);
      int index = accountIndex.putIfAbsent(hash, accountDefinitions.size());
      if (index != LongIntHashMap.ABSENT) {
        return index;
      }
      accountHashes.add(hash);
      accountDefinitions.add(0);
      return accountDefinitions.size() - 1;
    }

    private int group(String groupId) {
      Integer index = groupIndex.get(groupId);
      if (index != null) {
        return index;
      }
      groups.add(new GroupState(groupId));
      groupIndex.put(groupId, groups.size() - 1);
      return groups.size() - 1;
    }

    private int membership(int group, int account) {
      long key = ((long) group << 32) | (account & 0xFFFF_FFFFL);
      int index = membershipIndex.putIfAbsent(key, membershipMember.size());
      if (index != LongIntHashMap.ABSENT) {
        return index;
      }
      membershipMember.add(NO_RECORD);
      membershipJoinTime.add(NONE);
      membershipFirstSendTime.add(NONE);
      membershipFirstSendLine.add(0);
      membershipUnreadLine.add(0);
      return membershipMember.size() - 1;
    }

    private boolean accountValid(int account) {
      return accountDefinitions.get(account) > 0;
    }

    private boolean accountUndefined(int account) {
      return accountDefinitions.get(account) == 0;
    }

    // ---------------------------------------------------------------- problems

    private void report(HistoryRecord record, String field, String rule) {
      report(new Problem(record.line(), record.type(), sourceIdOf(record), field, rule));
    }

    private void report(Problem problem) {
      sink.problem(problem);
      problems++;
      problemLines.set((int) problem.line());
    }

    private Optional<String> sourceIdOf(HistoryRecord record) {
      if (record instanceof GroupMsgRecord) {
        return Optional.of(((GroupMsgRecord) record).sourceId());
      }
      if (record instanceof C2cMsgRecord) {
        return Optional.of(((C2cMsgRecord) record).sourceId());
      }
      return Optional.empty();
    }

    // ---------------------------------------------------------------- after the last line

    Plan finish(long lines) throws IOException {
      Plan.Builder plan = new Plan.Builder();
      plan.lines = lines;

      checkGroups();
      BitSet validMembers = checkMembers();
      BitSet validMessages = checkGroupMessages();
      BitSet validC2c = checkC2cMessages();
      BitSet validUnread = checkUnread(validMembers);

      plan.accountOffsets = planAccountOffsets;
      plan.accountLines = planAccountLines;
      plan.included[RecordType.ACCOUNT.ordinal()] = planAccountLines.size();

      List<GroupState> planGroups = new ArrayList<>();
      for (GroupState group : groups) {
        if (group.defined() && group.valid) {
          planGroups.add(group);
        } else if (group.defined() && !problemLines.get(group.line)) {
          plan.leftOut[RecordType.GROUP.ordinal()]++;
          plan.excluded.set(group.line);
        }
      }
      planGroups.sort(Comparator.comparingInt(group -> group.line));
      int[] planPosition = new int[groups.size()];
      Arrays.fill(planPosition, -1);
      int n = planGroups.size();
      plan.groupIds = new String[n];
      plan.groupTypes = new String[n];
      plan.groupOffsets = new long[n];
      plan.groupLines = new int[n];
      plan.groupCreateTimes = new long[n];
      for (int i = 0; i < n; i++) {
        GroupState group = planGroups.get(i);
        planPosition[groupIndex.get(group.groupId)] = i;
        plan.groupIds[i] = group.groupId;
        plan.groupTypes[i] = group.type;
        plan.groupOffsets[i] = group.offset;
        plan.groupLines[i] = group.line;
        plan.groupCreateTimes[i] = group.createTime;
      }
      plan.included[RecordType.GROUP.ordinal()] = n;

      plan.memberOffsets = memberOffsets;
      plan.memberLines = memberLines;
      plan.memberStart = new int[n + 1];
      plan.memberOrder = byGroup(memberGroups, memberLines, validMembers, planPosition, plan.memberStart, plan, RecordType.MEMBER);

      plan.messageOffsets = messageOffsets;
      plan.messageLines = messageLines;
      plan.messageRandoms = messageRandoms;
      plan.messageStart = new int[n + 1];
      plan.messageOrder = byGroup(messageGroups, messageLines, validMessages, planPosition, plan.messageStart, plan,
          RecordType.GROUP_MSG);

      plan.unreadOffsets = unreadOffsets;
      plan.unreadLines = unreadLines;
      plan.unreadStart = new int[n + 1];
      plan.unreadOrderByGroup = byGroup(unreadGroups, unreadLines, validUnread, planPosition, plan.unreadStart, plan,
          RecordType.UNREAD);
      plan.unreadOrder = validUnread.stream().toArray();

      plan.c2cOffsets = c2cOffsets;
      plan.c2cLines = c2cLines;
      byConversation(validC2c, plan);

      plan.problems = problems;
      plan.unrecognized = unrecognized;
      System.arraycopy(total, 0, plan.total, 0, total.length);
      plan.excluded.or(problemLines);
      return plan.build();
    }

    private void checkGroups() throws IOException {
      for (GroupState group : groups) {
        if (!group.defined()) {
          continue;
        }
        boolean parsed = group.type != null;
        if (parsed && !problemLines.get(group.line) && group.createTime != NONE) {
          if (group.minJoinTime != NONE && group.createTime >= group.minJoinTime) {
            report(new Problem(group.line, RecordType.GROUP, Optional.empty(), "CreateTime",
                "must be earlier than the JoinTime of the group's first member (line " + group.minJoinLine + ": "
                    + group.minJoinTime + " is not after " + group.createTime + ")"));
          }
          if (group.minSendTime != NONE && group.createTime >= group.minSendTime) {
            report(new Problem(group.line, RecordType.GROUP, Optional.empty(), "CreateTime",
                "must be earlier than the SendTime of the group's first message (line " + group.minSendLine + ": "
                    + group.minSendTime + " is not after " + group.createTime + ")"));
          }
        }
        if (parsed && group.owner != NO_RECORD && accountUndefined(group.owner)) {
          GroupRecord record = reread(group.offset, group.line, GroupRecord.class);
          report(record, "Owner_Account", "no account record defines " + record.group().ownerAccount().orElseThrow());
        }
        group.valid = parsed && !problemLines.get(group.line) && (group.owner == NO_RECORD || accountValid(group.owner));
      }
    }

    private BitSet checkMembers() throws IOException {
      BitSet valid = new BitSet();
      for (int k = 0; k < memberLines.size(); k++) {
        GroupState group = groups.get(memberGroups.get(k));
        int account = memberAccounts.get(k);
        int line = memberLines.get(k);
        MemberRecord record = null;
        if (!group.defined()) {
          record = reread(memberOffsets.get(k), line, MemberRecord.class);
          report(record, "GroupId", "no group record defines group " + group.groupId);
        }
        if (accountUndefined(account)) {
          record = record != null ? record : reread(memberOffsets.get(k), line, MemberRecord.class);
          report(record, "Member_Account", "no account record defines " + record.member().memberAccount());
        }
        int membership = membershipIndex.get(((long) memberGroups.get(k) << 32) | (account & 0xFFFF_FFFFL));
        long joinTime = membershipJoinTime.get(membership);
        long firstSendTime = membershipFirstSendTime.get(membership);
        if (group.defined() && group.type != null && !ImportGroupRequest.TYPE_CHAT_ROOM.equals(group.type)
            && membershipMember.get(membership) == k && joinTime != NONE && firstSendTime != NONE && firstSendTime < joinTime) {
          report(new Problem(line, RecordType.MEMBER, Optional.empty(), "JoinTime",
              "must not be later than the member's first message in group " + group.groupId + " (line "
                  + membershipFirstSendLine.get(membership) + ": " + firstSendTime + " < " + joinTime + "): in a "
                  + group.type + " group a member does not see the messages from before they joined"));
        }
        if (!problemLines.get(line) && group.valid && accountValid(account)) {
          valid.set(k);
        }
      }
      return valid;
    }

    private BitSet checkGroupMessages() throws IOException {
      BitSet valid = new BitSet();
      for (int k = 0; k < messageLines.size(); k++) {
        GroupState group = groups.get(messageGroups.get(k));
        int sender = messageSenders.get(k);
        int line = messageLines.get(k);
        GroupMsgRecord record = null;
        if (!group.defined()) {
          record = reread(messageOffsets.get(k), line, GroupMsgRecord.class);
          report(record, "GroupId", "no group record defines group " + group.groupId);
        }
        if (accountUndefined(sender)) {
          record = record != null ? record : reread(messageOffsets.get(k), line, GroupMsgRecord.class);
          report(record, "From_Account", "no account record defines " + record.message().fromAccount());
        }
        if (!problemLines.get(line) && group.valid && accountValid(sender)) {
          valid.set(k);
        }
      }
      return valid;
    }

    private BitSet checkC2cMessages() throws IOException {
      BitSet valid = new BitSet();
      for (int k = 0; k < c2cLines.size(); k++) {
        int from = c2cFrom.get(k);
        int to = c2cTo.get(k);
        int line = c2cLines.get(k);
        if (accountUndefined(from) || accountUndefined(to)) {
          C2cMsgRecord record = reread(c2cOffsets.get(k), line, C2cMsgRecord.class);
          if (accountUndefined(from)) {
            report(record, "From_Account", "no account record defines " + record.message().fromAccount());
          }
          if (accountUndefined(to) && to != from) {
            report(record, "To_Account", "no account record defines " + record.message().toAccount());
          }
        }
        if (!problemLines.get(line) && accountValid(from) && accountValid(to)) {
          valid.set(k);
        }
      }
      return valid;
    }

    private BitSet checkUnread(BitSet validMembers) throws IOException {
      BitSet valid = new BitSet();
      for (int k = 0; k < unreadLines.size(); k++) {
        int groupIndex = unreadGroups.get(k);
        GroupState group = groups.get(groupIndex);
        int account = unreadAccounts.get(k);
        int line = unreadLines.get(k);
        int member = membershipMember.get(membershipIndex.get(((long) groupIndex << 32) | (account & 0xFFFF_FFFFL)));
        boolean owner = group.owner == account;
        UnreadRecord record = null;
        if (!group.defined()) {
          record = reread(unreadOffsets.get(k), line, UnreadRecord.class);
          report(record, "GroupId", "no group record defines group " + group.groupId);
        }
        if (accountUndefined(account)) {
          record = record != null ? record : reread(unreadOffsets.get(k), line, UnreadRecord.class);
          report(record, "Member_Account", "no account record defines " + record.unread().memberAccount());
        } else if (group.defined() && member == NO_RECORD && !owner) {
          record = record != null ? record : reread(unreadOffsets.get(k), line, UnreadRecord.class);
          report(record, "Member_Account", record.unread().memberAccount() + " is not a member of group " + group.groupId
              + ": it has no member record and does not own the group");
        }
        boolean memberValid = owner || (member != NO_RECORD && validMembers.get(member));
        if (!problemLines.get(line) && group.valid && accountValid(account) && memberValid) {
          valid.set(k);
        }
      }
      return valid;
    }

    /**
     * The valid records of one kind, grouped by their group in plan order and in file order
     * within it; fills {@code start} (n + 1 entries) and the counts.
     */
    private int[] byGroup(IntColumn recordGroups, IntColumn lines, BitSet valid, int[] planPosition, int[] start,
        Plan.Builder plan, RecordType type) {
      int[] count = new int[start.length];
      for (int k = 0; k < recordGroups.size(); k++) {
        if (valid.get(k)) {
          count[planPosition[recordGroups.get(k)]]++;
        } else if (!problemLines.get(lines.get(k))) {
          plan.leftOut[type.ordinal()]++;
          plan.excluded.set(lines.get(k));
        }
      }
      for (int i = 0; i + 1 < start.length; i++) {
        start[i + 1] = start[i] + count[i];
      }
      int[] order = new int[start[start.length - 1]];
      int[] next = Arrays.copyOf(start, start.length - 1);
      for (int k = 0; k < recordGroups.size(); k++) {
        if (valid.get(k)) {
          order[next[planPosition[recordGroups.get(k)]]++] = k;
        }
      }
      plan.included[type.ordinal()] = order.length;
      return order;
    }

    private void byConversation(BitSet valid, Plan.Builder plan) {
      int conversations = conversationLastTime.size();
      int[] count = new int[conversations];
      for (int k = 0; k < c2cLines.size(); k++) {
        if (valid.get(k)) {
          count[c2cConversations.get(k)]++;
        } else if (!problemLines.get(c2cLines.get(k))) {
          plan.leftOut[RecordType.C2C_MSG.ordinal()]++;
          plan.excluded.set(c2cLines.get(k));
        }
      }
      int[] position = new int[conversations];
      int kept = 0;
      for (int c = 0; c < conversations; c++) {
        position[c] = count[c] > 0 ? kept++ : -1;
      }
      int[] start = new int[kept + 1];
      for (int c = 0; c < conversations; c++) {
        if (position[c] >= 0) {
          start[position[c] + 1] = count[c];
        }
      }
      for (int i = 0; i < kept; i++) {
        start[i + 1] += start[i];
      }
      int[] order = new int[start[kept]];
      int[] next = Arrays.copyOf(start, kept);
      for (int k = 0; k < c2cLines.size(); k++) {
        if (valid.get(k)) {
          order[next[position[c2cConversations.get(k)]]++] = k;
        }
      }
      plan.c2cOrder = order;
      plan.conversationStart = start;
      plan.included[RecordType.C2C_MSG.ordinal()] = order.length;
    }

    /** Reads a record again for what a problem found after the last line must name. */
    private <T extends HistoryRecord> T reread(long offset, int line, Class<T> type) throws IOException {
      HistoryRecord record = file.readAt(offset, line);
      if (!type.isInstance(record)) {
        throw new IOException("line " + line + " of " + file.path() + " is no longer the " + type.getSimpleName()
            + " it was (has the file changed while it was validated?)");
      }
      return type.cast(record);
    }
  }
}

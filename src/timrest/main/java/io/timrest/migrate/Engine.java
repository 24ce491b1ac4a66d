package io.timrest.migrate;

import io.timrest.AccountImportOutcome;
import io.timrest.AccountImportResult;
import io.timrest.ImportMsgOutcome;
import io.timrest.ImportResult;
import io.timrest.MemberImportOutcome;
import io.timrest.MemberImportResult;
import io.timrest.TimApiException;
import io.timrest.TimRestClient;
import io.timrest.TimRestException;
import io.timrest.TimTransportException;
import io.timrest.TimValidationException;
import io.timrest.migrate.Lanes.Lane;
import io.timrest.migrate.Lanes.Step;
import io.timrest.model.AccountImportRequest;
import io.timrest.model.GroupMsg;
import io.timrest.model.GroupMsgGetSimpleRequest;
import io.timrest.model.GroupMsgGetSimpleResponse;
import io.timrest.model.ImportGroupMember;
import io.timrest.model.ImportGroupMemberRequest;
import io.timrest.model.ImportGroupMsgRequest;
import io.timrest.model.ImportMsg;
import io.timrest.model.MultiaccountImportRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Executes a {@link Plan} in the documented migration order: accounts, then every group's lane
 * (import_group, import_group_member, import_group_msg in batches, then set_unread_msg_num)
 * beside every one-to-one conversation's lane (importmsg). Lanes advance side by side, so the file's
 * order does not matter. After every confirmed step the lane's count goes to the checkpoint.
 *
 * <p>Exactly once: every value the server de-duplicates on is derived from the file (the plan's
 * group {@code Random}s, {@link Ids} for one-to-one messages), so a re-sent request is the same
 * request. A group batch whose outcome is unknown (a transport failure or a retryable error code
 * after the client's retries, or the batch in flight when an earlier run stopped) is not re-sent
 * blindly, because the server's de-duplication of group messages lasts 5 minutes only: the lane
 * first asks the server which of the batch's messages it holds ({@code group_msg_get_simple}
 * returns each message's {@code MsgRandom}) and continues after the last of them. One-to-one
 * imports are de-duplicated by the server for good, members answer "already a member", a group
 * "GroupId in use", and accounts and unread counts are idempotent, so those are simply sent again.
 */
final class Engine {
  /** Accounts are imported in lanes of 100-account calls; fixed, because the checkpoint names lanes. */
  static final int ACCOUNT_LANES = 16;
  static final int ACCOUNTS_PER_CALL = MultiaccountImportRequest.ACCOUNT_LIST_MAX_ITEMS;
  /** The client's default limit of import_group_member (the newest page's 20). */
  static final int MEMBERS_PER_CALL = 20;
  static final int MESSAGES_PER_CALL = ImportGroupMsgRequest.MSG_LIST_MAX_ITEMS;
  /** How many messages after the checkpointed ones a reconciliation looks for on the server. */
  static final int RECONCILE_WINDOW = 20 * MESSAGES_PER_CALL;
  /** group_msg_get_simple returns at most 20 messages a call. */
  private static final int PAGE = GroupMsgGetSimpleRequest.REQ_MSG_NUMBER_MAXIMUM;
  /**
   * After this many consecutive transport failures of one lane the run stops (the checkpoint keeps
   * what is done), after about a minute of back-offs.
   */
  static final int MAX_CONSECUTIVE_TRANSPORT_FAILURES = 8;
  /**
   * After this many failed calls of any lanes, each after the client's own retries, the run stops
   * when the service has answered none of its calls: a second chance, so that one unlucky first
   * call does not end a run.
   */
  static final int FAILURES_BEFORE_AN_ANSWER = 2;
  private static final Duration FIRST_BACKOFF = Duration.ofMillis(500);
  private static final Duration MAX_BACKOFF = Duration.ofSeconds(20);
  /**
   * Codes that say a group cannot receive anything: the rest of its lane fails without calls.
   * Longs, as {@link TimApiException#errorCode()} is one: a set of Integers never contains it.
   */
  private static final Set<Long> GROUP_GONE = Set.of(10007L, 10010L, 10015L);

  private final TimRestClient client;
  private final HistoryFile file;
  private final Plan plan;
  private final Checkpoint checkpoint;
  private final Report report;
  private final Progress progress;
  private final int parallelism;
  /**
   * Whether an earlier run left the checkpoint, known before this run writes to it: the account
   * phase's entries must not make a first run reconcile every group as if it resumed one.
   */
  private final boolean resumed;
  private final long refusedEarlier;
  /** Whether the service answered any call of this run. */
  private final AtomicBoolean answered = new AtomicBoolean();
  /** The calls that failed before the service answered one. */
  private final AtomicInteger failuresBeforeAnAnswer = new AtomicInteger();

  Engine(TimRestClient client, HistoryFile file, Plan plan, Checkpoint checkpoint, Report report,
      Progress progress, int parallelism) {
    this.client = client;
    this.file = file;
    this.plan = plan;
    this.checkpoint = checkpoint;
    this.report = report;
    this.progress = progress;
    this.parallelism = parallelism;
    this.resumed = checkpoint.isResumed();
    this.refusedEarlier = checkpoint.sum("f");
  }

  /** How many records earlier runs reported as refused, by the checkpoint (this run counts them as done earlier). */
  long refusedEarlier() {
    return refusedEarlier;
  }

  /** Thrown by a lane that cannot reach the service; stops the run. */
  static final class TransportAbort extends Exception {
    private static final long serialVersionUID = 1L;

    TransportAbort(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** Runs the three phases; throws {@link TransportAbort} when the service stays unreachable. */
  void run() throws Exception {
    List<Lane> accounts = new ArrayList<>();
    int accountCalls = (plan.accountCount() + ACCOUNTS_PER_CALL - 1) / ACCOUNTS_PER_CALL;
    for (int lane = 0; lane < Math.min(ACCOUNT_LANES, accountCalls); lane++) {
      accounts.add(new AccountLane(lane, accountCalls));
    }
    Lanes.run(accounts, parallelism, "timrest-migrate-accounts");

    List<Lane> conversations = new ArrayList<>();
    for (int g = 0; g < plan.groups().size(); g++) {
      conversations.add(new GroupLane(g));
    }
    for (int c = 0; c < plan.conversationCount(); c++) {
      conversations.add(new C2cLane(c));
    }
    Lanes.run(conversations, parallelism, "timrest-migrate");
  }

  /** Makes a call of the client, and notes whether the service answered it, with a result or an error code. */
  private <T> T call(Supplier<T> call) {
    try {
      T result = call.get();
      answered.set(true);
      return result;
    } catch (TimApiException e) {
      answered.set(true);
      throw e;
    }
  }

  /** The back-off before the next attempt of a lane after {@code failures} consecutive failures. */
  private static Duration backoff(int failures) {
    long millis = FIRST_BACKOFF.toMillis() << Math.min(failures - 1, 10);
    return Duration.ofMillis(Math.min(millis, MAX_BACKOFF.toMillis()));
  }

  /**
   * What every lane shares: its consecutive failures, what to do with a failed call, and its
   * records the server refused, counted in the checkpoint under {@code f<name>} in the same write
   * as the step that reported them, so that a later run knows of them without counting any twice.
   */
  private abstract class BaseLane implements Lane {
    private final String failedKey;
    private int transportFailures;
    private long refused;

    BaseLane(String name) {
      this.failedKey = "f" + name;
      this.refused = checkpoint.count(failedKey);
    }

    /** Records that the first {@code count} records of {@code key} are done, with the lane's refusals. */
    final void done(String key, long count) {
      Map<String, Long> entries = new LinkedHashMap<>();
      entries.put(key, count);
      done(entries);
    }

    /**
     * Records several counts of the lane in one write: a crash keeps all of them or none. The
     * report's entries go to the file first: once the checkpoint says a record is done, no later
     * run reports it, so after {@code kill -9} its entry must not be left in a buffer.
     */
    final void done(Map<String, Long> counts) {
      Map<String, Long> entries = new LinkedHashMap<>();
      // First: a write torn by a power loss keeps the refusals rather than the counts after them,
      // and a refusal counted twice (the step is done again) is better than one forgotten.
      entries.put(failedKey, refused);
      entries.putAll(counts);
      try {
        report.flush();
      } catch (IOException e) {
        throw new UncheckedIOException("writing the report", e);
      }
      try {
        checkpoint.done(entries);
      } catch (IOException e) {
        throw new UncheckedIOException("writing the checkpoint " + checkpoint.path(), e);
      }
    }

    /**
     * Reports a record the server did not take: {@code code} is the server's code (0 when the
     * refusal was not the server's, with {@code field} naming what the client refused).
     */
    final void failed(HistoryRecord record, String sourceId, long code, String field, String reason) {
      report.failure(record.line(), record.type(), Optional.ofNullable(sourceId), code, field, reason);
      progress.recordDone(record.type(), Outcome.FAILED);
      refused++;
    }

    final void failed(HistoryRecord record, String sourceId, TimRestException e) {
      if (e instanceof TimApiException) {
        failed(record, sourceId, ((TimApiException) e).errorCode(), "", e.getMessage());
      } else if (e instanceof TimValidationException) {
        failed(record, sourceId, 0, ((TimValidationException) e).field(), e.getMessage());
      } else {
        failed(record, sourceId, 0, "", e.getMessage());
      }
    }

    /** A call of the lane worked: the failure streak ends. */
    final void succeeded() {
      transportFailures = 0;
    }

    /**
     * The wait after a transport failure, or a {@link TransportAbort} when there were too many in
     * a row, or too many while the service has not answered a single call of this run: that is
     * not an outage to wait out but a service that is not there (a wrong URL, a service down).
     */
    final Step afterTransportFailure(TimTransportException e) throws TransportAbort {
      if (!answered.get() && failuresBeforeAnAnswer.incrementAndGet() >= FAILURES_BEFORE_AN_ANSWER) {
        transportFailures++;
        throw new TransportAbort("the service answered no call: " + FAILURES_BEFORE_AN_ANSWER + " calls failed: "
            + e.getMessage(), e);
      }
      return afterFailedCall(e);
    }

    /** The wait after a retryable API error the client's retries did not overcome. */
    final Step afterRetryableApiError(TimApiException e) throws TransportAbort {
      return afterFailedCall(e);
    }

    /** One more failure in the lane's streak: the back-off, or a {@link TransportAbort} when the streak is too long. */
    private Step afterFailedCall(TimRestException e) throws TransportAbort {
      transportFailures++;
      if (transportFailures >= MAX_CONSECUTIVE_TRANSPORT_FAILURES) {
        throw new TransportAbort(transportFailures + " calls in a row failed: " + e.getMessage(), e);
      }
      return Step.after(backoff(transportFailures));
    }
  }

  /** Reads one record of the plan. */
  private HistoryRecord read(long offset, long line) {
    try {
      return file.readAt(offset, line);
    } catch (IOException e) {
      throw new UncheckedIOException("reading line " + line + " of the history file", e);
    }
  }

  /**
   * Chunks lane, lane + lanes, lane + 2 lanes, ... of 100 accounts each; key {@code a<lane>} counts
   * chunks, {@code fa<lane>} accounts refused.
   */
  private final class AccountLane extends BaseLane {
    private final int lane;
    private final int calls;
    private int chunksDone;

    AccountLane(int lane, int calls) {
      super("a" + lane);
      this.lane = lane;
      this.calls = calls;
      this.chunksDone = (int) checkpoint.count(key());
      for (int chunk = 0; chunk < chunksDone; chunk++) {
        int first = chunkIndex(chunk) * ACCOUNTS_PER_CALL;
        int last = Math.min(first + ACCOUNTS_PER_CALL, plan.accountCount());
        progress.doneEarlier(RecordType.ACCOUNT, last - first);
      }
    }

    private String key() {
      return "a" + lane;
    }

    private int chunkIndex(int chunk) {
      return lane + chunk * ACCOUNT_LANES;
    }

    @Override
    public Step step() throws TransportAbort {
      int index = chunkIndex(chunksDone);
      if (index >= calls) {
        return Step.DONE;
      }
      int first = index * ACCOUNTS_PER_CALL;
      int last = Math.min(first + ACCOUNTS_PER_CALL, plan.accountCount());
      List<AccountRecord> records = new ArrayList<>();
      List<AccountImportRequest> accounts = new ArrayList<>();
      for (int i = first; i < last; i++) {
        AccountRecord record = (AccountRecord) read(plan.accountOffset(i), plan.accountLine(i));
        records.add(record);
        accounts.add(record.account());
      }
      try {
        AccountImportResult result =
            call(() -> client.multiaccountImport(MultiaccountImportRequest.builder().accountList(accounts).build()));
        succeeded();
        for (AccountImportOutcome outcome : result.outcomes()) {
          AccountRecord record = records.get(outcome.index());
          if (outcome.isImported()) {
            progress.recordDone(RecordType.ACCOUNT, Outcome.IMPORTED);
          } else {
            failed(record, null, 0, "UserID", "multiaccount_import listed " + outcome.userId() + " in FailAccounts");
          }
        }
      } catch (TimTransportException e) {
        return afterTransportFailure(e);
      } catch (TimApiException e) {
        if (e.isRetryable()) {
          return afterRetryableApiError(e);
        }
        for (AccountRecord record : records) {
          failed(record, null, e);
        }
      } catch (TimValidationException e) {
        for (AccountRecord record : records) {
          failed(record, null, e);
        }
      }
      chunksDone++;
      done(key(), chunksDone);
      return Step.MORE;
    }
  }

  /**
   * One group: import_group, then its members 20 a call, then its messages 7 a call, then its
   * unread counts, strictly in file order. Keys: {@code g<i>} (1 when the group exists, or when
   * it was refused and everything of its lane reported), {@code m<i>} members done, {@code s<i>}
   * messages done, {@code u<i>} unread counts done, {@code fg<i>} records refused.
   */
  private final class GroupLane extends BaseLane {
    private final Plan.Group group;
    private final int index;
    private boolean created;
    private int membersDone;
    private int messagesDone;
    private int unreadDone;
    private boolean reconcile;

    GroupLane(int index) {
      super("g" + index);
      this.index = index;
      this.group = plan.groups().get(index);
      this.created = checkpoint.count("g" + index) > 0;
      this.membersDone = (int) checkpoint.count("m" + index);
      this.messagesDone = (int) checkpoint.count("s" + index);
      this.unreadDone = (int) checkpoint.count("u" + index);
      // The batch in flight when an earlier run stopped may have reached the server.
      this.reconcile = resumed && messagesDone < group.messageCount();
      if (created) {
        progress.doneEarlier(RecordType.GROUP, 1);
      }
      progress.doneEarlier(RecordType.MEMBER, membersDone);
      progress.doneEarlier(RecordType.GROUP_MSG, messagesDone);
      progress.doneEarlier(RecordType.UNREAD, unreadDone);
    }

    @Override
    public Step step() throws TransportAbort {
      try {
        if (!created) {
          return createGroup();
        }
        if (membersDone < group.memberCount()) {
          return importMembers();
        }
        if (messagesDone < group.messageCount()) {
          if (reconcile) {
            try {
              reconcileWithServer();
            } catch (TimApiException e) {
              if (e.isRetryable()) {
                return afterRetryableApiError(e);
              }
              failRemainingMessages(e.errorCode(), "the group's messages cannot be read back: " + e.getMessage());
              done("s" + index, messagesDone);
              return Step.MORE;
            }
            succeeded();
            reconcile = false;
            return Step.MORE;
          }
          return importMessages();
        }
        if (unreadDone < group.unreadCount()) {
          return setUnread();
        }
        return Step.DONE;
      } catch (TimTransportException e) {
        if (created && membersDone >= group.memberCount()) {
          reconcile = true; // a batch may have reached the server
        }
        return afterTransportFailure(e);
      }
    }

    private Step createGroup() throws TransportAbort {
      GroupRecord record = (GroupRecord) read(group.offset(), group.line());
      try {
        call(() -> client.importGroup(record.group()));
        succeeded();
        progress.recordDone(RecordType.GROUP, Outcome.IMPORTED);
      } catch (TimApiException e) {
        if (e.errorCode() == 10021) { // the GroupId is in use: an earlier run created it
          succeeded();
          progress.recordDone(RecordType.GROUP, Outcome.ALREADY_PRESENT);
        } else if (e.isRetryable()) {
          return afterRetryableApiError(e);
        } else {
          return groupFailed(record, e);
        }
      } catch (TimValidationException e) {
        return groupFailed(record, e);
      }
      created = true;
      done("g" + index, 1);
      return Step.MORE;
    }

    /** The group cannot be imported: it, its members, its messages and unread counts are reported, without calls. */
    private Step groupFailed(GroupRecord record, TimRestException e) {
      failed(record, null, e);
      long code = e instanceof TimApiException ? ((TimApiException) e).errorCode() : 0;
      String because = "its group " + group.groupId() + " (line " + group.line() + ") was not imported: " + e.getMessage();
      for (int i = membersDone; i < group.memberCount(); i++) {
        failed(read(group.memberOffset(i), group.memberLine(i)), null, code, "GroupId", because);
      }
      membersDone = group.memberCount();
      failRemainingMessages(code, because);
      failRemainingUnread(code, because);
      doneWithTheLane();
      return Step.DONE;
    }

    /** Every step of the lane is done: the counts of all its keys in one write. */
    private void doneWithTheLane() {
      Map<String, Long> counts = new LinkedHashMap<>();
      counts.put("g" + index, 1L); // the group is imported, present, or reported as refused
      counts.put("m" + index, (long) membersDone);
      counts.put("s" + index, (long) messagesDone);
      counts.put("u" + index, (long) unreadDone);
      done(counts);
    }

    /** The group cannot receive anything ({@link #GROUP_GONE}): the rest of its lane is reported, without calls. */
    private Step groupGone(TimApiException e) {
      for (int i = membersDone; i < group.memberCount(); i++) {
        failed(read(group.memberOffset(i), group.memberLine(i)), null, e.errorCode(), "GroupId", e.getMessage());
      }
      membersDone = group.memberCount();
      failRemainingMessages(e.errorCode(), e.getMessage());
      failRemainingUnread(e.errorCode(), e.getMessage());
      doneWithTheLane();
      return Step.DONE;
    }

    private void failRemainingMessages(long code, String reason) {
      for (int i = messagesDone; i < group.messageCount(); i++) {
        GroupMsgRecord record = (GroupMsgRecord) read(group.messageOffset(i), group.messageLine(i));
        failed(record, record.sourceId(), code, "GroupId", reason);
      }
      messagesDone = group.messageCount();
    }

    private void failRemainingUnread(long code, String reason) {
      for (int i = unreadDone; i < group.unreadCount(); i++) {
        failed(read(group.unreadOffset(i), group.unreadLine(i)), null, code, "GroupId", reason);
      }
      unreadDone = group.unreadCount();
    }

    private Step importMembers() throws TransportAbort {
      int last = Math.min(membersDone + MEMBERS_PER_CALL, group.memberCount());
      List<MemberRecord> records = new ArrayList<>();
      List<ImportGroupMember> members = new ArrayList<>();
      for (int i = membersDone; i < last; i++) {
        MemberRecord record = (MemberRecord) read(group.memberOffset(i), group.memberLine(i));
        records.add(record);
        members.add(record.member());
      }
      try {
        MemberImportResult result = call(() -> client.importGroupMember(
            ImportGroupMemberRequest.builder().groupId(group.groupId()).memberList(members).build()));
        succeeded();
        for (MemberImportOutcome outcome : result.outcomes()) {
          switch (outcome.kind()) {
            case IMPORTED:
              progress.recordDone(RecordType.MEMBER, Outcome.IMPORTED);
              break;
            case ALREADY_MEMBER:
              progress.recordDone(RecordType.MEMBER, Outcome.ALREADY_PRESENT);
              break;
            default:
              failed(records.get(outcome.index()), null, outcome.result().result(), "Member_Account",
                  "import_group_member answered Result " + outcome.result().result()
                      + result.response().errorInfo().filter(info -> !info.isEmpty()).map(info -> ": " + info).orElse(""));
          }
        }
      } catch (TimApiException e) {
        if (e.isRetryable()) {
          return afterRetryableApiError(e);
        }
        if (GROUP_GONE.contains(e.errorCode())) {
          return groupGone(e);
        }
        for (MemberRecord record : records) {
          failed(record, null, e);
        }
      } catch (TimValidationException e) {
        for (MemberRecord record : records) {
          failed(record, null, e);
        }
      }
      membersDone = last;
      done("m" + index, membersDone);
      return Step.MORE;
    }

    private Step importMessages() throws TransportAbort {
      int last = Math.min(messagesDone + MESSAGES_PER_CALL, group.messageCount());
      List<GroupMsgRecord> records = new ArrayList<>();
      List<ImportMsg> messages = new ArrayList<>();
      for (int i = messagesDone; i < last; i++) {
        GroupMsgRecord record = (GroupMsgRecord) read(group.messageOffset(i), group.messageLine(i));
        records.add(record);
        messages.add(record.message().toBuilder().random(group.messageRandom(i)).build());
      }
      try {
        ImportResult result = call(() -> client.importGroupMsg(
            ImportGroupMsgRequest.builder().groupId(group.groupId()).msgList(messages).build()));
        succeeded();
        for (ImportMsgOutcome outcome : result.outcomes()) {
          GroupMsgRecord record = records.get(outcome.index());
          if (outcome.isImported()) {
            progress.recordDone(RecordType.GROUP_MSG, Outcome.IMPORTED);
          } else {
            failed(record, record.sourceId(), outcome.resultCode(), "",
                "import_group_msg answered Result " + outcome.resultCode() + " (" + outcome.kind() + ")"
                    + result.response().errorInfo().filter(info -> !info.isEmpty()).map(info -> ": " + info).orElse(""));
          }
        }
      } catch (TimApiException e) {
        if (e.isRetryable()) {
          // A retryable code does not say that nothing was stored: an internal error or a timeout
          // may follow the commit, and the client's earlier attempts may have been committed.
          reconcile = true;
          return afterRetryableApiError(e);
        }
        if (GROUP_GONE.contains(e.errorCode())) {
          return groupGone(e);
        }
        for (GroupMsgRecord record : records) {
          failed(record, record.sourceId(), e);
        }
      } catch (TimValidationException e) {
        for (GroupMsgRecord record : records) {
          failed(record, record.sourceId(), e);
        }
      }
      messagesDone = last;
      done("s" + index, messagesDone);
      return Step.MORE;
    }

    /** One unread count, after all the group's messages are in (importing them set every count to 0). */
    private Step setUnread() throws TransportAbort {
      UnreadRecord record = (UnreadRecord) read(group.unreadOffset(unreadDone), group.unreadLine(unreadDone));
      try {
        call(() -> client.setUnreadMsgNum(record.unread()));
        succeeded();
        progress.recordDone(RecordType.UNREAD, Outcome.IMPORTED);
      } catch (TimApiException e) {
        if (e.isRetryable()) {
          return afterRetryableApiError(e);
        }
        failed(record, null, e);
      } catch (TimValidationException e) {
        failed(record, null, e);
      }
      unreadDone++;
      done("u" + index, unreadDone);
      return Step.MORE;
    }

    /**
     * Learns from the server which of the messages after the checkpointed ones it holds: pages
     * back from the group's newest message to the first of them, collecting {@code MsgRandom}s.
     * Every message up to the last one found is done: found ones are imported, the others in
     * between were refused one by one in a batch whose answer was lost (reported as failed).
     */
    private void reconcileWithServer() {
      int last = Math.min(messagesDone + RECONCILE_WINDOW, group.messageCount());
      List<GroupMsgRecord> window = new ArrayList<>();
      for (int i = messagesDone; i < last; i++) {
        window.add((GroupMsgRecord) read(group.messageOffset(i), group.messageLine(i)));
      }
      long firstSendTime = window.get(0).message().sendTime();
      Map<Long, Long> onServer = new HashMap<>(); // MsgRandom -> MsgSeq
      Long before = null;
      while (true) {
        GroupMsgGetSimpleRequest.Builder page = GroupMsgGetSimpleRequest.builder().groupId(group.groupId()).reqMsgNumber(PAGE);
        if (before != null) {
          page.reqMsgSeq(before);
        }
        GroupMsgGetSimpleResponse response = call(() -> client.groupMsgGetSimple(page.build()));
        List<GroupMsg> messages = response.rspMsgList();
        long oldestSeq = Long.MAX_VALUE;
        long oldestTime = Long.MAX_VALUE;
        for (GroupMsg message : messages) {
          message.msgRandom().ifPresent(random -> onServer.put(random, message.msgSeq()));
          oldestSeq = Math.min(oldestSeq, message.msgSeq());
          oldestTime = Math.min(oldestTime, message.msgTimeStamp().orElse(Long.MAX_VALUE));
        }
        boolean finished = messages.isEmpty() || response.isFinished() != 0 || oldestSeq <= 1;
        if (finished || oldestTime < firstSendTime) {
          break;
        }
        before = oldestSeq - 1;
      }
      int lastFound = -1;
      for (int i = 0; i < window.size(); i++) {
        if (onServer.containsKey(group.messageRandom(messagesDone + i))) {
          lastFound = i;
        }
      }
      for (int i = 0; i <= lastFound; i++) {
        GroupMsgRecord record = window.get(i);
        if (onServer.containsKey(group.messageRandom(messagesDone + i))) {
          progress.recordDone(RecordType.GROUP_MSG, Outcome.IMPORTED);
        } else {
          failed(record, record.sourceId(), 0, "",
              "not on the server although a later message of its batch is: the server refused it, and its"
                  + " per-message Result was lost with the answer");
        }
      }
      messagesDone += lastFound + 1;
      done("s" + index, messagesDone);
    }
  }

  /**
   * One one-to-one conversation, a message a call in file order; key {@code c<i>} counts messages
   * done, {@code fc<i>} messages refused.
   */
  private final class C2cLane extends BaseLane {
    private final Plan.Conversation conversation;
    private final int index;
    private int done;

    C2cLane(int index) {
      super("c" + index);
      this.index = index;
      this.conversation = plan.conversation(index);
      this.done = (int) checkpoint.count("c" + index);
      progress.doneEarlier(RecordType.C2C_MSG, done);
    }

    @Override
    public Step step() throws TransportAbort {
      if (done >= conversation.messageCount()) {
        return Step.DONE;
      }
      // The record's MsgSeq and MsgRandom are derived from its SourceId when the file has none (Ids).
      C2cMsgRecord record = (C2cMsgRecord) read(conversation.messageOffset(done), conversation.messageLine(done));
      try {
        call(() -> client.importC2cMsg(record.message()));
        succeeded();
        progress.recordDone(RecordType.C2C_MSG, Outcome.IMPORTED);
      } catch (TimTransportException e) {
        return afterTransportFailure(e); // sent again: the server keeps one copy for good
      } catch (TimApiException e) {
        if (e.isRetryable()) {
          return afterRetryableApiError(e);
        }
        failed(record, record.sourceId(), e);
      } catch (TimValidationException e) {
        failed(record, record.sourceId(), e);
      }
      done++;
      done("c" + index, done);
      return Step.MORE;
    }
  }
}

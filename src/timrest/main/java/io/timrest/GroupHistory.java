package io.timrest;

import io.timrest.model.GroupMsg;
import io.timrest.model.GroupMsgGetSimpleRequest;
import io.timrest.model.GroupMsgGetSimpleResponse;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A group's history, newest first, paged backwards with {@code group_msg_get_simple}: each page
 * asks for the messages up to the previous page's smallest {@code MsgSeq} minus one (the page's
 * own paging rule, docs/server-rules.md §2). The walk ends after a page that says
 * {@code IsFinished} 1 (nothing older) or 2 (the older messages have expired), an empty page, or a
 * page that reaches {@code MsgSeq} 1. Deleted and expired messages keep their {@code MsgSeq} and
 * come back as placeholders ({@code IsPlaceMsg} 1), so they never end the walk early.
 */
final class GroupHistory {
  static final String OPERATION = "v4/group_open_http_svc/group_msg_get_simple";
  /** The most messages one call returns (the spec's {@code ReqMsgNumber} maximum). */
  static final int PAGE_SIZE = GroupMsgGetSimpleRequest.REQ_MSG_NUMBER_MAXIMUM;
  private static final int MORE_REMAIN = 0;

  private GroupHistory() {
  }

  /** The first page's request for the whole history of {@code groupId}. */
  static GroupMsgGetSimpleRequest wholeHistory(String groupId) {
    return GroupMsgGetSimpleRequest.builder().groupId(groupId).reqMsgNumber(PAGE_SIZE).build();
  }

  static Stream<GroupMsg> messages(
      GroupMsgGetSimpleRequest first, Function<GroupMsgGetSimpleRequest, GroupMsgGetSimpleResponse> fetch) {
    return PageWalk.stream(first, fetch, GroupMsgGetSimpleResponse::rspMsgList, GroupHistory::next);
  }

  /** The request of the page after {@code answer}, or empty when {@code answer} was the last one. */
  static Optional<GroupMsgGetSimpleRequest> next(GroupMsgGetSimpleRequest sent, GroupMsgGetSimpleResponse answer) {
    List<GroupMsg> messages = answer.rspMsgList();
    if (messages.isEmpty() || answer.isFinished() != MORE_REMAIN) {
      return Optional.empty();
    }
    long smallest = Long.MAX_VALUE;
    for (GroupMsg message : messages) {
      smallest = Math.min(smallest, message.msgSeq());
    }
    long upTo = sent.reqMsgSeq().orElse(Long.MAX_VALUE);
    if (smallest > upTo || smallest < 1) {
      // Asking again from there would repeat pages forever, or ask for MsgSeq 0.
      throw new TimTransportException(OPERATION, "RspMsgList holds MsgSeq " + smallest + ", outside 1.." + upTo
          + " that the request asked for", 0, true, sent, null);
    }
    if (smallest == 1) {
      return Optional.empty();
    }
    return Optional.of(sent.toBuilder().reqMsgSeq(smallest - 1).build());
  }
}

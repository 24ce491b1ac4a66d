package io.timrest;

import io.timrest.model.AdminGetRoamMsgRequest;
import io.timrest.model.AdminGetRoamMsgResponse;
import io.timrest.model.C2cMsg;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A one-to-one conversation's messages in a time range, newest first, paged backwards with
 * {@code admin_getroammsg}: while an answer says {@code Complete} 0, the next request repeats the
 * previous one with {@code MaxTime} set to the answer's {@code LastMsgTime} and {@code LastMsgKey}
 * to its {@code LastMsgKey}, as the page's example does. Both are needed: several messages can
 * share a second, and {@code MaxTime} alone would return the ones of {@code LastMsgTime} again
 * (or, with {@code LastMsgTime - 1}, skip those not yet returned); the key says where in that
 * second the previous page stopped. A page may hold fewer than {@code MaxCnt} messages (the server
 * also cuts a page at its answer-size limit), so only {@code Complete} 1 ends the walk, or an
 * empty page, after which there is no key to continue from.
 *
 * <p>A page lists its messages oldest first (the page's example, and the emulator); they are
 * reversed, so the whole stream is newest first.
 */
final class ConversationHistory {
  static final String OPERATION = "v4/openim/admin_getroammsg";
  /** Messages asked for per call: the page's example asks for 100 (the server may return fewer). */
  static final int PAGE_SIZE = 100;
  private static final int MORE_REMAIN = 0;

  private ConversationHistory() {
  }

  /** The first page's request for the conversation of two accounts in {@code minTime..maxTime}. */
  static AdminGetRoamMsgRequest range(String operatorAccount, String peerAccount, long minTime, long maxTime) {
    return AdminGetRoamMsgRequest.builder()
        .operatorAccount(operatorAccount)
        .peerAccount(peerAccount)
        .maxCnt(PAGE_SIZE)
        .minTime(minTime)
        .maxTime(maxTime)
        .build();
  }

  static Stream<C2cMsg> messages(
      AdminGetRoamMsgRequest first, Function<AdminGetRoamMsgRequest, AdminGetRoamMsgResponse> fetch) {
    return PageWalk.stream(first, fetch, ConversationHistory::newestFirst, ConversationHistory::next);
  }

  private static List<C2cMsg> newestFirst(AdminGetRoamMsgResponse answer) {
    List<C2cMsg> messages = new ArrayList<>(answer.msgList());
    Collections.reverse(messages);
    return messages;
  }

  /** The request of the page after {@code answer}, or empty when {@code answer} was the last one. */
  static Optional<AdminGetRoamMsgRequest> next(AdminGetRoamMsgRequest sent, AdminGetRoamMsgResponse answer) {
    if (answer.complete() != MORE_REMAIN || answer.msgList().isEmpty()) {
      return Optional.empty();
    }
    String lastKey = answer.lastMsgKey();
    long lastTime = answer.lastMsgTime();
    if (lastKey.isEmpty()) {
      throw contradiction(sent, "Complete is 0 without a LastMsgKey to continue from");
    }
    if (lastKey.equals(sent.lastMsgKey().orElse(null))) {
      // The same key again would fetch the same page forever.
      throw contradiction(sent, "Complete is 0 and LastMsgKey is the one the request continued from");
    }
    if (lastTime < sent.minTime() || lastTime > sent.maxTime()) {
      throw contradiction(sent, "LastMsgTime " + lastTime + " is outside MinTime..MaxTime " + sent.minTime() + ".."
          + sent.maxTime());
    }
    return Optional.of(sent.toBuilder().maxTime(lastTime).lastMsgKey(lastKey).build());
  }

  private static TimTransportException contradiction(AdminGetRoamMsgRequest sent, String problem) {
    return new TimTransportException(OPERATION, problem + ": the conversation cannot be paged on", 0, true, sent, null);
  }
}

package io.timrest;

import io.timrest.model.ImportGroupMsgRequest;
import io.timrest.model.ImportGroupMsgResponse;
import io.timrest.model.ImportMsgResult;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The checked outcome of an import: one {@link ImportMsgOutcome} per message sent, in order. An
 * import is a partial success when some messages fail ({@code Result} non-zero) while others are
 * imported: {@link #failed()} lists them and {@link #requireAllImported()} turns them into an
 * exception.
 */
public final class ImportResult extends TimResult {
  private final ImportGroupMsgRequest request;
  private final ImportGroupMsgResponse response;
  private final List<ImportMsgOutcome> outcomes;

  private ImportResult(Exchange.Attempt attempt, ImportGroupMsgRequest request, ImportGroupMsgResponse response, List<ImportMsgOutcome> outcomes) {
    super(attempt);
    this.request = request;
    this.response = response;
    this.outcomes = outcomes;
  }

  /**
   * Pairs each result with the message it belongs to. The server answers one result per message, in
   * request order; an answer with another count cannot be paired, and an imported message
   * ({@code Result} 0) without a positive {@code MsgSeq} and a non-negative {@code MsgTime}
   * contradicts the request: both are a {@link TimTransportException}.
   */
  static ImportResult of(Exchange.Attempt attempt, ImportGroupMsgRequest request, ImportGroupMsgResponse response) {
    List<ImportMsgResult> results = response.importMsgResult();
    int sent = request.msgList().size();
    if (results.size() != sent) {
      throw new TimTransportException(
          attempt.operation(), "ImportMsgResult has " + results.size() + " entries for " + sent + " messages sent", 0, null);
    }
    for (int i = 0; i < sent; i++) {
      ImportMsgResult result = results.get(i);
      // An imported message has its place in the group: a positive MsgSeq and a time. Without
      // them, the answer cannot be what the server says of an import.
      if (result.result() == 0
          && (result.msgSeq().orElse(0L) <= 0 || result.msgTime().orElse(-1L) < 0)) {
        throw new TimTransportException(
            attempt.operation(), "ImportMsgResult[" + i + "] has Result 0 without a positive MsgSeq and a MsgTime",
            0, true, request, null);
      }
    }
    List<ImportMsgOutcome> outcomes = new ArrayList<>(sent);
    for (int i = 0; i < sent; i++) {
      outcomes.add(new ImportMsgOutcome(i, request.msgList().get(i), results.get(i)));
    }
    return new ImportResult(attempt, request, response, Collections.unmodifiableList(outcomes));
  }

  /**
   * Every message's outcome, in {@code MsgList} order.
   *
   * @return an unmodifiable list with one outcome per message sent
   */
  public List<ImportMsgOutcome> outcomes() {
    return outcomes;
  }

  /**
   * The messages that were not imported.
   *
   * @return an unmodifiable list in {@code MsgList} order; empty when every message was imported
   */
  public List<ImportMsgOutcome> failed() {
    return outcomes.stream().filter(o -> !o.isImported()).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Whether every message was imported.
   *
   * @return true when {@link #failed()} is empty
   */
  public boolean allImported() {
    return outcomes.stream().allMatch(ImportMsgOutcome::isImported);
  }

  /**
   * Returns this result if every message was imported, so that a caller that treats any failed
   * message as an error can write {@code client.importGroupMsg(request).requireAllImported()}.
   *
   * @return this result
   * @throws TimImportException if a message was not imported; it lists exactly the failed ones
   */
  public ImportResult requireAllImported() {
    List<ImportMsgOutcome> failed = failed();
    if (!failed.isEmpty()) {
      throw new TimImportException(failed.size() + " message(s) not imported into group " + request.groupId(), failed);
    }
    return this;
  }

  /**
   * The request as sent, with the {@code Random} values the client filled in: send it again to
   * retry the whole import without duplicates (within the server's five minutes).
   *
   * @return the request as sent
   */
  public ImportGroupMsgRequest request() {
    return request;
  }

  /**
   * The server's response, as received.
   *
   * @return the response, its {@code ImportMsgResult} included
   */
  public ImportGroupMsgResponse response() {
    return response;
  }

  @Override
  public String toString() {
    return "ImportResult[GroupId=" + request.groupId() + ", " + outcomes + "]";
  }
}

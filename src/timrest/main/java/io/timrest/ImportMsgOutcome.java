package io.timrest;

import io.timrest.model.ImportMsg;
import io.timrest.model.ImportMsgResult;
import java.util.Objects;

/**
 * What happened to one imported message: the message as sent, paired with its
 * {@code ImportMsgResult} entry.
 *
 * @param index the message's position in {@code MsgList}
 * @param message the message as it was sent (with the {@code Random} the client filled in)
 * @param result the server's entry for it
 */
public record ImportMsgOutcome(int index, ImportMsg message, ImportMsgResult result) implements ImportOutcome {
  /** The documented per-message outcomes ({@code Result}). */
  public enum Kind {
    /** 0: imported. */
    IMPORTED,
    /** 10004: the message's SendTime is not acceptable (order, future, before the group or its newest message). */
    INVALID_SEND_TIME,
    /** 80001: the message contains sensitive words. */
    SENSITIVE_WORDS,
    /** 80002: the message is longer than the server's limit (12,000 bytes). */
    TOO_LONG,
    /** Any other non-zero code. */
    OTHER
  }

  /**
   * Pairs a message with its result; {@link TimRestClient#importGroupMsg} makes these.
   *
   * @param index the message's position in {@code MsgList}
   * @param message the message as it was sent
   * @param result the server's entry for it
   * @throws NullPointerException if {@code message} or {@code result} is null
   */
  public ImportMsgOutcome {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(result, "result");
  }

  /**
   * The outcome as one of the documented cases.
   *
   * @return the kind of {@link #resultCode()}; {@link Kind#OTHER} for an undocumented code
   */
  public Kind kind() {
    switch (result.result()) {
      case 0:
        return Kind.IMPORTED;
      case 10004:
        return Kind.INVALID_SEND_TIME;
      case 80001:
        return Kind.SENSITIVE_WORDS;
      case 80002:
        return Kind.TOO_LONG;
      default:
        return Kind.OTHER;
    }
  }

  /**
   * Whether the message was imported.
   *
   * @return true when its {@code Result} is 0
   */
  @Override
  public boolean isImported() {
    return result.result() == 0;
  }

  /**
   * The server's {@code Result} code for the message.
   *
   * @return 0 when imported, otherwise the code (10004, 80001, 80002 or an undocumented one)
   */
  public int resultCode() {
    return result.result();
  }

  @Override
  public String toString() {
    return "MsgList[" + index + "] (SendTime " + message.sendTime() + ", From_Account "
        + message.fromAccount() + "): " + kind() + (isImported() ? " as MsgSeq " + result.msgSeq().orElse(0L) : " (Result " + resultCode() + ")");
  }
}

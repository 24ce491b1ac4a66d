package io.timrest;

import io.timrest.model.ImportC2cMsgRequest;

/**
 * An imported one-to-one message ({@code openim/importmsg}): the request as sent, with the
 * {@code MsgSeq} and {@code MsgRandom} the client filled in, and the message's key for
 * {@code openim/modify_c2c_msg}.
 */
public final class C2cImportResult extends TimResult {
  private final ImportC2cMsgRequest request;

  C2cImportResult(ImportC2cMsgRequest request, Exchange.Attempt attempt) {
    super(attempt);
    this.request = request;
  }

  /**
   * The request as sent, with the {@code MsgSeq} and {@code MsgRandom} the client filled in:
   * sending it again imports nothing twice.
   *
   * @return the request; its {@code msgSeq()} and {@code msgRandom()} are always present
   */
  public ImportC2cMsgRequest request() {
    return request;
  }

  /**
   * The message's key, {@code {MsgSeq}_{MsgRandom}_{MsgTimeStamp}}, as {@code modify_c2c_msg} and
   * {@code admin_getroammsg} name it (docs/server-rules.md §3).
   *
   * @return the key, for example {@code 549396494_2578554_1584669680}
   */
  public String msgKey() {
    return request.msgSeq().orElseThrow() + "_" + request.msgRandom().orElseThrow() + "_" + request.msgTimeStamp();
  }

  @Override
  public String toString() {
    return "C2cImportResult[From_Account=" + request.fromAccount() + ", To_Account=" + request.toAccount()
        + ", MsgKey=" + msgKey() + "]";
  }
}

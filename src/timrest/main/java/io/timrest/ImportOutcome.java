package io.timrest;

/**
 * What happened to one item of an import call (a message, a member or an account), paired with
 * the item as it was sent. {@link TimImportException#failed()} lists these for the items that were
 * not imported.
 */
public sealed interface ImportOutcome permits ImportMsgOutcome, MemberImportOutcome, AccountImportOutcome {
  /**
   * The item's position in the request's list.
   *
   * @return the index, from 0
   */
  int index();

  /**
   * Whether the server holds the item after the call.
   *
   * @return true when it was imported (or, for a member, was one already)
   */
  boolean isImported();
}

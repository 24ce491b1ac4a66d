package io.timrest;

import io.timrest.model.ImportGroupMember;
import io.timrest.model.ImportGroupMemberRequest;
import io.timrest.model.ImportGroupMemberResponse;
import io.timrest.model.ImportGroupMemberResult;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The checked outcome of {@code import_group_member}: one {@link MemberImportOutcome} per member
 * sent, in request order. Members can fail one by one (a {@code JoinTime} outside the group's
 * lifetime) while the call succeeds: {@link #failed()} lists them.
 */
public final class MemberImportResult extends TimResult {
  private final ImportGroupMemberRequest request;
  private final ImportGroupMemberResponse response;
  private final List<MemberImportOutcome> outcomes;

  private MemberImportResult(Exchange.Attempt attempt, ImportGroupMemberRequest request, ImportGroupMemberResponse response, List<MemberImportOutcome> outcomes) {
    super(attempt);
    this.request = request;
    this.response = response;
    this.outcomes = outcomes;
  }

  /**
   * Pairs each answered entry with the member it names. The server answers one entry per member
   * sent; an answer that leaves a member out, names one twice or names one that was not sent
   * cannot be paired and is a {@link TimTransportException}. (The request's accounts are distinct:
   * {@link RequestValidation} refuses duplicates.)
   */
  static MemberImportResult of(Exchange.Attempt attempt, ImportGroupMemberRequest request, ImportGroupMemberResponse response) {
    List<ImportGroupMemberResult> results = response.memberList();
    Map<String, ImportGroupMemberResult> byAccount = new HashMap<>();
    for (ImportGroupMemberResult result : results) {
      if (byAccount.put(result.memberAccount(), result) != null) {
        throw new TimTransportException(
            attempt.operation(), "MemberList answers member " + result.memberAccount() + " twice", 0, null);
      }
    }
    List<ImportGroupMember> sent = request.memberList();
    List<MemberImportOutcome> outcomes = new ArrayList<>(sent.size());
    for (int i = 0; i < sent.size(); i++) {
      ImportGroupMember member = sent.get(i);
      ImportGroupMemberResult result = byAccount.remove(member.memberAccount());
      if (result == null) {
        throw new TimTransportException(
            attempt.operation(), "MemberList has no entry for member " + member.memberAccount() + " (MemberList[" + i + "])", 0, null);
      }
      outcomes.add(new MemberImportOutcome(i, member, result));
    }
    if (!byAccount.isEmpty()) {
      throw new TimTransportException(
          attempt.operation(), "MemberList answers " + byAccount.size() + " member(s) that were not sent", 0, null);
    }
    return new MemberImportResult(attempt, request, response, Collections.unmodifiableList(outcomes));
  }

  /**
   * Every member's outcome, in {@code MemberList} order.
   *
   * @return an unmodifiable list with one outcome per member sent
   */
  public List<MemberImportOutcome> outcomes() {
    return outcomes;
  }

  /**
   * The members that are not in the group after the call ({@code Result} 0 or an unknown value).
   *
   * @return an unmodifiable list in {@code MemberList} order; empty when every member is in
   */
  public List<MemberImportOutcome> failed() {
    return outcomes.stream().filter(o -> !o.isImported()).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Whether every member is in the group after the call (imported now or already a member).
   *
   * @return true when {@link #failed()} is empty
   */
  public boolean allImported() {
    return outcomes.stream().allMatch(MemberImportOutcome::isImported);
  }

  /**
   * Returns this result if every member is in the group after the call.
   *
   * @return this result
   * @throws TimImportException if a member is not; it lists exactly those
   */
  public MemberImportResult requireAllImported() {
    List<MemberImportOutcome> failed = failed();
    if (!failed.isEmpty()) {
      throw new TimImportException(failed.size() + " member(s) not imported into group " + request.groupId(), failed);
    }
    return this;
  }

  /**
   * The request as sent.
   *
   * @return the request
   */
  public ImportGroupMemberRequest request() {
    return request;
  }

  /**
   * The server's response, as received.
   *
   * @return the response, its {@code MemberList} of results included
   */
  public ImportGroupMemberResponse response() {
    return response;
  }

  @Override
  public String toString() {
    return "MemberImportResult[GroupId=" + request.groupId() + ", " + outcomes + "]";
  }
}

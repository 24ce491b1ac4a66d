package io.timrest;

import io.timrest.model.ImportGroupMember;
import io.timrest.model.ImportGroupMemberResult;
import java.util.Objects;

/**
 * What happened to one member of an {@code import_group_member} call: the member as sent, paired
 * with the server's {@code MemberList} entry for it.
 *
 * @param index the member's position in the request's {@code MemberList}
 * @param member the member as it was sent
 * @param result the server's entry for it
 */
public record MemberImportOutcome(int index, ImportGroupMember member, ImportGroupMemberResult result)
    implements ImportOutcome {
  /** The documented per-member outcomes ({@code Result}). */
  public enum Kind {
    /** 0: not imported (for example a {@code JoinTime} not after the group's creation or not before now). */
    FAILED,
    /** 1: imported. */
    IMPORTED,
    /** 2: already a member of the group; nothing changed. */
    ALREADY_MEMBER,
    /** Any other value. */
    OTHER
  }

  /**
   * Pairs a member with its result; {@link TimRestClient#importGroupMember} makes these.
   *
   * @param index the member's position in {@code MemberList}
   * @param member the member as it was sent
   * @param result the server's entry for it
   * @throws NullPointerException if {@code member} or {@code result} is null
   */
  public MemberImportOutcome {
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(result, "result");
  }

  /**
   * The outcome the server's {@code Result} stands for.
   *
   * @return the kind; {@link Kind#OTHER} for an undocumented value
   */
  public Kind kind() {
    switch (result.result()) {
      case 0:
        return Kind.FAILED;
      case 1:
        return Kind.IMPORTED;
      case 2:
        return Kind.ALREADY_MEMBER;
      default:
        return Kind.OTHER;
    }
  }

  /**
   * Whether the account is a member of the group after the call: imported now or already before.
   *
   * @return true for {@link Kind#IMPORTED} and {@link Kind#ALREADY_MEMBER}
   */
  @Override
  public boolean isImported() {
    return kind() == Kind.IMPORTED || kind() == Kind.ALREADY_MEMBER;
  }

  @Override
  public String toString() {
    return "MemberList[" + index + "] (" + member.memberAccount() + "): " + kind()
        + (kind() == Kind.OTHER ? " (Result " + result.result() + ")" : "");
  }
}

// Generated from spec/openapi.yaml by templates/model.mustache. Do not edit: change the spec or
// the template and run mvn generate-sources.
package io.timrest.model;

import io.timrest.TimValidationException;
import java.util.Objects;
import java.util.Optional;

/**
 * The body of {@code im_open_login_svc/account_import}: the account to import.
 *
 * <p>Immutable and thread-safe: create one with {@link #builder()}, derive a changed copy with
 * {@link #toBuilder()}. Optional properties are {@link Optional}; lists are unmodifiable and hold no
 * null. {@link #equals(Object)} compares every property. {@link Builder#build()} checks that the
 * required properties are set and numbers are finite; {@link #validate()} checks the spec's
 * other constraints, which the client does before sending a request (an answer from the server
 * is not held to them).
 */
public final class AccountImportRequest {
  /** The fewest UTF-8 bytes of {@code UserID}: the spec's {@code minLength}, counted as the server counts. */
  public static final int USER_ID_MIN_LENGTH = 1;
  /** The most UTF-8 bytes of {@code UserID}: the spec's {@code maxLength}, counted as the server counts. */
  public static final int USER_ID_MAX_LENGTH = 32;

  final String userID;
  final String nick;
  final String faceUrl;

  private AccountImportRequest(Builder builder) {
    this.userID = builder.userID;
    this.nick = builder.nick;
    this.faceUrl = builder.faceUrl;
  }

  /**
   * Returns a new builder; {@link Builder#build()} requires
   * {@code UserID}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding every property of this value, to build a changed copy; this value
   * stays as it is.
   *
   * @return a new builder initialised from this value
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Checks the spec's constraints on every property of this value and of the values it holds
   * ({@code maxLength} and {@code minLength} in UTF-8 bytes, {@code enum}, {@code minimum},
   * {@code maximum}, {@code minItems}, {@code maxItems}). The client calls it before it sends a
   * request; an answer from the server is not checked, so that a value the server chose is never
   * refused.
   *
   * @return this value
   * @throws TimValidationException if a property breaks a constraint: {@code field()} is its JSON
   *     path, for example {@code MsgList[2].MsgBody[0].MsgContent.Text}, and {@code rule()} the
   *     spec's keyword
   */
  public AccountImportRequest validate() {
    validateAt("");
    return this;
  }

  /** {@link #validate()} for a value at {@code at} (its path and a dot, or empty at the top). */
  void validateAt(String at) {
    ModelSupport.checkMinLength(userID, USER_ID_MIN_LENGTH, at, "UserID");
    ModelSupport.checkMaxLength(userID, USER_ID_MAX_LENGTH, at, "UserID");
  }

  /**
   * {@code UserID} (required): The account's UserID, at most 32 bytes.
   *
   * @return the value; never null, the property is required
   */
  public String userID() {
    return userID;
  }

  /**
   * {@code Nick} (optional): Nickname.
   *
   * @return the value, or empty when the property is absent
   */
  public Optional<String> nick() {
    return Optional.ofNullable(nick);
  }

  /**
   * {@code FaceUrl} (optional): Avatar URL.
   *
   * @return the value, or empty when the property is absent
   */
  public Optional<String> faceUrl() {
    return Optional.ofNullable(faceUrl);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof AccountImportRequest)) {
      return false;
    }
    AccountImportRequest other = (AccountImportRequest) o;
    return Objects.equals(userID, other.userID)
        && Objects.equals(nick, other.nick)
        && Objects.equals(faceUrl, other.faceUrl);
  }

  @Override
  public int hashCode() {
    return Objects.hash(userID, nick, faceUrl);
  }

  @Override
  public String toString() {
    return new ModelSupport.ToString("AccountImportRequest")
        .add("UserID", userID)
        .add("Nick", nick)
        .add("FaceUrl", faceUrl)
        .toString();
  }

  /**
   * Builds a {@link AccountImportRequest}: each setter checks its own argument, {@link #build()} checks that
   * every required property is set. Not thread-safe; a builder may be reused after {@code build()}.
   */
  public static final class Builder {
    String userID;
    String nick;
    String faceUrl;

    private Builder() {
    }

    private Builder(AccountImportRequest source) {
      this.userID = source.userID;
      this.nick = source.nick;
      this.faceUrl = source.faceUrl;
    }

    /**
     * Sets {@code UserID} (required): The account's UserID, at most 32 bytes.
     *
     * @param userID the value; not null
     * @return this builder
     * @throws NullPointerException if {@code userID} is null; the message names the property
     */
    public Builder userID(String userID) {
      Objects.requireNonNull(userID, "UserID");
      this.userID = userID;
      return this;
    }

    /**
     * Sets {@code Nick} (optional): Nickname.
     *
     * @param nick the value, or null to leave the property out
     * @return this builder
     */
    public Builder nick(String nick) {
      this.nick = nick;
      return this;
    }

    /**
     * Sets {@code FaceUrl} (optional): Avatar URL.
     *
     * @param faceUrl the value, or null to leave the property out
     * @return this builder
     */
    public Builder faceUrl(String faceUrl) {
      this.faceUrl = faceUrl;
      return this;
    }

    /**
     * Builds the immutable {@code AccountImportRequest}.
     *
     * @return the new value
     * @throws TimValidationException if {@code UserID} is not set
     *     (its {@code rule()} is {@code required})
     */
    public AccountImportRequest build() {
      ModelSupport.requirePresent(userID, "AccountImportRequest", "UserID");
      return new AccountImportRequest(this);
    }
  }
}


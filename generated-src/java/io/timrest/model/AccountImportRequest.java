// Generated from spec/openapi.yaml by templates/model.mustache. Do not edit: change the spec or
// the template and run `mvn generate-sources`.
package io.timrest.model;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonClass;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The body of {@code im_open_login_svc/account_import}: the account to import.
 *
 * <p>Immutable and thread-safe: create one with {@link #builder()}, derive a changed copy with
 * {@link #toBuilder()}. Optional properties are {@link Optional}; lists are unmodifiable and hold no
 * null. {@link #equals(Object)} compares every property.
 */
@JsonClass(generateAdapter = true)
public final class AccountImportRequest {

  @Json(name = "UserID")
  final String userID;
  @Json(name = "Nick")
  final String nick;
  @Json(name = "FaceUrl")
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
     * @throws IllegalStateException if {@code UserID} is not set; the message names the missing property
     */
    public AccountImportRequest build() {
      ModelSupport.requirePresent(userID, "AccountImportRequest", "UserID");
      return new AccountImportRequest(this);
    }
  }
}


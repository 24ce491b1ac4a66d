// Generated from spec/openapi.yaml by templates/model.mustache. Do not edit: change the spec or
// the template and run `mvn generate-sources`.
package io.timrest.model;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonClass;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * <p>Immutable: create one with {@link #builder()}, derive a changed copy with {@link #toBuilder()}.
 * Optional properties are {@link Optional}; lists are unmodifiable.
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

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * {@code UserID} (required): The account's UserID, at most 32 bytes.
   */
  public String userID() {
    return userID;
  }

  /**
   * {@code Nick} (optional): Nickname.
   */
  public Optional<String> nick() {
    return Optional.ofNullable(nick);
  }

  /**
   * {@code FaceUrl} (optional): Avatar URL.
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

  /** Builds a {@link AccountImportRequest}; {@link #build()} checks that every required property is set. */
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
     * Sets {@code UserID} (required; must not be null).
     */
    public Builder userID(String userID) {
      Objects.requireNonNull(userID, "UserID");
      this.userID = userID;
      return this;
    }

    /**
     * Sets {@code Nick} (optional; null leaves it out).
     */
    public Builder nick(String nick) {
      this.nick = nick;
      return this;
    }

    /**
     * Sets {@code FaceUrl} (optional; null leaves it out).
     */
    public Builder faceUrl(String faceUrl) {
      this.faceUrl = faceUrl;
      return this;
    }

    /** Returns the immutable value; throws {@link IllegalStateException} naming a missing required property. */
    public AccountImportRequest build() {
      ModelSupport.requirePresent(userID, "AccountImportRequest", "UserID");
      return new AccountImportRequest(this);
    }
  }
}


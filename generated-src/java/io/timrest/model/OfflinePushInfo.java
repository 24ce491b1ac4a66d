// Generated from spec/openapi.yaml by templates/model.mustache. Do not edit: change the spec or
// the template and run mvn generate-sources.
package io.timrest.model;

import io.timrest.TimValidationException;
import java.util.Objects;
import java.util.Optional;

/**
 * Offline push settings of a message.
 *
 * <p>Immutable and thread-safe: create one with {@link #builder()}, derive a changed copy with
 * {@link #toBuilder()}. Optional properties are {@link Optional}; lists are unmodifiable and hold no
 * null. {@link #equals(Object)} compares every property. {@link Builder#build()} checks that the
 * required properties are set and numbers are finite; {@link #validate()} checks the spec's
 * other constraints, which the client does before sending a request (an answer from the server
 * is not held to them).
 */
public final class OfflinePushInfo {
  final Integer pushFlag;
  final String title;
  final String desc;
  final String ext;

  private OfflinePushInfo(Builder builder) {
    this.pushFlag = builder.pushFlag;
    this.title = builder.title;
    this.desc = builder.desc;
    this.ext = builder.ext;
  }

  /**
   * Returns a new builder.
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
  public OfflinePushInfo validate() {
    validateAt("");
    return this;
  }

  /** {@link #validate()} for a value at {@code at} (its path and a dot, or empty at the top). */
  void validateAt(String at) {
  }

  /**
   * {@code PushFlag} (optional): 0 pushes offline, 1 does not.
   *
   * @return the value, or empty when the property is absent
   */
  public Optional<Integer> pushFlag() {
    return Optional.ofNullable(pushFlag);
  }

  /**
   * {@code Title} (optional): Push title.
   *
   * @return the value, or empty when the property is absent
   */
  public Optional<String> title() {
    return Optional.ofNullable(title);
  }

  /**
   * {@code Desc} (optional): Push text.
   *
   * @return the value, or empty when the property is absent
   */
  public Optional<String> desc() {
    return Optional.ofNullable(desc);
  }

  /**
   * {@code Ext} (optional): Push payload passed through to the app.
   *
   * @return the value, or empty when the property is absent
   */
  public Optional<String> ext() {
    return Optional.ofNullable(ext);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof OfflinePushInfo)) {
      return false;
    }
    OfflinePushInfo other = (OfflinePushInfo) o;
    return Objects.equals(pushFlag, other.pushFlag)
        && Objects.equals(title, other.title)
        && Objects.equals(desc, other.desc)
        && Objects.equals(ext, other.ext);
  }

  @Override
  public int hashCode() {
    return Objects.hash(pushFlag, title, desc, ext);
  }

  @Override
  public String toString() {
    return new ModelSupport.ToString("OfflinePushInfo")
        .add("PushFlag", pushFlag)
        .add("Title", title)
        .add("Desc", desc)
        .add("Ext", ext)
        .toString();
  }

  /**
   * Builds a {@link OfflinePushInfo}: each setter checks its own argument, {@link #build()} checks that
   * every required property is set. Not thread-safe; a builder may be reused after {@code build()}.
   */
  public static final class Builder {
    Integer pushFlag;
    String title;
    String desc;
    String ext;

    private Builder() {
    }

    private Builder(OfflinePushInfo source) {
      this.pushFlag = source.pushFlag;
      this.title = source.title;
      this.desc = source.desc;
      this.ext = source.ext;
    }

    /**
     * Sets {@code PushFlag} (optional): 0 pushes offline, 1 does not.
     *
     * @param pushFlag the value, or null to leave the property out
     * @return this builder
     */
    public Builder pushFlag(Integer pushFlag) {
      this.pushFlag = pushFlag;
      return this;
    }

    /**
     * Sets {@code Title} (optional): Push title.
     *
     * @param title the value, or null to leave the property out
     * @return this builder
     */
    public Builder title(String title) {
      this.title = title;
      return this;
    }

    /**
     * Sets {@code Desc} (optional): Push text.
     *
     * @param desc the value, or null to leave the property out
     * @return this builder
     */
    public Builder desc(String desc) {
      this.desc = desc;
      return this;
    }

    /**
     * Sets {@code Ext} (optional): Push payload passed through to the app.
     *
     * @param ext the value, or null to leave the property out
     * @return this builder
     */
    public Builder ext(String ext) {
      this.ext = ext;
      return this;
    }

    /**
     * Builds the immutable {@code OfflinePushInfo}.
     *
     * @return the new value
     */
    public OfflinePushInfo build() {
      return new OfflinePushInfo(this);
    }
  }
}


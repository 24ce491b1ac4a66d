// Generated from spec/openapi.yaml by templates/model.mustache. Do not edit: change the spec or
// the template and run mvn generate-sources.
package io.timrest.model;

import io.timrest.TimValidationException;
import java.util.Objects;
import java.util.Optional;

/**
 * The content of a {@code TIMSoundElem}: a voice message stored at {@code Url}.
 *
 * <p>Immutable and thread-safe: create one with {@link #builder()}, derive a changed copy with
 * {@link #toBuilder()}. Optional properties are {@link Optional}; lists are unmodifiable and hold no
 * null. {@link #equals(Object)} compares every property. {@link Builder#build()} checks that the
 * required properties are set and numbers are finite; {@link #validate()} checks the spec's
 * other constraints, which the client does before sending a request (an answer from the server
 * is not held to them).
 */
public final class TIMSoundElemContent {
  final String url;
  final String uuid;
  final Long size;
  final Integer second;
  final Integer downloadFlag;

  private TIMSoundElemContent(Builder builder) {
    this.url = builder.url;
    this.uuid = builder.uuid;
    this.size = builder.size;
    this.second = builder.second;
    this.downloadFlag = builder.downloadFlag;
  }

  /**
   * Returns a new builder; {@link Builder#build()} requires
   * {@code Url}, {@code UUID} and {@code Download_Flag}.
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
  public TIMSoundElemContent validate() {
    validateAt("");
    return this;
  }

  /** {@link #validate()} for a value at {@code at} (its path and a dot, or empty at the top). */
  void validateAt(String at) {
  }

  /**
   * {@code Url} (required): Download URL of the audio.
   *
   * @return the value; never null, the property is required
   */
  public String url() {
    return url;
  }

  /**
   * {@code UUID} (required): Unique ID of the audio.
   *
   * @return the value; never null, the property is required
   */
  public String uuid() {
    return uuid;
  }

  /**
   * {@code Size} (optional): Size of the audio in bytes.
   *
   * @return the value, or empty when the property is absent
   */
  public Optional<Long> size() {
    return Optional.ofNullable(size);
  }

  /**
   * {@code Second} (optional): Duration in seconds.
   *
   * @return the value, or empty when the property is absent
   */
  public Optional<Integer> second() {
    return Optional.ofNullable(second);
  }

  /**
   * {@code Download_Flag} (required): Download flag; must be 2 (downloadable from {@code Url}).
   *
   * @return the value; never null, the property is required
   */
  public int downloadFlag() {
    return downloadFlag;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof TIMSoundElemContent)) {
      return false;
    }
    TIMSoundElemContent other = (TIMSoundElemContent) o;
    return Objects.equals(url, other.url)
        && Objects.equals(uuid, other.uuid)
        && Objects.equals(size, other.size)
        && Objects.equals(second, other.second)
        && Objects.equals(downloadFlag, other.downloadFlag);
  }

  @Override
  public int hashCode() {
    return Objects.hash(url, uuid, size, second, downloadFlag);
  }

  @Override
  public String toString() {
    return new ModelSupport.ToString("TIMSoundElemContent")
        .add("Url", url)
        .add("UUID", uuid)
        .add("Size", size)
        .add("Second", second)
        .add("Download_Flag", downloadFlag)
        .toString();
  }

  /**
   * Builds a {@link TIMSoundElemContent}: each setter checks its own argument, {@link #build()} checks that
   * every required property is set. Not thread-safe; a builder may be reused after {@code build()}.
   */
  public static final class Builder {
    String url;
    String uuid;
    Long size;
    Integer second;
    Integer downloadFlag;

    private Builder() {
    }

    private Builder(TIMSoundElemContent source) {
      this.url = source.url;
      this.uuid = source.uuid;
      this.size = source.size;
      this.second = source.second;
      this.downloadFlag = source.downloadFlag;
    }

    /**
     * Sets {@code Url} (required): Download URL of the audio.
     *
     * @param url the value; not null
     * @return this builder
     * @throws NullPointerException if {@code url} is null; the message names the property
     */
    public Builder url(String url) {
      Objects.requireNonNull(url, "Url");
      this.url = url;
      return this;
    }

    /**
     * Sets {@code UUID} (required): Unique ID of the audio.
     *
     * @param uuid the value; not null
     * @return this builder
     * @throws NullPointerException if {@code uuid} is null; the message names the property
     */
    public Builder uuid(String uuid) {
      Objects.requireNonNull(uuid, "UUID");
      this.uuid = uuid;
      return this;
    }

    /**
     * Sets {@code Size} (optional): Size of the audio in bytes.
     *
     * @param size the value, or null to leave the property out
     * @return this builder
     */
    public Builder size(Long size) {
      this.size = size;
      return this;
    }

    /**
     * Sets {@code Second} (optional): Duration in seconds.
     *
     * @param second the value, or null to leave the property out
     * @return this builder
     */
    public Builder second(Integer second) {
      this.second = second;
      return this;
    }

    /**
     * Sets {@code Download_Flag} (required): Download flag; must be 2 (downloadable from {@code Url}).
     *
     * @param downloadFlag the value; not null
     * @return this builder
     * @throws NullPointerException if {@code downloadFlag} is null; the message names the property
     */
    public Builder downloadFlag(Integer downloadFlag) {
      Objects.requireNonNull(downloadFlag, "Download_Flag");
      this.downloadFlag = downloadFlag;
      return this;
    }

    /**
     * Builds the immutable {@code TIMSoundElemContent}.
     *
     * @return the new value
     * @throws TimValidationException if {@code Url}, {@code UUID} or {@code Download_Flag} is not set
     *     (its {@code rule()} is {@code required})
     */
    public TIMSoundElemContent build() {
      ModelSupport.requirePresent(url, "TIMSoundElemContent", "Url");
      ModelSupport.requirePresent(uuid, "TIMSoundElemContent", "UUID");
      ModelSupport.requirePresent(downloadFlag, "TIMSoundElemContent", "Download_Flag");
      return new TIMSoundElemContent(this);
    }
  }
}


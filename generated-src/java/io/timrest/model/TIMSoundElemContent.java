// Generated from spec/openapi.yaml by templates/model.mustache. Do not edit: change the spec or
// the template and run `mvn generate-sources`.
package io.timrest.model;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonClass;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The content of a {@code TIMSoundElem}: a voice message stored at {@code Url}.
 *
 * <p>Immutable and thread-safe: create one with {@link #builder()}, derive a changed copy with
 * {@link #toBuilder()}. Optional properties are {@link Optional}; lists are unmodifiable and hold no
 * null. {@link #equals(Object)} compares every property.
 */
@JsonClass(generateAdapter = true)
public final class TIMSoundElemContent {

  @Json(name = "Url")
  final String url;
  @Json(name = "UUID")
  final String uuid;
  @Json(name = "Size")
  final Long size;
  @Json(name = "Second")
  final Integer second;
  @Json(name = "Download_Flag")
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
     * @throws IllegalStateException if {@code Url}, {@code UUID} or {@code Download_Flag} is not set; the message names the missing property
     */
    public TIMSoundElemContent build() {
      ModelSupport.requirePresent(url, "TIMSoundElemContent", "Url");
      ModelSupport.requirePresent(uuid, "TIMSoundElemContent", "UUID");
      ModelSupport.requirePresent(downloadFlag, "TIMSoundElemContent", "Download_Flag");
      return new TIMSoundElemContent(this);
    }
  }
}


// Generated from spec/openapi.yaml by templates/model.mustache. Do not edit: change the spec or
// the template and run `mvn generate-sources`.
package io.timrest.model;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonClass;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The content of a {@code TIMFileElem}: a file stored at {@code Url}.
 *
 * <p>Immutable and thread-safe: create one with {@link #builder()}, derive a changed copy with
 * {@link #toBuilder()}. Optional properties are {@link Optional}; lists are unmodifiable and hold no
 * null. {@link #equals(Object)} compares every property.
 */
@JsonClass(generateAdapter = true)
public final class TIMFileElemContent {

  @Json(name = "Url")
  final String url;
  @Json(name = "UUID")
  final String uuid;
  @Json(name = "FileSize")
  final Long fileSize;
  @Json(name = "FileName")
  final String fileName;
  @Json(name = "Download_Flag")
  final Integer downloadFlag;

  private TIMFileElemContent(Builder builder) {
    this.url = builder.url;
    this.uuid = builder.uuid;
    this.fileSize = builder.fileSize;
    this.fileName = builder.fileName;
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
   * {@code Url} (required): Download URL of the file.
   *
   * @return the value; never null, the property is required
   */
  public String url() {
    return url;
  }

  /**
   * {@code UUID} (required): Unique ID of the file.
   *
   * @return the value; never null, the property is required
   */
  public String uuid() {
    return uuid;
  }

  /**
   * {@code FileSize} (optional): Size of the file in bytes.
   *
   * @return the value, or empty when the property is absent
   */
  public Optional<Long> fileSize() {
    return Optional.ofNullable(fileSize);
  }

  /**
   * {@code FileName} (optional): Name of the file.
   *
   * @return the value, or empty when the property is absent
   */
  public Optional<String> fileName() {
    return Optional.ofNullable(fileName);
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
    if (!(o instanceof TIMFileElemContent)) {
      return false;
    }
    TIMFileElemContent other = (TIMFileElemContent) o;
    return Objects.equals(url, other.url)
        && Objects.equals(uuid, other.uuid)
        && Objects.equals(fileSize, other.fileSize)
        && Objects.equals(fileName, other.fileName)
        && Objects.equals(downloadFlag, other.downloadFlag);
  }

  @Override
  public int hashCode() {
    return Objects.hash(url, uuid, fileSize, fileName, downloadFlag);
  }

  @Override
  public String toString() {
    return new ModelSupport.ToString("TIMFileElemContent")
        .add("Url", url)
        .add("UUID", uuid)
        .add("FileSize", fileSize)
        .add("FileName", fileName)
        .add("Download_Flag", downloadFlag)
        .toString();
  }

  /**
   * Builds a {@link TIMFileElemContent}: each setter checks its own argument, {@link #build()} checks that
   * every required property is set. Not thread-safe; a builder may be reused after {@code build()}.
   */
  public static final class Builder {
    String url;
    String uuid;
    Long fileSize;
    String fileName;
    Integer downloadFlag;

    private Builder() {
    }

    private Builder(TIMFileElemContent source) {
      this.url = source.url;
      this.uuid = source.uuid;
      this.fileSize = source.fileSize;
      this.fileName = source.fileName;
      this.downloadFlag = source.downloadFlag;
    }

    /**
     * Sets {@code Url} (required): Download URL of the file.
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
     * Sets {@code UUID} (required): Unique ID of the file.
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
     * Sets {@code FileSize} (optional): Size of the file in bytes.
     *
     * @param fileSize the value, or null to leave the property out
     * @return this builder
     */
    public Builder fileSize(Long fileSize) {
      this.fileSize = fileSize;
      return this;
    }

    /**
     * Sets {@code FileName} (optional): Name of the file.
     *
     * @param fileName the value, or null to leave the property out
     * @return this builder
     */
    public Builder fileName(String fileName) {
      this.fileName = fileName;
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
     * Builds the immutable {@code TIMFileElemContent}.
     *
     * @return the new value
     * @throws IllegalStateException if {@code Url}, {@code UUID} or {@code Download_Flag} is not set; the message names the missing property
     */
    public TIMFileElemContent build() {
      ModelSupport.requirePresent(url, "TIMFileElemContent", "Url");
      ModelSupport.requirePresent(uuid, "TIMFileElemContent", "UUID");
      ModelSupport.requirePresent(downloadFlag, "TIMFileElemContent", "Download_Flag");
      return new TIMFileElemContent(this);
    }
  }
}


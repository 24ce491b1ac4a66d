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

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * {@code Url} (required): Download URL of the file.
   */
  public String url() {
    return url;
  }

  /**
   * {@code UUID} (required): Unique ID of the file.
   */
  public String uuid() {
    return uuid;
  }

  /**
   * {@code FileSize} (optional): Size of the file in bytes.
   */
  public Optional<Long> fileSize() {
    return Optional.ofNullable(fileSize);
  }

  /**
   * {@code FileName} (optional): Name of the file.
   */
  public Optional<String> fileName() {
    return Optional.ofNullable(fileName);
  }

  /**
   * {@code Download_Flag} (required): Download flag; must be 2 (downloadable from `Url`).
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

  /** Builds a {@link TIMFileElemContent}; {@link #build()} checks that every required property is set. */
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
     * Sets {@code Url} (required; must not be null).
     */
    public Builder url(String url) {
      Objects.requireNonNull(url, "Url");
      this.url = url;
      return this;
    }

    /**
     * Sets {@code UUID} (required; must not be null).
     */
    public Builder uuid(String uuid) {
      Objects.requireNonNull(uuid, "UUID");
      this.uuid = uuid;
      return this;
    }

    /**
     * Sets {@code FileSize} (optional; null leaves it out).
     */
    public Builder fileSize(Long fileSize) {
      this.fileSize = fileSize;
      return this;
    }

    /**
     * Sets {@code FileName} (optional; null leaves it out).
     */
    public Builder fileName(String fileName) {
      this.fileName = fileName;
      return this;
    }

    /**
     * Sets {@code Download_Flag} (required; must not be null).
     */
    public Builder downloadFlag(Integer downloadFlag) {
      Objects.requireNonNull(downloadFlag, "Download_Flag");
      this.downloadFlag = downloadFlag;
      return this;
    }

    /** Returns the immutable value; throws {@link IllegalStateException} naming a missing required property. */
    public TIMFileElemContent build() {
      ModelSupport.requirePresent(url, "TIMFileElemContent", "Url");
      ModelSupport.requirePresent(uuid, "TIMFileElemContent", "UUID");
      ModelSupport.requirePresent(downloadFlag, "TIMFileElemContent", "Download_Flag");
      return new TIMFileElemContent(this);
    }
  }
}


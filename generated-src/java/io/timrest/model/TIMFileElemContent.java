// Generated from spec/openapi.yaml by templates/model.mustache. Do not edit: change the spec or
// the template and run mvn generate-sources.
package io.timrest.model;

import io.timrest.TimValidationException;
import java.util.Objects;
import java.util.Optional;

/**
 * The content of a {@code TIMFileElem}: a file stored at {@code Url}.
 *
 * <p>Immutable and thread-safe: create one with {@link #builder()}, derive a changed copy with
 * {@link #toBuilder()}. Optional properties are {@link Optional}; lists are unmodifiable and hold no
 * null. {@link #equals(Object)} compares every property. {@link Builder#build()} checks that the
 * required properties are set and numbers are finite; {@link #validate()} checks the spec's
 * other constraints, which the client does before sending a request (an answer from the server
 * is not held to them).
 */
public final class TIMFileElemContent {
  final String url;
  final String uuid;
  final Long fileSize;
  final String fileName;
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
  public TIMFileElemContent validate() {
    validateAt("");
    return this;
  }

  /** {@link #validate()} for a value at {@code at} (its path and a dot, or empty at the top). */
  void validateAt(String at) {
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
     * @throws TimValidationException if {@code Url}, {@code UUID} or {@code Download_Flag} is not set
     *     (its {@code rule()} is {@code required})
     */
    public TIMFileElemContent build() {
      ModelSupport.requirePresent(url, "TIMFileElemContent", "Url");
      ModelSupport.requirePresent(uuid, "TIMFileElemContent", "UUID");
      ModelSupport.requirePresent(downloadFlag, "TIMFileElemContent", "Download_Flag");
      return new TIMFileElemContent(this);
    }
  }
}


// Generated from spec/openapi.yaml by templates/model.mustache. Do not edit: change the spec or
// the template and run mvn generate-sources.
package io.timrest.model;

import io.timrest.TimValidationException;
import java.util.Objects;
import java.util.Optional;

/**
 * The content of a {@code TIMVideoFileElem}: a video and its thumbnail.
 *
 * <p>Immutable and thread-safe: create one with {@link #builder()}, derive a changed copy with
 * {@link #toBuilder()}. Optional properties are {@link Optional}; lists are unmodifiable and hold no
 * null. {@link #equals(Object)} compares every property. {@link Builder#build()} checks that the
 * required properties are set and numbers are finite; {@link #validate()} checks the spec's
 * other constraints, which the client does before sending a request (an answer from the server
 * is not held to them).
 */
public final class TIMVideoFileElemContent {
  final String videoUrl;
  final String videoUUID;
  final Long videoSize;
  final Integer videoSecond;
  final String videoFormat;
  final Integer videoDownloadFlag;
  final String thumbUrl;
  final String thumbUUID;
  final Long thumbSize;
  final Integer thumbWidth;
  final Integer thumbHeight;
  final String thumbFormat;
  final Integer thumbDownloadFlag;

  private TIMVideoFileElemContent(Builder builder) {
    this.videoUrl = builder.videoUrl;
    this.videoUUID = builder.videoUUID;
    this.videoSize = builder.videoSize;
    this.videoSecond = builder.videoSecond;
    this.videoFormat = builder.videoFormat;
    this.videoDownloadFlag = builder.videoDownloadFlag;
    this.thumbUrl = builder.thumbUrl;
    this.thumbUUID = builder.thumbUUID;
    this.thumbSize = builder.thumbSize;
    this.thumbWidth = builder.thumbWidth;
    this.thumbHeight = builder.thumbHeight;
    this.thumbFormat = builder.thumbFormat;
    this.thumbDownloadFlag = builder.thumbDownloadFlag;
  }

  /**
   * Returns a new builder; {@link Builder#build()} requires
   * {@code VideoUrl}, {@code VideoUUID}, {@code VideoDownloadFlag}, {@code ThumbUrl}, {@code ThumbUUID}, {@code ThumbWidth}, {@code ThumbHeight} and {@code ThumbDownloadFlag}.
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
  public TIMVideoFileElemContent validate() {
    validateAt("");
    return this;
  }

  /** {@link #validate()} for a value at {@code at} (its path and a dot, or empty at the top). */
  void validateAt(String at) {
  }

  /**
   * {@code VideoUrl} (required): Download URL of the video.
   *
   * @return the value; never null, the property is required
   */
  public String videoUrl() {
    return videoUrl;
  }

  /**
   * {@code VideoUUID} (required): Unique ID of the video.
   *
   * @return the value; never null, the property is required
   */
  public String videoUUID() {
    return videoUUID;
  }

  /**
   * {@code VideoSize} (optional): Size of the video in bytes.
   *
   * @return the value, or empty when the property is absent
   */
  public Optional<Long> videoSize() {
    return Optional.ofNullable(videoSize);
  }

  /**
   * {@code VideoSecond} (optional): Duration of the video in seconds.
   *
   * @return the value, or empty when the property is absent
   */
  public Optional<Integer> videoSecond() {
    return Optional.ofNullable(videoSecond);
  }

  /**
   * {@code VideoFormat} (optional): Video format, for example {@code mp4}.
   *
   * @return the value, or empty when the property is absent
   */
  public Optional<String> videoFormat() {
    return Optional.ofNullable(videoFormat);
  }

  /**
   * {@code VideoDownloadFlag} (required): Download flag of the video; must be 2.
   *
   * @return the value; never null, the property is required
   */
  public int videoDownloadFlag() {
    return videoDownloadFlag;
  }

  /**
   * {@code ThumbUrl} (required): Download URL of the thumbnail.
   *
   * @return the value; never null, the property is required
   */
  public String thumbUrl() {
    return thumbUrl;
  }

  /**
   * {@code ThumbUUID} (required): Unique ID of the thumbnail.
   *
   * @return the value; never null, the property is required
   */
  public String thumbUUID() {
    return thumbUUID;
  }

  /**
   * {@code ThumbSize} (optional): Size of the thumbnail in bytes.
   *
   * @return the value, or empty when the property is absent
   */
  public Optional<Long> thumbSize() {
    return Optional.ofNullable(thumbSize);
  }

  /**
   * {@code ThumbWidth} (required): Width of the thumbnail in pixels.
   *
   * @return the value; never null, the property is required
   */
  public int thumbWidth() {
    return thumbWidth;
  }

  /**
   * {@code ThumbHeight} (required): Height of the thumbnail in pixels.
   *
   * @return the value; never null, the property is required
   */
  public int thumbHeight() {
    return thumbHeight;
  }

  /**
   * {@code ThumbFormat} (optional): Thumbnail format, for example {@code JPG}.
   *
   * @return the value, or empty when the property is absent
   */
  public Optional<String> thumbFormat() {
    return Optional.ofNullable(thumbFormat);
  }

  /**
   * {@code ThumbDownloadFlag} (required): Download flag of the thumbnail; must be 2.
   *
   * @return the value; never null, the property is required
   */
  public int thumbDownloadFlag() {
    return thumbDownloadFlag;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof TIMVideoFileElemContent)) {
      return false;
    }
    TIMVideoFileElemContent other = (TIMVideoFileElemContent) o;
    return Objects.equals(videoUrl, other.videoUrl)
        && Objects.equals(videoUUID, other.videoUUID)
        && Objects.equals(videoSize, other.videoSize)
        && Objects.equals(videoSecond, other.videoSecond)
        && Objects.equals(videoFormat, other.videoFormat)
        && Objects.equals(videoDownloadFlag, other.videoDownloadFlag)
        && Objects.equals(thumbUrl, other.thumbUrl)
        && Objects.equals(thumbUUID, other.thumbUUID)
        && Objects.equals(thumbSize, other.thumbSize)
        && Objects.equals(thumbWidth, other.thumbWidth)
        && Objects.equals(thumbHeight, other.thumbHeight)
        && Objects.equals(thumbFormat, other.thumbFormat)
        && Objects.equals(thumbDownloadFlag, other.thumbDownloadFlag);
  }

  @Override
  public int hashCode() {
    return Objects.hash(videoUrl, videoUUID, videoSize, videoSecond, videoFormat, videoDownloadFlag, thumbUrl, thumbUUID, thumbSize, thumbWidth, thumbHeight, thumbFormat, thumbDownloadFlag);
  }

  @Override
  public String toString() {
    return new ModelSupport.ToString("TIMVideoFileElemContent")
        .add("VideoUrl", videoUrl)
        .add("VideoUUID", videoUUID)
        .add("VideoSize", videoSize)
        .add("VideoSecond", videoSecond)
        .add("VideoFormat", videoFormat)
        .add("VideoDownloadFlag", videoDownloadFlag)
        .add("ThumbUrl", thumbUrl)
        .add("ThumbUUID", thumbUUID)
        .add("ThumbSize", thumbSize)
        .add("ThumbWidth", thumbWidth)
        .add("ThumbHeight", thumbHeight)
        .add("ThumbFormat", thumbFormat)
        .add("ThumbDownloadFlag", thumbDownloadFlag)
        .toString();
  }

  /**
   * Builds a {@link TIMVideoFileElemContent}: each setter checks its own argument, {@link #build()} checks that
   * every required property is set. Not thread-safe; a builder may be reused after {@code build()}.
   */
  public static final class Builder {
    String videoUrl;
    String videoUUID;
    Long videoSize;
    Integer videoSecond;
    String videoFormat;
    Integer videoDownloadFlag;
    String thumbUrl;
    String thumbUUID;
    Long thumbSize;
    Integer thumbWidth;
    Integer thumbHeight;
    String thumbFormat;
    Integer thumbDownloadFlag;

    private Builder() {
    }

    private Builder(TIMVideoFileElemContent source) {
      this.videoUrl = source.videoUrl;
      this.videoUUID = source.videoUUID;
      this.videoSize = source.videoSize;
      this.videoSecond = source.videoSecond;
      this.videoFormat = source.videoFormat;
      this.videoDownloadFlag = source.videoDownloadFlag;
      this.thumbUrl = source.thumbUrl;
      this.thumbUUID = source.thumbUUID;
      this.thumbSize = source.thumbSize;
      this.thumbWidth = source.thumbWidth;
      this.thumbHeight = source.thumbHeight;
      this.thumbFormat = source.thumbFormat;
      this.thumbDownloadFlag = source.thumbDownloadFlag;
    }

    /**
     * Sets {@code VideoUrl} (required): Download URL of the video.
     *
     * @param videoUrl the value; not null
     * @return this builder
     * @throws NullPointerException if {@code videoUrl} is null; the message names the property
     */
    public Builder videoUrl(String videoUrl) {
      Objects.requireNonNull(videoUrl, "VideoUrl");
      this.videoUrl = videoUrl;
      return this;
    }

    /**
     * Sets {@code VideoUUID} (required): Unique ID of the video.
     *
     * @param videoUUID the value; not null
     * @return this builder
     * @throws NullPointerException if {@code videoUUID} is null; the message names the property
     */
    public Builder videoUUID(String videoUUID) {
      Objects.requireNonNull(videoUUID, "VideoUUID");
      this.videoUUID = videoUUID;
      return this;
    }

    /**
     * Sets {@code VideoSize} (optional): Size of the video in bytes.
     *
     * @param videoSize the value, or null to leave the property out
     * @return this builder
     */
    public Builder videoSize(Long videoSize) {
      this.videoSize = videoSize;
      return this;
    }

    /**
     * Sets {@code VideoSecond} (optional): Duration of the video in seconds.
     *
     * @param videoSecond the value, or null to leave the property out
     * @return this builder
     */
    public Builder videoSecond(Integer videoSecond) {
      this.videoSecond = videoSecond;
      return this;
    }

    /**
     * Sets {@code VideoFormat} (optional): Video format, for example {@code mp4}.
     *
     * @param videoFormat the value, or null to leave the property out
     * @return this builder
     */
    public Builder videoFormat(String videoFormat) {
      this.videoFormat = videoFormat;
      return this;
    }

    /**
     * Sets {@code VideoDownloadFlag} (required): Download flag of the video; must be 2.
     *
     * @param videoDownloadFlag the value; not null
     * @return this builder
     * @throws NullPointerException if {@code videoDownloadFlag} is null; the message names the property
     */
    public Builder videoDownloadFlag(Integer videoDownloadFlag) {
      Objects.requireNonNull(videoDownloadFlag, "VideoDownloadFlag");
      this.videoDownloadFlag = videoDownloadFlag;
      return this;
    }

    /**
     * Sets {@code ThumbUrl} (required): Download URL of the thumbnail.
     *
     * @param thumbUrl the value; not null
     * @return this builder
     * @throws NullPointerException if {@code thumbUrl} is null; the message names the property
     */
    public Builder thumbUrl(String thumbUrl) {
      Objects.requireNonNull(thumbUrl, "ThumbUrl");
      this.thumbUrl = thumbUrl;
      return this;
    }

    /**
     * Sets {@code ThumbUUID} (required): Unique ID of the thumbnail.
     *
     * @param thumbUUID the value; not null
     * @return this builder
     * @throws NullPointerException if {@code thumbUUID} is null; the message names the property
     */
    public Builder thumbUUID(String thumbUUID) {
      Objects.requireNonNull(thumbUUID, "ThumbUUID");
      this.thumbUUID = thumbUUID;
      return this;
    }

    /**
     * Sets {@code ThumbSize} (optional): Size of the thumbnail in bytes.
     *
     * @param thumbSize the value, or null to leave the property out
     * @return this builder
     */
    public Builder thumbSize(Long thumbSize) {
      this.thumbSize = thumbSize;
      return this;
    }

    /**
     * Sets {@code ThumbWidth} (required): Width of the thumbnail in pixels.
     *
     * @param thumbWidth the value; not null
     * @return this builder
     * @throws NullPointerException if {@code thumbWidth} is null; the message names the property
     */
    public Builder thumbWidth(Integer thumbWidth) {
      Objects.requireNonNull(thumbWidth, "ThumbWidth");
      this.thumbWidth = thumbWidth;
      return this;
    }

    /**
     * Sets {@code ThumbHeight} (required): Height of the thumbnail in pixels.
     *
     * @param thumbHeight the value; not null
     * @return this builder
     * @throws NullPointerException if {@code thumbHeight} is null; the message names the property
     */
    public Builder thumbHeight(Integer thumbHeight) {
      Objects.requireNonNull(thumbHeight, "ThumbHeight");
      this.thumbHeight = thumbHeight;
      return this;
    }

    /**
     * Sets {@code ThumbFormat} (optional): Thumbnail format, for example {@code JPG}.
     *
     * @param thumbFormat the value, or null to leave the property out
     * @return this builder
     */
    public Builder thumbFormat(String thumbFormat) {
      this.thumbFormat = thumbFormat;
      return this;
    }

    /**
     * Sets {@code ThumbDownloadFlag} (required): Download flag of the thumbnail; must be 2.
     *
     * @param thumbDownloadFlag the value; not null
     * @return this builder
     * @throws NullPointerException if {@code thumbDownloadFlag} is null; the message names the property
     */
    public Builder thumbDownloadFlag(Integer thumbDownloadFlag) {
      Objects.requireNonNull(thumbDownloadFlag, "ThumbDownloadFlag");
      this.thumbDownloadFlag = thumbDownloadFlag;
      return this;
    }

    /**
     * Builds the immutable {@code TIMVideoFileElemContent}.
     *
     * @return the new value
     * @throws TimValidationException if {@code VideoUrl}, {@code VideoUUID}, {@code VideoDownloadFlag}, {@code ThumbUrl}, {@code ThumbUUID}, {@code ThumbWidth}, {@code ThumbHeight} or {@code ThumbDownloadFlag} is not set
     *     (its {@code rule()} is {@code required})
     */
    public TIMVideoFileElemContent build() {
      ModelSupport.requirePresent(videoUrl, "TIMVideoFileElemContent", "VideoUrl");
      ModelSupport.requirePresent(videoUUID, "TIMVideoFileElemContent", "VideoUUID");
      ModelSupport.requirePresent(videoDownloadFlag, "TIMVideoFileElemContent", "VideoDownloadFlag");
      ModelSupport.requirePresent(thumbUrl, "TIMVideoFileElemContent", "ThumbUrl");
      ModelSupport.requirePresent(thumbUUID, "TIMVideoFileElemContent", "ThumbUUID");
      ModelSupport.requirePresent(thumbWidth, "TIMVideoFileElemContent", "ThumbWidth");
      ModelSupport.requirePresent(thumbHeight, "TIMVideoFileElemContent", "ThumbHeight");
      ModelSupport.requirePresent(thumbDownloadFlag, "TIMVideoFileElemContent", "ThumbDownloadFlag");
      return new TIMVideoFileElemContent(this);
    }
  }
}


// Generated from spec/openapi.yaml by templates/model.mustache. Do not edit: change the spec or
// the template and run mvn generate-sources.
package io.timrest.model;

import io.timrest.TimValidationException;
import java.util.Objects;
import java.util.Optional;

/**
 * The content of a {@code TIMFaceElem}.
 *
 * <p>Immutable and thread-safe: create one with {@link #builder()}, derive a changed copy with
 * {@link #toBuilder()}. Optional properties are {@link Optional}; lists are unmodifiable and hold no
 * null. {@link #equals(Object)} compares every property. {@link Builder#build()} checks that the
 * required properties are set and numbers are finite; {@link #validate()} checks the spec's
 * other constraints, which the client does before sending a request (an answer from the server
 * is not held to them).
 */
public final class TIMFaceElemContent {
  final Integer index;
  final String data;

  private TIMFaceElemContent(Builder builder) {
    this.index = builder.index;
    this.data = builder.data;
  }

  /**
   * Returns a new builder; {@link Builder#build()} requires
   * {@code Index} and {@code Data}.
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
  public TIMFaceElemContent validate() {
    validateAt("");
    return this;
  }

  /** {@link #validate()} for a value at {@code at} (its path and a dot, or empty at the top). */
  void validateAt(String at) {
  }

  /**
   * {@code Index} (required): Emoji index, defined by the app.
   *
   * @return the value; never null, the property is required
   */
  public int index() {
    return index;
  }

  /**
   * {@code Data} (required): Additional data, defined by the app; may contain any characters, control characters included.
   *
   * @return the value; never null, the property is required
   */
  public String data() {
    return data;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof TIMFaceElemContent)) {
      return false;
    }
    TIMFaceElemContent other = (TIMFaceElemContent) o;
    return Objects.equals(index, other.index)
        && Objects.equals(data, other.data);
  }

  @Override
  public int hashCode() {
    return Objects.hash(index, data);
  }

  @Override
  public String toString() {
    return new ModelSupport.ToString("TIMFaceElemContent")
        .add("Index", index)
        .add("Data", data)
        .toString();
  }

  /**
   * Builds a {@link TIMFaceElemContent}: each setter checks its own argument, {@link #build()} checks that
   * every required property is set. Not thread-safe; a builder may be reused after {@code build()}.
   */
  public static final class Builder {
    Integer index;
    String data;

    private Builder() {
    }

    private Builder(TIMFaceElemContent source) {
      this.index = source.index;
      this.data = source.data;
    }

    /**
     * Sets {@code Index} (required): Emoji index, defined by the app.
     *
     * @param index the value; not null
     * @return this builder
     * @throws NullPointerException if {@code index} is null; the message names the property
     */
    public Builder index(Integer index) {
      Objects.requireNonNull(index, "Index");
      this.index = index;
      return this;
    }

    /**
     * Sets {@code Data} (required): Additional data, defined by the app; may contain any characters, control characters included.
     *
     * @param data the value; not null
     * @return this builder
     * @throws NullPointerException if {@code data} is null; the message names the property
     */
    public Builder data(String data) {
      Objects.requireNonNull(data, "Data");
      this.data = data;
      return this;
    }

    /**
     * Builds the immutable {@code TIMFaceElemContent}.
     *
     * @return the new value
     * @throws TimValidationException if {@code Index} or {@code Data} is not set
     *     (its {@code rule()} is {@code required})
     */
    public TIMFaceElemContent build() {
      ModelSupport.requirePresent(index, "TIMFaceElemContent", "Index");
      ModelSupport.requirePresent(data, "TIMFaceElemContent", "Data");
      return new TIMFaceElemContent(this);
    }
  }
}


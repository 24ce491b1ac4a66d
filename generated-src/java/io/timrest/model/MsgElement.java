// Generated from spec/openapi.yaml by templates/model.mustache. Do not edit: change the spec or
// the template and run mvn generate-sources.
package io.timrest.model;

import java.util.Objects;

/**
 * One message element: {@code MsgType} names the element type and selects the shape of {@code MsgContent}. Readers must keep an element of an unknown {@code MsgType} intact. 
 *
 * <p>The known element types are the classes this interface permits; an element of any other
 * {@code MsgType} is read as {@link Unknown} and written back exactly as it was read.
 */
public sealed interface MsgElement permits TIMCustomElem, TIMFaceElem, TIMFileElem, TIMImageElem, TIMLocationElem, TIMSoundElem, TIMTextElem, TIMVideoFileElem, MsgElement.Unknown {
  /**
   * The element type, {@code MsgType} on the wire; it tells which class this is.
   *
   * @return the type name, for example {@code "TIMCustomElem"}
   */
  String msgType();

  /**
   * An element of a type this version does not model, kept as its JSON text so that it
   * round-trips byte for byte (new element types appear over time; readers must keep them).
   */
  final class Unknown implements MsgElement {
    private final String msgType;
    private final String json;

    private Unknown(String msgType, String json) {
      this.msgType = msgType;
      this.json = json;
    }

    /**
     * An element of a type this version does not model, written exactly as {@code json}. An
     * element of a type this version models reads back as that type, not as {@code Unknown}.
     *
     * @param msgType the element type
     * @param json the whole element as JSON object text, its {@code MsgType} included
     * @return the element
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code json} is not exactly one JSON object or its
     *     {@code MsgType} is not the string {@code msgType}
     */
    public static Unknown of(String msgType, String json) {
      Objects.requireNonNull(msgType, "MsgType");
      ModelSupport.requireElementJson(json, "MsgType", msgType);
      return new Unknown(msgType, json);
    }

    static Unknown read(String msgType, String json) {
      return new Unknown(msgType, json);
    }

    @Override
    public String msgType() {
      return msgType;
    }

    /**
     * The element's JSON text, exactly as it was read or given to {@link #of(String, String)}.
     *
     * @return the JSON object text
     */
    public String json() {
      return json;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Unknown && ((Unknown) o).json.equals(json);
    }

    @Override
    public int hashCode() {
      return json.hashCode();
    }

    @Override
    public String toString() {
      return "MsgElement.Unknown" + json;
    }
  }
}


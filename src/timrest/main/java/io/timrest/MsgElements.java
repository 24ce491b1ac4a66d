package io.timrest;

import io.timrest.model.TIMCustomElem;
import io.timrest.model.TIMCustomElemContent;
import io.timrest.model.TIMFaceElem;
import io.timrest.model.TIMFaceElemContent;
import io.timrest.model.TIMLocationElem;
import io.timrest.model.TIMLocationElemContent;
import io.timrest.model.TIMTextElem;
import io.timrest.model.TIMTextElemContent;

/**
 * Shorthands for the message elements written most often; each is the same value as the element
 * built with the models' builders. Other elements (image, sound, file, video) have more required
 * properties: build them with their builders.
 */
public final class MsgElements {
  private MsgElements() {
  }

  /**
   * A text element.
   *
   * @param text the text
   * @return a {@code TIMTextElem} holding {@code text}
   * @throws NullPointerException if {@code text} is null
   */
  public static TIMTextElem text(String text) {
    return TIMTextElem.builder().msgContent(TIMTextElemContent.builder().text(text).build()).build();
  }

  /**
   * An emoji (face) element.
   *
   * @param index the emoji's index, defined by the app
   * @param data additional data, defined by the app
   * @return a {@code TIMFaceElem}
   * @throws NullPointerException if {@code data} is null
   */
  public static TIMFaceElem face(int index, String data) {
    return TIMFaceElem.builder().msgContent(TIMFaceElemContent.builder().index(index).data(data).build()).build();
  }

  /**
   * A custom element with only {@code Data}; a message may hold at most one.
   *
   * @param data the custom data
   * @return a {@code TIMCustomElem}
   * @throws NullPointerException if {@code data} is null
   */
  public static TIMCustomElem custom(String data) {
    return TIMCustomElem.builder().msgContent(TIMCustomElemContent.builder().data(data).build()).build();
  }

  /**
   * A location element.
   *
   * @param desc the location's description
   * @param latitude the latitude in degrees
   * @param longitude the longitude in degrees
   * @return a {@code TIMLocationElem}
   * @throws NullPointerException if {@code desc} is null
   */
  public static TIMLocationElem location(String desc, double latitude, double longitude) {
    return TIMLocationElem.builder()
        .msgContent(TIMLocationElemContent.builder().desc(desc).latitude(latitude).longitude(longitude).build())
        .build();
  }
}

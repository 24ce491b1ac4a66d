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

  /** A {@code TIMTextElem}. */
  public static TIMTextElem text(String text) {
    return TIMTextElem.builder().msgContent(TIMTextElemContent.builder().text(text).build()).build();
  }

  /** A {@code TIMFaceElem}: an emoji by the app's index, with the app's data. */
  public static TIMFaceElem face(int index, String data) {
    return TIMFaceElem.builder().msgContent(TIMFaceElemContent.builder().index(index).data(data).build()).build();
  }

  /** A {@code TIMCustomElem} with only {@code Data} (at most one per message). */
  public static TIMCustomElem custom(String data) {
    return TIMCustomElem.builder().msgContent(TIMCustomElemContent.builder().data(data).build()).build();
  }

  /** A {@code TIMLocationElem}. */
  public static TIMLocationElem location(String desc, double latitude, double longitude) {
    return TIMLocationElem.builder()
        .msgContent(TIMLocationElemContent.builder().desc(desc).latitude(latitude).longitude(longitude).build())
        .build();
  }
}

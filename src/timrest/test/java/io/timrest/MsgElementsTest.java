package io.timrest;

import static io.timrest.golden.Golden.assertJsonEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import io.timrest.model.MsgElement;
import io.timrest.model.TimJsonAdapters;
import org.junit.jupiter.api.Test;

/** The shorthands write the documented element JSON. */
class MsgElementsTest {
  private final JsonAdapter<MsgElement> adapter =
      new Moshi.Builder().add(TimJsonAdapters.FACTORY).build().adapter(MsgElement.class);

  @Test
  void textIsATextElem() {
    assertJsonEquals("{\"MsgType\":\"TIMTextElem\",\"MsgContent\":{\"Text\":\"red packet\"}}",
        adapter.toJson(MsgElements.text("red packet")));
  }

  @Test
  void faceKeepsControlCharactersInData() {
    assertJsonEquals("{\"MsgType\":\"TIMFaceElem\",\"MsgContent\":{\"Index\":6,\"Data\":\"abc\\u0000\\u0001\"}}",
        adapter.toJson(MsgElements.face(6, "abc\u0000\u0001")));
  }

  @Test
  void customHasOnlyData() {
    assertJsonEquals("{\"MsgType\":\"TIMCustomElem\",\"MsgContent\":{\"Data\":\"{\\\"k\\\":1}\"}}",
        adapter.toJson(MsgElements.custom("{\"k\":1}")));
  }

  @Test
  void locationCarriesDescriptionAndCoordinates() {
    MsgElement location = MsgElements.location("Eagle Peak", 37.5, -122.25);
    assertEquals("TIMLocationElem", location.msgType());
    assertJsonEquals(
        "{\"MsgType\":\"TIMLocationElem\",\"MsgContent\":{\"Desc\":\"Eagle Peak\",\"Latitude\":37.5,\"Longitude\":-122.25}}",
        adapter.toJson(location));
  }
}

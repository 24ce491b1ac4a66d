package io.timrest.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.moshi.JsonDataException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The eight element types of a {@code MsgBody} through {@link MsgElement}'s adapter, and the
 * elements it does not model: kept byte for byte.
 */
class MsgElementRoundTripTest {

  /** A TIMRelayElem (newer than the model): nested arrays, unicode, 1.0 vs 1, odd whitespace. */
  private static final String RELAY_ELEM = "{ \"MsgType\" :\"TIMRelayElem\",\n"
      + "\t\"MsgContent\": {\"Title\":\"聊天记录 \\u00e9 😀\", \"MsgNum\" : 1.0, \"Count\":1,"
      + " \"Big\": 12345678901234567890,\"Exp\":1e3,"
      + " \"AbstractList\":[ \"a: b\" ,\"c\\\"d\" ],\r\n"
      + "  \"MsgList\":[[{\"MsgType\":\"TIMTextElem\",\"MsgContent\":{\"Text\":\"x\"}}],[],[[null,true,false]]]}  }";

  static Stream<Arguments> everyElementTypeWithAllFields() {
    return Stream.of(
        Arguments.of(TIMTextElem.builder()
            .msgContent(TIMTextElemContent.builder().text("hello 世界").build()).build(),
            List.of("\"MsgType\":\"TIMTextElem\"", "\"Text\":\"hello 世界\"")),
        Arguments.of(TIMLocationElem.builder()
            .msgContent(TIMLocationElemContent.builder()
                .desc("Tencent Building").latitude(22.540503).longitude(113.934528).build()).build(),
            List.of("\"MsgType\":\"TIMLocationElem\"", "\"Desc\":\"Tencent Building\"",
                "\"Latitude\":22.540503", "\"Longitude\":113.934528")),
        Arguments.of(TIMFaceElem.builder()
            .msgContent(TIMFaceElemContent.builder().index(6).data("abc\u0000\u0001").build()).build(),
            List.of("\"MsgType\":\"TIMFaceElem\"", "\"Index\":6", "\"Data\":\"abc\\u0000\\u0001\"")),
        Arguments.of(TIMCustomElem.builder()
            .msgContent(TIMCustomElemContent.builder()
                .data("message").desc("notification").ext("url").sound("dingdong.aiff").build()).build(),
            List.of("\"MsgType\":\"TIMCustomElem\"", "\"Data\":\"message\"", "\"Desc\":\"notification\"",
                "\"Ext\":\"url\"", "\"Sound\":\"dingdong.aiff\"")),
        Arguments.of(TIMSoundElem.builder()
            .msgContent(TIMSoundElemContent.builder()
                .url("https://1400000000.vod2.myqcloud.com/a.m4a").uuid("1053D4E3F0B5D5C1")
                .size(62351L).second(1).downloadFlag(2).build()).build(),
            List.of("\"MsgType\":\"TIMSoundElem\"", "\"Url\":\"https://1400000000.vod2.myqcloud.com/a.m4a\"",
                "\"UUID\":\"1053D4E3F0B5D5C1\"", "\"Size\":62351", "\"Second\":1", "\"Download_Flag\":2")),
        Arguments.of(TIMImageElem.builder()
            .msgContent(TIMImageElemContent.builder()
                .uuid("1853095_D61040894AC3DE44CDFFFB3EC7EB720F").imageFormat(1)
                .imageInfoArray(List.of(
                    imageInfo(1, 1553L, 195, 200, "https://example.com/original.jpg"),
                    imageInfo(2, 3020L, 720, 738, "https://example.com/large.jpg"),
                    imageInfo(3, 1553L, 195, 200, "https://example.com/thumb.jpg")))
                .build()).build(),
            List.of("\"MsgType\":\"TIMImageElem\"", "\"UUID\":\"1853095_D61040894AC3DE44CDFFFB3EC7EB720F\"",
                "\"ImageFormat\":1", "\"ImageInfoArray\":[{\"Type\":1,\"Size\":1553,\"Width\":195,\"Height\":200,"
                    + "\"URL\":\"https://example.com/original.jpg\"}", "\"Type\":3", "\"URL\":")),
        Arguments.of(TIMFileElem.builder()
            .msgContent(TIMFileElemContent.builder()
                .url("https://example.com/file.txt").uuid("file_uuid").fileSize(1773552L)
                .fileName("file:a.txt").downloadFlag(2).build()).build(),
            List.of("\"MsgType\":\"TIMFileElem\"", "\"Url\":\"https://example.com/file.txt\"",
                "\"UUID\":\"file_uuid\"", "\"FileSize\":1773552", "\"FileName\":\"file:a.txt\"",
                "\"Download_Flag\":2")),
        Arguments.of(TIMVideoFileElem.builder()
            .msgContent(TIMVideoFileElemContent.builder()
                .videoUrl("https://example.com/v.mp4").videoUUID("video_uuid").videoSize(1194603L)
                .videoSecond(5).videoFormat("mp4").videoDownloadFlag(2)
                .thumbUrl("https://example.com/t.jpg").thumbUUID("thumb_uuid").thumbSize(13907L)
                .thumbWidth(720).thumbHeight(1280).thumbFormat("JPG").thumbDownloadFlag(2).build()).build(),
            List.of("\"MsgType\":\"TIMVideoFileElem\"", "\"VideoUrl\":", "\"VideoUUID\":\"video_uuid\"",
                "\"VideoSize\":1194603", "\"VideoSecond\":5", "\"VideoFormat\":\"mp4\"", "\"VideoDownloadFlag\":2",
                "\"ThumbUrl\":", "\"ThumbUUID\":\"thumb_uuid\"", "\"ThumbSize\":13907", "\"ThumbWidth\":720",
                "\"ThumbHeight\":1280", "\"ThumbFormat\":\"JPG\"", "\"ThumbDownloadFlag\":2")));
  }

  @ParameterizedTest(name = "{index}: {0}")
  @MethodSource("everyElementTypeWithAllFields")
  void elementWithAllFieldsRoundTripsToAnEqualElement(MsgElement element, List<String> fragments) {
    String json = Wire.write(MsgElement.class, element);

    MsgElement read = Wire.read(MsgElement.class, json);

    assertEquals(element, read);
    assertEquals(element.hashCode(), read.hashCode());
    assertEquals(element.getClass(), read.getClass());
  }

  @ParameterizedTest(name = "{index}: {0}")
  @MethodSource("everyElementTypeWithAllFields")
  void elementJsonUsesTheDocumentedFieldNames(MsgElement element, List<String> fragments) {
    String json = Wire.write(MsgElement.class, element);

    for (String fragment : fragments) {
      assertTrue(json.contains(fragment), () -> "missing " + fragment + " in " + json);
    }
    assertTrue(json.startsWith("{\"MsgType\":\"" + element.msgType() + "\",\"MsgContent\":{"), json);
  }

  @ParameterizedTest(name = "{index}: {0}")
  @MethodSource("everyElementTypeWithAllFields")
  void elementRoundTripsAsTheSameJsonInsideAMsgBody(MsgElement element, List<String> fragments) {
    ModifyGroupMsgRequest request = groupRequest(List.of(element, element));
    String json = Wire.write(ModifyGroupMsgRequest.class, request);

    ModifyGroupMsgRequest read = Wire.read(ModifyGroupMsgRequest.class, json);

    assertEquals(request, read);
    assertEquals(json, Wire.write(ModifyGroupMsgRequest.class, read));
  }

  // --- finding MsgType ---

  @Test
  void msgTypeAfterMsgContentIsFound() {
    String json = "{\"MsgContent\":{\"Index\":1,\"Data\":\"d\"},\"MsgType\":\"TIMFaceElem\"}";

    MsgElement element = Wire.read(MsgElement.class, json);

    assertEquals(TIMFaceElem.builder()
        .msgContent(TIMFaceElemContent.builder().index(1).data("d").build()).build(), element);
  }

  @Test
  void msgTypeAfterUnknownPropertiesAndNestedObjectsIsFound() {
    String json = "{\"Extra\":{\"MsgType\":\"TIMFaceElem\",\"a\":[1,{\"MsgType\":5}]},"
        + "\"MsgContent\":{\"Text\":\"t\"},\"MsgType\":\"TIMTextElem\"}";

    MsgElement element = Wire.read(MsgElement.class, json);

    assertEquals(TIMTextElem.builder().msgContent(TIMTextElemContent.builder().text("t").build()).build(), element);
  }

  @Test
  void unknownMsgTypeAfterMsgContentIsKeptWithItsType() {
    String json = "{\"MsgContent\":{\"Title\":\"t\"},\"MsgType\":\"TIMRelayElem\"}";

    MsgElement.Unknown element = assertInstanceOf(MsgElement.Unknown.class, Wire.read(MsgElement.class, json));

    assertEquals("TIMRelayElem", element.msgType());
    assertEquals(json, element.json());
  }

  // --- unknown element types ---

  @Test
  void unknownElementRoundTripsByteForByteInsideAMsgBody() {
    String text = "{\"MsgType\":\"TIMTextElem\",\"MsgContent\":{\"Text\":\"before\"}}";
    String json = "{\"GroupId\":\"@TGS#1HYEP2SHC\",\"MsgSeq\":23,\"MsgBody\":[" + text + ",  " + RELAY_ELEM
        + " ,{\"MsgType\":\"TIMTextElem\",\"MsgContent\":{\"Text\":\"after\"}}]}";

    ModifyGroupMsgRequest request = Wire.read(ModifyGroupMsgRequest.class, json);
    String written = Wire.write(ModifyGroupMsgRequest.class, request);

    MsgElement.Unknown relay = assertInstanceOf(MsgElement.Unknown.class, request.msgBody().orElseThrow().get(1));
    assertEquals("TIMRelayElem", relay.msgType());
    assertEquals(RELAY_ELEM, relay.json());
    assertTrue(written.contains("," + RELAY_ELEM + ","), written);
    assertEquals("{\"GroupId\":\"@TGS#1HYEP2SHC\",\"MsgSeq\":23,\"MsgBody\":[" + text + "," + RELAY_ELEM
        + ",{\"MsgType\":\"TIMTextElem\",\"MsgContent\":{\"Text\":\"after\"}}]}", written);
  }

  @Test
  void unknownElementSurvivesARepeatedReadWriteCycleUnchanged() {
    String once = Wire.write(ImportMsg.class, Wire.read(ImportMsg.class,
        "{\"From_Account\":\"a\",\"SendTime\":1,\"MsgBody\":[" + RELAY_ELEM + "]}"));

    String twice = Wire.write(ImportMsg.class, Wire.read(ImportMsg.class, once));

    assertEquals(once, twice);
    assertTrue(twice.contains("[" + RELAY_ELEM + "]"), twice);
  }

  @Test
  void unknownElementBuiltWithOfIsWrittenVerbatim() {
    MsgElement.Unknown relay = MsgElement.Unknown.of("TIMRelayElem", RELAY_ELEM);

    String written = Wire.write(ModifyGroupMsgRequest.class, groupRequest(List.of(relay)));

    assertTrue(written.contains("\"MsgBody\":[" + RELAY_ELEM + "]"), written);
    assertEquals(relay, Wire.read(MsgElement.class, RELAY_ELEM));
  }

  @ParameterizedTest
  @ValueSource(strings = {"[]", "\"text\"", "1", "null", "true", ""})
  void unknownOfRejectsJsonThatIsNotAnObject(String json) {
    assertThrows(IllegalArgumentException.class, () -> MsgElement.Unknown.of("TIMRelayElem", json));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"MsgType\":\"TIMRelayElem\"} x",
      "{\"MsgType\":\"TIMRelayElem\"}{}",
      "{\"MsgType\":\"TIMRelayElem\"},",
      "{\"MsgType\":\"TIMRelayElem\"}]",
      "{\"MsgType\":\"TIMRelayElem\"",
      "{\"MsgType\":\"TIMRelayElem\",}"})
  void unknownOfRejectsTrailingGarbageAndMalformedObjects(String json) {
    assertThrows(IllegalArgumentException.class, () -> MsgElement.Unknown.of("TIMRelayElem", json));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"MsgType\":\"TIMOtherElem\",\"MsgContent\":{}}",
      "{\"MsgContent\":{\"MsgType\":\"TIMRelayElem\"}}",
      "{}",
      "{\"MsgType\":1}"})
  void unknownOfRejectsJsonWhoseOwnMsgTypeIsNotTheGivenOne(String json) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> MsgElement.Unknown.of("TIMRelayElem", json));

    assertTrue(e.getMessage().contains("MsgType"), e.getMessage());
  }

  @Test
  void unknownOfAcceptsMsgTypeAfterMsgContentAndKeepsTheText() {
    String json = "{\"MsgContent\":{\"MsgType\":\"x\"},\"MsgType\":\"TIMRelayElem\"}";

    MsgElement.Unknown relay = MsgElement.Unknown.of("TIMRelayElem", json);

    assertEquals("TIMRelayElem", relay.msgType());
    assertEquals(json, relay.json());
  }

  @Test
  void unknownOfRejectsNulls() {
    assertThrows(NullPointerException.class, () -> MsgElement.Unknown.of(null, "{}"));
    assertThrows(NullPointerException.class, () -> MsgElement.Unknown.of("TIMRelayElem", null));
  }

  // --- malformed discriminators ---

  @Test
  void missingMsgTypeFailsNamingThePath() {
    String json = "{\"GroupId\":\"g\",\"MsgSeq\":1,\"MsgBody\":[{\"MsgType\":\"TIMTextElem\",\"MsgContent\":{\"Text\":\"t\"}},"
        + "{\"MsgContent\":{\"Text\":\"t\"}}]}";

    JsonDataException e = assertThrows(JsonDataException.class, () -> Wire.read(ModifyGroupMsgRequest.class, json));

    assertTrue(e.getMessage().contains("MsgType"), e.getMessage());
    assertTrue(e.getMessage().contains("$.MsgBody[1]"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"5", "null", "true", "{}", "[\"TIMTextElem\"]"})
  void msgTypeThatIsNotAStringFailsNamingThePath(String msgType) {
    String json = "{\"From_Account\":\"a\",\"SendTime\":1,\"MsgBody\":[{\"MsgType\":" + msgType
        + ",\"MsgContent\":{\"Text\":\"t\"}}]}";

    JsonDataException e = assertThrows(JsonDataException.class, () -> Wire.read(ImportMsg.class, json));

    assertTrue(e.getMessage().contains("MsgType must be a string"), e.getMessage());
    assertTrue(e.getMessage().contains("$.MsgBody[0]"), e.getMessage());
  }

  @Test
  void elementThatIsNotAnObjectFailsNamingThePath() {
    String json = "{\"From_Account\":\"a\",\"SendTime\":1,\"MsgBody\":[\"TIMTextElem\"]}";

    JsonDataException e = assertThrows(JsonDataException.class, () -> Wire.read(ImportMsg.class, json));

    assertTrue(e.getMessage().contains("$.MsgBody[0]"), e.getMessage());
  }

  // --- control characters (the import_group_msg page's TIMFaceElem example, docs/server-rules.md §6) ---

  @Test
  void faceElemDataWithControlCharactersReadsAsExactlyThoseFiveCharacters() {
    String json = "{\"MsgType\":\"TIMFaceElem\",\"MsgContent\":{\"Index\":6,\"Data\":\"abc\\u0000\\u0001\"}}";

    TIMFaceElem face = assertInstanceOf(TIMFaceElem.class, Wire.read(MsgElement.class, json));

    assertEquals(List.of((int) 'a', (int) 'b', (int) 'c', 0, 1), face.msgContent().data().chars().boxed().toList());
  }

  @Test
  void faceElemDataWithControlCharactersSurvivesReadWriteRead() {
    String json = "{\"MsgType\":\"TIMFaceElem\",\"MsgContent\":{\"Index\":6,\"Data\":\"abc\\u0000\\u0001\"}}";

    MsgElement once = Wire.read(MsgElement.class, json);
    String written = Wire.write(MsgElement.class, once);
    TIMFaceElem twice = assertInstanceOf(TIMFaceElem.class, Wire.read(MsgElement.class, written));

    assertEquals("abc\u0000\u0001", twice.msgContent().data());
    assertEquals(5, twice.msgContent().data().length());
    assertTrue(written.contains("\"Data\":\"abc\\u0000\\u0001\""), written);
  }

  // --- helpers ---

  private static ImageInfo imageInfo(int type, long size, int width, int height, String url) {
    return ImageInfo.builder().type(type).size(size).width(width).height(height).url(url).build();
  }

  private static ModifyGroupMsgRequest groupRequest(List<MsgElement> body) {
    return ModifyGroupMsgRequest.builder().groupId("@TGS#1HYEP2SHC").msgSeq(23L).msgBody(body).build();
  }
}

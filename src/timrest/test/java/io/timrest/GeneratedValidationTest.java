package io.timrest;

import static io.timrest.ClientTestSupport.clientFor;
import static io.timrest.ClientTestSupport.message;
import static io.timrest.ClientTestSupport.text;
import static io.timrest.ValidationTest.assertRule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import io.timrest.model.AccountImportRequest;
import io.timrest.model.CreateGroupRequest;
import io.timrest.model.GroupMsgGetSimpleRequest;
import io.timrest.model.ImportGroupMsgRequest;
import io.timrest.model.ImportMsg;
import io.timrest.model.SendGroupMsgRequest;
import io.timrest.model.TIMLocationElemContent;
import io.timrest.model.TimJsonAdapters;
import java.io.IOException;
import java.util.List;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The constraints the spec states for one field ({@code required}, {@code maxLength} in UTF-8
 * bytes, {@code enum}, {@code minimum}, {@code maximum}, {@code minItems}, {@code maxItems}) and the
 * finiteness of numbers are checked by the generated models before any I/O, and reported with the
 * field's JSON path and the spec's keyword. Answers from the server are not held to them.
 */
class GeneratedValidationTest {
  /** 40 bytes: more than a UserID's 32 and a group name's 30. */
  private static final String FORTY_BYTES = "a".repeat(40);

  private MockWebServer server;
  private TimRestClient client;

  @BeforeEach
  void start() {
    server = ClientTestSupport.startServer();
    client = clientFor(server).build();
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  // ---------------------------------------------------------------- the examples

  @Test
  void aFortyByteUserIdIsRefusedByMaxLength() {
    TimValidationException e = refused(() -> client.accountImport(AccountImportRequest.builder().userID(FORTY_BYTES).build()));

    assertEquals("UserID", e.field());
    assertRule(e, "maxLength", "at most 32 bytes in UTF-8, was 40");
  }

  @Test
  void maxLengthCountsUtf8BytesNotCharacters() {
    String elevenChineseCharacters = "一二三四五六七八九十百"; // 11 characters, 33 bytes
    TimValidationException e = refused(() -> client.accountImport(
        AccountImportRequest.builder().userID(elevenChineseCharacters).build()));

    assertEquals("UserID", e.field());
    assertRule(e, "maxLength", "was 33");
  }

  @Test
  void aFortyByteGroupNameIsRefusedByMaxLength() {
    TimValidationException e = refused(() -> client.createGroup(group().name(FORTY_BYTES).build()));

    assertEquals("Name", e.field());
    assertRule(e, "maxLength", "at most 30 bytes in UTF-8, was 40");
  }

  @Test
  void groupTypeClubIsRefusedByEnum() {
    TimValidationException e = refused(() -> client.createGroup(group().type("Club").build()));

    assertEquals("Type", e.field());
    assertRule(e, "enum", "one of Private, Public, ChatRoom, AVChatRoom, Community, was Club");
  }

  @Test
  void maxMemberCountZeroIsRefusedByMinimum() {
    TimValidationException e = refused(() -> client.createGroup(group().maxMemberCount(0).build()));

    assertEquals("MaxMemberCount", e.field());
    assertRule(e, "minimum", "at least 1, was 0");
  }

  @Test
  void aMissingRequiredFieldIsRefusedByTheBuilder() {
    TimValidationException e = assertThrows(TimValidationException.class,
        () -> SendGroupMsgRequest.builder().random(7L).msgBody(List.of(text("hi"))).build());

    assertEquals("GroupId", e.field());
    assertRule(e, "required", "SendGroupMsgRequest needs GroupId");
  }

  @Test
  void aNonFiniteNumberIsRefusedByTheBuilder() {
    TimValidationException e = assertThrows(TimValidationException.class,
        () -> MsgElements.location("x", Double.NaN, 0));

    assertEquals("Latitude", e.field());
    assertRule(e, "finite", "was NaN");
  }

  @Test
  void anInfiniteNumberIsRefusedByTheBuilder() {
    TimValidationException e = assertThrows(TimValidationException.class,
        () -> TIMLocationElemContent.builder().desc("x").latitude(0.0).longitude(Double.NEGATIVE_INFINITY).build());

    assertEquals("Longitude", e.field());
    assertEquals("finite", e.rule());
  }

  // ---------------------------------------------------------------- each rule kind, before any I/O

  @Test
  void minLengthNamesTheNestedPath() {
    ImportGroupMsgRequest request = ImportGroupMsgRequest.builder().groupId("@TGS#1")
        .msgList(List.of(message(1620808101L), message(1620808102L).toBuilder().fromAccount("").build()))
        .build();

    TimValidationException e = refused(() -> client.importGroupMsg(request));

    assertEquals("MsgList[1].From_Account", e.field());
    assertRule(e, "minLength", "at least 1 byte, was 0");
  }

  @Test
  void maximumNamesTheNestedPath() {
    ImportGroupMsgRequest request = ImportGroupMsgRequest.builder().groupId("@TGS#1")
        .msgList(List.of(message(1620808101L).toBuilder().random(ImportMsg.RANDOM_MAXIMUM + 1).build()))
        .build();

    TimValidationException e = refused(() -> client.importGroupMsg(request));

    assertEquals("MsgList[0].Random", e.field());
    assertRule(e, "maximum", "at most 4294967295, was 4294967296");
  }

  @Test
  void reqMsgNumberAboveTwentyIsRefusedByMaximum() {
    TimValidationException e = refused(() -> client.groupMsgGetSimple(
        GroupMsgGetSimpleRequest.builder().groupId("@TGS#1").reqMsgNumber(21).build()));

    assertEquals("ReqMsgNumber", e.field());
    assertRule(e, "maximum", "at most 20, was 21");
  }

  @Test
  void reqMsgNumberDefaultsToAFullPage() {
    GroupMsgGetSimpleRequest request = GroupMsgGetSimpleRequest.builder().groupId("@TGS#1").build();

    assertEquals(GroupMsgGetSimpleRequest.REQ_MSG_NUMBER_MAXIMUM, request.reqMsgNumber());
    assertEquals(20, request.reqMsgNumber());
  }

  @Test
  void maxItemsOfAnImport() {
    ImportGroupMsgRequest request = ClientTestSupport.importOf(ImportGroupMsgRequest.MSG_LIST_MAX_ITEMS + 1);

    TimValidationException e = refused(() -> client.importGroupMsg(request));

    assertEquals("MsgList", e.field());
    assertRule(e, "maxItems", "at most 7 elements, has 8");
  }

  @Test
  void minItemsOfAMessageBody() {
    SendGroupMsgRequest request = SendGroupMsgRequest.builder().groupId("@TGS#1").random(1L).msgBody(List.of()).build();

    TimValidationException e = refused(() -> client.sendGroupMsg(request));

    assertEquals("MsgBody", e.field());
    assertRule(e, "minItems", "at least 1 element, has 0");
  }

  @Test
  void enumOfAnOptionalPropertyFailsTheAsyncTwinTheSameWay() {
    CreateGroupRequest request = group().applyJoinOption("Anyone").build();

    TimValidationException e = refused(() -> client.createGroupAsync(request).join());

    assertEquals("ApplyJoinOption", e.field());
    assertRule(e, "enum", "one of FreeAccess, NeedPermission, DisableApply, was Anyone");
  }

  @Test
  void minimumNamesTheMessageByItsIndex() {
    ImportGroupMsgRequest request = ImportGroupMsgRequest.builder().groupId("@TGS#1")
        .msgList(List.of(message(1620808101L), message(1620808102L), message(1620808103L).toBuilder()
            .sendTime(-1L).build()))
        .build();

    TimValidationException e = refused(() -> client.importGroupMsg(request));

    assertEquals("MsgList[2].SendTime", e.field());
    assertRule(e, "minimum", "at least 0, was -1");
  }

  // ---------------------------------------------------------------- answers stay lenient

  @Test
  void readingJsonDoesNotApplyTheRequestConstraints() throws IOException {
    JsonAdapter<CreateGroupRequest> adapter =
        new Moshi.Builder().add(TimJsonAdapters.FACTORY).build().adapter(CreateGroupRequest.class);

    CreateGroupRequest read = adapter.fromJson("{\"Type\":\"Club\",\"Name\":\"hikers\",\"MaxMemberCount\":0}");

    assertEquals("Club", read.type());
    TimValidationException e = assertThrows(TimValidationException.class, read::validate);
    assertEquals("Type", e.field());
  }

  // ---------------------------------------------------------------- helpers

  private static CreateGroupRequest.Builder group() {
    return CreateGroupRequest.builder().type(CreateGroupRequest.TYPE_PUBLIC).name("hikers");
  }

  private TimValidationException refused(Executable call) {
    Throwable thrown = assertThrows(Throwable.class, call);
    if (thrown instanceof java.util.concurrent.CompletionException && thrown.getCause() != null) {
      thrown = thrown.getCause();
    }
    TimValidationException e = assertInstanceOf(thrown);
    assertEquals(0, server.getRequestCount(), "a refused request must not be sent");
    return e;
  }

  private static TimValidationException assertInstanceOf(Throwable thrown) {
    return org.junit.jupiter.api.Assertions.assertInstanceOf(TimValidationException.class, thrown, String.valueOf(thrown));
  }
}

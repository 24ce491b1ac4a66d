// Generated from spec/openapi.yaml by templates/tim_json_adapters.mustache. Do not edit: change the
// spec or the template and run mvn generate-sources.
package io.timrest.model;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Set;

/**
 * The one {@link JsonAdapter.Factory} for every model of the spec: register it with
 * {@code new Moshi.Builder().add(TimJsonAdapters.FACTORY).build()}. Its adapters use no reflection.
 */
public final class TimJsonAdapters implements JsonAdapter.Factory {
  /** The factory; it holds no state. */
  public static final TimJsonAdapters FACTORY = new TimJsonAdapters();

  private TimJsonAdapters() {
  }

  @Override
  public JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
    if (!annotations.isEmpty()) {
      return null;
    }
    if (type == AccountImportRequest.class) {
      return new AccountImportRequestJsonAdapter(moshi).nullSafe();
    }
    if (type == AdminGetRoamMsgRequest.class) {
      return new AdminGetRoamMsgRequestJsonAdapter(moshi).nullSafe();
    }
    if (type == AdminGetRoamMsgResponse.class) {
      return new AdminGetRoamMsgResponseJsonAdapter(moshi).nullSafe();
    }
    if (type == AppDefinedDataItem.class) {
      return new AppDefinedDataItemJsonAdapter(moshi).nullSafe();
    }
    if (type == C2cMsg.class) {
      return new C2cMsgJsonAdapter(moshi).nullSafe();
    }
    if (type == CreateGroupRequest.class) {
      return new CreateGroupRequestJsonAdapter(moshi).nullSafe();
    }
    if (type == CreateGroupResponse.class) {
      return new CreateGroupResponseJsonAdapter(moshi).nullSafe();
    }
    if (type == Envelope.class) {
      return new EnvelopeJsonAdapter(moshi).nullSafe();
    }
    if (type == GroupMember.class) {
      return new GroupMemberJsonAdapter(moshi).nullSafe();
    }
    if (type == GroupMsg.class) {
      return new GroupMsgJsonAdapter(moshi).nullSafe();
    }
    if (type == GroupMsgGetSimpleRequest.class) {
      return new GroupMsgGetSimpleRequestJsonAdapter(moshi).nullSafe();
    }
    if (type == GroupMsgGetSimpleResponse.class) {
      return new GroupMsgGetSimpleResponseJsonAdapter(moshi).nullSafe();
    }
    if (type == ImageInfo.class) {
      return new ImageInfoJsonAdapter(moshi).nullSafe();
    }
    if (type == ImportC2cMsgRequest.class) {
      return new ImportC2cMsgRequestJsonAdapter(moshi).nullSafe();
    }
    if (type == ImportGroupMember.class) {
      return new ImportGroupMemberJsonAdapter(moshi).nullSafe();
    }
    if (type == ImportGroupMemberRequest.class) {
      return new ImportGroupMemberRequestJsonAdapter(moshi).nullSafe();
    }
    if (type == ImportGroupMemberResponse.class) {
      return new ImportGroupMemberResponseJsonAdapter(moshi).nullSafe();
    }
    if (type == ImportGroupMemberResult.class) {
      return new ImportGroupMemberResultJsonAdapter(moshi).nullSafe();
    }
    if (type == ImportGroupMsgRequest.class) {
      return new ImportGroupMsgRequestJsonAdapter(moshi).nullSafe();
    }
    if (type == ImportGroupMsgResponse.class) {
      return new ImportGroupMsgResponseJsonAdapter(moshi).nullSafe();
    }
    if (type == ImportGroupRequest.class) {
      return new ImportGroupRequestJsonAdapter(moshi).nullSafe();
    }
    if (type == ImportGroupResponse.class) {
      return new ImportGroupResponseJsonAdapter(moshi).nullSafe();
    }
    if (type == ImportMsg.class) {
      return new ImportMsgJsonAdapter(moshi).nullSafe();
    }
    if (type == ImportMsgResult.class) {
      return new ImportMsgResultJsonAdapter(moshi).nullSafe();
    }
    if (type == ModifyC2cMsgRequest.class) {
      return new ModifyC2cMsgRequestJsonAdapter(moshi).nullSafe();
    }
    if (type == ModifyGroupMsgRequest.class) {
      return new ModifyGroupMsgRequestJsonAdapter(moshi).nullSafe();
    }
    if (type == MsgElement.class) {
      return new MsgElementJsonAdapter(moshi).nullSafe();
    }
    if (type == MultiaccountImportRequest.class) {
      return new MultiaccountImportRequestJsonAdapter(moshi).nullSafe();
    }
    if (type == MultiaccountImportResponse.class) {
      return new MultiaccountImportResponseJsonAdapter(moshi).nullSafe();
    }
    if (type == OfflinePushInfo.class) {
      return new OfflinePushInfoJsonAdapter(moshi).nullSafe();
    }
    if (type == SendGroupMsgRequest.class) {
      return new SendGroupMsgRequestJsonAdapter(moshi).nullSafe();
    }
    if (type == SendGroupMsgResponse.class) {
      return new SendGroupMsgResponseJsonAdapter(moshi).nullSafe();
    }
    if (type == SendMsgRequest.class) {
      return new SendMsgRequestJsonAdapter(moshi).nullSafe();
    }
    if (type == SendMsgResponse.class) {
      return new SendMsgResponseJsonAdapter(moshi).nullSafe();
    }
    if (type == SetUnreadMsgNumRequest.class) {
      return new SetUnreadMsgNumRequestJsonAdapter(moshi).nullSafe();
    }
    if (type == TIMCustomElem.class) {
      return new TIMCustomElemJsonAdapter(moshi).nullSafe();
    }
    if (type == TIMCustomElemContent.class) {
      return new TIMCustomElemContentJsonAdapter(moshi).nullSafe();
    }
    if (type == TIMFaceElem.class) {
      return new TIMFaceElemJsonAdapter(moshi).nullSafe();
    }
    if (type == TIMFaceElemContent.class) {
      return new TIMFaceElemContentJsonAdapter(moshi).nullSafe();
    }
    if (type == TIMFileElem.class) {
      return new TIMFileElemJsonAdapter(moshi).nullSafe();
    }
    if (type == TIMFileElemContent.class) {
      return new TIMFileElemContentJsonAdapter(moshi).nullSafe();
    }
    if (type == TIMImageElem.class) {
      return new TIMImageElemJsonAdapter(moshi).nullSafe();
    }
    if (type == TIMImageElemContent.class) {
      return new TIMImageElemContentJsonAdapter(moshi).nullSafe();
    }
    if (type == TIMLocationElem.class) {
      return new TIMLocationElemJsonAdapter(moshi).nullSafe();
    }
    if (type == TIMLocationElemContent.class) {
      return new TIMLocationElemContentJsonAdapter(moshi).nullSafe();
    }
    if (type == TIMSoundElem.class) {
      return new TIMSoundElemJsonAdapter(moshi).nullSafe();
    }
    if (type == TIMSoundElemContent.class) {
      return new TIMSoundElemContentJsonAdapter(moshi).nullSafe();
    }
    if (type == TIMTextElem.class) {
      return new TIMTextElemJsonAdapter(moshi).nullSafe();
    }
    if (type == TIMTextElemContent.class) {
      return new TIMTextElemContentJsonAdapter(moshi).nullSafe();
    }
    if (type == TIMVideoFileElem.class) {
      return new TIMVideoFileElemJsonAdapter(moshi).nullSafe();
    }
    if (type == TIMVideoFileElemContent.class) {
      return new TIMVideoFileElemContentJsonAdapter(moshi).nullSafe();
    }
    return null;
  }
}

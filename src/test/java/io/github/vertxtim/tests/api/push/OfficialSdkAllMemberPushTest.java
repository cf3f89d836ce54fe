package io.github.vertxtim.tests.api.push;

import com.tencentcloudapi.im.ApiException;
import com.tencentcloudapi.im.api.AllMemberPushApi;
import com.tencentcloudapi.im.model.CommonResponse;
import com.tencentcloudapi.im.model.ImAddTagRequest;
import com.tencentcloudapi.im.model.ImGetAttrNameResponse;
import com.tencentcloudapi.im.model.ImGetAttrRequest;
import com.tencentcloudapi.im.model.ImGetAttrResponse;
import com.tencentcloudapi.im.model.ImGetAttrResponseAllOfUserAttrs;
import com.tencentcloudapi.im.model.ImGetTagRequest;
import com.tencentcloudapi.im.model.ImGetTagResponse;
import com.tencentcloudapi.im.model.ImGetTagResponseAllOfUserTags;
import com.tencentcloudapi.im.model.ImPushRequest;
import com.tencentcloudapi.im.model.ImPushRequestConditionInner;
import com.tencentcloudapi.im.model.ImPushResponse;
import com.tencentcloudapi.im.model.ImRemoveAllTagRequest;
import com.tencentcloudapi.im.model.ImRemoveAttrRequest;
import com.tencentcloudapi.im.model.ImRemoveTagRequest;
import com.tencentcloudapi.im.model.ImRemoveTagRequestUserTagsInner;
import com.tencentcloudapi.im.model.ImSetAttrNameRequest;
import com.tencentcloudapi.im.model.ImSetAttrRequest;
import com.tencentcloudapi.im.model.TIMMsgElement;
import com.tencentcloudapi.im.model.TIMTextElem;
import com.tencentcloudapi.im.model.TIMTextElemMsgContent;
import io.github.vertxtim.emulator.EmulatorState;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The official Tencent Java SDK's AllMemberPushApi drives every legacy all-member push endpoint of the emulator, in
 * the SDK's own request shapes (one-account im_add_tag and im_remove_attr bodies, Condition as an array), and
 * parses the answers.
 */
class OfficialSdkAllMemberPushTest extends PushTestSupport {

  private static final String SVC = EmulatorState.ALL_MEMBER_PUSH;

  @Test
  @SuppressWarnings("unchecked")
  void everyLegacyEndpointThroughTheOfficialSdk() throws ApiException {
    importAccounts("sdk-alice", "sdk-bob");
    AllMemberPushApi sdk = new AllMemberPushApi(patientSdk());

    ImSetAttrNameRequest names = new ImSetAttrNameRequest();
    names.setAttrNames(Map.of("0", "sex", "1", "city"));
    assertOk(sdk.imSetAttrName(1, names));
    ImGetAttrNameResponse gotNames = sdk.imGetAttrName(2, new HashMap<>());
    assertThat(gotNames.getErrorCode()).isZero();
    assertThat((Map<Object, Object>) gotNames.getAttrNames()).containsEntry("0", "sex").containsEntry("1", "city");

    ImGetAttrResponseAllOfUserAttrs alice = new ImGetAttrResponseAllOfUserAttrs();
    alice.setToAccount("sdk-alice");
    alice.setAttrs(Map.of("sex", "female", "city", "Shenzhen"));
    ImSetAttrRequest setAttrs = new ImSetAttrRequest();
    setAttrs.setUserAttrs(List.of(alice));
    assertOk(sdk.imSetAttr(3, setAttrs));

    ImRemoveAttrRequest removeAttr = new ImRemoveAttrRequest();
    removeAttr.setToAccount("sdk-alice");
    removeAttr.setAttrs(List.of("sex"));
    assertOk(sdk.imRemoveAttr(4, removeAttr));
    assertThat(state().pushAttrs(SVC, "sdk-alice")).isEqualTo(Map.of("city", "Shenzhen"));

    ImGetAttrRequest getAttr = new ImGetAttrRequest();
    getAttr.setToAccount(List.of("sdk-alice", "sdk-bob"));
    ImGetAttrResponse attrs = sdk.imGetAttr(5, getAttr);
    assertThat(attrs.getErrorCode()).isZero();
    assertThat(attrs.getUserAttrs()).hasSize(2);
    assertThat((Map<Object, Object>) attrs.getUserAttrs().get(0).getAttrs()).containsEntry("city", "Shenzhen");
    assertThat((Map<Object, Object>) attrs.getUserAttrs().get(1).getAttrs()).isEmpty();

    ImAddTagRequest addTag = new ImAddTagRequest();
    addTag.setToAccount("sdk-bob");
    addTag.setTags(List.of("stock-a", "stock-b"));
    assertOk(sdk.imAddTag(6, addTag));

    ImRemoveTagRequestUserTagsInner removeOne = new ImRemoveTagRequestUserTagsInner();
    removeOne.setToAccount("sdk-bob");
    removeOne.setTags(List.of("stock-b"));
    ImRemoveTagRequest removeTag = new ImRemoveTagRequest();
    removeTag.setUserTags(List.of(removeOne));
    assertOk(sdk.imRemoveTag(7, removeTag));

    ImGetTagRequest getTag = new ImGetTagRequest();
    getTag.setToAccount(List.of("sdk-bob"));
    ImGetTagResponse tags = sdk.imGetTag(8, getTag);
    assertThat(tags.getUserTags()).extracting(ImGetTagResponseAllOfUserTags::getToAccount).containsExactly("sdk-bob");
    assertThat(tags.getUserTags().get(0).getTags()).containsExactly("stock-a");

    ImPushRequestConditionInner byTag = new ImPushRequestConditionInner();
    byTag.setTagsOr(List.of("stock-a"));
    ImPushRequest push = new ImPushRequest();
    push.setMsgRandom(56512);
    push.setMsgLifeTime(120);
    push.setCondition(List.of(byTag));
    push.setMsgBody(List.of(text("hi, beauty")));
    ImPushResponse pushed = sdk.imPush(9, push);
    assertThat(pushed.getErrorCode()).isZero();
    assertThat(pushed.getTaskId()).isNotBlank();
    assertThat(state().pushRecipients(pushed.getTaskId())).containsExactly("sdk-bob");

    ImRemoveAllTagRequest removeAll = new ImRemoveAllTagRequest();
    removeAll.setToAccount(List.of("sdk-bob"));
    assertOk(sdk.imRemoveAllTags(10, removeAll));
    assertThat(state().pushTags(SVC, "sdk-bob")).isEmpty();

    // a FAIL answer parses as such (90048: no such account)
    ImAddTagRequest unknown = new ImAddTagRequest();
    unknown.setToAccount("nobody");
    unknown.setTags(List.of("a"));
    CommonResponse failed = sdk.imAddTag(11, unknown);
    assertThat(failed.getActionStatus()).isEqualTo("FAIL");
    assertThat(failed.getErrorCode()).isEqualTo(90048);
  }

  /** The SDK with generous timeouts: the build machine is shared and slow at times. */
  private com.tencentcloudapi.im.ApiClient patientSdk() {
    com.tencentcloudapi.im.ApiClient api = officialSdk();
    api.setConnectTimeout(20_000);
    api.setReadTimeout(20_000);
    return api;
  }

  private static TIMMsgElement text(String text) {
    TIMTextElemMsgContent content = new TIMTextElemMsgContent();
    content.setText(text);
    TIMTextElem elem = new TIMTextElem();
    elem.setMsgType("TIMTextElem");
    elem.setMsgContent(content);
    return new TIMMsgElement(elem);
  }

  private static void assertOk(CommonResponse answer) {
    assertThat(answer.getErrorCode()).as(answer.getErrorInfo()).isZero();
    assertThat(answer.getActionStatus()).isEqualTo("OK");
  }
}

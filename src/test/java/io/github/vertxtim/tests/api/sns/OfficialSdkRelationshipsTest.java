package io.github.vertxtim.tests.api.sns;

import com.tencentcloudapi.im.api.RelationshipsApi;
import com.tencentcloudapi.im.model.BlackListAddRequest;
import com.tencentcloudapi.im.model.BlackListAddResponse;
import com.tencentcloudapi.im.model.BlackListCheckRequest;
import com.tencentcloudapi.im.model.BlackListCheckResponse;
import com.tencentcloudapi.im.model.BlackListDeleteRequest;
import com.tencentcloudapi.im.model.BlackListGetRequest;
import com.tencentcloudapi.im.model.BlackListGetResponse;
import com.tencentcloudapi.im.model.FriendAddRequest;
import com.tencentcloudapi.im.model.FriendAddRequestAddFriendItemInner;
import com.tencentcloudapi.im.model.FriendAddResponse;
import com.tencentcloudapi.im.model.FriendCheckRequest;
import com.tencentcloudapi.im.model.FriendCheckResponse;
import com.tencentcloudapi.im.model.FriendDeleteAllRequest;
import com.tencentcloudapi.im.model.FriendDeleteRequest;
import com.tencentcloudapi.im.model.FriendDeleteResponse;
import com.tencentcloudapi.im.model.FriendGetListRequest;
import com.tencentcloudapi.im.model.FriendGetListResponse;
import com.tencentcloudapi.im.model.FriendGetRequest;
import com.tencentcloudapi.im.model.FriendGetResponse;
import com.tencentcloudapi.im.model.FriendImportRequest;
import com.tencentcloudapi.im.model.FriendImportRequestAddFriendItemInner;
import com.tencentcloudapi.im.model.FriendImportRequestAddFriendItemInnerCustomItemInner;
import com.tencentcloudapi.im.model.FriendImportResponse;
import com.tencentcloudapi.im.model.FriendUpdateRequest;
import com.tencentcloudapi.im.model.FriendUpdateRequestUpdateItemInner;
import com.tencentcloudapi.im.model.FriendUpdateRequestUpdateItemInnerSnsItemInner;
import com.tencentcloudapi.im.model.FriendUpdateResponse;
import com.tencentcloudapi.im.model.GroupAddRequest;
import com.tencentcloudapi.im.model.GroupAddResponse;
import com.tencentcloudapi.im.model.GroupDeleteRequest;
import com.tencentcloudapi.im.model.GroupDeleteResponse;
import com.tencentcloudapi.im.model.GroupGetRequest;
import com.tencentcloudapi.im.model.GroupGetResponse;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The official Tencent Java SDK's RelationshipsApi drives every sns endpoint it covers (all fifteen) against the
 * emulator and parses the answers. Its calls block: made from the JUnit thread.
 */
class OfficialSdkRelationshipsTest extends SnsTestBase {

  @Test
  void friendsThroughTheOfficialSdk() throws Exception {
    importUsers("s-ann", "s-ben", "s-cat");
    RelationshipsApi sdk = new RelationshipsApi(officialSdk());

    FriendAddRequest add = new FriendAddRequest();
    add.setFromAccount("s-ann");
    FriendAddRequestAddFriendItemInner ben = new FriendAddRequestAddFriendItemInner();
    ben.setToAccount("s-ben");
    ben.setAddSource("AddSource_Type_Sdk");
    ben.setRemark("Ben");
    ben.setGroupName("pals");
    add.setAddFriendItem(List.of(ben));
    add.setAddType("Add_Type_Both");
    add.setForceAddFlags(FriendAddRequest.ForceAddFlagsEnum.NUMBER_1);
    FriendAddResponse added = sdk.friendAdd(1, add);
    assertThat(added.getErrorCode()).isZero();
    assertThat(added.getResultItem()).singleElement().satisfies(i -> assertThat(i.getResultCode()).isZero());
    assertThat(state().friends("s-ben")).containsExactly("s-ann");

    FriendImportRequest imp = new FriendImportRequest();
    imp.setFromAccount("s-ann");
    FriendImportRequestAddFriendItemInner cat = new FriendImportRequestAddFriendItemInner();
    cat.setToAccount("s-cat");
    cat.setAddSource("AddSource_Type_Sdk");
    cat.setGroupName(List.of("pals"));
    FriendImportRequestAddFriendItemInnerCustomItemInner custom = new FriendImportRequestAddFriendItemInnerCustomItemInner();
    custom.setTag("Tag_SNS_Custom_Note");
    custom.setValue("met at work");
    cat.setCustomItem(List.of(custom));
    FriendImportResponse imported = sdk.friendImport(2, imp.addFriendItem(List.of(cat)));
    assertThat(imported.getFailAccount()).isEmpty();

    FriendUpdateRequest upd = new FriendUpdateRequest();
    upd.setFromAccount("s-ann");
    FriendUpdateRequestUpdateItemInner u = new FriendUpdateRequestUpdateItemInner();
    u.setToAccount("s-cat");
    FriendUpdateRequestUpdateItemInnerSnsItemInner remark = new FriendUpdateRequestUpdateItemInnerSnsItemInner();
    remark.setTag("Tag_SNS_IM_Remark");
    remark.setValue("Cat");
    FriendUpdateRequestUpdateItemInnerSnsItemInner group = new FriendUpdateRequestUpdateItemInnerSnsItemInner();
    group.setTag("Tag_SNS_IM_Group");
    group.setValue("cats");  // the SDK's Value is a String: one list name
    u.setSnsItem(List.of(remark, group));
    upd.setUpdateItem(List.of(u));
    FriendUpdateResponse updated = sdk.friendUpdate(3, upd);
    assertThat(updated.getResultItem()).singleElement().satisfies(i -> assertThat(i.getResultCode()).isZero());

    FriendCheckRequest check = new FriendCheckRequest();
    check.setFromAccount("s-ann");
    check.setToAccount(List.of("s-ben", "s-cat"));
    check.setCheckType("CheckResult_Type_Both");
    FriendCheckResponse checked = sdk.friendCheck(4, check);
    assertThat(checked.getInfoItem()).extracting(i -> i.getToAccount() + "=" + i.getRelation())
        .containsExactly("s-ben=CheckResult_Type_BothWay", "s-cat=CheckResult_Type_AWithB");

    FriendGetRequest get = new FriendGetRequest();
    get.setFromAccount("s-ann");
    get.setStartIndex(0);
    FriendGetResponse page = sdk.friendGet(5, get);
    assertThat(page.getFriendNum()).isEqualTo(2);
    assertThat(page.getCompleteFlag()).isEqualTo(1);
    assertThat(page.getUserDataItem()).extracting(i -> i.getToAccount()).containsExactly("s-ben", "s-cat");

    FriendGetListRequest list = new FriendGetListRequest();
    list.setFromAccount("s-ann");
    list.setToAccount(List.of("s-cat"));
    // not Tag_SNS_IM_Group: its value is a list, which the SDK's String Value cannot parse
    list.setTagList(List.of("Tag_SNS_IM_Remark", "Tag_SNS_Custom_Note"));
    FriendGetListResponse info = sdk.friendGetList(6, list);
    assertThat(info.getInfoItem().get(0).getSnsProfileItem()).extracting(i -> i.getTag() + "=" + i.getValue())
        .contains("Tag_SNS_IM_Remark=Cat", "Tag_SNS_Custom_Note=met at work");

    FriendDeleteRequest del = new FriendDeleteRequest();
    del.setFromAccount("s-ann");
    del.setToAccount(List.of("s-cat", "s-ben"));
    del.setDeleteType("Delete_Type_Single");
    FriendDeleteResponse deleted = sdk.friendDelete(7, del);
    assertThat(deleted.getResultItem()).extracting(i -> i.getResultCode()).containsExactly(0, 0);
    assertThat(state().friends("s-ann")).isEmpty();

    FriendDeleteAllRequest all = new FriendDeleteAllRequest();
    all.setFromAccount("s-ben");
    all.setDeleteType("Delete_Type_Both");
    assertThat(sdk.friendDeleteAll(8, all).getActionStatus()).isEqualTo("OK");
    assertThat(state().friends("s-ben")).isEmpty();
  }

  @Test
  void blocklistsAndFriendListsThroughTheOfficialSdk() throws Exception {
    importUsers("s-ann", "s-ben", "s-cat");
    befriend("s-ann", "s-ben");
    RelationshipsApi sdk = new RelationshipsApi(officialSdk());

    GroupAddRequest groupAdd = new GroupAddRequest();
    groupAdd.setFromAccount("s-ann");
    groupAdd.setGroupName(List.of("close"));
    groupAdd.setToAccount(List.of("s-ben", "s-cat"));
    GroupAddResponse groups = sdk.groupAdd(1, groupAdd);
    assertThat(groups.getErrorCode()).isZero();
    assertThat(groups.getFailAccount()).containsExactly("s-cat");
    assertThat(groups.getCurrentSequence()).isPositive();

    GroupGetRequest groupGet = new GroupGetRequest();
    groupGet.setFromAccount("s-ann");
    groupGet.setNeedFriend("Need_Friend_Type_Yes");
    GroupGetResponse got = sdk.groupGet(2, groupGet);
    assertThat(got.getResultItem()).singleElement().satisfies(g -> {
      assertThat(g.getGroupName()).isEqualTo("close");
      assertThat(g.getFriendNumber()).isEqualTo(1);
      assertThat(g.getToAccount()).containsExactly("s-ben");
    });

    GroupDeleteRequest groupDelete = new GroupDeleteRequest();
    groupDelete.setFromAccount("s-ann");
    groupDelete.setGroupName(List.of("close"));
    GroupDeleteResponse groupsDeleted = sdk.groupDelete(3, groupDelete);
    assertThat(groupsDeleted.getCurrentSequence()).isGreaterThan(groups.getCurrentSequence());

    BlackListAddRequest block = new BlackListAddRequest();
    block.setFromAccount("s-ann");
    block.setToAccount(List.of("s-ben", "s-cat"));
    BlackListAddResponse blocked = sdk.blackListAdd(4, block);
    assertThat(blocked.getResultItem()).extracting(i -> i.getResultCode()).containsExactly(0, 0);
    assertThat(state().friends("s-ben")).isEmpty();

    BlackListCheckRequest check = new BlackListCheckRequest();
    check.setFromAccount("s-ben");
    check.setToAccount(List.of("s-ann"));
    check.setCheckType("BlackCheckResult_Type_Both");
    BlackListCheckResponse checked = sdk.blackListCheck(5, check);
    assertThat(checked.getBlackListCheckItem()).singleElement()
        .satisfies(i -> assertThat(i.getRelation()).isEqualTo("BlackCheckResult_Type_BWithA"));

    BlackListGetRequest get = new BlackListGetRequest();
    get.setFromAccount("s-ann");
    get.setStartIndex(0);
    get.setMaxLimited(1);
    get.setLastSequence(0);
    BlackListGetResponse page = sdk.blackListGet(6, get);
    assertThat(page.getBlackListItem()).extracting(i -> i.getToAccount()).containsExactly("s-ben");
    assertThat(page.getStartIndex()).isEqualTo(1);
    assertThat(page.getCurruentSequence()).isPositive();

    BlackListDeleteRequest unblock = new BlackListDeleteRequest();
    unblock.setFromAccount("s-ann");
    unblock.setToAccount(List.of("s-ben"));
    assertThat(sdk.blackListDelete(7, unblock).getResultItem()).singleElement()
        .satisfies(i -> assertThat(i.getResultCode()).isZero());
    assertThat(state().blocklist("s-ann")).containsExactly("s-cat");
  }
}

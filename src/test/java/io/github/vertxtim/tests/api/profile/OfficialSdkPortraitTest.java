package io.github.vertxtim.tests.api.profile;

import com.tencentcloudapi.im.api.PortraitApi;
import com.tencentcloudapi.im.model.PortraitGetRequest;
import com.tencentcloudapi.im.model.PortraitGetResponse;
import com.tencentcloudapi.im.model.PortraitGetResponseAllOfProfileItem;
import com.tencentcloudapi.im.model.PortraitGetResponseAllOfUserProfileItem;
import com.tencentcloudapi.im.model.PortraitSetRequest;
import com.tencentcloudapi.im.model.PortraitSetRequestProfileItemInner;
import com.tencentcloudapi.im.model.PortraitSetResponse;
import io.github.vertxtim.api.account.Account;
import io.github.vertxtim.api.account.ImportAccountsRequest;
import io.github.vertxtim.tests.api.FamilyTestBase;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The official Tencent Java SDK's PortraitApi drives portrait_set and portrait_get and parses the answers. */
class OfficialSdkPortraitTest extends FamilyTestBase {

  @Test
  void setThenGetThroughTheOfficialSdk() throws Exception {
    await(() -> client.accounts().importAccounts(new ImportAccountsRequest(List.of(new Account("sdk-amy", "Amy",
        null)))));
    PortraitApi sdk = new PortraitApi(officialSdk());
    PortraitSetRequest set = new PortraitSetRequest();
    set.setFromAccount("sdk-amy");
    set.setProfileItem(List.of(item("Tag_Profile_IM_Gender", "Gender_Type_Female"),
        item("Tag_Profile_IM_Level", "5"), item("Tag_Profile_Custom_Team", "blue")));
    PortraitSetResponse setAnswer = sdk.portraitSet(1, set);
    assertThat(setAnswer.getActionStatus()).isEqualTo("OK");
    assertThat(setAnswer.getErrorCode()).isZero();

    PortraitGetRequest get = new PortraitGetRequest();
    get.setToAccount(List.of("sdk-amy", "sdk-nobody"));
    get.setTagList(List.of("Tag_Profile_IM_Nick", "Tag_Profile_IM_Gender", "Tag_Profile_IM_Level",
        "Tag_Profile_Custom_Team"));
    PortraitGetResponse answer = sdk.portraitGet(2, get);
    assertThat(answer.getErrorCode()).isZero();
    PortraitGetResponseAllOfUserProfileItem amy = answer.getUserProfileItem().get(0);
    assertThat(amy.getToAccount()).isEqualTo("sdk-amy");
    assertThat(amy.getProfileItem()).extracting(PortraitGetResponseAllOfProfileItem::getTag,
            PortraitGetResponseAllOfProfileItem::getValue)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Tag_Profile_IM_Nick", "Amy"),
            org.assertj.core.groups.Tuple.tuple("Tag_Profile_IM_Gender", "Gender_Type_Female"),
            org.assertj.core.groups.Tuple.tuple("Tag_Profile_IM_Level", "5"),
            org.assertj.core.groups.Tuple.tuple("Tag_Profile_Custom_Team", "blue"));
    assertThat(answer.getUserProfileItem().get(1).getResultCode()).isEqualTo(40003);
    assertThat(answer.getFailAccount()).containsExactly("sdk-nobody");

    PortraitSetRequest bad = new PortraitSetRequest();
    bad.setFromAccount("sdk-amy");
    bad.setProfileItem(List.of(item("Tag_Profile_IM_Gender", "Gender_Type_Robot")));
    assertThat(sdk.portraitSet(3, bad).getErrorCode()).isEqualTo(40605);
  }

  private static PortraitSetRequestProfileItemInner item(String tag, String value) {
    PortraitSetRequestProfileItemInner i = new PortraitSetRequestProfileItemInner();
    i.setTag(tag);
    i.setValue(value);
    return i;
  }
}

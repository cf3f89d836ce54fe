package io.github.vertxtim.tests.api.push;

import io.github.vertxtim.api.message.MsgBody;
import io.github.vertxtim.api.message.OfflinePushInfo;
import io.github.vertxtim.api.push.AccountListRequest;
import io.github.vertxtim.api.push.BatchPushRequest;
import io.github.vertxtim.api.push.PushRequest;
import io.github.vertxtim.api.push.RevokeRequest;
import io.github.vertxtim.emulator.EmulatorFeature;
import io.github.vertxtim.emulator.TimEmulatorOptions;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** An app that has not bought all-member push or the Push service: every endpoint of both answers 90045. */
class PushFeaturesOffTest extends PushTestSupport {

  @Override
  protected TimEmulatorOptions emulatorOptions() {
    return new TimEmulatorOptions().setFeatureEnabled(EmulatorFeature.ALL_MEMBER_PUSH, false)
        .setFeatureEnabled(EmulatorFeature.TIMPUSH, false);
  }

  @Test
  void everyPushEndpointAnswersNotEnabled() {
    importAccounts("alice");
    assertThat(EmulatorFeature.ALL_MEMBER_PUSH.notEnabledCode()).isEqualTo(90045);
    assertThat(EmulatorFeature.TIMPUSH.notEnabledCode()).isEqualTo(90045);
    awaitFailure(() -> client.allMemberPush().push(PushRequest.toAll(MsgBody.text("x"))), 90045);
    awaitFailure(() -> client.allMemberPush().getAttrNames(), 90045);
    awaitFailure(() -> client.allMemberPush().removeAllTags(AccountListRequest.of("alice")), 90045);
    awaitFailure(() -> client.timPush().batchPush(BatchPushRequest.of(ADMIN, List.of("alice"),
        OfflinePushInfo.of("t", "d"))), 90045);
    awaitFailure(() -> client.timPush().revoke(RevokeRequest.of("any", null)), 90045);
    awaitFailure(() -> client.timPush().getTags(AccountListRequest.of("alice")), 90045);
  }
}

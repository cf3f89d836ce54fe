package io.github.vertxtim.tests.api.sns;

import io.github.vertxtim.api.sns.AddFollowsRequest;
import io.github.vertxtim.api.sns.GetFollowsRequest;
import io.github.vertxtim.api.sns.PeersRequest;
import io.github.vertxtim.emulator.EmulatorFeature;
import io.github.vertxtim.emulator.TimEmulatorOptions;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** With the follow feature switched off (as for an app that has not enabled it), every follow endpoint answers 30005. */
class FollowDisabledTest extends SnsTestBase {

  @Override
  protected TimEmulatorOptions emulatorOptions() {
    return new TimEmulatorOptions().setFeatureEnabled(EmulatorFeature.FOLLOW, false);
  }

  @Test
  void everyFollowEndpointAnswers30005() {
    importUsers("alice", "bob");
    awaitFailure(() -> client.follows().addFollows(AddFollowsRequest.of("alice", List.of("bob"))), 30005);
    awaitFailure(() -> client.follows().deleteFollows(new PeersRequest("alice", List.of("bob"))), 30005);
    awaitFailure(() -> client.follows().checkFollows(new PeersRequest("alice", List.of("bob"))), 30005);
    awaitFailure(() -> client.follows().getFollows(new GetFollowsRequest("alice", 1, "", 10)), 30005);
    awaitFailure(() -> client.follows().getFollowInfo(new PeersRequest("alice", List.of("bob"))), 30005);
    assertThat(state().following("alice")).isEmpty();
    // friends are not a switched feature
    befriend("alice", "bob");
    assertThat(state().friends("alice")).containsExactly("bob");
  }
}

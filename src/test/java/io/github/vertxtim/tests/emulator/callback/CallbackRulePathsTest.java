package io.github.vertxtim.tests.emulator.callback;

import io.github.vertxtim.emulator.impl.TimEmulatorImpl;
import io.github.vertxtim.emulator.impl.callback.CallbackRules;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A rule under a path no family serves would never fire: every rule's path is an emulated endpoint. */
class CallbackRulePathsTest {

  @Test
  void everyRuleIsOnAnEmulatedEndpoint() {
    // the families' rules only keep the facts until a request opens them
    Set<String> paths = CallbackRules.of(null).keySet();
    assertThat(TimEmulatorImpl.emulatedEndpoints()).containsAll(paths);
    assertThat(paths).contains("million_group_open_http_svc/modify_topic",
        "group_open_http_svc/modify_group_member_info", "group_open_http_svc/set_group_attr",
        "group_open_http_svc/modify_group_attr", "group_open_http_svc/clear_group_attr",
        "group_open_http_svc/delete_group_attr", "group_open_http_svc/group_msg_receipt");
  }
}

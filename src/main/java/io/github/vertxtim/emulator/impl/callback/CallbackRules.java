package io.github.vertxtim.emulator.impl.callback;

import java.util.HashMap;
import java.util.Map;

/** The one table of endpoint path → callback rule, filled by each family's callbacks. */
public final class CallbackRules {

  private CallbackRules() {
  }

  public static Map<String, CallbackRule> of(CallbackFacts facts) {
    Map<String, CallbackRule> rules = new HashMap<>();
    new C2cCallbacks(facts).install(rules);
    GroupReceiptCallbacks receipts = new GroupReceiptCallbacks(facts);
    new GroupCallbacks(facts, receipts).install(rules);
    receipts.install(rules);
    new GroupChangeCallbacks(facts).install(rules);
    new SnsCallbacks(facts).install(rules);
    new OfficialAccountCallbacks(facts).install(rules);
    new PushCallbacks(facts).install(rules);
    return rules;
  }
}

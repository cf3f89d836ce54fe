package io.github.vertxtim.api.sns;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The body several relationship pages document alike, {@code {"From_Account":"alice","To_Account":["bob"]}}: one
 * user and the users the request is about. black_list_add and black_list_delete (at most 1000), follow_delete
 * and follow_get_info (at most 20) and follow_check (at most 100) take it; the caps come from the registry.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/34911">Adding Users to Blocklist</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PeersRequest(@JsonProperty("From_Account") String fromAccount,
                           @JsonProperty("To_Account") List<String> toAccounts,
                           @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) implements JsonRecord {

  public PeersRequest {
    Objects.requireNonNull(fromAccount, "From_Account");
    toAccounts = List.copyOf(Objects.requireNonNull(toAccounts, "To_Account"));
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public PeersRequest(String fromAccount, List<String> toAccounts) {
    this(fromAccount, toAccounts, null);
  }
}

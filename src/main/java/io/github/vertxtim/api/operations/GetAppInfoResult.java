package io.github.vertxtim.api.operations;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.api.JsonRecord;

import java.util.List;
import java.util.Map;

/**
 * Answer of openconfigsvr/getappinfo: one {@link Day} per day of statistics.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/34886">Pulling Operations Data</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetAppInfoResult(@JsonProperty("Result") List<Day> days,
                               @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
    implements JsonRecord {

  public GetAppInfoResult {
    days = days == null ? List.of() : List.copyOf(days);
    unknownFields = JsonRecord.copyOf(unknownFields);
  }

  public GetAppInfoResult(List<Day> days) {
    this(days, null);
  }

  /**
   * The statistics of one day ({@code Date} yyyyMMdd); the service sends every value as a string, and a
   * field not asked for in RequestField is null.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Day(@JsonProperty("AppName") String appName,
                    @JsonProperty("AppId") String appId,
                    @JsonProperty("Company") String company,
                    @JsonProperty("ActiveUserNum") String activeUserNum,
                    @JsonProperty("RegistUserNumOneDay") String registUserNumOneDay,
                    @JsonProperty("RegistUserNumTotal") String registUserNumTotal,
                    @JsonProperty("LoginTimes") String loginTimes,
                    @JsonProperty("LoginUserNum") String loginUserNum,
                    @JsonProperty("UpMsgNum") String upMsgNum,
                    @JsonProperty("SendMsgUserNum") String sendMsgUserNum,
                    @JsonProperty("APNSMsgNum") String apnsMsgNum,
                    @JsonProperty("C2CUpMsgNum") String c2cUpMsgNum,
                    @JsonProperty("C2CDownMsgNum") String c2cDownMsgNum,
                    @JsonProperty("C2CSendMsgUserNum") String c2cSendMsgUserNum,
                    @JsonProperty("C2CAPNSMsgNum") String c2cApnsMsgNum,
                    @JsonProperty("MaxOnlineNum") String maxOnlineNum,
                    @JsonProperty("DownMsgNum") String downMsgNum,
                    @JsonProperty("ChainIncrease") String chainIncrease,
                    @JsonProperty("ChainDecrease") String chainDecrease,
                    @JsonProperty("GroupUpMsgNum") String groupUpMsgNum,
                    @JsonProperty("GroupDownMsgNum") String groupDownMsgNum,
                    @JsonProperty("GroupSendMsgUserNum") String groupSendMsgUserNum,
                    @JsonProperty("GroupAPNSMsgNum") String groupApnsMsgNum,
                    @JsonProperty("GroupSendMsgGroupNum") String groupSendMsgGroupNum,
                    @JsonProperty("GroupJoinGroupTimes") String groupJoinGroupTimes,
                    @JsonProperty("GroupQuitGroupTimes") String groupQuitGroupTimes,
                    @JsonProperty("GroupNewGroupNum") String groupNewGroupNum,
                    @JsonProperty("GroupAllGroupNum") String groupAllGroupNum,
                    @JsonProperty("GroupDestroyGroupNum") String groupDestroyGroupNum,
                    @JsonProperty("CallBackReq") String callBackReq,
                    @JsonProperty("CallBackRsp") String callBackRsp,
                    @JsonProperty("Date") String date,
                    @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields)
      implements JsonRecord {

    public Day {
      unknownFields = JsonRecord.copyOf(unknownFields);
    }

    /** A counter as a number (0 when absent). */
    public static long count(String value) {
      return value == null || value.isEmpty() ? 0 : Long.parseLong(value);
    }
  }
}

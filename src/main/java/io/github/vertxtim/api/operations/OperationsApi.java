package io.github.vertxtim.api.operations;

import io.github.vertxtim.api.EmptyResult;
import io.github.vertxtim.api.TimCall;
import io.vertx.core.Future;

/** Operations: app statistics, message-record downloads, server IPs and the ban state of chat files. */
public interface OperationsApi {

  /**
   * The app's daily statistics (messages, users, groups …).
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/34886">Pulling Operations Data</a>
   */
  @TimCall("openconfigsvr/getappinfo")
  Future<GetAppInfoResult> getAppInfo(GetAppInfoRequest request);

  /**
   * The download address of one hour's one-to-one or group message records, within the last 7 days.
   *
   * @see <a href="https://trtc.io/document/34885">Downloading Recent Messages</a>
   */
  @TimCall("open_msg_svc/get_history")
  Future<GetHistoryResult> getHistory(GetHistoryRequest request);

  /**
   * The service's IP addresses, for firewall allow lists.
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/36742">Obtaining the Server IP Address</a>
   */
  @TimCall("ConfigSvc/GetIPList")
  Future<GetIpListResult> getIpList();

  /**
   * Bans a chat file (a rich-media message's COS object).
   *
   * @see <a href="https://cloud.tencent.com/document/product/269/74775">Banning Chat Files</a>
   */
  @TimCall("im_cos_msg/forbid_illegal_object")
  Future<EmptyResult> forbidIllegalObject(ForbidIllegalObjectRequest request);

  /**
   * Lifts the ban of a chat file.
   *
   * @see <a href="https://cloud.tencent.com/document/product/269/74776">Unbanning Chat Files</a>
   */
  @TimCall("im_cos_msg/allow_banned_object")
  Future<EmptyResult> allowBannedObject(AllowBannedObjectRequest request);

  /**
   * Signed URLs of chat files, with each file's status (normal, banned, missing).
   *
   * @see <a href="https://cloud.tencent.com/document/product/269/74777">Querying the Signed URL of a Chat File</a>
   */
  @TimCall("im_cos_msg/get_cos_sig")
  Future<GetCosSigResult> getCosSig(GetCosSigRequest request);
}

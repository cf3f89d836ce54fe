package io.github.vertxtim.api.moderation;

import io.github.vertxtim.api.TimCall;
import io.github.vertxtim.api.TimFamily;
import io.vertx.core.Future;

/**
 * Content moderation: the app's local word list, the cloud keyword libraries and on-demand moderation of text
 * and images. A console feature; see docs/families/official-accounts.md.
 */
@TimFamily("moderation")
public interface ModerationApi {

  /**
   * Adds up to 10 local moderation words.
   *
   * @see <a href="https://cloud.tencent.com/document/product/269/79139">Content Moderation (local moderation)</a>
   */
  @TimCall("im_msg_audit_mgr/add_local_audit_keywords")
  Future<RequestIdResult> addLocalAuditKeywords(AddLocalAuditKeywordsRequest request);

  /**
   * Deletes up to 10 local moderation words.
   *
   * @see <a href="https://cloud.tencent.com/document/product/269/79139">Content Moderation (local moderation)</a>
   */
  @TimCall("im_msg_audit_mgr/delete_local_audit_keywords")
  Future<RequestIdResult> deleteLocalAuditKeywords(DeleteLocalAuditKeywordsRequest request);

  /**
   * One page (offset paging, at most 100) of the local moderation words.
   *
   * @see <a href="https://cloud.tencent.com/document/product/269/79139">Content Moderation (local moderation)</a>
   */
  @TimCall("im_msg_audit_mgr/get_local_audit_keywords")
  Future<GetLocalAuditKeywordsResult> getLocalAuditKeywords(GetLocalAuditKeywordsRequest request);

  /**
   * Moderates one content item and answers the verdict.
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/77827">On-demand Moderation</a>
   */
  @TimCall("im_msg_audit/content_moderation")
  Future<ContentModerationResult> moderateContent(ContentModerationRequest request);

  /**
   * Moderates up to 10 text or image items and answers one verdict each.
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/77828">On-demand Batch Moderation</a>
   */
  @TimCall("im_msg_audit/batch_content_moderation")
  Future<BatchContentModerationResult> batchModerateContent(BatchContentModerationRequest request);

  /**
   * One page (offset paging, at most 100) of the cloud keyword libraries.
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/77829">Get Blocklists</a>
   */
  @TimCall("im_msg_audit_mgr/get_cloud_audit_keywords_ids")
  Future<GetCloudAuditKeywordsIdsResult> getCloudAuditKeywordsIds(GetCloudAuditKeywordsIdsRequest request);

  /**
   * One page (offset paging, at most 100) of a cloud library's keywords.
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/77830">Get Blocked Words</a>
   */
  @TimCall("im_msg_audit_mgr/get_cloud_audit_keywords")
  Future<GetCloudAuditKeywordsResult> getCloudAuditKeywords(GetCloudAuditKeywordsRequest request);

  /**
   * Adds up to 10 keywords to a cloud library.
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/77831">Add Blocked Words</a>
   */
  @TimCall("im_msg_audit_mgr/add_cloud_audit_keywords")
  Future<RequestIdResult> addCloudAuditKeywords(AddCloudAuditKeywordsRequest request);

  /**
   * Deletes up to 10 keywords of a cloud library; per-keyword outcomes are in the result.
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/77832">Delete Blocked Words</a>
   */
  @TimCall("im_msg_audit_mgr/delete_cloud_audit_keywords")
  Future<DeleteCloudAuditKeywordsResult> deleteCloudAuditKeywords(DeleteCloudAuditKeywordsRequest request);
}

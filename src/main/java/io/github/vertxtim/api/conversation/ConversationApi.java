package io.github.vertxtim.api.conversation;

import io.github.vertxtim.api.EmptyResult;
import io.github.vertxtim.api.TimCall;
import io.vertx.core.Future;

/**
 * Recent contacts (a user's conversation list) and conversation groups and marks. Conversations come into being
 * when messages are sent; these calls read and tidy them.
 */
public interface ConversationApi {

  /**
   * One page of a user's conversations, newest first, pinned ones first when asked; walk every page with
   * {@code client.pages("recentcontact", "get_list", …)}.
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/43087">Pulling a Conversation List</a>
   */
  @TimCall("recentcontact/get_list")
  Future<GetConversationsResult> getConversations(GetConversationsRequest request);

  /**
   * Deletes one conversation of a user, and with ClearRamble 1 its roaming messages.
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/43088">Deleting a Conversation</a>
   */
  @TimCall("recentcontact/delete")
  Future<EmptyResult> deleteConversation(DeleteConversationRequest request);

  /**
   * Creates conversation groups (at most 20 per user, names of at most 32 bytes) with their conversations.
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/53437">Creating Conversation Group Data</a>
   */
  @TimCall("recentcontact/create_contact_group")
  Future<CreateContactGroupResult> createContactGroup(CreateContactGroupRequest request);

  /**
   * Deletes conversation groups by name.
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/53441">Deleting Conversation Group Data</a>
   */
  @TimCall("recentcontact/del_contact_group")
  Future<DeleteContactGroupResult> deleteContactGroup(DeleteContactGroupRequest request);

  /**
   * Renames a conversation group, or adds and removes its conversations.
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/53439">Updating Conversation Group Data</a>
   */
  @TimCall("recentcontact/update_contact_group")
  Future<UpdateContactGroupResult> updateContactGroup(UpdateContactGroupRequest request);

  /**
   * The group and mark data of up to 300 given conversations.
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/53442">Searching for Conversation Group Marks</a>
   */
  @TimCall("recentcontact/search_contact_group")
  Future<SearchContactGroupsResult> searchContactGroups(SearchContactGroupsRequest request);

  /**
   * Sets or clears the standard and custom marks of up to 100 conversations; per-conversation outcomes.
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/53438">Creating or Updating Conversation Mark Data</a>
   */
  @TimCall("recentcontact/mark_contact")
  Future<MarkContactsResult> markContacts(MarkContactsRequest request);

  /**
   * One page of a user's conversation group and mark data.
   *
   * @see <a href="https://www.tencentcloud.com/document/product/1047/53440">Pulling Conversation Group Mark Data</a>
   */
  @TimCall("recentcontact/get_contact_group")
  Future<GetContactGroupsResult> getContactGroups(GetContactGroupsRequest request);
}

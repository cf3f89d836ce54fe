package io.github.vertxtim.registry;

/** Endpoints the typed API and the emulator name directly, looked up once from the default registry. */
public final class Endpoints {

  private static final EndpointRegistry R = EndpointRegistry.defaultRegistry();

  public static final Endpoint ACCOUNT_IMPORT = R.get("im_open_login_svc", "account_import");
  public static final Endpoint MULTIACCOUNT_IMPORT = R.get("im_open_login_svc", "multiaccount_import");
  public static final Endpoint ACCOUNT_DELETE = R.get("im_open_login_svc", "account_delete");
  public static final Endpoint ACCOUNT_CHECK = R.get("im_open_login_svc", "account_check");
  public static final Endpoint KICK = R.get("im_open_login_svc", "kick");
  public static final Endpoint QUERY_ONLINE_STATUS = R.get("openim", "query_online_status");
  public static final Endpoint GET_APPID_GROUP_LIST = R.get("group_open_http_svc", "get_appid_group_list");

  private Endpoints() {
  }
}

package com.slackadmin.connections.sandbox.control;

/**
 * The one Slack app the sandbox knows, as if registered at api.slack.com. The product uses exactly these
 * credentials while the sandbox is on; they protect nothing and are public on purpose.
 */
public final class SandboxApp {

  public static final String CLIENT_ID = "sandbox-client-id";
  public static final String CLIENT_SECRET = "sandbox-client-secret";
  public static final String APP_ID = "A0SANDBOX01";

  private SandboxApp() {}
}

package com.slackadmin.connections.platform;

/**
 * Another site a console form may lead the browser to, for the Content-Security-Policy's {@code form-action}
 * ({@link SecurityHeaders}). A feature that sends the browser elsewhere after a POST provides one as a
 * CDI bean; browsers apply {@code form-action} to the redirect that follows the form too.
 */
public interface FormTarget {

  /** The URL the browser is sent to; its origin is admitted. */
  String url();
}

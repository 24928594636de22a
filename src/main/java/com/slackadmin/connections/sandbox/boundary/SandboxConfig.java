package com.slackadmin.connections.sandbox.boundary;

import org.eclipse.microprofile.config.ConfigProvider;

/** The one setting the sandbox's pages need from outside: where the app is published. */
final class SandboxConfig {

  private SandboxConfig() {}

  /** {@code PUBLIC_URL} without a trailing slash; OAuth redirect URIs must lie under it. */
  static String publicUrl() {
    String url = ConfigProvider.getConfig(SandboxConfig.class.getClassLoader())
        .getOptionalValue("PUBLIC_URL", String.class).orElse("http://localhost:8080").trim();
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}

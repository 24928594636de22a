package com.slackadmin.connections.sandbox.control;

import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Whether the sandbox is on: only while neither real Slack credential is configured. A sandbox answering beside
 * real Slack would let someone "authorize" a connection nobody at Slack approved; and one credential without the
 * other (a secret that failed to load, say) is a configuration error that refuses the start, never the sandbox.
 */
public final class SandboxSwitch {

  private SandboxSwitch() {}

  /** Blank counts as unset, so an empty environment variable does not switch the sandbox off. */
  public static boolean isOn(Optional<String> clientId, Optional<String> clientSecret) {
    return !isSet(clientId) && !isSet(clientSecret);
  }

  public static boolean isOnByConfig() {
    Config config = ConfigProvider.getConfig(SandboxSwitch.class.getClassLoader());
    return isOn(config.getOptionalValue("SLACK_CLIENT_ID", String.class),
        config.getOptionalValue("SLACK_CLIENT_SECRET", String.class));
  }

  private static boolean isSet(Optional<String> value) {
    return value.filter(v -> !v.isBlank()).isPresent();
  }
}

package com.slackadmin.connections.slack.control;

import com.slackadmin.connections.platform.StartRefusedException;
import com.slackadmin.connections.platform.Starting;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which Slack the product talks to. With {@code SLACK_CLIENT_ID} and {@code SLACK_CLIENT_SECRET} set it is
 * slack.com (or the endpoints configured); otherwise it is the embedded sandbox, reached through
 * {@code PUBLIC_URL}, with the sandbox's own app credentials.
 */
@ApplicationScoped
public class SlackSettings {

  /** The user scopes a connection needs: SCIM admin, reading users and their emails, the team and its plan. */
  public static final String USER_SCOPES = "admin,users:read,users:read.email,team:read,team.billing:read";

  /** The path Slack sends the browser back to; {@code PUBLIC_URL} + this is the OAuth redirect URI. */
  public static final String CALLBACK_PATH = "/app/connections/callback";

  static final String SANDBOX_CLIENT_ID = "sandbox-client-id";
  static final String SANDBOX_CLIENT_SECRET = "sandbox-client-secret";

  private static final Logger LOG = Logger.getLogger(SlackSettings.class.getName());

  @Inject
  @ConfigProperty(name = "SLACK_CLIENT_ID")
  Optional<String> clientId;

  @Inject
  @ConfigProperty(name = "SLACK_CLIENT_SECRET")
  Optional<String> clientSecret;

  @Inject
  @ConfigProperty(name = "SLACK_OAUTH_AUTHORIZE_URL")
  Optional<String> authorizeUrl;

  @Inject
  @ConfigProperty(name = "SLACK_API_URL")
  Optional<String> apiUrl;

  @Inject
  @ConfigProperty(name = "SLACK_SCIM_URL")
  Optional<String> scimUrl;

  @Inject
  @ConfigProperty(name = "PUBLIC_URL", defaultValue = "http://localhost:8080")
  String publicUrl;

  @Inject
  @ConfigProperty(name = "SLACK_TIMEOUT_SECONDS", defaultValue = "10")
  int timeoutSeconds;

  @PostConstruct
  void describe() {
    LOG.info(() -> (isSandbox() ? "Slack sandbox is on (no SLACK_CLIENT_ID/SLACK_CLIENT_SECRET configured)"
        : "Talking to Slack") + ": authorize " + authorizeUrl() + ", Web API " + apiUrl() + ", SCIM " + scimUrl());
  }

  /**
   * One credential without the other is a secret that failed to load, or a typo: starting would either open the
   * sandbox where real Slack was meant (anyone could sign in there as anyone) or fail at every authorization.
   */
  void check(@Observes @Priority(Starting.CHECK) Starting starting) {
    halfConfigured().ifPresent(reason -> {
      throw new StartRefusedException(reason);
    });
  }

  /** Why the Slack credentials cannot be used, when exactly one of the two is set. */
  Optional<String> halfConfigured() {
    boolean id = present(clientId).isPresent();
    boolean secret = present(clientSecret).isPresent();
    if (id == secret) {
      return Optional.empty();
    }
    return Optional.of((id ? "SLACK_CLIENT_ID is set but SLACK_CLIENT_SECRET is empty or unset"
        : "SLACK_CLIENT_SECRET is set but SLACK_CLIENT_ID is empty or unset")
        + ": set both to talk to Slack, or neither to run with the built-in Slack sandbox.");
  }

  /** The sandbox is Slack only while neither credential is set (one alone refuses the start). */
  public boolean isSandbox() {
    return present(clientId).isEmpty() && present(clientSecret).isEmpty();
  }

  public String clientId() {
    return isSandbox() ? SANDBOX_CLIENT_ID : present(clientId).orElseThrow();
  }

  public String clientSecret() {
    return isSandbox() ? SANDBOX_CLIENT_SECRET : present(clientSecret).orElseThrow();
  }

  public String authorizeUrl() {
    return present(authorizeUrl).orElse(isSandbox() ? base() + "/sandbox/oauth/v2/authorize"
        : "https://slack.com/oauth/v2/authorize");
  }

  /** The Web API method prefix, ending in a slash. */
  public String apiUrl() {
    return withSlash(present(apiUrl).orElse(isSandbox() ? base() + "/sandbox/api/" : "https://slack.com/api/"));
  }

  /** The SCIM 2.0 prefix, ending in a slash. */
  public String scimUrl() {
    return withSlash(present(scimUrl).orElse(isSandbox() ? base() + "/sandbox/scim/v2/"
        : "https://api.slack.com/scim/v2/"));
  }

  /** How long to wait for each read of Slack's answer; a whole call may take twice as long. */
  public int timeoutSeconds() {
    return timeoutSeconds;
  }

  public String redirectUri() {
    return base() + CALLBACK_PATH;
  }

  private String base() {
    return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
  }

  private static Optional<String> present(Optional<String> value) {
    return value.map(String::trim).filter(v -> !v.isEmpty());
  }

  private static String withSlash(String url) {
    return url.endsWith("/") ? url : url + "/";
  }
}

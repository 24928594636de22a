package com.slackadmin.connections.notification.control;

import com.slackadmin.connections.platform.StartRefusedException;
import com.slackadmin.connections.platform.Starting;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The mail server for email notifications: {@code SMTP_HOST} turns email on, with {@code SMTP_PORT} (587),
 * {@code SMTP_USERNAME} and {@code SMTP_PASSWORD} (both, or neither), {@code SMTP_FROM} (required with a host),
 * and {@code SMTP_STARTTLS} ({@code true}: the connection must be upgraded to TLS before the password or any
 * message is sent). Settings that cannot work refuse the start; a server that cannot be reached shows in the
 * delivery log. Named for the profile page, which says whether email is on.
 */
@ApplicationScoped
@Named("mailSettings")
public class MailSettings {

  static final int TIMEOUT_MILLIS = 10_000;

  @Inject
  @ConfigProperty(name = "SMTP_HOST")
  Optional<String> host;

  @Inject
  @ConfigProperty(name = "SMTP_PORT", defaultValue = "587")
  String port;

  @Inject
  @ConfigProperty(name = "SMTP_USERNAME")
  Optional<String> username;

  @Inject
  @ConfigProperty(name = "SMTP_PASSWORD")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "SMTP_FROM")
  Optional<String> from;

  @Inject
  @ConfigProperty(name = "SMTP_STARTTLS", defaultValue = "true")
  String startTls;

  void check(@Observes @Priority(Starting.CHECK) Starting starting) {
    if (!isConfigured()) {
      return;
    }
    if (from.filter(f -> !f.isBlank()).isEmpty()) {
      throw new StartRefusedException("SMTP_FROM must be set when SMTP_HOST is: the address email notifications"
          + " come from, such as slack-admin@example.com.");
    }
    if (!port.strip().matches("\\d{1,5}") || Integer.parseInt(port.strip()) < 1
        || Integer.parseInt(port.strip()) > 65535) {
      throw new StartRefusedException("SMTP_PORT must be a port number (1 to 65535), such as 587; it is \"" + port
          + "\".");
    }
    if (username.isPresent() != password.isPresent()) {
      throw new StartRefusedException("Set both SMTP_USERNAME and SMTP_PASSWORD, or neither.");
    }
    if (!startTls.equalsIgnoreCase("true") && !startTls.equalsIgnoreCase("false")) {
      throw new StartRefusedException("SMTP_STARTTLS must be true or false.");
    }
  }

  /** Whether email notifications are on: a mail server is configured. */
  public boolean isConfigured() {
    return host.filter(h -> !h.isBlank()).isPresent();
  }

  String from() {
    return from.orElseThrow().strip();
  }

  /** Where the server is, for messages. */
  String server() {
    return host.orElse("") + ":" + port.strip();
  }

  /** A mail session for the configured server, with timeouts so that a silent server cannot hold the worker. */
  Session session() {
    Properties properties = new Properties();
    properties.put("mail.transport.protocol", "smtp");
    properties.put("mail.smtp.host", host.orElseThrow().strip());
    properties.put("mail.smtp.port", port.strip());
    properties.put("mail.smtp.connectiontimeout", String.valueOf(TIMEOUT_MILLIS));
    properties.put("mail.smtp.timeout", String.valueOf(TIMEOUT_MILLIS));
    properties.put("mail.smtp.writetimeout", String.valueOf(TIMEOUT_MILLIS));
    boolean tls = Boolean.parseBoolean(startTls.strip());
    properties.put("mail.smtp.starttls.enable", String.valueOf(tls));
    properties.put("mail.smtp.starttls.required", String.valueOf(tls));
    if (username.isEmpty()) {
      return Session.getInstance(properties);
    }
    properties.put("mail.smtp.auth", "true");
    PasswordAuthentication credentials = new PasswordAuthentication(username.get(), password.orElse(""));
    return Session.getInstance(properties, new Authenticator() {
      @Override
      protected PasswordAuthentication getPasswordAuthentication() {
        return credentials;
      }
    });
  }
}

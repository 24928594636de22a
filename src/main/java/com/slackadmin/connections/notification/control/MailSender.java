package com.slackadmin.connections.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;

/** Sends one plain-text email through the configured mail server (Jakarta Mail), and says how it went. */
@ApplicationScoped
public class MailSender {

  @Inject
  MailSettings settings;

  public Attempt send(String to, String subject, String text) {
    if (!settings.isConfigured()) {
      return Attempt.failed(null, "No mail server is configured (SMTP_HOST) any more.");
    }
    try {
      MimeMessage message = new MimeMessage(settings.session());
      message.setFrom(new InternetAddress(settings.from(), true));
      message.setRecipients(MimeMessage.RecipientType.TO, InternetAddress.parse(to, true));
      // a nickname may hold a line break (the API renames too): none may reach a header
      message.setSubject(subject.replaceAll("\\p{Cntrl}+", " "), StandardCharsets.UTF_8.name());
      message.setText(text, StandardCharsets.UTF_8.name());
      Transport.send(message);
      return Attempt.delivered(null);
    } catch (MessagingException failed) {
      return Attempt.failed(null, explain(failed));
    }
  }

  /** Jakarta Mail's failure in words that say which setting to look at. */
  String explain(MessagingException failed) {
    Throwable cause = innermost(failed);
    if (failed instanceof AuthenticationFailedException) {
      return "The mail server " + settings.server() + " refused the sign-in: check SMTP_USERNAME and SMTP_PASSWORD.";
    }
    if (cause instanceof ConnectException || cause instanceof UnknownHostException
        || cause instanceof SocketTimeoutException) {
      return "The mail server " + settings.server() + " could not be reached (" + cause.getClass().getSimpleName()
          + ": " + cause.getMessage() + "): check SMTP_HOST and SMTP_PORT.";
    }
    if (failed instanceof SendFailedException) {
      return "The mail server " + settings.server() + " refused the address: " + failed.getMessage();
    }
    return "The mail server " + settings.server() + " refused the message: " + failed.getMessage()
        + (cause == failed ? "" : " (" + cause.getMessage() + ")");
  }

  private static Throwable innermost(Throwable failure) {
    Throwable cause = failure;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause;
  }
}

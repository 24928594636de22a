package com.slackadmin.connections.notification.control;

import com.slackadmin.connections.account.control.ConsoleUsers;
import com.slackadmin.connections.account.entity.ConsoleUser;
import com.slackadmin.connections.connection.control.ConnectionSharing;
import com.slackadmin.connections.notification.entity.Channel;
import com.slackadmin.connections.notification.entity.Delivery;
import com.slackadmin.connections.notification.entity.EventKind;
import com.slackadmin.connections.notification.entity.Notification;
import com.slackadmin.connections.notification.entity.NotificationEvent;
import com.slackadmin.connections.notification.entity.Webhook;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Turns an occurrence into what reaches people, in one commit: the event (with its webhook body), a console
 * notification for each recipient ({@link Recipients}), an email delivery for each of them who asked for email
 * (while a mail server is configured), and a webhook delivery for each registered webhook. The deliveries are
 * sent afterwards by the {@link DeliveryWorker}.
 */
@ApplicationScoped
public class Notifier {

  @PersistenceContext
  EntityManager em;

  @Inject
  ConnectionSharing sharing;

  @Inject
  ConsoleUsers users;

  @Inject
  Webhooks webhooks;

  @Inject
  MailSettings mail;

  @Inject
  DeliveryStore deliveries;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public NotificationEvent publish(Occurrence occurrence) {
    NotificationEvent event = new NotificationEvent(occurrence.kind(), occurrence.connectionId(),
        occurrence.nickname(), NotificationText.title(occurrence), NotificationText.detail(occurrence),
        occurrence.at());
    event.aboutBulkRun(occurrence.bulkRunId());
    em.persist(event);
    em.flush();
    event.carry(WebhookPayload.of(event.getId(), occurrence));

    List<ConsoleUser> people = users.enabled();
    Set<Long> recipients = recipients(occurrence, people);
    Instant now = occurrence.at();
    for (ConsoleUser person : people) {
      if (!recipients.contains(person.getId())) {
        continue;
      }
      em.persist(new Notification(event, person.getId()));
      if (mail.isConfigured() && person.isEmailNotifications()) {
        deliveries.add(new Delivery(event, Channel.EMAIL, null, person.getEmail(), now));
      }
    }
    for (Webhook webhook : webhooks.all()) {
      deliveries.add(new Delivery(event, Channel.WEBHOOK, webhook.getId(), webhook.getUrl(), now));
    }
    return event;
  }

  /**
   * A test event for one webhook, signed and logged as every delivery is, so that an ADMIN sees the receiver
   * answer; no one is notified.
   *
   * @throws NotificationException when there is no such webhook
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Webhook test(ConsoleUser admin, long webhookId, Instant now) {
    Webhooks.requireAdmin(admin);
    Webhook webhook = em.find(Webhook.class, webhookId);
    if (webhook == null) {
      throw new NotificationException(null, "There is no webhook " + webhookId + ".");
    }
    Occurrence test = new Occurrence(EventKind.WEBHOOK_TEST, null, null, null, null, null, null, null,
        admin.getUsername(), null, now);
    NotificationEvent event = new NotificationEvent(test.kind(), null, null, NotificationText.title(test),
        NotificationText.detail(test), now);
    em.persist(event);
    em.flush();
    event.carry(WebhookPayload.of(event.getId(), test));
    deliveries.add(new Delivery(event, Channel.WEBHOOK, webhook.getId(), webhook.getUrl(), now));
    return webhook;
  }

  private Set<Long> recipients(Occurrence occurrence, List<ConsoleUser> people) {
    var audience = occurrence.connectionId() == null ? null
        : sharing.audience(occurrence.connectionId()).orElse(null);
    List<Recipients.Person> persons = people.stream()
        .map(p -> new Recipients.Person(p.getId(), p.getRole(), p.isEnabled())).toList();
    return Recipients.of(audience == null ? null : audience.ownerId(),
        audience == null ? Set.of() : audience.shareeIds(), persons);
  }
}

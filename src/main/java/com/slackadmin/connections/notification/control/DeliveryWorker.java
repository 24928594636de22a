package com.slackadmin.connections.notification.control;

import com.slackadmin.connections.notification.entity.Delivery;
import com.slackadmin.connections.notification.entity.NotificationEvent;
import com.slackadmin.connections.platform.Starting;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedExecutors;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedTask;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the deliveries the outbox holds: every few seconds ({@link NotificationSettings#pollPeriod()}) a pass on
 * the managed executor claims each delivery due, attempts it and stores the outcome; a failed attempt waits as the
 * {@link RetrySchedule} says, and is given up after the last. Nothing that fires events waits for this: a receiver
 * that is down delays only its own deliveries.
 */
@ApplicationScoped
public class DeliveryWorker {

  private static final Logger LOG = Logger.getLogger(DeliveryWorker.class.getName());
  private static final int BATCH = 50;

  @Resource
  ManagedScheduledExecutorService scheduler;

  @Resource
  ManagedExecutorService executor;

  @Inject
  DeliveryStore store;

  @Inject
  Webhooks webhooks;

  @Inject
  MailSender mail;

  @Inject
  WebhookSender sender;

  @Inject
  NotificationSettings settings;

  @Inject
  Clock clock;

  private final AtomicBoolean working = new AtomicBoolean();
  private volatile boolean stopping;
  private ScheduledFuture<?> task;

  void start(@Observes @Priority(Starting.WORK) Starting starting) {
    long period = settings.pollPeriod().toMillis();
    task = scheduler.scheduleWithFixedDelay(this::startPass, period, period, TimeUnit.MILLISECONDS);
  }

  private void startPass() {
    if (!working.compareAndSet(false, true)) {
      return;
    }
    try {
      executor.submit(ManagedExecutors.managedTask((Runnable) this::pass,
          Map.of(ManagedTask.IDENTITY_NAME, "notification deliveries"), null));
    } catch (RuntimeException rejected) {
      working.set(false);
      LOG.log(Level.WARNING, "Deliveries could not start: {0}", rejected.toString());
    }
  }

  private void pass() {
    try {
      for (Long id : store.due(clock.instant(), BATCH)) {
        if (stopping) {
          break;
        }
        if (store.claim(id, clock.instant(), clock.instant().plus(settings.lease()))) {
          attempt(id);
        }
      }
    } catch (RuntimeException failed) {
      LOG.log(Level.WARNING, "A pass over the deliveries failed; the next one goes on", failed);
    } finally {
      working.set(false);
    }
  }

  /** Makes one attempt and stores its outcome; a delivery that can never succeed is given up at once. */
  void attempt(long id) {
    Delivery delivery = store.find(id).orElse(null);
    if (delivery == null) {
      return;
    }
    int made = delivery.getAttempts() + 1;
    Attempt attempt;
    boolean hopeless = false;
    try {
      attempt = switch (delivery.getChannel()) {
        case EMAIL -> email(delivery);
        case WEBHOOK -> {
          Optional<String> secret = webhooks.secretOf(delivery.getWebhookId());
          hopeless = secret.isEmpty();
          yield secret.map(s -> call(delivery, s))
              .orElseGet(() -> Attempt.failed(null, "The webhook was removed, or its secret cannot be decrypted"
                  + " with this encryption key: register it again."));
        }
      };
    } catch (RuntimeException failed) {
      LOG.log(Level.WARNING, failed, () -> "Delivery " + id + " failed on our side");
      attempt = Attempt.failed(null, "Failed on our side (" + failed.getClass().getSimpleName() + "); see the"
          + " server log.");
    }
    Optional<Duration> retry = attempt.delivered() || hopeless ? Optional.empty() : settings.retries().next(made);
    store.settle(id, made, attempt, retry, clock.instant());
  }

  private Attempt call(Delivery delivery, String secret) {
    NotificationEvent event = delivery.getEvent();
    return sender.send(delivery.getDestination(), secret, delivery.getId(), event.getKind().type(),
        event.getPayload(), clock.instant().getEpochSecond());
  }

  private Attempt email(Delivery delivery) {
    NotificationEvent event = delivery.getEvent();
    StringBuilder text = new StringBuilder(event.getTitle()).append("\n\n");
    if (event.getDetail() != null) {
      text.append(event.getDetail()).append("\n\n");
    }
    if (event.getBulkRunId() != null) {
      text.append("The bulk run in the console: ").append(settings.bulkRunUrl(event.getBulkRunId())).append("\n\n");
    } else if (event.getConnectionId() != null) {
      text.append("The connection in the console: ").append(settings.connectionUrl(event.getConnectionId()))
          .append("\n\n");
    }
    text.append("-- \nSlack Admin Connections. You get this because you own, share or administer this connection"
        + " and asked for notifications by email; change that on your profile in the console.\n");
    return mail.send(delivery.getDestination(), event.getTitle(), text.toString());
  }

  @PreDestroy
  void stop() {
    stopping = true;
    if (task != null) {
      task.cancel(false);
    }
  }
}

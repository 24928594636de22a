package com.slackadmin.connections.notification.boundary;

import com.slackadmin.connections.platform.WebBoundary;
import java.util.Set;

/** The notifications' console pages: a person's notifications, and the ADMINs' webhooks with the delivery log. */
public class NotificationWebBoundary implements WebBoundary {

  @Override
  public Set<Class<?>> controllers() {
    return Set.of(NotificationsController.class, WebhooksController.class);
  }
}

package com.slackadmin.connections.notification.boundary;

import com.slackadmin.connections.account.control.CurrentUser;
import com.slackadmin.connections.notification.control.Inbox;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The unread count beside Notifications in every page's header: counted once per request, when shown. */
@RequestScoped
@Named("notificationBadge")
public class NotificationBadge {

  @Inject
  CurrentUser currentUser;

  @Inject
  Inbox inbox;

  private Long unread;

  public long getUnread() {
    if (unread == null) {
      unread = currentUser.find().map(inbox::unread).orElse(0L);
    }
    return unread;
  }
}

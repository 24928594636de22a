package com.slackadmin.connections.notification.entity;

/** How a notification leaves the console. */
public enum Channel {
  EMAIL, WEBHOOK
}

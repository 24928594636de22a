package com.slackadmin.connections.bulk.boundary;

import com.slackadmin.connections.bulk.control.RowRetentionSettings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The current retention of bulk runs' rows, for pages outside the bulk controllers (the privacy page). */
@Named("rowRetention")
@RequestScoped
public class RowRetentionView {

  @Inject
  RowRetentionSettings settings;

  private Integer days;

  public int getDays() {
    if (days == null) {
      days = settings.days();
    }
    return days;
  }
}

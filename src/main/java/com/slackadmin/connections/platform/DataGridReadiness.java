package com.slackadmin.connections.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready while this node is a running member of the data grid (sessions and the Slack rate budget live there),
 * with how many members it sees; not ready from the moment the process is asked to stop, so that a balancer
 * sends no more requests to it.
 */
@Readiness
@ApplicationScoped
public class DataGridReadiness implements HealthCheck {

  @Inject
  DataGrid grid;

  @Inject
  ShutdownSignal shutdown;

  private volatile boolean stopping;

  void stopping(@Observes @BeforeDestroyed(ApplicationScoped.class) Object application) {
    stopping = true;
  }

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder check = HealthCheckResponse.named("data-grid");
    if (stopping || shutdown.received()) {
      return check.down().withData("stopping", true).build();
    }
    if (!grid.present()) {
      return check.up().withData("members", 0).build(); // started without a grid: a lone node
    }
    return check.status(grid.running()).withData("members", grid.members()).build();
  }
}

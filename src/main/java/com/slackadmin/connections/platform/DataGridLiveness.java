package com.slackadmin.connections.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Live while this node's data grid member runs. A member that has shut down (it could not rejoin after the
 * network split the cluster) does not come back by itself: the node must be restarted. The database is not
 * part of liveness: a restart does not bring a database back, readiness tells a balancer about it.
 */
@Liveness
@ApplicationScoped
public class DataGridLiveness implements HealthCheck {

  @Inject
  DataGrid grid;

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("data-grid").status(!grid.present() || grid.running()).build();
  }
}

package com.slackadmin.connections.bulk.boundary;

import com.slackadmin.connections.platform.WebBoundary;
import java.util.Set;

/** The bulk runs' console pages and JSON resources. */
public class BulkWebBoundary implements WebBoundary {

  @Override
  public Set<Class<?>> controllers() {
    return Set.of(BulkRunController.class, RowRetentionController.class);
  }

  @Override
  public Set<Class<?>> resources() {
    return Set.of(BulkRunResource.class, BulkRunsResource.class);
  }
}

package com.slackadmin.connections.benchmark;

import com.slackadmin.connections.support.DeployedWar;
import org.junit.jupiter.api.Nested;

/**
 * The benchmarks, on one Payara Micro boot of the built WAR configured as for the integration tests; run only by
 * {@code ./mvnw verify -Pbenchmark}, one alone with {@code -Dit.test='BenchmarksIT$Load'}. They measure and
 * report; none asserts a time.
 */
class BenchmarksIT extends DeployedWar {

  @Nested
  class Load extends LoadBenchmark {}

  @Nested
  class Page extends PageBenchmark {}

  @Nested
  class Cards extends CardBenchmark {}

  @Nested
  class Bulk extends BulkBenchmark {}
}

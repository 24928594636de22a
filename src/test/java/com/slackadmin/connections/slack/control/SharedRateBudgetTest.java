package com.slackadmin.connections.slack.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import com.slackadmin.connections.platform.DataGrid;
import com.slackadmin.connections.slack.control.SlackRateBudgetTest.MovableClock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two nodes' budgets on one data grid (two Hazelcast members in this JVM, as Payara Micro's are in two) are
 * one budget per org: what one node takes, the other cannot.
 */
class SharedRateBudgetTest {

  static HazelcastInstance memberA;
  static HazelcastInstance memberB;

  private final MovableClock clock = new MovableClock();

  @BeforeAll
  static void twoMembers() {
    String cluster = "rate-budget-test-" + UUID.randomUUID();
    memberA = Hazelcast.newHazelcastInstance(config(cluster));
    memberB = Hazelcast.newHazelcastInstance(config(cluster));
    assertEquals(2, memberA.getCluster().getMembers().size());
  }

  @AfterAll
  static void stop() {
    memberA.shutdown();
    memberB.shutdown();
  }

  private static Config config(String cluster) {
    Config config = new Config().setClusterName(cluster);
    config.setProperty("hazelcast.phone.home.enabled", "false");
    config.setProperty("hazelcast.logging.type", "none");
    config.getNetworkConfig().setPort(5920).setPortAutoIncrement(true).setPortCount(10);
    config.getNetworkConfig().getInterfaces().setEnabled(true).addInterface("127.0.0.1");
    JoinConfig join = config.getNetworkConfig().getJoin();
    join.getMulticastConfig().setEnabled(false);
    join.getAutoDetectionConfig().setEnabled(false);
    join.getTcpIpConfig().setEnabled(true).addMember("127.0.0.1");
    return config;
  }

  private SlackRateBudget node(HazelcastInstance member) {
    SlackRateBudget budget = new SlackRateBudget();
    budget.grid = new DataGrid(member);
    budget.clock = clock;
    budget.timeScale = 1;
    return budget;
  }

  @Test
  void whatOneNodeTakesTheOtherCannot() {
    SlackRateBudget a = node(memberA);
    SlackRateBudget b = node(memberB);
    String org = "E" + UUID.randomUUID();
    for (int i = 0; i < 10; i++) {
      assertEquals(Duration.ZERO, a.reserve(org, ScimLimits.of("DELETE", "/Users/U1"), Duration.ofDays(1)));
      assertEquals(Duration.ZERO, b.reserve(org, ScimLimits.of("DELETE", "/Users/U1"), Duration.ofDays(1)));
    }
    // the burst of 20 is spent by the two together: the next call on either waits its turn
    assertEquals(340, b.reserve(org, ScimLimits.of("DELETE", "/Users/U1"), Duration.ofDays(1)).toMillis(), 1);
    assertEquals(680, a.reserve(org, ScimLimits.of("DELETE", "/Users/U1"), Duration.ofDays(1)).toMillis(), 1);
  }

  @Test
  void aSlowDownOnOneNodeHoldsTheOther() {
    SlackRateBudget a = node(memberA);
    SlackRateBudget b = node(memberB);
    String org = "E" + UUID.randomUUID();
    a.slowDown(org, Duration.ofSeconds(30));
    assertEquals(30, b.reserve(org, List.of(ScimLimits.READS), Duration.ofDays(1)).toSeconds());
  }
}

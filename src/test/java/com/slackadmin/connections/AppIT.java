package com.slackadmin.connections;

import com.slackadmin.connections.account.ConsoleSignInScenarios;
import com.slackadmin.connections.account.TeamsScenarios;
import com.slackadmin.connections.bulk.BulkRunsScenarios;
import com.slackadmin.connections.card.CardFirstScenarios;
import com.slackadmin.connections.card.CardsScenarios;
import com.slackadmin.connections.connection.ConnectionsPageScenarios;
import com.slackadmin.connections.connection.NewConnectionScenarios;
import com.slackadmin.connections.notification.HealthAndNotificationsScenarios;
import com.slackadmin.connections.platform.OddInputScenarios;
import com.slackadmin.connections.platform.PersistenceScenarios;
import com.slackadmin.connections.platform.api.ApiScenarios;
import com.slackadmin.connections.sandbox.SandboxOAuthScenarios;
import com.slackadmin.connections.sandbox.SandboxScimScenarios;
import com.slackadmin.connections.support.DeployedWar;
import org.junit.jupiter.api.Nested;

/**
 * Every feature's scenarios against the application as configured by default (the Slack sandbox on), on one
 * Payara Micro boot. The scenarios live beside their feature; a new scenario class is added here, or
 * {@code ScenarioRegistrationTest} fails.
 */
class AppIT extends DeployedWar {

  @Nested
  class ConsoleSignIn extends ConsoleSignInScenarios {}

  @Nested
  class ConnectionsPage extends ConnectionsPageScenarios {}

  @Nested
  class NewConnection extends NewConnectionScenarios {}

  @Nested
  class Teams extends TeamsScenarios {}

  @Nested
  class Api extends ApiScenarios {}

  @Nested
  class Cards extends CardsScenarios {}

  @Nested
  class CardFirst extends CardFirstScenarios {}

  @Nested
  class BulkRuns extends BulkRunsScenarios {}

  @Nested
  class HealthAndNotifications extends HealthAndNotificationsScenarios {}

  @Nested
  class Persistence extends PersistenceScenarios {}

  @Nested
  class OddInput extends OddInputScenarios {}

  @Nested
  class SandboxOAuth extends SandboxOAuthScenarios {}

  @Nested
  class SandboxScim extends SandboxScimScenarios {}
}

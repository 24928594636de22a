package com.slackadmin.connections.sandbox.control;

import com.slackadmin.connections.sandbox.control.SandboxWorld.State;
import com.slackadmin.connections.sandbox.entity.Enterprise;
import com.slackadmin.connections.sandbox.entity.Grant;
import com.slackadmin.connections.sandbox.entity.Person;
import com.slackadmin.connections.sandbox.entity.Workspace;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The Web API methods that need a user token: {@code auth.test}, {@code auth.teams.list}, {@code users.info},
 * {@code users.list},
 * {@code team.info}, {@code team.billing.info}, {@code auth.revoke}. Each checks the token, then the scope it
 * needs, as Slack.
 */
@ApplicationScoped
public class WebApiMethods {

  public static final Set<String> METHODS =
      Set.of("oauth.v2.access", "auth.test", "auth.teams.list", "users.info", "users.list", "team.info",
          "team.billing.info", "auth.revoke");

  @Inject
  SandboxWorld world;

  @Inject
  OAuthAccess oauthAccess;

  public JsonObject call(String method, ApiParams params) {
    if ("oauth.v2.access".equals(method)) {
      return oauthAccess.access(params);
    }
    if (!METHODS.contains(method)) {
      return SlackJson.error("unknown_method");
    }
    Function<State, JsonObject> work = state -> {
      Authed authed = Authed.check(state, params.token());
      if (authed.failed()) {
        return SlackJson.error(authed.error());
      }
      return switch (method) {
        case "auth.test" -> authTest(state, authed);
        case "auth.teams.list" -> TeamsList.list(state.directory(), authed.grant(), params);
        case "users.info" -> needing("users:read", authed, () -> usersInfo(state, authed, params));
        case "users.list" -> needing("users:read", authed,
            () -> UsersList.list(state.directory(), authed.grant(), params, world.clock().instant()));
        case "team.info" -> needing("team:read", authed, () -> teamInfo(state, authed, params));
        case "team.billing.info" -> needing("team.billing:read", authed,
            () -> SlackJson.ok().add("plan", state.directory().planOf(authed.grant()).slackName()).build());
        default -> authRevoke(state, params);
      };
    };
    return "auth.revoke".equals(method) ? world.change(work) : world.apply(work);
  }

  private static JsonObject needing(String scope, Authed authed, java.util.function.Supplier<JsonObject> work) {
    return authed.grant().hasScope(scope) ? work.get() : SlackJson.missingScope(scope, authed.grant().scopeList());
  }

  private JsonObject authTest(State state, Authed authed) {
    Grant grant = authed.grant();
    Directory directory = state.directory();
    Optional<Enterprise> enterprise = directory.enterprise(grant.enterpriseId());
    var answer = SlackJson.ok();
    if (grant.isEnterpriseInstall()) {
      Enterprise org = enterprise.orElseThrow();
      answer.add("url", "https://" + org.domain() + ".enterprise.slack.com/").add("team", org.name())
          .add("team_id", org.id());
    } else {
      Workspace workspace = directory.workspace(grant.teamId()).orElseThrow();
      answer.add("url", "https://" + workspace.getDomain() + ".slack.com/").add("team", workspace.getName())
          .add("team_id", workspace.getId());
    }
    answer.add("user", authed.person().getUserName()).add("user_id", authed.person().getId());
    enterprise.ifPresent(org -> answer.add("enterprise_id", org.id()));
    return answer.add("is_enterprise_install", grant.isEnterpriseInstall()).build();
  }

  private JsonObject usersInfo(State state, Authed authed, ApiParams params) {
    Directory directory = state.directory();
    Optional<Person> target = directory.person(params.get("user"))
        .filter(p -> directory.isVisibleTo(authed.grant(), p));
    if (target.isEmpty()) {
      return SlackJson.error("user_not_found");
    }
    Person person = target.get();
    Grant grant = authed.grant();
    return SlackJson.ok().add("user", UserObjects.of(directory, grant, person, UserObjects.teamSeenFrom(grant, person),
        params.isTrue("include_locale"))).build();
  }

  private JsonObject teamInfo(State state, Authed authed, ApiParams params) {
    Directory directory = state.directory();
    Grant grant = authed.grant();
    String asked = params.get("team");
    if (asked == null && grant.isEnterpriseInstall()) {
      return SlackJson.ok().add("team", SlackJson.org(directory.enterprise(grant.enterpriseId()).orElseThrow()))
          .build();
    }
    String teamId = asked == null ? grant.teamId() : asked;
    Optional<Workspace> workspace = directory.workspace(teamId).filter(w -> w.getId().equals(grant.teamId())
        || (w.getEnterpriseId() != null && w.getEnterpriseId().equals(grant.enterpriseId())));
    if (workspace.isEmpty()) {
      return SlackJson.error("team_not_found");
    }
    Enterprise org = directory.enterprise(workspace.get().getEnterpriseId()).orElse(null);
    return SlackJson.ok().add("team", SlackJson.team(workspace.get(), org)).build();
  }

  private JsonObject authRevoke(State state, ApiParams params) {
    boolean test = params.isTrue("test");
    if (!test) {
      state.tokens().revoke(params.token());
    }
    return SlackJson.ok().add("revoked", !test).build();
  }
}

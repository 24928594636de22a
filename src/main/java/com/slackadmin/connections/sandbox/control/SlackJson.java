package com.slackadmin.connections.sandbox.control;

import static com.slackadmin.connections.sandbox.control.JsonProviders.JSON;

import com.slackadmin.connections.sandbox.entity.Enterprise;
import com.slackadmin.connections.sandbox.entity.Person;
import com.slackadmin.connections.sandbox.entity.Workspace;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** Slack's Web API objects, with Slack's own field names, so an SDK parses them as it parses Slack's. */
public final class SlackJson {

  private SlackJson() {}

  public static JsonObject error(String error) {
    return JSON.createObjectBuilder().add("ok", false).add("error", error).build();
  }

  public static JsonObject missingScope(String needed, String provided) {
    return JSON.createObjectBuilder().add("ok", false).add("error", "missing_scope").add("needed", needed)
        .add("provided", provided).build();
  }

  public static JsonObjectBuilder ok() {
    return JSON.createObjectBuilder().add("ok", true);
  }

  public static JsonObjectBuilder idAndName(String id, String name) {
    return JSON.createObjectBuilder().add("id", id).add("name", name);
  }

  /** {@code users.info -> user}: the role flags as they are now, so a demotion shows at once. */
  public static JsonObject user(Person p, String teamId, Enterprise enterprise, boolean withEmail) {
    JsonObjectBuilder profile = JSON.createObjectBuilder()
        .add("real_name", p.getRealName()).add("display_name", p.getDisplayName())
        .add("first_name", p.getGivenName()).add("last_name", p.getFamilyName()).add("title", p.getTitle())
        .add("team", teamId);
    if (withEmail) {
      profile.add("email", p.getEmail());
    }
    JsonObjectBuilder user = JSON.createObjectBuilder()
        .add("id", p.getId()).add("team_id", teamId).add("name", p.getUserName()).add("deleted", !p.isActive())
        .add("real_name", p.getRealName()).add("tz", "Europe/London").add("tz_label", "Greenwich Mean Time")
        .add("tz_offset", 0).add("profile", profile)
        .add("is_admin", p.getRole().isAdmin()).add("is_owner", p.getRole().isOwner())
        .add("is_primary_owner", p.getRole().isPrimaryOwner())
        .add("is_restricted", p.getRole().isRestricted())
        .add("is_ultra_restricted", p.getRole().isUltraRestricted())
        .add("is_bot", false).add("is_app_user", false).add("has_2fa", false)
        .add("updated", p.getUpdated().getEpochSecond());
    if (enterprise != null) {
      JsonArrayBuilder teams = JSON.createArrayBuilder();
      p.getTeamIds().forEach(teams::add);
      user.add("enterprise_user", JSON.createObjectBuilder()
          .add("id", p.getId()).add("enterprise_id", enterprise.id()).add("enterprise_name", enterprise.name())
          .add("is_admin", p.getOrgRole().isAdmin()).add("is_owner", p.getOrgRole().isOwner())
          .add("is_primary_owner", p.getOrgRole().isPrimaryOwner()).add("teams", teams));
    }
    return user.build();
  }

  public static JsonObject team(Workspace w, Enterprise enterprise) {
    JsonObjectBuilder team = JSON.createObjectBuilder()
        .add("id", w.getId()).add("name", w.getName()).add("domain", w.getDomain())
        .add("email_domain", "").add("icon", JSON.createObjectBuilder().add("image_default", true));
    if (enterprise != null) {
      team.add("enterprise_id", enterprise.id()).add("enterprise_name", enterprise.name())
          .add("enterprise_domain", enterprise.domain());
    }
    return team.build();
  }

  /** {@code team.info} for an org-wide token asked about no workspace: the org itself. */
  public static JsonObject org(Enterprise e) {
    return JSON.createObjectBuilder()
        .add("id", e.id()).add("name", e.name()).add("domain", e.domain()).add("email_domain", "")
        .add("icon", JSON.createObjectBuilder().add("image_default", true))
        .add("enterprise_id", e.id()).add("enterprise_name", e.name()).add("enterprise_domain", e.domain())
        .build();
  }
}

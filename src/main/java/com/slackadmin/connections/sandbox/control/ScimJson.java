package com.slackadmin.connections.sandbox.control;

import static com.slackadmin.connections.sandbox.control.JsonProviders.JSON;

import com.slackadmin.connections.sandbox.entity.Group;
import com.slackadmin.connections.sandbox.entity.Person;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;

/** Slack's SCIM 2.0 resources and list responses. */
public final class ScimJson {

  public static final String USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User";
  public static final String GROUP_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Group";
  public static final String LIST_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:ListResponse";

  private ScimJson() {}

  public static JsonObject user(Person p, List<Group> groupsOfUser, String base) {
    JsonArrayBuilder groups = JSON.createArrayBuilder();
    groupsOfUser.forEach(g -> groups.add(JSON.createObjectBuilder().add("value", g.getId())
        .add("display", g.getDisplayName())));
    return JSON.createObjectBuilder()
        .add("schemas", JSON.createArrayBuilder().add(USER_SCHEMA))
        .add("id", p.getId()).add("externalId", "").add("userName", p.getUserName()).add("nickName", p.getUserName())
        .add("name", JSON.createObjectBuilder().add("givenName", p.getGivenName()).add("familyName", p.getFamilyName()))
        .add("displayName", p.getDisplayName()).add("profileUrl", "").add("title", p.getTitle())
        .add("timezone", "Europe/London").add("active", p.isActive())
        .add("emails", JSON.createArrayBuilder().add(JSON.createObjectBuilder().add("value", p.getEmail())
            .add("type", "work").add("primary", true)))
        .add("photos", JSON.createArrayBuilder())
        .add("groups", groups)
        .add("meta", meta(p.getCreated(), base + "/Users/" + p.getId()))
        .build();
  }

  public static JsonObject group(Group g, List<Person> members, String base) {
    JsonArrayBuilder list = JSON.createArrayBuilder();
    members.forEach(p -> list.add(JSON.createObjectBuilder().add("value", p.getId()).add("display",
        p.getDisplayName())));
    return JSON.createObjectBuilder()
        .add("schemas", JSON.createArrayBuilder().add(GROUP_SCHEMA))
        .add("id", g.getId()).add("displayName", g.getDisplayName()).add("members", list)
        .add("meta", meta(g.getCreated(), base + "/Groups/" + g.getId()))
        .build();
  }

  public static JsonObject list(List<JsonObject> page, int total, int startIndex) {
    JsonArrayBuilder resources = JSON.createArrayBuilder();
    page.forEach(resources::add);
    return JSON.createObjectBuilder()
        .add("schemas", JSON.createArrayBuilder().add(LIST_SCHEMA))
        .add("totalResults", total).add("itemsPerPage", page.size()).add("startIndex", startIndex)
        .add("Resources", resources)
        .build();
  }

  private static JsonObject meta(Instant created, String location) {
    return JSON.createObjectBuilder().add("created", created.toString()).add("location", location).build();
  }
}

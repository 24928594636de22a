package com.slackadmin.connections.sandbox.control;

import static com.slackadmin.connections.sandbox.control.JsonProviders.JSON;

import com.slackadmin.connections.sandbox.control.SandboxWorld.State;
import com.slackadmin.connections.sandbox.entity.AccessToken;
import com.slackadmin.connections.sandbox.entity.Grant;
import com.slackadmin.connections.sandbox.entity.Group;
import com.slackadmin.connections.sandbox.entity.OrgRole;
import com.slackadmin.connections.sandbox.entity.Person;
import com.slackadmin.connections.sandbox.entity.Plan;
import com.slackadmin.connections.sandbox.entity.WorkspaceRole;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The part of the world a restart must keep, as JSON: workspaces' plans, people as they are now (a generated
 * Member only once something changed them: the rest follow from their number), groups, and access, revoked and
 * refresh tokens. Orgs and workspaces themselves are the seed's. Left out on purpose: authorisation codes (they
 * live ten minutes) and sign-ins on the sandbox's own pages (the browser signs in again).
 */
final class SandboxSnapshot {

  static final int VERSION = 1;

  private SandboxSnapshot() {}

  /** A person as a save writes them. */
  record SavedPerson(String id, boolean generated, String enterpriseId, List<String> teams, String userName,
      String email, String givenName, String familyName, String displayName, String title, WorkspaceRole role,
      OrgRole orgRole, boolean active, Instant created, Instant updated) {

    static SavedPerson of(Person p, boolean generated) {
      return new SavedPerson(p.getId(), generated, p.getEnterpriseId(), p.getTeamIds(), p.getUserName(), p.getEmail(),
          p.getGivenName(), p.getFamilyName(), p.getDisplayName(), p.getTitle(), p.getRole(), p.getOrgRole(),
          p.isActive(), p.getCreated(), p.getUpdated());
    }
  }

  /** A group as a save writes it. */
  record SavedGroup(String id, String owner, String name, Instant created, List<String> members) {}

  /**
   * What a save writes, copied under the world's lock, which is quick, and turned into JSON by {@link #toJson}
   * after it: at tens of thousands of changed people that takes long enough to hold every request up.
   */
  record Copy(Map<String, Plan> plans, List<SavedPerson> people, List<SavedGroup> groups, List<AccessToken> tokens,
      Set<String> revoked, Map<String, Grant> refreshTokens) {

    JsonObject toJson() {
      JsonObjectBuilder plansJson = JSON.createObjectBuilder();
      plans.forEach((teamId, plan) -> plansJson.add(teamId, plan.name()));
      JsonArrayBuilder peopleJson = JSON.createArrayBuilder();
      people.forEach(p -> peopleJson.add(person(p)));
      JsonArrayBuilder groupsJson = JSON.createArrayBuilder();
      groups.forEach(g -> groupsJson.add(JSON.createObjectBuilder().add("id", g.id()).add("owner", g.owner())
          .add("name", g.name()).add("created", g.created().toString()).add("members", strings(g.members()))));
      JsonArrayBuilder tokensJson = JSON.createArrayBuilder();
      tokens.forEach(t -> tokensJson.add(grant(t.grant()).add("value", t.value())
          .add("expiresAt", t.expiresAt() == null ? JsonValue.NULL : JSON.createValue(t.expiresAt().toString()))));
      JsonArrayBuilder refreshJson = JSON.createArrayBuilder();
      refreshTokens.forEach((value, g) -> refreshJson.add(grant(g).add("value", value)));
      return JSON.createObjectBuilder().add("version", VERSION).add("plans", plansJson).add("people", peopleJson)
          .add("groups", groupsJson).add("tokens", tokensJson).add("revoked", strings(revoked))
          .add("refreshTokens", refreshJson).build();
    }
  }

  /**
   * What a restart must keep of the world; called under its lock. Every person but the generated Members, and
   * those of them something changed (the rest are as the seed makes them).
   */
  static Copy copy(State state) {
    Directory directory = state.directory();
    Map<String, Plan> plans = new LinkedHashMap<>();
    directory.workspaces().forEach(w -> plans.put(w.getId(), w.getPlan()));
    List<SavedPerson> people = new ArrayList<>();
    for (Person person : directory.people()) {
      boolean generated = directory.isGenerated(person.getId());
      if (!generated || !person.getUpdated().equals(person.getCreated())) {
        people.add(SavedPerson.of(person, generated));
      }
    }
    List<SavedGroup> groups = directory.groups().stream().map(g -> new SavedGroup(g.getId(), g.getOwnerId(),
        g.getDisplayName(), g.getCreated(), List.copyOf(g.getMemberIds()))).toList();
    TokenBook book = state.tokens();
    return new Copy(plans, people, groups, List.copyOf(book.accessTokens()), book.revokedTokens(),
        book.refreshTokens());
  }

  /**
   * The world a snapshot describes, on top of a freshly built seed (which holds the generated Members the
   * settings ask for now: a changed person among them that is no longer generated is left out).
   *
   * @throws IllegalArgumentException when the snapshot is not one this version wrote
   */
  static State restore(JsonObject snapshot, Directory seed, Clock clock) {
    if (snapshot.getInt("version", 0) != VERSION) {
      throw new IllegalArgumentException("a sandbox file of another version: " + snapshot.get("version"));
    }
    snapshot.getJsonObject("plans").forEach((teamId, plan) -> seed.workspace(teamId)
        .ifPresent(w -> w.setPlan(Plan.valueOf(((JsonString) plan).getString()))));
    for (JsonObject saved : snapshot.getJsonArray("people").getValuesAs(JsonObject.class)) {
      Person person = person(saved);
      var existing = seed.person(person.getId());
      if (existing.isPresent()) {
        seed.update(existing.get(), p -> copy(person, p));
      } else if (!saved.getBoolean("generated", false)) {
        seed.add(person);
      }
    }
    List.copyOf(seed.groups()).forEach(seed::remove);
    for (JsonObject saved : snapshot.getJsonArray("groups").getValuesAs(JsonObject.class)) {
      Group group = new Group(saved.getString("id"), saved.getString("owner"), saved.getString("name"),
          Instant.parse(saved.getString("created")));
      group.getMemberIds().addAll(texts(saved.getJsonArray("members")));
      seed.add(group);
    }
    List<AccessToken> tokens = new ArrayList<>();
    for (JsonObject saved : snapshot.getJsonArray("tokens").getValuesAs(JsonObject.class)) {
      tokens.add(new AccessToken(saved.getString("value"), grant(saved),
          saved.isNull("expiresAt") ? null : Instant.parse(saved.getString("expiresAt"))));
    }
    Map<String, Grant> refresh = new HashMap<>();
    for (JsonObject saved : snapshot.getJsonArray("refreshTokens").getValuesAs(JsonObject.class)) {
      refresh.put(saved.getString("value"), grant(saved));
    }
    TokenBook book = new TokenBook(clock);
    book.restore(tokens, Set.copyOf(texts(snapshot.getJsonArray("revoked"))), refresh);
    return new State(seed, book, new BrowserSessions());
  }

  private static JsonObjectBuilder person(SavedPerson p) {
    return JSON.createObjectBuilder().add("id", p.id()).add("generated", p.generated())
        .add("enterpriseId", nullable(p.enterpriseId())).add("teams", strings(p.teams()))
        .add("userName", nullable(p.userName())).add("email", nullable(p.email()))
        .add("givenName", nullable(p.givenName())).add("familyName", nullable(p.familyName()))
        .add("displayName", nullable(p.displayName())).add("title", nullable(p.title()))
        .add("role", p.role().name())
        .add("orgRole", p.orgRole() == null ? JsonValue.NULL : JSON.createValue(p.orgRole().name()))
        .add("active", p.active()).add("created", p.created().toString()).add("updated", p.updated().toString());
  }

  private static Person person(JsonObject saved) {
    Person person = new Person(saved.getString("id"), text(saved, "enterpriseId"),
        texts(saved.getJsonArray("teams")), text(saved, "userName"), text(saved, "email"),
        text(saved, "givenName"), text(saved, "familyName"), WorkspaceRole.valueOf(saved.getString("role")),
        saved.isNull("orgRole") ? null : OrgRole.valueOf(saved.getString("orgRole")),
        Instant.parse(saved.getString("created")));
    person.setDisplayName(text(saved, "displayName"));
    person.setTitle(text(saved, "title"));
    person.setActive(saved.getBoolean("active"));
    person.touch(Instant.parse(saved.getString("updated")));
    return person;
  }

  /** What may change of a person, from the saved one to the seeded one. */
  private static void copy(Person from, Person to) {
    to.setTeamIds(from.getTeamIds());
    to.setUserName(from.getUserName());
    to.setEmail(from.getEmail());
    to.setGivenName(from.getGivenName());
    to.setFamilyName(from.getFamilyName());
    to.setDisplayName(from.getDisplayName());
    to.setTitle(from.getTitle());
    to.setRole(from.getRole());
    to.setOrgRole(from.getOrgRole());
    to.setActive(from.isActive());
    to.touch(from.getUpdated());
  }

  private static JsonObjectBuilder grant(Grant g) {
    return JSON.createObjectBuilder().add("userId", g.userId()).add("enterpriseId", nullable(g.enterpriseId()))
        .add("teamId", nullable(g.teamId())).add("scopes", strings(g.scopes()));
  }

  private static Grant grant(JsonObject saved) {
    return new Grant(saved.getString("userId"), text(saved, "enterpriseId"), text(saved, "teamId"),
        new LinkedHashSet<>(texts(saved.getJsonArray("scopes"))));
  }

  private static JsonValue nullable(String value) {
    return value == null ? JsonValue.NULL : JSON.createValue(value);
  }

  private static String text(JsonObject object, String name) {
    return object.isNull(name) ? null : object.getString(name);
  }

  private static JsonArrayBuilder strings(Iterable<String> values) {
    JsonArrayBuilder array = JSON.createArrayBuilder();
    values.forEach(array::add);
    return array;
  }

  private static List<String> texts(JsonArray array) {
    return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
  }
}

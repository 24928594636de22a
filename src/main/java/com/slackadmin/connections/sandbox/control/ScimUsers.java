package com.slackadmin.connections.sandbox.control;

import static com.slackadmin.connections.sandbox.control.JsonProviders.JSON;

import com.slackadmin.connections.sandbox.control.SandboxWorld.State;
import com.slackadmin.connections.sandbox.entity.Person;
import com.slackadmin.connections.sandbox.entity.WorkspaceRole;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** SCIM {@code /Users}: list, read, create, PUT, PATCH and DELETE (which deactivates), as Slack does them. */
final class ScimUsers {

  private final State state;
  private final ScimCaller caller;
  private final String base;
  private final Instant now;

  ScimUsers(State state, ScimCaller caller, String base, Instant now) {
    this.state = state;
    this.caller = caller;
    this.base = base;
    this.now = now;
  }

  JsonObject list(Map<String, String> query) {
    ScimFilter filter = ScimFilter.parse(query.get("filter"));
    ScimPaging paging = ScimPaging.of(query.get("startIndex"), query.get("count"));
    List<Person> matching = visible().stream().filter(p -> filter == null || matches(filter, p)).toList();
    List<JsonObject> page = paging.page(matching).stream().map(this::json).toList();
    return ScimJson.list(page, matching.size(), paging.startIndex());
  }

  JsonObject read(String id) {
    return json(find(id));
  }

  JsonObject create(JsonObject body) {
    UserDraft draft = UserDraft.fromResource(body);
    checkUnique(draft, null);
    boolean grid = caller.grant().enterpriseId() != null;
    List<String> teams = caller.grant().teamId() == null ? List.of() : List.of(caller.grant().teamId());
    Person person = new Person(Ids.id(grid ? 'W' : 'U'), caller.grant().enterpriseId(), teams, draft.userName,
        draft.email, draft.givenName, draft.familyName, WorkspaceRole.MEMBER, null, now);
    draft.applyTo(person);
    state.directory().add(person);
    return json(person);
  }

  JsonObject replace(String id, JsonObject body) {
    Person person = writable(id);
    UserDraft draft = UserDraft.fromResource(body);
    return save(person, draft);
  }

  JsonObject patch(String id, JsonObject body) {
    Person person = writable(id);
    UserDraft draft = UserDraft.of(person);
    for (JsonObject operation : ScimOperations.of(body)) {
      String op = operation.getString("op", "").toLowerCase(Locale.ROOT);
      String path = operation.getString("path", null);
      JsonValue value = operation.get("value");
      if (op.equals("remove")) {
        removeAttribute(draft, path);
      } else if (!op.equals("add") && !op.equals("replace")) {
        throw ScimError.badRequest("invalid_operation: " + op);
      } else if (path == null) {
        value.asJsonObject().forEach(draft::set);
      } else {
        draft.set(path, value);
      }
    }
    draft.validate();
    return save(person, draft);
  }

  /** Slack never deletes a user through SCIM: DELETE deactivates. */
  void deactivate(String id) {
    Person person = writable(id);
    person.setActive(false);
    person.touch(now);
  }

  private JsonObject save(Person person, UserDraft draft) {
    checkUnique(draft, person);
    draft.applyTo(person);
    person.touch(now);
    return json(person);
  }

  private Person writable(String id) {
    Person person = find(id);
    caller.mayChange(person);
    return person;
  }

  Person find(String id) {
    return visible().stream().filter(p -> p.getId().equals(id)).findFirst()
        .orElseThrow(() -> ScimError.notFound("User " + id));
  }

  private void checkUnique(UserDraft draft, Person self) {
    for (Person other : visible()) {
      if (other != self && (other.getUserName().equalsIgnoreCase(draft.userName)
          || other.getEmail().equalsIgnoreCase(draft.email))) {
        throw new ScimError(409, "username_taken or email_taken: " + draft.userName + " / " + draft.email
            + " belongs to " + other.getId());
      }
    }
  }

  private List<Person> visible() {
    return state.directory().peopleVisibleTo(caller.grant());
  }

  private static boolean matches(ScimFilter filter, Person p) {
    return switch (filter.attribute()) {
      case "userName" -> filter.matches(p.getUserName());
      case "emails" -> filter.matches(p.getEmail());
      case "displayName" -> filter.matches(p.getDisplayName());
      case "id" -> filter.matches(p.getId());
      default -> false;
    };
  }

  private JsonObject json(Person p) {
    var groups = state.directory().groupsVisibleTo(caller.grant()).stream()
        .filter(g -> g.getMemberIds().contains(p.getId())).toList();
    return ScimJson.user(p, groups, base);
  }

  /** Only optional text attributes can be removed; they become empty. */
  private static void removeAttribute(UserDraft draft, String path) {
    if (path == null || !List.of("title", "displayname", "nickname").contains(path.toLowerCase(Locale.ROOT))) {
      throw ScimError.badRequest("invalid_path: " + path + " cannot be removed");
    }
    draft.set(path, JSON.createValue(""));
  }
}

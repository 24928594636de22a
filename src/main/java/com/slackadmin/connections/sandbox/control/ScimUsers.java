package com.slackadmin.connections.sandbox.control;

import static com.slackadmin.connections.sandbox.control.JsonProviders.JSON;

import com.slackadmin.connections.sandbox.control.SandboxWorld.State;
import com.slackadmin.connections.sandbox.entity.Person;
import com.slackadmin.connections.sandbox.entity.WorkspaceRole;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

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
    List<Person> matching = filter == null ? visible() : matching(filter);
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
    state.directory().update(person, draft::applyTo);
    person.touch(now);
    return json(person);
  }

  private Person writable(String id) {
    Person person = find(id);
    caller.mayChange(person);
    return person;
  }

  Person find(String id) {
    return state.directory().person(id).filter(this::isVisible)
        .orElseThrow(() -> ScimError.notFound("User " + id));
  }

  private void checkUnique(UserDraft draft, Person self) {
    Directory directory = state.directory();
    Stream.concat(directory.peopleByUserName(draft.userName).stream(), directory.peopleByEmail(draft.email).stream())
        .filter(other -> other != self && isVisible(other))
        .min(Comparator.comparingInt(other -> directory.positionOf(other.getId())))
        .ifPresent(other -> {
          throw new ScimError(409, "username_taken or email_taken: " + draft.userName + " / " + draft.email
              + " belongs to " + other.getId());
        });
  }

  private List<Person> visible() {
    return state.directory().peopleVisibleTo(caller.grant());
  }

  private boolean isVisible(Person person) {
    return state.directory().isVisibleTo(caller.grant(), person);
  }

  /** The people a filter names, found through the directory's look-ups where there is one, not by a scan. */
  private List<Person> matching(ScimFilter filter) {
    Directory directory = state.directory();
    List<Person> candidates = switch (filter.attribute()) {
      case "userName" -> directory.peopleByUserName(filter.value());
      case "emails" -> directory.peopleByEmail(filter.value());
      case "id" -> directory.person(filter.value()).stream().toList();
      case "displayName" -> visible();
      default -> List.of();
    };
    return candidates.stream().filter(p -> isVisible(p) && filter.matches(attribute(filter, p))).toList();
  }

  private static String attribute(ScimFilter filter, Person p) {
    return switch (filter.attribute()) {
      case "userName" -> p.getUserName();
      case "emails" -> p.getEmail();
      case "displayName" -> p.getDisplayName();
      default -> p.getId();
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

package com.slackadmin.connections.sandbox.control;

import com.slackadmin.connections.sandbox.control.SandboxWorld.State;
import com.slackadmin.connections.sandbox.entity.Group;
import com.slackadmin.connections.sandbox.entity.Person;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SCIM {@code /Groups}: list, read, create, PATCH (members add/remove, displayName) and DELETE (removes the
 * group for good). Adding or removing a member changes that member, so the hierarchy rule applies to them.
 */
final class ScimGroups {

  private static final Pattern MEMBER_PATH =
      Pattern.compile("members\\[value eq \"([^\"]+)\"\\]", Pattern.CASE_INSENSITIVE);

  private final State state;
  private final ScimCaller caller;
  private final ScimUsers users;
  private final String base;
  private final Instant now;

  ScimGroups(State state, ScimCaller caller, ScimUsers users, String base, Instant now) {
    this.state = state;
    this.caller = caller;
    this.users = users;
    this.base = base;
    this.now = now;
  }

  JsonObject list(Map<String, String> query) {
    ScimFilter filter = ScimFilter.parse(query.get("filter"));
    ScimPaging paging = ScimPaging.of(query.get("startIndex"), query.get("count"));
    List<Group> matching = visible().stream().filter(g -> filter == null
        || ("displayName".equals(filter.attribute()) && filter.matches(g.getDisplayName()))
        || ("id".equals(filter.attribute()) && filter.matches(g.getId()))).toList();
    if (filter != null && !List.of("displayName", "id").contains(filter.attribute())) {
      throw ScimError.badRequest("invalid_filter: groups filter on displayName or id");
    }
    return ScimJson.list(paging.page(matching).stream().map(this::json).toList(), matching.size(),
        paging.startIndex());
  }

  JsonObject read(String id) {
    return json(find(id));
  }

  JsonObject create(JsonObject body) {
    String name = body.getString("displayName", "").trim();
    if (name.isEmpty()) {
      throw ScimError.badRequest("missing_display_name: displayName is required");
    }
    checkUnique(name, null);
    String owner = caller.grant().isEnterpriseInstall() ? caller.grant().enterpriseId() : caller.grant().teamId();
    Group group = new Group(Ids.id('S'), owner, name, now);
    List<String> members = memberIds(body.get("members"));
    members.forEach(id -> caller.mayChange(users.find(id)));
    group.getMemberIds().addAll(members);
    state.directory().add(group);
    return json(group);
  }

  JsonObject patch(String id, JsonObject body) {
    Group group = find(id);
    String newName = group.getDisplayName();
    List<String> adds = new ArrayList<>();
    List<String> removes = new ArrayList<>();
    for (JsonObject operation : ScimOperations.of(body)) {
      String op = operation.getString("op", "").toLowerCase(Locale.ROOT);
      String path = operation.getString("path", "");
      JsonValue value = operation.get("value");
      Matcher oneMember = MEMBER_PATH.matcher(path);
      if (op.equals("remove") && oneMember.matches()) {
        removes.add(oneMember.group(1));
      } else if (path.equalsIgnoreCase("members")) {
        (op.equals("remove") ? removes : adds).addAll(memberIds(value));
      } else if (path.equalsIgnoreCase("displayName") && !op.equals("remove")) {
        newName = ((jakarta.json.JsonString) value).getString().trim();
      } else if (path.isEmpty() && value != null && value.getValueType() == JsonValue.ValueType.OBJECT) {
        newName = value.asJsonObject().getString("displayName", newName);
        adds.addAll(memberIds(value.asJsonObject().get("members")));
      } else {
        throw ScimError.badRequest("invalid_operation: " + op + " " + path);
      }
    }
    checkUnique(newName, group);
    adds.forEach(member -> caller.mayChange(users.find(member)));
    removes.forEach(member -> caller.mayChange(users.find(member)));
    group.setDisplayName(newName);
    group.getMemberIds().addAll(adds);
    group.getMemberIds().removeAll(removes);
    return json(group);
  }

  void delete(String id) {
    state.directory().remove(find(id));
  }

  private Group find(String id) {
    return visible().stream().filter(g -> g.getId().equals(id)).findFirst()
        .orElseThrow(() -> ScimError.notFound("Group " + id));
  }

  private void checkUnique(String name, Group self) {
    if (visible().stream().anyMatch(g -> g != self && g.getDisplayName().equalsIgnoreCase(name))) {
      throw new ScimError(409, "name_taken: a group called " + name + " exists");
    }
  }

  private List<String> memberIds(JsonValue members) {
    if (members == null || members.getValueType() != JsonValue.ValueType.ARRAY) {
      return List.of();
    }
    return members.asJsonArray().stream().map(m -> m.asJsonObject().getString("value", "")).toList();
  }

  private List<Group> visible() {
    return state.directory().groupsVisibleTo(caller.grant());
  }

  private JsonObject json(Group group) {
    List<Person> members = group.getMemberIds().stream()
        .map(id -> state.directory().person(id).orElse(null)).filter(p -> p != null).toList();
    return ScimJson.group(group, members, base);
  }
}

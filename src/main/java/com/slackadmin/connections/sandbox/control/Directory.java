package com.slackadmin.connections.sandbox.control;

import com.slackadmin.connections.sandbox.entity.Enterprise;
import com.slackadmin.connections.sandbox.entity.Grant;
import com.slackadmin.connections.sandbox.entity.Group;
import com.slackadmin.connections.sandbox.entity.Person;
import com.slackadmin.connections.sandbox.entity.Plan;
import com.slackadmin.connections.sandbox.entity.Workspace;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Everything Slack knows about orgs, workspaces, people and groups. Not thread-safe on its own: the
 * {@link SandboxWorld} lock guards it.
 */
public final class Directory {

  private final Map<String, Enterprise> enterprises = new LinkedHashMap<>();
  private final Map<String, Workspace> workspaces = new LinkedHashMap<>();
  private final Map<String, Person> people = new LinkedHashMap<>();
  private final Map<String, Group> groups = new LinkedHashMap<>();

  public void add(Enterprise enterprise) { enterprises.put(enterprise.id(), enterprise); }
  public void add(Workspace workspace) { workspaces.put(workspace.getId(), workspace); }
  public void add(Person person) { people.put(person.getId(), person); }
  public void add(Group group) { groups.put(group.getId(), group); }
  public void remove(Group group) { groups.remove(group.getId()); }

  public Collection<Enterprise> enterprises() { return enterprises.values(); }
  public Collection<Workspace> workspaces() { return workspaces.values(); }
  public Collection<Person> people() { return people.values(); }
  public Collection<Group> groups() { return groups.values(); }

  public Optional<Enterprise> enterprise(String id) { return Optional.ofNullable(id).map(enterprises::get); }
  public Optional<Workspace> workspace(String id) { return Optional.ofNullable(id).map(workspaces::get); }
  public Optional<Person> person(String id) { return Optional.ofNullable(id).map(people::get); }
  public Optional<Group> group(String id) { return Optional.ofNullable(id).map(groups::get); }

  public Optional<Person> personByEmail(String email) {
    String wanted = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    return people.values().stream().filter(p -> p.getEmail().equalsIgnoreCase(wanted)).findFirst();
  }

  public List<Workspace> workspacesOf(Person person) {
    return person.getTeamIds().stream().map(workspaces::get).toList();
  }

  public List<Workspace> workspacesOf(Enterprise enterprise) {
    return workspaces.values().stream().filter(w -> enterprise.id().equals(w.getEnterpriseId())).toList();
  }

  /** An org-wide token sees the whole org; a workspace token sees that workspace. */
  public List<Person> peopleVisibleTo(Grant grant) {
    List<Person> visible = new ArrayList<>();
    for (Person person : people.values()) {
      boolean seen = grant.isEnterpriseInstall()
          ? grant.enterpriseId().equals(person.getEnterpriseId())
          : person.isInTeam(grant.teamId());
      if (seen) {
        visible.add(person);
      }
    }
    return visible;
  }

  public List<Group> groupsVisibleTo(Grant grant) {
    String owner = grant.isEnterpriseInstall() ? grant.enterpriseId() : grant.teamId();
    return groups.values().stream().filter(g -> g.getOwnerId().equals(owner)).toList();
  }

  /** The plan that governs a grant: the org's for an org-wide install, else the workspace's. */
  public Plan planOf(Grant grant) {
    return grant.isEnterpriseInstall() ? Plan.ENTERPRISE : workspace(grant.teamId()).orElseThrow().getPlan();
  }
}

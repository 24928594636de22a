package com.slackadmin.connections.sandbox.control;

import com.slackadmin.connections.sandbox.entity.Enterprise;
import com.slackadmin.connections.sandbox.entity.Grant;
import com.slackadmin.connections.sandbox.entity.Group;
import com.slackadmin.connections.sandbox.entity.Person;
import com.slackadmin.connections.sandbox.entity.Plan;
import com.slackadmin.connections.sandbox.entity.Workspace;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Everything Slack knows about orgs, workspaces, people and groups. Not thread-safe on its own: the
 * {@link SandboxWorld} lock guards it.
 */
public final class Directory {

  private final Map<String, Enterprise> enterprises = new LinkedHashMap<>();
  private final Map<String, Workspace> workspaces = new LinkedHashMap<>();
  private final People people = new People();
  private final Set<String> generated = new HashSet<>();
  private final Map<String, Group> groups = new LinkedHashMap<>();

  public void add(Enterprise enterprise) { enterprises.put(enterprise.id(), enterprise); }
  public void add(Workspace workspace) { workspaces.put(workspace.getId(), workspace); }
  public void add(Person person) { people.add(person); }
  public void add(Group group) { groups.put(group.getId(), group); }
  public void remove(Group group) { groups.remove(group.getId()); }

  /**
   * Adds one of the accounts {@code SANDBOX_SEED_USERS} asks for: a person like any other to Slack, but left
   * off the control page and the sign-in list, which are for people one picks by hand.
   */
  public void addGenerated(Person person) {
    people.add(person);
    generated.add(person.getId());
  }

  /** Changes a person's email, user name or other attributes; the look-ups by email and name follow. */
  public void update(Person person, Consumer<Person> change) {
    people.update(person, change);
  }

  public Collection<Enterprise> enterprises() { return enterprises.values(); }
  public Collection<Workspace> workspaces() { return workspaces.values(); }
  public Collection<Group> groups() { return groups.values(); }

  /** Everyone, in the order they joined. */
  public List<Person> people() { return people.all(); }

  /** Everyone but the generated accounts: the people the control page and the sign-in page list. */
  public List<Person> listedPeople() {
    return generated.isEmpty() ? people.all()
        : people.all().stream().filter(p -> !generated.contains(p.getId())).toList();
  }

  public int generatedCount() { return generated.size(); }
  public boolean isGenerated(String personId) { return generated.contains(personId); }

  public Optional<Enterprise> enterprise(String id) { return Optional.ofNullable(id).map(enterprises::get); }
  public Optional<Workspace> workspace(String id) { return Optional.ofNullable(id).map(workspaces::get); }
  public Optional<Person> person(String id) { return people.byId(id); }
  public Optional<Group> group(String id) { return Optional.ofNullable(id).map(groups::get); }

  /** The first person (in joining order) with this email, ignoring case. */
  public Optional<Person> personByEmail(String email) {
    return people.withEmail(email).stream().findFirst();
  }

  /** Everyone with this email, ignoring case, in joining order; emails are unique only within a workspace or org. */
  public List<Person> peopleByEmail(String email) {
    return people.withEmail(email);
  }

  /** Everyone with this user name, ignoring case, in joining order. */
  public List<Person> peopleByUserName(String userName) {
    return people.withUserName(userName);
  }

  /** Where a person joined (see {@link #personAt}), or -1 for nobody: a stable place to resume a listing from. */
  public int positionOf(String personId) {
    return people.positionOf(personId);
  }
  public Person personAt(int position) { return people.at(position); }
  public int peopleCount() { return people.size(); }

  public List<Workspace> workspacesOf(Person person) {
    return person.getTeamIds().stream().map(workspaces::get).toList();
  }

  public List<Workspace> workspacesOf(Enterprise enterprise) {
    return workspaces.values().stream().filter(w -> enterprise.id().equals(w.getEnterpriseId())).toList();
  }

  /** An org-wide token sees the whole org; a workspace token sees that workspace. */
  public boolean isVisibleTo(Grant grant, Person person) {
    return grant.isEnterpriseInstall()
        ? grant.enterpriseId().equals(person.getEnterpriseId())
        : person.isInTeam(grant.teamId());
  }

  public List<Person> peopleVisibleTo(Grant grant) {
    List<Person> visible = new ArrayList<>();
    for (Person person : people.all()) {
      if (isVisibleTo(grant, person)) {
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

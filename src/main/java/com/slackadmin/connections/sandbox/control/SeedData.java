package com.slackadmin.connections.sandbox.control;

import static com.slackadmin.connections.sandbox.entity.WorkspaceRole.ADMIN;
import static com.slackadmin.connections.sandbox.entity.WorkspaceRole.GUEST;
import static com.slackadmin.connections.sandbox.entity.WorkspaceRole.MEMBER;
import static com.slackadmin.connections.sandbox.entity.WorkspaceRole.OWNER;
import static com.slackadmin.connections.sandbox.entity.WorkspaceRole.PRIMARY_OWNER;
import static com.slackadmin.connections.sandbox.entity.WorkspaceRole.SINGLE_CHANNEL_GUEST;

import com.slackadmin.connections.sandbox.entity.Enterprise;
import com.slackadmin.connections.sandbox.entity.Group;
import com.slackadmin.connections.sandbox.entity.OrgRole;
import com.slackadmin.connections.sandbox.entity.Person;
import com.slackadmin.connections.sandbox.entity.Plan;
import com.slackadmin.connections.sandbox.entity.Workspace;
import com.slackadmin.connections.sandbox.entity.WorkspaceRole;
import java.time.Instant;
import java.util.List;

/**
 * The seeded orgs, workspaces, people and groups, with fixed ids so that documentation and tests can name
 * them. The control page lists them; every seeded person's password is {@link #PASSWORD}.
 *
 * <p>On request ({@code SANDBOX_SEED_USERS}) it also generates that many Members in the Business+ workspace
 * and as many in the Grid org, so that a bulk run of thousands of rows can be tried on either kind of
 * connection. Their ids, names and emails follow from their number alone ({@link GeneratedMembers}), the same on
 * every start.
 */
public final class SeedData {

  public static final String PASSWORD = "sandbox";
  public static final String PLUS_TEAM = "T01PLUS0001";
  public static final String PRO_TEAM = "T02PRO00001";
  public static final String FREE_TEAM = "T03FREE0001";
  public static final String GRID_ORG = "E04GRID0001";
  public static final String GRID_NORTH = "T04NORTH001";
  public static final String GRID_SOUTH = "T04SOUTH001";

  private static final Instant SEEDED = Instant.parse("2024-01-15T09:00:00Z");

  private SeedData() {}

  public static Directory build() {
    return build(0);
  }

  /** The seed, plus {@code generatedMembers} Members in the Business+ workspace and as many in the Grid org. */
  public static Directory build(int generatedMembers) {
    Directory d = new Directory();
    d.add(new Workspace(PLUS_TEAM, "Acme Plus", "acme-plus", Plan.BUSINESS_PLUS, null));
    d.add(new Workspace(PRO_TEAM, "Pinecone Pro", "pinecone-pro", Plan.PRO, null));
    d.add(new Workspace(FREE_TEAM, "Freeform", "freeform", Plan.FREE, null));
    d.add(new Enterprise(GRID_ORG, "Globex Grid", "globex"));
    d.add(new Workspace(GRID_NORTH, "Globex North", "globex-north", Plan.ENTERPRISE, GRID_ORG));
    d.add(new Workspace(GRID_SOUTH, "Globex South", "globex-south", Plan.ENTERPRISE, GRID_ORG));

    d.add(solo("U01PLUSPO01", PLUS_TEAM, "primary@plus.example", "Pat", "Primary", PRIMARY_OWNER));
    d.add(solo("U01PLUSOW01", PLUS_TEAM, "owner@plus.example", "Olive", "Owner", OWNER));
    d.add(solo("U01PLUSAD01", PLUS_TEAM, "admin@plus.example", "Ada", "Admin", ADMIN));
    d.add(solo("U01PLUSAD02", PLUS_TEAM, "admin2@plus.example", "Abe", "Admin", ADMIN));
    d.add(solo("U01PLUSME01", PLUS_TEAM, "member@plus.example", "Mia", "Member", MEMBER));
    d.add(solo("U01PLUSME02", PLUS_TEAM, "member2@plus.example", "Max", "Member", MEMBER));
    d.add(solo("U01PLUSGU01", PLUS_TEAM, "guest@plus.example", "Gus", "Guest", GUEST));
    d.add(solo("U02PROOW001", PRO_TEAM, "owner@pro.example", "Otto", "Prowner", OWNER));
    d.add(solo("U02PROME001", PRO_TEAM, "member@pro.example", "Mona", "Promember", MEMBER));
    d.add(solo("U03FREEOW01", FREE_TEAM, "owner@free.example", "Fay", "Freeowner", OWNER));
    d.add(solo("U03FREEME01", FREE_TEAM, "member@free.example", "Finn", "Freemember", MEMBER));

    List<String> both = List.of(GRID_NORTH, GRID_SOUTH);
    d.add(grid("W04PRIMARY1", both, "primary@grid.example", "Grace", "Primary", PRIMARY_OWNER,
        OrgRole.PRIMARY_OWNER));
    d.add(grid("W04OWNER001", both, "owner@grid.example", "Oscar", "Orgowner", OWNER, OrgRole.OWNER));
    d.add(grid("W04ADMIN001", both, "orgadmin@grid.example", "Alma", "Orgadmin", ADMIN, OrgRole.ADMIN));
    d.add(grid("W04WSADMIN1", List.of(GRID_NORTH), "wsadmin@grid.example", "Walt", "Wsadmin", ADMIN,
        OrgRole.MEMBER));
    d.add(grid("W04MEMBER01", both, "member@grid.example", "Nina", "Member", MEMBER, OrgRole.MEMBER));
    d.add(grid("W04MEMBER02", List.of(GRID_SOUTH), "member2@grid.example", "Noah", "Member", MEMBER,
        OrgRole.MEMBER));
    d.add(grid("W04GUEST001", List.of(GRID_SOUTH), "guest@grid.example", "Gil", "Guest", SINGLE_CHANNEL_GUEST,
        OrgRole.MEMBER));

    d.add(group("S04ENGINEER", GRID_ORG, "Engineering", "W04MEMBER01", "W04MEMBER02", "W04WSADMIN1"));
    d.add(group("S04MANAGERS", GRID_ORG, "Managers", "W04OWNER001", "W04ADMIN001"));
    d.add(group("S01SUPPORT1", PLUS_TEAM, "Support", "U01PLUSAD02", "U01PLUSME01"));
    GeneratedMembers.addTo(d, generatedMembers);
    return d;
  }

  static Person solo(String id, String team, String email, String given, String family,
      WorkspaceRole role) {
    return new Person(id, null, List.of(team), userName(email), email, given, family, role, null, SEEDED);
  }

  static Person grid(String id, List<String> teams, String email, String given, String family,
      WorkspaceRole role, OrgRole orgRole) {
    return new Person(id, GRID_ORG, teams, userName(email), email, given, family, role, orgRole, SEEDED);
  }

  private static String userName(String email) {
    return email.substring(0, email.indexOf('@')) + "." + email.substring(email.indexOf('@') + 1,
        email.indexOf('.', email.indexOf('@')));
  }

  private static Group group(String id, String owner, String name, String... members) {
    Group group = new Group(id, owner, name, SEEDED);
    group.getMemberIds().addAll(List.of(members));
    return group;
  }
}

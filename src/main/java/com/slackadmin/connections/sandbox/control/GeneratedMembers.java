package com.slackadmin.connections.sandbox.control;

import static com.slackadmin.connections.sandbox.control.SeedData.GRID_NORTH;
import static com.slackadmin.connections.sandbox.control.SeedData.PLUS_TEAM;

import com.slackadmin.connections.sandbox.entity.OrgRole;
import com.slackadmin.connections.sandbox.entity.WorkspaceRole;
import java.util.List;

/**
 * The Members {@code SANDBOX_SEED_USERS} adds, numbered from 1: {@code bulk-user-00001@plus.example}
 * ({@code U01BK000001}) in the Business+ workspace, and {@code bulk-user-00001@grid.example}
 * ({@code W04BK000001}) in the Grid org's North workspace. Both kinds, because a bulk run goes through either a
 * workspace connection or an org-wide one, and a CSV written for one should work there unchanged. They are
 * plain Members, so that any Admin connection may change them, and they are in one Grid workspace so that
 * {@code users.list} of the other one stays short.
 */
public final class GeneratedMembers {

  /** Enough for the largest bulk run worth trying here; more only costs memory. */
  public static final int MAX = 50_000;

  private GeneratedMembers() {}

  static void addTo(Directory directory, int count) {
    SandboxSettings.checkedSeedUsers(count);
    for (int n = 1; n <= count; n++) {
      directory.addGenerated(SeedData.solo(workspaceId(n), PLUS_TEAM, email(n, "plus"), "Bulk", surname(n),
          WorkspaceRole.MEMBER));
    }
    for (int n = 1; n <= count; n++) {
      directory.addGenerated(SeedData.grid(orgId(n), List.of(GRID_NORTH), email(n, "grid"), "Bulk", surname(n),
          WorkspaceRole.MEMBER, OrgRole.MEMBER));
    }
  }

  /** The Business+ workspace's member number {@code n}. */
  public static String workspaceId(int n) {
    return String.format("U01BK%06d", n);
  }

  /** The Grid org's member number {@code n}. */
  public static String orgId(int n) {
    return String.format("W04BK%06d", n);
  }

  /** {@code bulk-user-00001@plus.example} for the workspace, {@code @grid.example} for the org. */
  public static String email(int n, String domain) {
    return String.format("bulk-user-%05d@%s.example", n, domain);
  }

  private static String surname(int n) {
    return String.format("User %05d", n);
  }
}

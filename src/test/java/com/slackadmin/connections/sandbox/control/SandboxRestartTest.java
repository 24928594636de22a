package com.slackadmin.connections.sandbox.control;

import static com.slackadmin.connections.sandbox.control.JsonProviders.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slackadmin.connections.sandbox.control.ScimService.ScimAnswer;
import com.slackadmin.connections.sandbox.control.ScimService.ScimRequest;
import com.slackadmin.connections.sandbox.entity.Grant;
import com.slackadmin.connections.sandbox.entity.OrgRole;
import com.slackadmin.connections.sandbox.entity.Plan;
import com.slackadmin.connections.sandbox.entity.WorkspaceRole;
import jakarta.json.JsonObject;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sandbox after a restart is the sandbox before it: a product being tried keeps working with the tokens it was
 * given, and what was changed on the control page or through SCIM stays changed. Each "server" here is a new world
 * built from the same data folder, the old one having saved at shutdown.
 */
class SandboxRestartTest {

  private static final String REDIRECT = "http://localhost:8080/app/connections/callback";
  private static final Set<String> SCOPES = Set.of("admin", "users:read", "users:read.email", "team:read");

  @TempDir
  Path data;

  private final MutableClock clock = new MutableClock(Instant.parse("2026-12-08T01:00:00Z"));

  @Test
  void aTokenIssuedBeforeARestartStillWorksAndChangedRolesPlansAndScimUsersAreKept() {
    Server before = new Server(0);
    String token = before.install("U01PLUSAD01", SeedData.PLUS_TEAM);
    before.control.setRole("U01PLUSME01", WorkspaceRole.ADMIN, null);
    before.control.setRole("W04MEMBER01", null, OrgRole.ADMIN);
    before.control.setPlan(SeedData.PRO_TEAM, Plan.BUSINESS_PLUS);
    ScimAnswer created = before.scim("POST", token, JSON.createObjectBuilder()
        .add("userName", "newcomer").add("emails", JSON.createArrayBuilder().add(JSON.createObjectBuilder()
            .add("value", "newcomer@plus.example").add("primary", true)))
        .add("name", JSON.createObjectBuilder().add("givenName", "Nell").add("familyName", "Newcomer")).build());
    assertEquals(201, created.status(), String.valueOf(created.body()));
    before.stop();

    Server after = new Server(0);
    JsonObject authTest = after.web("auth.test", token, Map.of());
    assertTrue(authTest.getBoolean("ok"), authTest::toString);
    assertEquals("U01PLUSAD01", authTest.getString("user_id"));
    JsonObject promoted = after.web("users.info", token, Map.of("user", "U01PLUSME01"));
    assertTrue(promoted.getJsonObject("user").getBoolean("is_admin"), promoted::toString);
    assertEquals(OrgRole.ADMIN, after.world.apply(s -> s.directory().person("W04MEMBER01").orElseThrow().getOrgRole()));
    assertEquals(Plan.BUSINESS_PLUS,
        after.world.apply(s -> s.directory().workspace(SeedData.PRO_TEAM).orElseThrow().getPlan()));
    ScimAnswer found = after.scim("GET", token, null);
    assertTrue(found.body().toString().contains("newcomer@plus.example"), found.body()::toString);
  }

  @Test
  void aRevokedTokenStaysRevokedAndAResetForgetsEveryToken() {
    Server first = new Server(0);
    String revoked = first.install("U01PLUSAD01", SeedData.PLUS_TEAM);
    String kept = first.install("U01PLUSOW01", SeedData.PLUS_TEAM);
    assertTrue(first.web("auth.revoke", revoked, Map.of()).getBoolean("ok"));
    first.stop();

    Server second = new Server(0);
    assertEquals("token_revoked", second.web("auth.test", revoked, Map.of()).getString("error"));
    assertTrue(second.web("auth.test", kept, Map.of()).getBoolean("ok"));
    second.world.reset();
    second.stop();

    Server third = new Server(0);
    assertEquals("invalid_auth", third.web("auth.test", kept, Map.of()).getString("error"));
  }

  @Test
  void onlyTheGeneratedMembersSomethingChangedAreWrittenAndTheyComeBackChanged() throws Exception {
    Server first = new Server(3);
    first.control.setActive(GeneratedMembers.orgId(2), false);
    first.stop();
    String file = Files.readString(data.resolve(SandboxFile.NAME));
    assertTrue(file.contains(GeneratedMembers.orgId(2)));
    assertFalse(file.contains(GeneratedMembers.orgId(1)));

    Server second = new Server(3);
    assertFalse(second.isActive(GeneratedMembers.orgId(2)));
    assertTrue(second.isActive(GeneratedMembers.orgId(1)));
    assertEquals(6, (int) second.world.apply(s -> s.directory().generatedCount()));
  }

  @Test
  void theFileIsTheOwnersOnlyAndAnUnreadableOneMeansTheSeed() throws Exception {
    Server first = new Server(0);
    String token = first.install("U01PLUSAD01", SeedData.PLUS_TEAM);
    first.stop();
    Path file = data.resolve(SandboxFile.NAME);
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }
    Files.writeString(file, "{ not json");

    Server second = new Server(0);
    assertEquals("invalid_auth", second.web("auth.test", token, Map.of()).getString("error"));
    assertEquals(WorkspaceRole.ADMIN,
        second.world.apply(s -> s.directory().person("U01PLUSAD01").orElseThrow().getRole()));
  }

  /** One start of the sandbox on the data folder, wired as the container wires it. */
  private final class Server {

    final SandboxWorld world = new SandboxWorld();
    final SandboxControl control = new SandboxControl();
    final WebApiMethods methods = new WebApiMethods();
    final ScimService scim = new ScimService();

    Server(int seedUsers) {
      SandboxSettings settings = new SandboxSettings();
      settings.setSeedUsers(seedUsers);
      settings.setTokenLifetimeSeconds(SandboxSettings.DEFAULT_LIFETIME_SECONDS);
      SandboxFile file = new SandboxFile();
      file.dataDir = data.toString();
      world.clock = clock;
      world.settings = settings;
      world.file = file;
      world.start();
      control.world = world;
      control.settings = settings;
      OAuthAccess access = new OAuthAccess();
      access.world = world;
      access.settings = settings;
      methods.world = world;
      methods.oauthAccess = access;
      scim.world = world;
    }

    /** Authorises the app as a person, as the OAuth pages do, and trades the code for a token. */
    String install(String userId, String teamId) {
      String code = world.change(s -> s.tokens().issueCode(new Grant(userId, null, teamId, SCOPES), REDIRECT));
      JsonObject answer = web("oauth.v2.access", null, Map.of("client_id", SandboxApp.CLIENT_ID,
          "client_secret", SandboxApp.CLIENT_SECRET, "code", code, "redirect_uri", REDIRECT));
      assertTrue(answer.getBoolean("ok"), answer::toString);
      return answer.getJsonObject("authed_user").getString("access_token");
    }

    JsonObject web(String method, String token, Map<String, String> params) {
      return methods.call(method, new ApiParams(params, token, null, null));
    }

    ScimAnswer scim(String method, String token, JsonObject body) {
      return scim.handle(new ScimRequest(method, "Users", null, Map.of(), body, token,
          "http://localhost/sandbox/scim/v2/"));
    }

    boolean isActive(String userId) {
      return world.apply(s -> s.directory().person(userId).orElseThrow().isActive());
    }

    /** Shutdown: the container's @PreDestroy. */
    void stop() {
      world.saveNow();
    }
  }
}

package com.slackadmin.connections.sandbox.control;

import com.slackadmin.connections.sandbox.control.SandboxWorld.State;
import com.slackadmin.connections.sandbox.entity.Grant;
import com.slackadmin.connections.sandbox.entity.Person;

/**
 * Who is calling SCIM, once Slack's checks passed: a live token with the {@code admin} scope, on a plan
 * with SCIM, whose user is still an Owner or Admin where the token was installed (the org for an org-wide
 * token, else the workspace). {@code rank} is that role's rank, for the hierarchy rule.
 */
public record ScimCaller(Grant grant, Person person, int rank) {

  /** Must run under the world's lock. */
  public static ScimCaller check(State state, String token) {
    Authed authed = Authed.check(state, token);
    if (authed.failed()) {
      throw new ScimError(401, authed.error());
    }
    Grant grant = authed.grant();
    if (!grant.hasScope("admin")) {
      throw new ScimError(403, "missing_scope: SCIM needs a token with the admin scope; this one has "
          + grant.scopeList());
    }
    if (!state.directory().planOf(grant).hasScim()) {
      throw new ScimError(403, "SCIM is available on Business+ and Enterprise Grid plans only");
    }
    Person person = authed.person();
    boolean orgWide = grant.isEnterpriseInstall();
    boolean admin = orgWide ? person.getOrgRole().isAdmin() : person.getRole().isAdmin();
    if (!admin) {
      throw new ScimError(403, "The token's user is not an " + (orgWide ? "Org " : "")
          + "Owner or Admin: only Owners and Admins can use SCIM");
    }
    int rank = orgWide ? person.getOrgRole().rank() : person.getRole().rank();
    return new ScimCaller(grant, person, rank);
  }

  /** Primary Owner > Owner > Admin > Member > Guest: nobody may change an account that outranks them. */
  public void mayChange(Person target) {
    if (target.rank() > rank) {
      throw new ScimError(403, "The account " + target.getId() + " outranks the token's user: an account can"
          + " only change accounts of the same or a lower role");
    }
  }
}

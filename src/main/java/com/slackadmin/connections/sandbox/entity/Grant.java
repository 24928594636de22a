package com.slackadmin.connections.sandbox.entity;

import java.util.Set;

/**
 * What one authorisation gave: whose account, installed where (a workspace, or a whole Grid org when
 * {@code teamId} is null), and which user scopes.
 */
public record Grant(String userId, String enterpriseId, String teamId, Set<String> scopes) {

  public boolean isEnterpriseInstall() {
    return enterpriseId != null && teamId == null;
  }

  public boolean hasScope(String scope) {
    return scopes.contains(scope);
  }

  public String scopeList() {
    return String.join(",", scopes);
  }
}

package com.slackadmin.connections.sandbox.boundary;

import static com.slackadmin.connections.sandbox.control.JsonProviders.JSON;

import com.slackadmin.connections.sandbox.control.SandboxSettings;
import com.slackadmin.connections.sandbox.entity.Person;
import com.slackadmin.connections.sandbox.entity.RecordedCall;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/** The control API's JSON: people with their roles, settings, recorded calls. */
final class ControlJson {

  private ControlJson() {}

  static JsonObject person(Person p) {
    JsonArrayBuilder teams = JSON.createArrayBuilder();
    p.getTeamIds().forEach(teams::add);
    JsonObjectBuilder json = JSON.createObjectBuilder().add("id", p.getId()).add("email", p.getEmail())
        .add("userName", p.getUserName()).add("realName", p.getRealName()).add("teamIds", teams)
        .add("role", p.getRole().name()).add("active", p.isActive());
    if (p.isInGrid()) {
      json.add("enterpriseId", p.getEnterpriseId()).add("orgRole", p.getOrgRole().name());
    } else {
      json.addNull("enterpriseId").addNull("orgRole");
    }
    return json.build();
  }

  static JsonObject settings(SandboxSettings s) {
    return JSON.createObjectBuilder().add("tokenRotation", s.isTokenRotation())
        .add("tokenLifetimeSeconds", s.getTokenLifetimeSeconds()).add("rateLimits", s.isRateLimits())
        .add("rateLimitTimeScale", s.getRateLimitTimeScale()).add("seedUsers", s.getSeedUsers()).build();
  }

  static JsonArrayBuilder calls(List<RecordedCall> calls) {
    JsonArrayBuilder list = JSON.createArrayBuilder();
    for (RecordedCall call : calls) {
      JsonObjectBuilder json = JSON.createObjectBuilder().add("api", call.api()).add("httpMethod", call.httpMethod())
          .add("name", call.name()).add("at", call.at().toString()).add("status", call.status());
      if (call.userId() == null) {
        json.addNull("userId");
      } else {
        json.add("userId", call.userId());
      }
      list.add(json);
    }
    return list;
  }
}

/**
 * The Slack Admin action cards and the runner that enforces the rules on each use.
 *
 * <p>{@code entity.Card} is the catalogue: Search Users, Read User, Create User, Update User, Deactivate User,
 * Activate User, Search Groups, Read Group, Add User to Group, Remove User from Group and the Custom API
 * Action, each with typed inputs and a typed JSON output. {@code control.CardRunner} is the one way to run
 * one, from the console ({@code boundary.CardController}) and from the JSON API alike. Before anything is
 * sent to Slack's SCIM API it checks the console user's role, the inputs ({@code CardInputs},
 * {@code CustomRequestRule}: only SCIM paths, no header that could replace the token), the retention rule
 * (through the connection feature's {@code verify}) and, for a card that changes an account, the hierarchy
 * rule ({@code HierarchyRule}). Every run is recorded by firing an {@code AuditEvent}, without its inputs.
 *
 * <p>Scope is Slack's: a card uses the connection's own token, so an org-wide Grid connection works on the
 * organisation's identities and a workspace connection on its workspace; nothing here narrows or widens it.
 *
 * <p>Out of scope: group creation and deletion as cards (possible through the Custom API Action), scheduling,
 * and bulk runs.
 */
package com.slackadmin.connections.card;

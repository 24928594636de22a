/**
 * The Slack Admin action cards: the catalogue, their inputs and outputs, and running one with a connection.
 *
 * <p>{@code entity.Card} is the catalogue: Search Users, Read User, Create User, Update User, Deactivate User,
 * Activate User, Search Groups, Read Group, Add User to Group, Remove User from Group and the Custom API
 * Action, each with typed inputs and a typed JSON output. {@code control.CardRunner} runs one through the
 * connection feature's use gate, from the console ({@code boundary.CardController}) and the JSON API
 * ({@code boundary.CardRunResource}) alike: the gate checks who may use the connection and the retention rule
 * and records the run; the card checks its inputs ({@code CardInputs}, {@code CustomRequestRule}: only SCIM
 * paths, no header that could replace the token) and the hierarchy rule ({@code HierarchyRule}: which accounts
 * a run changes, and whether the connection outranks them) before SCIM is called.
 *
 * <p>Scope is Slack's: a card uses the connection's own token, so an org-wide Grid connection works on the
 * organisation's identities and a workspace connection on its workspace; nothing here narrows or widens it.
 *
 * <p>Leaves to others: access, retention, token refresh, status and the audit record ({@code connection});
 * the SCIM calls themselves ({@code slack}). Out of scope: group creation and deletion as cards (possible
 * through the Custom API Action), scheduling, and bulk runs.
 */
package com.slackadmin.connections.card;

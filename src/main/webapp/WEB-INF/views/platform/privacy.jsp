<%@ page contentType="text/html;charset=UTF-8" pageEncoding="UTF-8" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="t" tagdir="/WEB-INF/tags" %>
<t:layout title="Privacy disclaimer">
  <p>Slack Admin Connections stores only what it needs to connect your Slack organisations and to show who
    did what with them.</p>
  <h2>What is stored</h2>
  <ul>
    <li><strong>Console users</strong>: username, display name, role, and a salted PBKDF2 hash of the password
      (never the password itself); recent failed sign-ins per username, to lock out password guessing.</li>
    <li><strong>Connections</strong>: the nickname; the Slack organisation and workspace (IDs and names) and
      plan; the Slack account that authorised it (ID, name, email, role); the scopes Slack granted; and the
      Slack tokens, <strong>encrypted</strong> (AES-256-GCM). Tokens are never shown, logged or sent anywhere
      but to Slack.</li>
    <li><strong>Audit trail</strong>: when a connection was used or changed, by whom, for which action and
      target, the outcome and Slack's error code if any. Inputs that hold secrets are never recorded.</li>
  </ul>
  <h2>Why</h2>
  <p>To act on Slack on your team's behalf without asking for Slack credentials again, to enforce Slack's
    rules before Slack has to refuse, and to let administrators account for every change made through a
    connection.</p>
  <h2>What is not stored</h2>
  <p>No Slack message content, no Slack passwords, and no data about Slack users beyond what an action you run
    returns to your screen.</p>
  <p>Deleting a connection revokes its token at Slack and removes it; its audit trail is kept.</p>
</t:layout>

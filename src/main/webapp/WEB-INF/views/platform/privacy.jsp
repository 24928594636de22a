<%@ page contentType="text/html;charset=UTF-8" pageEncoding="UTF-8" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="t" tagdir="/WEB-INF/tags" %>
<t:layout title="Privacy disclaimer">
  <p>Slack Admin Connections stores only what it needs to connect your Slack organisations, to run what you ask
    of them, and to show who did what with them. This page says what is kept and for how long.</p>
  <h2>What is stored, and for how long</h2>
  <ul>
    <li><strong>Console users</strong>: username, display name, role, an optional email address for
      notifications, and a salted PBKDF2 hash of the password (never the password itself); recent failed
      sign-ins per username, to lock out password guessing. Kept while the console exists: teammates are
      disabled, not deleted. API tokens are kept as hashes until revoked.</li>
    <li><strong>Connections</strong>: the nickname; the Slack organisation and workspace (IDs and names) and
      plan; the Slack account that authorised it (ID, name, email, role); the scopes Slack granted; and the
      Slack tokens, <strong>encrypted</strong> (AES-256-GCM). Tokens are never shown, logged or sent anywhere
      but to Slack. Kept until the connection is deleted, which revokes its token at Slack and removes it.</li>
    <li id="privacy-bulk-rows"><strong>Bulk runs</strong>: each row of a run keeps its inputs as given (Slack user
      IDs, <strong>emails</strong>, <strong>names</strong>, titles, group IDs), the Slack account it concerned,
      and its outcome with Slack's message. These rows are kept for
      <strong><c:out value="${rowRetention.days}"/> days</strong> after the run finished or was cancelled
      (an ADMIN sets this on the Bulk runs page), then deleted. The run itself (card, connection, who started it,
      when, and its counts of rows done, refused and failed) is kept.</li>
    <li><strong>Audit trail</strong>: when a connection was used or changed, by whom, for which action and
      <strong>target</strong> (the Slack user or group acted on, or the teammate a share concerns), the outcome
      and Slack's error code if any. Inputs that hold secrets are never recorded. Kept while the console exists,
      also after the connection is deleted, so that every change stays accountable.</li>
    <li><strong>Notifications</strong>: what happened to a connection or a bulk run (connection nickname, the
      Slack account's name, the reason), each person's copy read or not, and the delivery log of every email and
      webhook call (the address it went to, its attempts and errors). Kept while the console exists.</li>
  </ul>
  <h2>Why</h2>
  <p>To act on Slack on your team's behalf without asking for Slack credentials again, to enforce Slack's
    rules before Slack has to refuse, and to let administrators account for every change made through a
    connection.</p>
  <h2>What is not stored</h2>
  <p>No Slack message content and no Slack passwords. What a single action card returns (a user's profile, a
    search's results) is shown on your screen and not kept; only the audit trail's line about it is.</p>
</t:layout>

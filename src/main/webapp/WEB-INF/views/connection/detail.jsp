<%@ page contentType="text/html;charset=UTF-8" pageEncoding="UTF-8" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="t" tagdir="/WEB-INF/tags" %>
<c:set var="base" value="${pageContext.request.contextPath}/app/connections/${connection.id}"/>
<t:layout title="${connection.nickname}">
  <dl class="facts">
    <dt>Status</dt>
    <dd class="status status-${connection.status}"><c:out value="${connection.status.label}"/>
      <c:if test="${not empty connection.statusReason}"><br><c:out value="${connection.statusReason}"/></c:if></dd>
    <dt>Slack organisation / workspace</dt>
    <dd><c:out value="${connection.slackOrganisation}"/>
      (<c:out value="${connection.enterpriseId}${not empty connection.enterpriseId and not empty connection.teamId ? ' / ' : ''}${connection.teamId}"/>)</dd>
    <dt>Plan</dt><dd><c:out value="${connection.plan}"/></dd>
    <dt>Installed on</dt><dd><c:out value="${connection.installLevel.label}"/></dd>
    <dt>Authorised by</dt>
    <dd><c:out value="${connection.slackUserName}"/>
      <c:if test="${not empty connection.slackUserEmail}"> &lt;<c:out value="${connection.slackUserEmail}"/>&gt;</c:if>,
      <c:out value="${connection.slackUserRole}"/> when authorised (<c:out value="${connection.slackUserId}"/>)</dd>
    <dt>Granted scopes</dt><dd><c:out value="${connection.grantedScopes}"/></dd>
    <dt>Owner</dt><dd><c:out value="${connection.owner.displayName}"/></dd>
    <dt>Created</dt><dd>${dates.format(connection.createdAt)}</dd>
    <dt>Last used</dt><dd>${dates.format(connection.lastUsedAt)}</dd>
    <dt>Last verified</dt><dd>${dates.format(connection.lastVerifiedAt)}</dd>
    <c:if test="${not empty connection.tokenExpiresAt}">
      <dt>Token renews before</dt><dd>${dates.format(connection.tokenExpiresAt)}</dd>
    </c:if>
  </dl>

  <c:if test="${currentUser.builderOrAdmin}">
    <section aria-labelledby="cards-title" class="cards">
      <h2 id="cards-title">Action cards</h2>
      <p>Each run checks first that <c:out value="${connection.slackUserName}"/> is still an Owner or Admin, and
        that a card changing an account does not reach above that account's rank.
        Scope: <c:out value="${connection.installLevel == 'ORG' ? 'the whole organisation (org-wide users and groups)' : 'this workspace'}"/>.</p>
      <ul class="card-list">
        <c:forEach items="${cards}" var="card">
          <li><a href="${base}/cards/${card.name}"><c:out value="${card.title}"/></a> &mdash; <c:out value="${card.description}"/></li>
        </c:forEach>
      </ul>
    </section>
  </c:if>

  <c:if test="${currentUser.builderOrAdmin}">
    <section aria-labelledby="actions-title" class="actions">
      <h2 id="actions-title">Actions</h2>
      <form method="post" action="${base}/test" class="inline">
        <t:csrf/>
        <button type="submit">Test</button>
      </form>
      <form method="post" action="${base}/reauthorize" class="inline">
        <t:csrf/>
        <button type="submit">Reauthorize</button>
      </form>
      <a class="button danger" href="${base}/delete">Delete</a>

      <h3>Rename</h3>
      <form method="post" action="${base}/rename" class="stacked">
        <t:csrf/>
        <label for="nickname">Connection Nickname</label>
        <input id="nickname" name="nickname" required maxlength="80"
               value="<c:out value='${empty renameValue ? connection.nickname : renameValue}'/>">
        <button type="submit">Rename</button>
      </form>
    </section>
  </c:if>
  <section aria-labelledby="audit-title" class="audit">
    <h2 id="audit-title">Audit trail</h2>
    <t:auditTrail trail="${audit}" pageUrl="${base}/audit"/>
  </section>
  <p><a href="${pageContext.request.contextPath}/app/connections">Back to Connections</a></p>
</t:layout>

<%@ page contentType="text/html;charset=UTF-8" pageEncoding="UTF-8" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="t" tagdir="/WEB-INF/tags" %>
<%@ taglib prefix="f" uri="urn:slack-admin-connections:functions" %>
<c:set var="base" value="${pageContext.request.contextPath}/app/connections/${connection.id}"/>
<t:layout title="${connection.nickname}">
  <dl class="facts">
    <dt>Status</dt>
    <dd class="status status-${connection.status}"><c:out value="${connection.status.label}"/>
      <c:if test="${not empty connection.statusReason}"><br><c:out value="${connection.statusReason}"/></c:if></dd>
    <dt>Slack organisation / workspace</dt>
    <dd><c:out value="${connection.slackOrganisation}"/>
      (<c:out value="${connection.enterpriseId}${not empty connection.enterpriseId and not empty connection.teamId ? ' / ' : ''}${connection.teamId}"/>)</dd>
    <dt>Plan</dt><dd><c:out value="${connection.planName}"/></dd>
    <dt>Installed on</dt><dd><c:out value="${connection.installLevel.label}"/></dd>
    <dt>Authorised by</dt>
    <dd><c:out value="${connection.slackUserName}"/>
      <c:if test="${not empty connection.slackUserEmail}"> &lt;<c:out value="${connection.slackUserEmail}"/>&gt;</c:if>,
      <span class="role"><c:out value="${connection.slackUserRole}"/></span>, as Slack reported at the last check (<c:out value="${connection.slackUserId}"/>)</dd>
    <dt>Granted scopes</dt><dd><c:out value="${connection.grantedScopes}"/></dd>
    <dt>Owner</dt><dd><c:out value="${connection.owner.displayName}"/>
      <c:if test="${sharedWithMe}"> <span class="tag shared">Shared by <c:out value="${connection.owner.displayName}"/></span></c:if>
      <c:if test="${not connection.owner.enabled}"> <span class="tag owner-disabled">owner disabled</span></c:if></dd>
    <dt>Created</dt><dd>${f:instant(connection.createdAt)}</dd>
    <dt>Last used</dt><dd class="last-use"><t:lastUse connection="${connection}" outcome="${activity.lastUse}"/></dd>
    <dt>Last verified</dt><dd class="last-verified">${f:instant(connection.lastVerifiedAt)}<c:if
        test="${connection.status != 'ACTIVE'}"><br><small>The last check that found it usable; later checks did not.</small></c:if></dd>
    <c:if test="${not empty connection.tokenExpiresAt}">
      <dt>Token renews before</dt><dd>${f:instant(connection.tokenExpiresAt)}</dd>
    </c:if>
  </dl>

  <section aria-labelledby="activity-title" class="activity">
    <h2 id="activity-title">Activity</h2>
    <t:useChart chart="${activity.chart}" name="${connection.nickname}"/>
  </section>

  <c:if test="${may.RUN_CARD}">
    <section aria-labelledby="cards-title" class="cards">
      <h2 id="cards-title">Action cards</h2>
      <p>Each run checks first that <c:out value="${connection.slackUserName}"/> is still an Owner or Admin, and
        that a card changing an account does not reach above that account's rank.
        Scope: <c:out value="${connection.installLevel == 'ORG' ? 'the whole organisation (org-wide users and groups)' : 'this workspace'}"/>.</p>
      <ul class="card-list">
        <c:forEach items="${cardCatalogue.all}" var="card">
          <li><a href="${base}/cards/${card.name}"><c:out value="${card.title}"/></a> &mdash; <c:out value="${card.description}"/></li>
        </c:forEach>
      </ul>
      <p><a id="bulk-run-link" href="${pageContext.request.contextPath}/app/bulk-runs/new?connection=${connection.id}">New bulk run</a>:
        one card over many accounts, paced to Slack's limits.</p>
    </section>
  </c:if>

  <c:if test="${may.TEST or may.REAUTHORIZE or may.DELETE or may.RENAME}">
    <section aria-labelledby="actions-title" class="actions">
      <h2 id="actions-title">Actions</h2>
      <c:if test="${may.TEST}">
        <form method="post" action="${base}/test" class="inline">
          <t:csrf/>
          <button type="submit">Test</button>
        </form>
      </c:if>
      <c:if test="${may.REAUTHORIZE}">
        <form method="post" action="${base}/reauthorize" class="inline">
          <t:csrf/>
          <button type="submit">Reauthorize</button>
        </form>
      </c:if>
      <c:if test="${may.DELETE}">
        <a class="button danger" href="${base}/delete">Delete</a>
      </c:if>

      <c:if test="${may.RENAME}">
        <h3>Rename</h3>
        <form method="post" action="${base}/rename" class="stacked">
          <t:csrf/>
          <label for="nickname">Connection Nickname (up to 80 characters)</label>
          <input id="nickname" name="nickname" required maxlength="80"
                 value="<c:out value='${empty renameValue ? connection.nickname : renameValue}'/>">
          <button type="submit">Rename</button>
        </form>
      </c:if>
    </section>
  </c:if>

  <section aria-labelledby="sharing-title" class="sharing">
    <h2 id="sharing-title">Shared with</h2>
    <c:choose>
      <c:when test="${empty shares}"><p>Nobody else: only the owner and ADMINs see this connection.</p></c:when>
      <c:otherwise>
        <ul class="shares">
          <c:forEach items="${shares}" var="share">
            <li><c:out value="${share.user.displayName}"/> (<c:out value="${share.user.username}"/>, <c:out value="${share.user.role}"/>)
              <c:if test="${may.SHARE}">
                <form method="post" action="${base}/shares/${share.user.id}/remove" class="inline">
                  <t:csrf/>
                  <button type="submit" class="link-button">Unshare<span class="visually-hidden"> with <c:out value="${share.user.username}"/></span></button>
                </form>
              </c:if>
            </li>
          </c:forEach>
        </ul>
      </c:otherwise>
    </c:choose>
    <c:if test="${may.SHARE}">
      <c:choose>
        <c:when test="${empty shareCandidates}">
          <p class="hint" id="share-nobody">
            <c:choose>
              <c:when test="${empty shares}">There is nobody to share it with yet: the console has no teammate
                besides the owner and its ADMINs, who see every connection anyway.</c:when>
              <c:otherwise>It is shared with every teammate who is not an ADMIN (ADMINs see every connection anyway).</c:otherwise>
            </c:choose>
            <c:choose>
              <c:when test="${mayManageTeammates}"><a href="${pageContext.request.contextPath}/app/teammates">Add teammates</a>
                to share it with them.</c:when>
              <c:otherwise>Ask an ADMIN to add the teammates you want to share it with.</c:otherwise>
            </c:choose>
          </p>
        </c:when>
        <c:otherwise>
          <form method="post" action="${base}/shares" class="stacked share-form">
            <t:csrf/>
            <fieldset>
              <legend>Share with teammates</legend>
              <p class="hint" id="share-hint">Tick one or more. A BUILDER may then test it and run cards with it, a
                VIEWER see it and its audit trail. ADMINs are not listed: they see every connection anyway.</p>
              <c:forEach items="${shareCandidates}" var="mate">
                <label><input type="checkbox" name="username" value="<c:out value='${mate.username}'/>">
                  <c:out value="${mate.displayName}"/> (<c:out value="${mate.username}"/>, <c:out value="${mate.role}"/>)</label>
              </c:forEach>
            </fieldset>
            <button type="submit">Share</button>
          </form>
        </c:otherwise>
      </c:choose>
    </c:if>
  </section>

  <c:if test="${may.TRANSFER and not empty ownerCandidates}">
    <section aria-labelledby="transfer-title" class="transfer">
      <h2 id="transfer-title">Transfer ownership</h2>
      <form method="post" action="${base}/transfer" class="stacked">
        <t:csrf/>
        <label for="newOwnerId">New owner (an enabled BUILDER or ADMIN)</label>
        <select id="newOwnerId" name="newOwnerId">
          <c:forEach items="${ownerCandidates}" var="mate">
            <option value="${mate.id}"><c:out value="${mate.displayName}"/> (<c:out value="${mate.username}"/>)</option>
          </c:forEach>
        </select>
        <button type="submit">Transfer</button>
      </form>
    </section>
  </c:if>
  <section aria-labelledby="audit-title" class="audit">
    <h2 id="audit-title">Audit trail</h2>
    <t:auditTrail trail="${audit}" pageUrl="${base}/audit"/>
  </section>
  <p><a href="${pageContext.request.contextPath}/app/connections">Back to Connections</a></p>
</t:layout>

<%@ page contentType="text/html;charset=UTF-8" pageEncoding="UTF-8" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="t" tagdir="/WEB-INF/tags" %>
<c:set var="base" value="${pageContext.request.contextPath}/app/connections"/>
<t:layout title="Connections">
  <c:if test="${currentUser.builderOrAdmin}">
    <p><a class="button" href="${base}/new">New Connection</a></p>
  </c:if>
  <nav aria-label="Views" class="views">
    <ul>
      <c:forEach items="${views}" var="v">
        <li><a href="${base}?view=${v.parameter}" ${v.parameter == view ? 'aria-current="page"' : ''}><c:out value="${v.label}"/></a></li>
      </c:forEach>
    </ul>
  </nav>
  <c:choose>
    <c:when test="${page.total == 0 and empty status and view == 'shared'}">
      <section class="empty-state" aria-labelledby="empty-title">
        <h2 id="empty-title">Nothing shared with you yet</h2>
        <p>When a teammate shares one of their connections with you, it shows here, marked with who shared it.</p>
      </section>
    </c:when>
    <c:when test="${page.total == 0 and empty status}">
      <section class="empty-state" aria-labelledby="empty-title">
        <h2 id="empty-title">No connections yet</h2>
        <p>A <strong>connection</strong> links this console to one Slack organisation or workspace, once,
          through Slack's own sign-in. It remembers which Slack Owner or Admin authorised it, keeps that
          account's token encrypted, and lets you and your team run Slack Admin actions (find, create,
          update, deactivate users and groups) without signing in to Slack again.</p>
        <p>Slack requires a <strong>Business+</strong> or <strong>Enterprise Grid</strong> plan, and an Owner or
          Admin (on Enterprise Grid, an Org Owner) to authorise it.</p>
        <c:if test="${currentUser.builderOrAdmin}">
          <p><a class="button" href="${base}/new">New Connection</a></p>
        </c:if>
      </section>
    </c:when>
    <c:otherwise>
      <form method="get" action="${base}" class="filters">
        <input type="hidden" name="view" value="<c:out value='${view}'/>">
        <label for="status">Status</label>
        <select id="status" name="status">
          <option value="">Any</option>
          <c:forEach items="${statuses}" var="s">
            <option value="${s}" ${s.name() == status ? 'selected' : ''}><c:out value="${s.label}"/></option>
          </c:forEach>
        </select>
        <label for="sort">Sort by</label>
        <select id="sort" name="sort">
          <option value="nickname" ${sort == 'nickname' ? 'selected' : ''}>Nickname</option>
          <option value="lastUsed" ${sort == 'lastUsed' ? 'selected' : ''}>Last used</option>
        </select>
        <button type="submit">Show</button>
      </form>
      <table class="connections">
        <caption>${page.total} connection${page.total == 1 ? '' : 's'}, page ${page.number} of ${page.lastNumber}</caption>
        <thead>
        <tr>
          <th scope="col">Nickname</th>
          <th scope="col">Slack organisation / workspace</th>
          <th scope="col">Plan</th>
          <th scope="col">Installed on</th>
          <th scope="col">Authorised by</th>
          <th scope="col">Status</th>
          <th scope="col">Owner</th>
          <th scope="col">Shared with</th>
          <th scope="col">Uses (30 days)</th>
          <th scope="col">Created</th>
          <th scope="col">Last used</th>
          <th scope="col">Last verified</th>
          <th scope="col">Actions</th>
        </tr>
        </thead>
        <tbody>
        <c:forEach items="${page.items}" var="connection">
          <tr>
            <td class="nickname"><a href="${base}/${connection.id}"><c:out value="${connection.nickname}"/></a></td>
            <td><c:out value="${connection.slackOrganisation}"/></td>
            <td><c:out value="${connection.planName}"/></td>
            <td><c:out value="${connection.installLevel.label}"/></td>
            <td><c:out value="${connection.slackUserName}"/>
              <c:if test="${not empty connection.slackUserEmail}"> &lt;<c:out value="${connection.slackUserEmail}"/>&gt;</c:if>
              (<c:out value="${connection.slackUserRole}"/>)</td>
            <td class="status status-${connection.status}"><c:out value="${connection.status.label}"/>
              <c:if test="${not empty connection.statusReason}"><br><small><c:out value="${connection.statusReason}"/></small></c:if></td>
            <td><c:out value="${connection.owner.displayName}"/>
              <c:if test="${sharedWithMe.contains(connection.id)}"><br><span class="tag shared">Shared by <c:out value="${connection.owner.displayName}"/></span></c:if>
              <c:if test="${not connection.owner.enabled}"><br><span class="tag owner-disabled">owner disabled</span></c:if></td>
            <td><c:forEach items="${sharedWith[connection.id]}" var="name" varStatus="loop"><c:out value="${name}"/>${loop.last ? '' : ', '}</c:forEach></td>
            <td class="usage">${empty uses[connection.id] ? 0 : uses[connection.id]}
              <c:if test="${not empty connection.lastUsedBy}"><br><small>last by <c:out value="${connection.lastUsedBy}"/></small></c:if></td>
            <td>${dates.format(connection.createdAt)}</td>
            <td>${dates.format(connection.lastUsedAt)}</td>
            <td>${dates.format(connection.lastVerifiedAt)}</td>
            <td><c:choose>
              <c:when test="${connection.owner.id == currentUser.id or currentUser.admin}">
                <a href="${base}/${connection.id}">Test, rename, reauthorize, share<span class="visually-hidden"> <c:out value="${connection.nickname}"/></span></a>
                · <a href="${base}/${connection.id}/delete">Delete<span class="visually-hidden"> <c:out value="${connection.nickname}"/></span></a>
              </c:when>
              <c:otherwise>
                <a href="${base}/${connection.id}">${currentUser.builderOrAdmin ? 'Test' : 'Details'}<span class="visually-hidden"> <c:out value="${connection.nickname}"/></span></a>
              </c:otherwise>
            </c:choose>
              · <a href="${base}/${connection.id}/audit">Audit trail<span class="visually-hidden"> of <c:out value="${connection.nickname}"/></span></a></td>
          </tr>
        </c:forEach>
        <c:if test="${page.total == 0}">
          <tr><td colspan="13">No connection has this status.</td></tr>
        </c:if>
        </tbody>
      </table>
      <nav aria-label="Pages" class="pager">
        <c:if test="${page.hasPrevious}">
          <a rel="prev" href="${base}?view=${view}&amp;page=${page.number - 1}&amp;sort=${sort}&amp;status=${status}">Previous page</a>
        </c:if>
        <span>Page ${page.number} of ${page.lastNumber}</span>
        <c:if test="${page.hasNext}">
          <a rel="next" href="${base}?view=${view}&amp;page=${page.number + 1}&amp;sort=${sort}&amp;status=${status}">Next page</a>
        </c:if>
      </nav>
    </c:otherwise>
  </c:choose>
</t:layout>

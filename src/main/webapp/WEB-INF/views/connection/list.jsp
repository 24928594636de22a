<%@ page contentType="text/html;charset=UTF-8" pageEncoding="UTF-8" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="t" tagdir="/WEB-INF/tags" %>
<%@ taglib prefix="f" uri="urn:slack-admin-connections:functions" %>
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
  <c:if test="${landedOnShared}">
    <p class="flash notice" id="landed-on-shared">You own no connection yet, so this is <strong>Shared with
      me</strong>: the connections teammates shared with you.
      <c:if test="${currentUser.builderOrAdmin}">Those you create yourself are under <a href="${base}?view=mine">Mine</a>.</c:if></p>
  </c:if>
  <c:choose>
    <c:when test="${page.total == 0 and empty status and empty q and view == 'shared'}">
      <section class="empty-state" aria-labelledby="empty-title">
        <h2 id="empty-title">Nothing shared with you yet</h2>
        <p>When a teammate shares one of their connections with you, it shows here, marked with who shared it.</p>
      </section>
    </c:when>
    <c:when test="${page.total == 0 and empty status and empty q}">
      <section class="empty-state" aria-labelledby="empty-title">
        <h2 id="empty-title">No connections yet</h2>
        <c:if test="${sharedWithMeCount > 0}">
          <p class="flash notice" id="see-shared">You own none, but <a href="${base}?view=shared"><c:out value="${sharedWithMeCount} ${sharedWithMeCount == 1 ? 'connection is' : 'connections are'}"/> shared with you</a>: see <strong>Shared with me</strong>.</p>
        </c:if>
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
      <c:choose>
        <c:when test="${not empty attention}">
          <section class="attention-summary" aria-labelledby="attention-title" id="attention-summary">
            <h2 id="attention-title">Needs attention in this view</h2>
            <ul>
              <c:forEach items="${attention}" var="entry">
                <li><a href="${base}?view=${view}&amp;status=${entry.key}"><c:out value="${entry.value} ${entry.key.label}"/></a>: <c:out value="${entry.key.whatToDo}"/></li>
              </c:forEach>
            </ul>
            <%-- what to do, beside the connections it is for --%>
            <ul class="attention-list">
              <c:forEach items="${attentionFirst}" var="needy">
                <c:set var="needyMay" value="${attentionMay[needy.id]}"/>
                <li><a href="${base}/${needy.id}"><c:out value="${needy.nickname}"/></a>
                  <span class="status status-${needy.status}"><c:out value="${needy.status.label}"/></span>
                  <span class="inline-actions">
                  <c:if test="${needyMay.TEST}">
                    <form method="post" action="${base}/${needy.id}/test" class="inline"><t:csrf/><input type="hidden" name="next" value="<c:out value='${listPath}'/>"><button type="submit" class="small">Test<span class="visually-hidden"> <c:out value="${needy.nickname}"/></span></button></form>
                  </c:if>
                  <c:if test="${needyMay.REAUTHORIZE}">
                    <form method="post" action="${base}/${needy.id}/reauthorize" class="inline"><t:csrf/><button type="submit" class="small secondary">Reauthorize<span class="visually-hidden"> <c:out value="${needy.nickname}"/></span></button></form>
                  </c:if>
                  </span></li>
              </c:forEach>
            </ul>
          </section>
        </c:when>
        <c:when test="${empty status}">
          <p class="attention-summary all-active" id="attention-summary">Every connection in this view is active.</p>
        </c:when>
      </c:choose>
      <form method="get" action="${base}" class="filters" role="search">
        <input type="hidden" name="view" value="<c:out value='${view}'/>">
        <label for="q">Search</label>
        <input type="search" id="q" name="q" value="<c:out value='${q}'/>" maxlength="100"
               placeholder="Nickname, organisation, account">
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
      <%-- the roles repeat the elements' own: some browsers drop a table's semantics when a narrow screen's style
           shows its rows as blocks --%>
      <table class="connections" role="table">
        <caption><c:if test="${not empty q}">Found by &ldquo;<c:out value="${q}"/>&rdquo;: </c:if><c:choose><c:when test="${page.counted}">${page.total} connection${page.total == 1 ? '' : 's'}, page ${page.number} of ${page.lastNumber}</c:when><c:otherwise>More than ${countedUpTo} connections, page ${page.number}</c:otherwise></c:choose></caption>
        <thead role="rowgroup">
        <tr role="row">
          <th scope="col" role="columnheader" class="col-connection">Connection</th>
          <th scope="col" role="columnheader" class="col-slack">Slack</th>
          <th scope="col" role="columnheader" class="col-account">Authorised by</th>
          <th scope="col" role="columnheader" class="col-status">Status</th>
          <th scope="col" role="columnheader" class="col-activity">Activity</th>
          <th scope="col" role="columnheader" class="col-actions">Actions</th>
        </tr>
        </thead>
        <tbody role="rowgroup">
        <%-- each cell is at most two lines on a wide screen (.line); a line too long for its column ends in "...",
             and says it whole as its title and on the connection's page --%>
        <c:forEach items="${page.items}" var="connection">
          <c:set var="act" value="${activity[connection.id]}"/>
          <c:set var="rowMay" value="${may[connection.id]}"/>
          <tr role="row">
            <td role="cell" class="connection" data-label="Connection">
              <span class="line" title="<c:out value='${connection.nickname}'/>"><a class="nickname" href="${base}/${connection.id}"><c:out value="${connection.nickname}"/></a><c:if
                  test="${not connection.owner.enabled}"> <span class="tag owner-disabled">owner disabled</span></c:if></span>
              <c:set var="sharees"><c:forEach items="${sharedWith[connection.id]}" var="name" varStatus="loop"><c:out value="${name}"/>${loop.last ? '' : ', '}</c:forEach></c:set>
              <span class="line" title="<c:if test="${not empty sharees}">Shared with ${sharees}</c:if>">
                <c:choose>
                  <c:when test="${sharedWithMe[connection.id]}"><span class="tag shared">Shared by <c:out value="${connection.owner.displayName}"/></span></c:when>
                  <c:otherwise><span class="fact owner">Owner: <c:out value="${connection.owner.displayName}"/></span></c:otherwise>
                </c:choose>
                <c:if test="${not empty sharees}"> · <span class="fact shared-with">Shared with ${sharees}</span></c:if>
              </span>
            </td>
            <td role="cell" class="slack" data-label="Slack">
              <span class="line org" title="<c:out value='${connection.slackOrganisation}'/>"><c:out value="${connection.slackOrganisation}"/></span>
              <span class="line fact"><c:out value="${connection.planName}"/> · <c:out value="${connection.installLevel.label}"/></span>
            </td>
            <td role="cell" class="account" data-label="Authorised by">
              <span class="line name" title="<c:out value='${connection.slackUserEmail}'/>"><c:out value="${connection.slackUserName}"/></span>
              <span class="line fact"><span class="role" title="The role Slack reported at the last check"><c:out value="${connection.slackUserRole}"/></span><c:if
                  test="${not empty connection.slackUserEmail}"> · <span class="email"><c:out value="${connection.slackUserEmail}"/></span></c:if></span>
            </td>
            <td role="cell" class="status status-${connection.status}" data-label="Status">
              <span class="line"><strong class="status-label"><c:out value="${connection.status.label}"/></strong><c:if
                  test="${dueIds[connection.id]}"> <span class="tag due">due for a check</span></c:if></span>
              <c:choose>
                <c:when test="${not empty connection.statusReason}"><span class="line reason" title="<c:out value='${connection.statusReason}'/>"><c:out value="${connection.statusReason}"/></span></c:when>
                <c:otherwise><span class="line fact verified">Last verified: ${f:instant(connection.lastVerifiedAt)}</span></c:otherwise>
              </c:choose>
            </td>
            <td role="cell" class="activity" data-label="Activity">
              <span class="line"><c:if test="${act.history.total > 0}"><t:useTrend chart="${act.chart}" key="trend-${connection.id}"/></c:if><span
                  class="fact uses"><c:out value="${act.history.inWindow}"/></span></span>
              <span class="line fact last-use">Last used: <t:lastUse connection="${connection}" outcome="${act.lastUse}"/></span>
            </td>
            <td role="cell" class="actions" data-label="Actions">
              <ul class="row-actions">
                <c:if test="${rowMay.TEST}">
                  <li><form method="post" action="${base}/${connection.id}/test" class="inline"><t:csrf/><input type="hidden" name="next" value="<c:out value='${listPath}'/>"><button type="submit" class="small">Test<span class="visually-hidden"> <c:out value="${connection.nickname}"/></span></button></form></li>
                </c:if>
                <c:if test="${rowMay.REAUTHORIZE and connection.status != 'ACTIVE'}">
                  <li><form method="post" action="${base}/${connection.id}/reauthorize" class="inline"><t:csrf/><button type="submit" class="small secondary">Reauthorize<span class="visually-hidden"> <c:out value="${connection.nickname}"/></span></button></form></li>
                </c:if>
                <c:if test="${rowMay.DELETE}">
                  <li><a href="${base}/${connection.id}/delete">Delete<span class="visually-hidden"> <c:out value="${connection.nickname}"/></span></a></li>
                </c:if>
                <li><a href="${base}/${connection.id}/audit">Audit trail<span class="visually-hidden"> of <c:out value="${connection.nickname}"/></span></a></li>
              </ul>
            </td>
          </tr>
        </c:forEach>
        <c:if test="${page.total == 0}">
          <tr role="row"><td role="cell" colspan="6"><c:choose><c:when test="${not empty q}">No connection in this view matches &ldquo;<c:out value="${q}"/>&rdquo;<c:if test="${not empty status}"> with this status</c:if>: search for part of a nickname, an organisation or workspace, or the account&rsquo;s name or email. <a href="${base}?view=${view}">Show all</a></c:when><c:otherwise>No connection has this status.</c:otherwise></c:choose></td></tr>
        </c:if>
        <c:if test="${page.total > 0 and empty page.items}">
          <tr role="row"><td role="cell" colspan="6">This page is past the last one: <a href="${base}?<c:out value='${listQuery}'/>">go to the first page</a>.</td></tr>
        </c:if>
        </tbody>
      </table>
      <nav aria-label="Pages" class="pager">
        <c:if test="${page.hasPrevious}">
          <a rel="prev" href="${base}?<c:out value='${listQuery}'/>&amp;page=${page.number - 1}">Previous page</a>
        </c:if>
        <span>Page ${page.number}<c:if test="${page.counted}"> of ${page.lastNumber}</c:if></span>
        <c:if test="${page.hasNext}">
          <a rel="next" href="${base}?<c:out value='${listQuery}'/>&amp;page=${page.number + 1}">Next page</a>
        </c:if>
      </nav>
    </c:otherwise>
  </c:choose>
</t:layout>

<%@ tag description="One page of a connection's audit trail, newest first, with links to the other pages" pageEncoding="UTF-8" trimDirectiveWhitespaces="true" %>
<%@ attribute name="trail" required="true" type="com.slackadmin.connections.audit.control.AuditPage" %>
<%@ attribute name="pageUrl" required="true" description="address of the trail's pages; ?page=N is appended" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="f" uri="urn:slack-admin-connections:functions" %>
<c:choose>
  <c:when test="${trail.total == 0}">
    <p class="audit-empty">Nothing has been done with this connection yet.</p>
  </c:when>
  <c:otherwise>
    <table class="audit-trail stacks">
      <caption>${trail.total} entr${trail.total == 1 ? 'y' : 'ies'}, newest first, page ${trail.number} of ${trail.lastNumber}</caption>
      <thead>
      <tr>
        <th scope="col">When</th>
        <th scope="col">Who</th>
        <th scope="col">Action</th>
        <th scope="col">Target</th>
        <th scope="col">Outcome</th>
        <th scope="col">Duration</th>
      </tr>
      </thead>
      <tbody>
      <c:forEach items="${trail.entries}" var="entry">
        <tr>
          <td data-label="When">${f:instant(entry.occurredAt)}</td>
          <td data-label="Who"><c:out value="${empty entry.consoleUsername ? 'system' : entry.consoleUsername}"/></td>
          <td class="audit-action" data-label="Action"><c:out value="${entry.action}"/></td>
          <td data-label="Target" class="long-words"><c:out value="${entry.target}"/></td>
          <td data-label="Outcome" class="audit-outcome outcome-${entry.outcome == 'ok' ? 'ok' : 'failed'}"><c:out value="${entry.outcome}"/>
            <c:if test="${not empty entry.slackError}"><br><small>Slack: <c:out value="${entry.slackError}"/></small></c:if></td>
          <td data-label="Duration"><c:if test="${not empty entry.durationMs}"><c:out value="${entry.durationMs}"/> ms</c:if></td>
        </tr>
      </c:forEach>
      </tbody>
    </table>
    <c:if test="${trail.lastNumber > 1}">
      <nav aria-label="Audit trail pages" class="pager">
        <c:if test="${trail.hasPrevious}"><a rel="prev" href="<c:out value='${pageUrl}'/>?page=${trail.number - 1}">Newer entries</a></c:if>
        <span>Page ${trail.number} of ${trail.lastNumber}</span>
        <c:if test="${trail.hasNext}"><a rel="next" href="<c:out value='${pageUrl}'/>?page=${trail.number + 1}">Older entries</a></c:if>
      </nav>
    </c:if>
  </c:otherwise>
</c:choose>

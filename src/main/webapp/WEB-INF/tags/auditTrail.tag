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
          <%-- an action card's title, else the action's words, else the action as recorded --%>
          <c:set var="action" value="${cardCatalogue.titles[entry.action]}"/>
          <c:set var="action" value="${empty action ? auditWords.actions[entry.action] : action}"/>
          <c:set var="outcome" value="${auditWords.outcomes[entry.outcome]}"/>
          <td class="audit-action" data-label="Action"><c:out value="${empty action ? entry.action : action}"/></td>
          <td data-label="Target" class="long-words"><c:out value="${entry.target}"/></td>
          <%-- good news in the ok colour: a use that went well, and a status change back to active --%>
          <c:set var="good" value="${entry.outcome == 'ok' or (entry.action == 'status_changed' and entry.outcome == 'active')}"/>
          <td data-label="Outcome" class="audit-outcome outcome-${good ? 'ok' : 'failed'}"><c:out value="${empty outcome ? entry.outcome : outcome}"/>
            <c:if test="${not empty entry.slackError}"><br><small>Slack said: <c:out value="${entry.slackError}"/></small></c:if>
            <c:if test="${not empty outcome and not good}"><br><small class="error-code">Code: <c:out value="${entry.outcome}"/></small></c:if></td>
          <td data-label="Duration">${f:duration(entry.durationMs)}</td>
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

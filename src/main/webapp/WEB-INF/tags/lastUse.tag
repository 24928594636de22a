<%@ tag description="When a connection was last used, by whom, and how that use ended: ok, refused or failed, with why in words (the audit trail keeps the code)" pageEncoding="UTF-8" trimDirectiveWhitespaces="true" %>
<%@ attribute name="connection" required="true" type="com.slackadmin.connections.connection.entity.SlackConnection" %>
<%@ attribute name="outcome" required="false" type="com.slackadmin.connections.connection.control.UseOutcome" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="f" uri="urn:slack-admin-connections:functions" %>
<%-- pageScope.outcome: an optional attribute left unset, named bare, is looked up as a class in each imported package --%>
<c:choose>
  <c:when test="${empty connection.lastUsedAt}">never</c:when>
  <c:otherwise>${f:instant(connection.lastUsedAt)}<c:if test="${not empty connection.lastUsedBy}"> by <c:out value="${connection.lastUsedBy}"/></c:if><c:if test="${not empty pageScope.outcome}">, <span class="outcome outcome-${outcome.label}">${outcome.label}</span><c:if test="${outcome.label != 'ok'}"><c:set var="why" value="${auditWords.outcomes[connection.lastUseOutcome]}"/>: <c:out value="${empty why ? connection.lastUseOutcome : why}"/></c:if></c:if></c:otherwise>
</c:choose>

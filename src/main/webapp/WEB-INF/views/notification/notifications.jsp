<%@ page contentType="text/html;charset=UTF-8" pageEncoding="UTF-8" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="t" tagdir="/WEB-INF/tags" %>
<%@ taglib prefix="f" uri="urn:slack-admin-connections:functions" %>
<c:set var="base" value="${pageContext.request.contextPath}/app/notifications"/>
<t:layout title="Notifications">
  <p>What happened to the connections you own, that are shared with you<c:if test="${currentUser.admin}"> or, as an
    ADMIN, any connection</c:if>: a connection that stopped or started working again, a token Slack would not renew,
    a bulk run that finished or paused. Email: on your <a href="${pageContext.request.contextPath}/app/profile">profile</a>.
    <c:if test="${mayManageWebhooks}">Workflow engines: <a href="${pageContext.request.contextPath}/app/webhooks">webhooks
      and the delivery log</a>.</c:if></p>
  <c:choose>
    <c:when test="${inbox.total == 0}">
      <p id="no-notifications">No notifications yet.</p>
    </c:when>
    <c:otherwise>
      <c:if test="${unread > 0}">
        <form method="post" action="${base}/read" class="inline">
          <t:csrf/>
          <button type="submit">Mark all read</button>
        </form>
      </c:if>
      <table class="notifications stacks">
        <caption>${inbox.total} notification${inbox.total == 1 ? '' : 's'}, ${unread} unread, newest first</caption>
        <thead><tr><th scope="col">When</th><th scope="col">What</th><th scope="col">Details</th></tr></thead>
        <tbody>
        <c:forEach items="${inbox.items}" var="n">
          <tr class="notification ${n.unread ? 'unread' : 'read'} kind-${n.event.kind}">
            <td data-label="When">${f:instant(n.event.occurredAt)}</td>
            <td data-label="What"><c:if test="${n.unread}"><strong>New:</strong> </c:if>
              <c:choose>
                <c:when test="${not empty n.event.bulkRunId}"><a href="${pageContext.request.contextPath}/app/bulk-runs/${n.event.bulkRunId}"><c:out value="${n.event.title}"/></a></c:when>
                <c:when test="${not empty n.event.connectionId}"><a href="${pageContext.request.contextPath}/app/connections/${n.event.connectionId}"><c:out value="${n.event.title}"/></a></c:when>
                <c:otherwise><c:out value="${n.event.title}"/></c:otherwise>
              </c:choose></td>
            <td data-label="Details" class="long-words"><c:out value="${n.event.detail}"/></td>
          </tr>
        </c:forEach>
        </tbody>
      </table>
      <c:if test="${inbox.lastNumber > 1}">
        <nav aria-label="Notification pages" class="pager">
          <c:if test="${inbox.hasPrevious}"><a rel="prev" href="${base}?page=${inbox.number - 1}">Newer</a></c:if>
          <span>Page ${inbox.number} of ${inbox.lastNumber}</span>
          <c:if test="${inbox.hasNext}"><a rel="next" href="${base}?page=${inbox.number + 1}">Older</a></c:if>
        </nav>
      </c:if>
    </c:otherwise>
  </c:choose>
</t:layout>

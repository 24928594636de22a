<%@ tag description="The console's page layout" pageEncoding="UTF-8" trimDirectiveWhitespaces="true" %>
<%@ attribute name="title" required="true" %>
<%@ attribute name="refreshSeconds" required="false" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="t" tagdir="/WEB-INF/tags" %>
<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="UTF-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <c:if test="${not empty requestScope.refreshSeconds}"><meta http-equiv="refresh" content="${refreshSeconds}"></c:if>
  <title><c:out value="${title}"/> · Slack Admin Connections</title>
  <link rel="stylesheet" href="${pageContext.request.contextPath}${theme.stylesheet}">
</head>
<body class="theme-<c:out value='${theme.name}'/>">
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header">
  <a class="brand" href="${pageContext.request.contextPath}/app/connections">Slack Admin Connections</a>
  <c:if test="${currentUser.signedIn}">
    <nav aria-label="Main">
      <ul>
        <li><a href="${pageContext.request.contextPath}/app/connections">Connections</a></li>
        <li><a href="${pageContext.request.contextPath}/app/cards">Action cards</a></li>
        <li><a href="${pageContext.request.contextPath}/app/bulk-runs">Bulk runs</a></li>
        <c:if test="${currentUser.builderOrAdmin}">
          <li><a href="${pageContext.request.contextPath}/app/tokens">API tokens</a></li>
        </c:if>
        <c:if test="${currentUser.admin}">
          <li><a href="${pageContext.request.contextPath}/app/teammates">Teammates</a></li>
        </c:if>
        <li><a href="${pageContext.request.contextPath}/app/notifications" id="nav-notifications">Notifications<c:if
            test="${notificationBadge.unread > 0}"> <span class="unread-count">(${notificationBadge.unread} unread)</span></c:if></a></li>
        <li><a href="${pageContext.request.contextPath}/app/profile">Profile</a></li>
      </ul>
    </nav>
    <div class="signed-in">
      <span>Signed in as <strong><c:out value="${currentUser.displayName}"/></strong>
        (<c:out value="${currentUser.role}"/>)</span>
      <c:choose>
        <c:when test="${requestScope.consoleRequest}">
          <form method="post" action="${pageContext.request.contextPath}/app/signout" class="inline">
            <t:csrf/>
            <button type="submit" class="link-button">Sign out</button>
          </form>
        </c:when>
        <c:otherwise><a href="${pageContext.request.contextPath}/app/signout">Sign out</a></c:otherwise>
      </c:choose>
    </div>
  </c:if>
</header>
<main id="main">
  <h1><c:out value="${title}"/></h1>
  <c:if test="${not empty messages.notice}">
    <p class="flash notice" role="status"><c:out value="${messages.notice}"/></p>
  </c:if>
  <c:if test="${not empty messages.error}">
    <p class="flash error" role="alert"><c:out value="${messages.error}"/></p>
  </c:if>
  <jsp:doBody/>
</main>
<footer class="site-footer">
  <p>Slack Admin Connections · <a href="${pageContext.request.contextPath}/privacy">Privacy disclaimer</a></p>
</footer>
</body>
</html>

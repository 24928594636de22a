<%@ tag description="The console's page layout" pageEncoding="UTF-8" trimDirectiveWhitespaces="true" %>
<%@ attribute name="title" required="true" %>
<%@ attribute name="refreshSeconds" required="false" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
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
    <%-- the console path asked for (set by ConsoleRequestMarker), so the menu can mark its section --%>
    <c:set var="here" value="${requestScope.consolePath}"/>
    <c:set var="app" value="${pageContext.request.contextPath}/app/"/>
    <%-- a closed menu on narrow screens (no script needed); always open on wide ones (see console.css). Who is
         signed in stays outside it, in sight. --%>
    <details class="menu">
      <summary>Menu<c:if test="${notificationBadge.unread > 0}"> <span class="unread-count">(${notificationBadge.unread}<span class="visually-hidden"> unread</span>)</span></c:if></summary>
      <nav aria-label="Main">
        <ul>
          <li><a href="${app}connections"${fn:startsWith(here, 'connections') ? ' aria-current="page"' : ''}>Connections</a></li>
          <li><a href="${app}cards"${fn:startsWith(here, 'cards') ? ' aria-current="page"' : ''}>Action cards</a></li>
          <li><a href="${app}bulk-runs"${fn:startsWith(here, 'bulk-runs') ? ' aria-current="page"' : ''}>Bulk runs</a></li>
          <c:if test="${currentUser.builderOrAdmin}">
            <li><a href="${app}tokens"${fn:startsWith(here, 'tokens') ? ' aria-current="page"' : ''}>API tokens</a></li>
          </c:if>
          <c:if test="${currentUser.admin}">
            <li><a href="${app}teammates"${fn:startsWith(here, 'teammates') ? ' aria-current="page"' : ''}>Teammates</a></li>
            <li><a href="${app}webhooks"${fn:startsWith(here, 'webhooks') ? ' aria-current="page"' : ''}>Webhooks</a></li>
          </c:if>
          <li><a href="${app}notifications" id="nav-notifications"${fn:startsWith(here, 'notifications') ? ' aria-current="page"' : ''}>Notifications<c:if
              test="${notificationBadge.unread > 0}"> <span class="unread-count">(${notificationBadge.unread} unread)</span></c:if></a></li>
          <li><a href="${app}profile"${fn:startsWith(here, 'profile') ? ' aria-current="page"' : ''}>Profile</a></li>
        </ul>
      </nav>
    </details>
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

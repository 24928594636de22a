<%@ page contentType="text/html;charset=UTF-8" pageEncoding="UTF-8" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<c:set var="pageTitle" value="Select a Slack account"/>
<%@ include file="_top.jspf" %>
<p>You are signed in as several people. Which account should the app use?</p>
<ul class="accounts">
  <c:forEach var="p" items="${accounts}">
    <li><a href="${pageContext.request.contextPath}/sandbox/oauth/v2/authorize?<c:out value='${authorize.query()}'/>&amp;account=<c:out value='${p.id}'/>"><c:out value="${p.realName}"/> (<c:out value="${p.email}"/>)</a>
      — <c:out value="${p.roleLabel}"/></li>
  </c:forEach>
</ul>
<p><a href="${pageContext.request.contextPath}/sandbox/oauth/v2/authorize?<c:out value='${authorize.query()}'/>&amp;add_account=1">Use another account</a></p>
<%@ include file="_bottom.jspf" %>

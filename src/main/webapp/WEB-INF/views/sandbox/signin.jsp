<%@ page contentType="text/html;charset=UTF-8" pageEncoding="UTF-8" trimDirectiveWhitespaces="true" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<c:set var="pageTitle" value="Sign in to Slack"/>
<%@ include file="_top.jspf" %>
<c:if test="${not empty error}"><p role="alert" class="problem"><c:out value="${error}"/></p></c:if>
<p>Sign in as one of the sandbox's people. Every password is <strong>sandbox</strong>.</p>
<form method="post" action="${pageContext.request.contextPath}/sandbox/oauth/signin" class="stack">
  <input type="hidden" name="sandbox_csrf" value="${sandboxCsrf}">
  <%@ include file="_carried.jspf" %>
  <label for="person">Choose a person</label>
  <select id="person" name="person">
    <c:forEach var="p" items="${people}">
      <option value="<c:out value='${p.email}'/>"><c:out value="${p.email} — ${p.roleLabel}"/></option>
    </c:forEach>
  </select>
  <label for="email">or type an email address</label>
  <input id="email" name="email" type="email" autocomplete="username">
  <label for="password">Password</label>
  <input id="password" name="password" type="password" autocomplete="current-password" required>
  <button type="submit">Sign in</button>
</form>
<%@ include file="_bottom.jspf" %>
